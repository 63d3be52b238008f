# consultbot — Persian words of the digests (src/digest, /digest, the onboarding question).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# پیش‌نویس ترجمه، با کمک ماشین؛ باید یک فارسی‌زبان آن را بازبینی کند.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Words: sticker = برچسب، sheet = برگه، challenge = چالش، solution = راه‌حل، theme = موضوع.
# Plurals: in Persian, 0 and 1 are both "one", so [one] shows the number, never the word "یک".

command-digest = گاه‌به‌گاه یک خلاصهٔ کوتاه بگیرید (روشن یا خاموش)
usage-digest = بنویسید /digest on یا /digest off. برای هماهنگ‌کنندگان: /digest now.
audit-digest = خلاصه همین حالا فرستاده شد

onboarding-digest = سؤال آخر: آیا ربات گاه‌به‌گاه یک خلاصهٔ کوتاه برایتان بفرستد؟ در آن می‌گوید چه چیزی تازه است و چند برچسب برایتان مانده است. هر وقت بخواهید با /digest آن را تغییر دهید.
button-digest-yes = بله، لطفاً
button-digest-no = نه، ممنون
button-digest-on = برایم خلاصه بفرست
button-digest-off = خلاصه‌ها را قطع کن
digest-on = گاه‌به‌گاه یک خلاصهٔ کوتاه می‌گیرید. هر وقت بخواهید با /digest off آن را قطع کنید.
digest-off = خلاصه‌ای نمی‌گیرید. هر وقت بخواهید با /digest on آن را روشن کنید.
digest-now-started = خلاصه شروع شد: { $count ->
    [one] { $count } پیام
   *[other] { $count } پیام
} در صف است (نوبت { $run }).
digest-now-already = همین الان یک خلاصه شروع شد. کمی بعد دوباره امتحان کنید.
digest-now-nothing = الان کسی خلاصه نمی‌گیرد: کسی آن را نخواسته، یا چیز تازه‌ای برایشان نیست.

digest-title = خبرهای { $title }
digest-phase-open = می‌توانید برگه بنویسید و برچسب بدهید.
digest-phase-voting = می‌توانید برچسب بدهید. حالا برگهٔ تازه نوشته نمی‌شود.
digest-phase-closed = نظرخواهی تمام شده است. از شرکت شما ممنونیم!
digest-stickers-left = { $count ->
    [one] { $count } برچسب
   *[other] { $count } برچسب
} برای دادن برایتان مانده است.
digest-new-sheets = از خلاصهٔ قبلی شما: { $count ->
    [one] { $count } برگهٔ تازه
   *[other] { $count } برگهٔ تازه
}:
digest-top = بیشترین برچسب‌ها در حال حاضر:
digest-top-line = { $rank }. { $kind } { $sheet } { $text } · { $count ->
    [one] { $count } برچسب
   *[other] { $count } برچسب
}
digest-footer = برای باز کردن، روی یک موضوع یا برگه بزنید.

digest-facilitator-title = خلاصه برای هماهنگ‌کنندگان: { $title }
digest-pending = در انتظار بررسی: { $count }
digest-reports = گزارش‌های تازه: { $count }
digest-since = از خلاصهٔ قبلی شما:
digest-new-residents = ساکنان تازه: { $count }
digest-new-resident-sheets = برگه‌های تازهٔ ساکنان: { $count }
digest-new-details = جزئیات تازه: { $count }
digest-stickers-placed = برچسب‌های داده‌شده: { $count }
digest-runs = آخرین پیام‌هایی که ربات خودش فرستاد:
digest-run-line = { $kind } (نوبت { $run }): فرستاده { $sent } از { $recipients }؛ در انتظار { $pending }، نامعلوم { $unknown }، ناموفق { $failed }، مسدود { $unreachable }
