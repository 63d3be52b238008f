# consultbot — Persian: what a resident reads when the database is slow or away for a moment.
# Translations other than English are drafts: please have a native speaker check them.

store-slow = ذخیره کردن الان بیشتر از معمول طول می‌کشد. چیزی که فرستادید نگه داشته شده و کمی بعد انجام می‌شود. لازم نیست دوباره بفرستید.
