# consultbot — Persian: what facilitators (city staff) read. Plain words, no jargon.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# پیش‌نویس ترجمه، با کمک ماشین؛ باید یک فارسی‌زبان آن را بازبینی کند.
# Keep sentences short and plain.
# Words: sticker = برچسب، sheet = برگه، challenge = چالش، solution = راه‌حل، detail = توضیح،
# facilitator = کارمند شهرداری، consultation = نظرخواهی، resident = ساکن / ساکنان.
# Plurals: in Persian, 0 and 1 are both "one", so [one] shows the number, never the word "یک".
# In usage-* the commands and their English keywords stay as they are; the placeholders are
# Persian words: موضوع = THEME، برگه = SHEET، تعداد = COUNT، کاربر = USER، زبان = LANGUAGE، متن = TEXT.

## Results

stats-title = نظرخواهی در عدد و رقم
stats-participants = شرکت‌کنندگان: { $total } (فعال در 7 روز گذشته: { $active })
stats-languages = زبان‌ها: { $list }
stats-sheets = برگه‌ها در هر موضوع
stats-theme = { $theme }: چالش‌ها (از 2010: { $challenges_seed }، تازه: { $challenges_resident })، راه‌حل‌ها (از 2010: { $solutions_seed }، تازه: { $solutions_resident })؛ در انتظار تأیید: { $pending }، پنهان: { $hidden }
stats-stickers = برچسب‌ها: گذاشته‌شده در چت { $placed }، هنوز استفاده‌نشده { $unused }، شمرده‌شده در جلسه‌ها { $meeting }
stats-details = توضیح‌های اضافه‌شده: { $count }
stats-digest = ساکنانی که خبرنامه را می‌گیرند: { $count }
stats-who = چه کسانی شرکت کردند (پاسخ‌های اختیاری)
stats-districts = بخش‌های شهر: { $list }
stats-ages = گروه‌های سنی: { $list }
stats-no-answer = بی‌پاسخ
top-title = برگه‌های برتر، همهٔ موضوع‌ها
top-title-theme = برگه‌های برتر: { $theme }
top-challenges = چالش‌ها
top-solutions = راه‌حل‌ها
top-counts = { $online } در چت + { $meeting } در جلسه‌ها = { $total }
chart-title = 5 چالش و 5 راه‌حل برتر
chart-title-theme = چالش‌ها و راه‌حل‌های برتر: { $theme }
chart-online = در چت
chart-meeting = در جلسه‌ها
chart-caption = برگه‌های برتر همهٔ موضوع‌ها.
chart-caption-theme = برگه‌های برتر { $theme }.
export-csv-caption = همهٔ برگه‌ها به‌صورت CSV (در صفحه‌گسترده باز می‌شود).
export-json-caption = همهٔ برگه‌ها به‌صورت JSON.
report-caption = گزارش. آن را در مرورگر باز کنید؛ برای چاپ هم مناسب است.

## Moderation

pending-none = چیزی در انتظار نیست.
pending-title = در انتظار شما: { $count }
moderation-sheet = برگهٔ { $number }
moderation-detail = توضیح { $detail } در برگهٔ { $number }
moderation-status = وضعیت: { $status }. گزارش‌ها: { $reports }.
status-visible = قابل دیدن
status-pending = در انتظار تأیید
status-hidden = پنهان
button-approve = ✔ نمایش
button-hide = ✖ پنهان کردن
moderation-visible = { $target } حالا دیده می‌شود.
moderation-hidden = { $target } حالا پنهان است.
moderation-not-found = { $target } وجود ندارد.
admin-chat-new-sheet = برگهٔ تازه
admin-chat-report = گزارش شده: { $reason }

## Steering

tally-done = { $count ->
    [one] برگهٔ { $number } در جلسه‌ها { $count } برچسب گرفت.
   *[other] برگهٔ { $number } در جلسه‌ها { $count } برچسب گرفت.
}
phase-set-open = نظرخواهی باز است: ساکنان می‌توانند بنویسند و برچسب بگذارند.
phase-set-voting = فقط برچسب‌گذاری: ساکنان می‌توانند برچسب بگذارند، ولی نمی‌توانند بنویسند.
phase-set-closed = نظرخواهی بسته است: ساکنان فقط می‌توانند بخوانند.
broadcast-preview = { $count ->
    [one] این پیام برای { $count } نفر از ساکنان فرستاده می‌شود:
   *[other] این پیام برای { $count } نفر از ساکنان فرستاده می‌شود:
}
button-send = ✔ فرستادن
broadcast-queued = { $count ->
    [one] پیام در راه است، برای { $count } نفر از ساکنان.
   *[other] پیام در راه است، برای { $count } نفر از ساکنان.
}
outcome-recorded = تصمیم دربارهٔ برگهٔ { $number } ذخیره شد. { $count ->
    [one] به { $count } نفر از ساکنان خبر داده می‌شود.
   *[other] به { $count } نفر از ساکنان خبر داده می‌شود.
}
grant-done = کاربر { $user } حالا این نقش را دارد: { $role } { $language }.
revoke-done = کاربر { $user } دیگر این نقش را ندارد: { $role }.
revoke-none = کاربر { $user } این نقش را نداشت: { $role }.
audit-title = آخرین کارهای کارمندان شهرداری
audit-none = هنوز چیزی نیست.

