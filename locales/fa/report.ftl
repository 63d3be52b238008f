# consultbot — Persian words of the HTML report and its charts.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# پیش‌نویس ترجمه، با کمک ماشین؛ باید یک فارسی‌زبان آن را بازبینی کند.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Words: sticker = برچسب، sheet = برگه، challenge = چالش، solution = راه‌حل، theme = موضوع.
# Plurals: in Persian, 0 and 1 are both "one", so [one] shows the number, never the word "یک".

report-generated = تهیه‌شده در { $date }.

## Who took part

report-participation = چه کسانی شرکت کردند
report-participants = شرکت‌کنندگان
report-active-7-days = فعال در 7 روز گذشته
report-sheets-seed = برگه‌های از آغاز
report-sheets-resident = برگه‌هایی که ساکنان نوشتند
report-stickers-chat = برچسب‌های گذاشته‌شده در چت
report-stickers-meetings = برچسب‌های گذاشته‌شده در جلسه‌ها
report-by-language = زبان‌هایی که شرکت‌کنندگان انتخاب کردند
report-col-language = زبان
report-col-people = نفر

## The most important sheets

report-top-challenges = مهم‌ترین 5 چالش
report-top-solutions = مهم‌ترین 5 راه‌حل
report-top-note = از همهٔ موضوع‌ها. ترتیب بر اساس همهٔ برچسب‌هاست: در چت و در جلسه‌ها.

## Each theme

report-theme = موضوع: { $theme }
report-theme-note = از بیشترین تا کمترین اولویت.
report-challenges = چالش‌ها
report-solutions = راه‌حل‌ها
report-chart-challenges = چالش‌ها: { $theme }
report-chart-solutions = راه‌حل‌ها: { $theme }
report-chart-only-top = { $count ->
    [one] نمودار فقط { $count } برگه با بیشترین برچسب را نشان می‌دهد.
   *[other] نمودار فقط { $count } برگه با بیشترین برچسب را نشان می‌دهد.
}
report-none = هنوز برگه‌ای نیست.

## Table columns

report-col-rank = رتبه
report-col-sheet = برگه
report-col-online = در چت
report-col-meeting = در جلسه‌ها
report-col-total = جمع
report-col-details = توضیح‌ها
report-outcome = بعد چه شد:

# An export, chart, report or QR code could not be made (what the command changed is kept).
file-failed = فایل ساخته نشد. چیزی از دست نرفت؛ دوباره امتحان کنید و اگر باز هم نشد، به مدیر ربات بگویید.
