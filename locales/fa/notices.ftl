# consultbot — فارسی: پیام‌های همگانی و تصمیم‌ها به صورت پیش‌نویس، با یک نسخه برای هر زبان.
# پیش‌نویس ترجمه، با کمک ماشین؛ باید یک فارسی‌زبان آن را بازبینی کند.

notice-preview-broadcast = پیش‌نویس { $ref }: پیامی برای { $count ->
    [one] یک نفر از ساکنان
   *[other] { $count } نفر از ساکنان
}:
notice-preview-decision = پیش‌نویس { $ref }: تصمیم دربارهٔ برگهٔ { $number } «{ $decision }» است. { $count ->
    [one] به یک نفر خبر داده می‌شود:
   *[other] به { $count } نفر خبر داده می‌شود:
}
notice-versions = نسخه‌ها: { $languages }
notice-version-original = { $language } (اصلی)
notice-version-human = { $language }
notice-version-machine = { $language } (ترجمهٔ ماشینی)
notice-language-count = { $language }: { $count }
notice-missing = هنوز نسخه‌ای نیست برای: { $languages }
notice-missing-machine = آن‌ها ترجمهٔ ماشینی دریافت می‌کنند که همین روی آن نوشته شده است.
notice-missing-original = آن‌ها متن اصلی را با یک یادداشت دریافت می‌کنند.
notice-translate-hint = افزودن نسخه: /translate { $ref } زبان متن
notice-not-found = پیش‌نویس { $ref } وجود ندارد.
notice-not-draft = { $ref } قبلاً فرستاده یا لغو شده است.
notice-original-language = { $ref } به { $language } نوشته شده است. برای تغییر متن، دستور را دوباره بنویسید.
notice-translating = تأیید شد. به محض آماده شدن ترجمه‌های ماشینی برای { $count ->
    [one] یک نفر
   *[other] { $count } نفر
} فرستاده می‌شود.
notice-cancelled = پیش‌نویس { $ref } لغو شد. چیزی فرستاده نشد.
notice-machine-translated = ترجمهٔ ماشینی از { $language }. هیچ کسی آن را بررسی نکرده است.
notice-untranslated = هنوز به زبان شما ترجمه نشده است. این متن اصلی به { $language } است.
sheet-decision = تصمیم: { $decision }