## Translations

translate-done = ترجمهٔ { $target } به { $language } ذخیره شد.
translate-prompt = { $target } را به { $language } ترجمه کنید. ترجمه را در یک پیام بنویسید:
translations-title = در انتظار ترجمه به { $language }: { $count }
translations-done = همه چیز به { $language } ترجمه شده است. ممنون!
button-translate-next = ترجمهٔ بعدی ({ $language })

## How to use the commands

usage-moderate = شمارهٔ برگه را بنویسید، یا d و شمارهٔ توضیح را: /hide 12 یا /hide d7
usage-top = از /top، /top موضوع یا /top موضوع 10 استفاده کنید (موضوع = شماره یا نام کوتاه یک موضوع).
usage-chart = از /chart یا /chart موضوع استفاده کنید (شماره یا نام کوتاه یک موضوع).
usage-tally = از /tally برگه تعداد استفاده کنید، مثلاً /tally 12 8
usage-phase = از /phase open، /phase voting یا /phase closed استفاده کنید.
usage-broadcast = پیام را بعد از دستور بنویسید: /broadcast جلسهٔ دوشنبه ساعت 18:00 است. (حداکثر 3500 حرف.)
usage-outcome = از /outcome برگه adopted|considered|declined متن استفاده کنید، مثلاً /outcome 12 adopted این بخشی از سیاست جدید است.
usage-grant = از /grant moderator کاربر یا /grant translator کاربر زبان استفاده کنید، مثلاً /grant translator 12345 ar
usage-revoke = از /revoke moderator کاربر یا /revoke translator کاربر استفاده کنید.
usage-translate = از /translate برگه زبان متن استفاده کنید، مثلاً /translate 12 fa دوره‌های زبان بهتر (برای یک توضیح، به جای 12 بنویسید d7).
usage-translations = از /translations یا /translations زبان استفاده کنید، مثلاً /translations ar
usage-qr = از /qr، /qr موضوع یا /qr برگه استفاده کنید، مثلاً /qr unge یا /qr 12
role-moderator = ناظر
role-translator = مترجم
help-facilitator-title = برای کارمندان شهرداری
command-stats = آمار: شرکت‌کنندگان، برگه‌ها، برچسب‌ها
command-top = برگه‌هایی با بیشترین حمایت: /top [موضوع] [N]
command-export = نتایج در فایل‌های CSV و JSON
command-chart = نمودار برچسب‌ها: /chart [موضوع]
command-report = گزارش در یک فایل HTML
command-pending = آنچه منتظر بررسی است
command-approve = نمایش: /approve N (dN برای یک توضیح)
command-hide = پنهان کردن: /hide N (dN برای یک توضیح)
command-restore = نمایش دوباره: /restore N (dN برای یک توضیح)
command-tally = برچسب‌های یک جلسه: /tally N تعداد
command-phase = تغییر مرحله: /phase open|voting|closed
command-broadcast = پیامی به همه: /broadcast متن
command-outcome = تصمیم دربارهٔ یک برگه: /outcome N adopted|considered|declined متن
command-qr = کد QR برای پوستر: /qr [موضوع|N]
command-translate = ترجمه: /translate N زبان متن (dN برای یک توضیح)
command-translations = آنچه منتظر ترجمه است: /translations [زبان]
command-grant = دادن نقش: /grant نقش کاربر [زبان]
command-revoke = پس گرفتن نقش: /revoke نقش کاربر
command-audit = آخرین کارهای تسهیلگران
audit-approve = تأیید
audit-restore = نمایش دوباره
audit-hide = پنهان کردن
audit-auto-hide = پنهان‌شده پس از گزارش‌ها
audit-tally = شمارش جلسه
audit-phase = مرحله
audit-broadcast = پیام به همه
audit-outcome = تصمیم
audit-grant = دادن نقش
audit-revoke = گرفتن نقش
audit-translate = ترجمه
