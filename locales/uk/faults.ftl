# consultbot — Ukrainian: what a resident reads when the database is slow or away for a moment.
# Translations other than English are drafts: please have a native speaker check them.

store-slow = Зберігання зараз триває довше, ніж зазвичай. Те, що ви надіслали, збережено, і це буде виконано за мить. Не потрібно надсилати ще раз.
