# consultbot — Persian UI strings.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# پیش‌نویس ترجمه، با کمک ماشین؛ باید یک فارسی‌زبان آن را بازبینی کند.
# Keep sentences short and plain: many readers are not fluent readers.
# جمله‌ها را کوتاه و ساده بنویسید: بسیاری از خوانندگان روان نمی‌خوانند.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Words: sticker = برچسب، sheet = برگه، challenge = چالش، solution = راه‌حل، detail = توضیح،
# facilitator = کارمند شهرداری، consultation = نظرخواهی.
# Plurals: in Persian, 0 and 1 are both "one", so [one] shows the number, never the word "یک".
# Arrows « ‹ › are kept as in English: in right-to-left text the app mirrors them by itself.

## Languages, named in this language

language-da = دانمارکی
language-en = انگلیسی
language-ar = عربی
language-tr = ترکی استانبولی
language-ur = اردو
language-so = سومالیایی
language-pl = لهستانی
language-fa = فارسی
language-uk = اوکراینی

## Words

kind-challenge = چالش
kind-solution = راه‌حل

## Welcome, themes and help

welcome-choose-theme = برای شروع، یک موضوع را انتخاب کنید:
themes-title = موضوع‌ها
theme-counts = { $challenges ->
    [one] { $challenges } چالش
   *[other] { $challenges } چالش
} و { $solutions ->
    [one] { $solutions } راه‌حل
   *[other] { $solutions } راه‌حل
} تا حالا.
help-title = چطور کار می‌کند؟
help-body =
    نوشته‌های دیگران را بخوانید، نظر خودتان را بنویسید، و روی چیزهایی که برایتان مهم‌تر است برچسب بگذارید.

    در هر موضوع { $challenges } برچسب برای چالش‌ها و { $solutions } برچسب برای راه‌حل‌ها دارید. روی هر برگه فقط یک برچسب می‌توانید بگذارید.
    می‌توانید شمارهٔ یک دکمه را هم بنویسید.
hint = این را نفهمیدم. یک دکمه را بزنید، یا /themes یا /help را بنویسید.
hint-use-buttons = لطفاً با یک دکمه انتخاب کنید، یا شمارهٔ آن را بنویسید. برای توقف، /cancel را بنویسید.
error-unknown-command = این دستور را نمی‌شناسم. برای دیدن کارهایی که می‌توانید بکنید، /help را بنویسید.
error-need-number = لطفاً شمارهٔ برگه را هم بنویسید، مثلاً: /item 12
error-sorry = ببخشید، مشکلی پیش آمد. لطفاً دوباره امتحان کنید.
stale-button = این دکمه قدیمی است. از اینجا می‌توانید ادامه بدهید.
nothing-to-cancel = چیزی برای متوقف کردن نیست.
cancelled = متوقف شد. چیزی ذخیره نشد.

## Buttons

button-themes = موضوع‌ها
button-back-themes = « همهٔ موضوع‌ها
button-back-theme = « { $theme }
button-back-list = « فهرست
button-help = راهنما
button-about = دربارهٔ نظرخواهی
button-language = زبان
button-my-stickers = برچسب‌های من
button-challenges = چالش‌ها ({ $count })
button-solutions = راه‌حل‌ها ({ $count })
button-add-here = ✍ نوشتن یک برگهٔ تازه
button-previous = ‹ قبلی
button-next = بیشتر ›
button-open = باز کردن { $number }
button-original = دیدن متن اصلی
button-vote = ● گذاشتن برچسب
button-unvote = ○ پس گرفتن برچسبم
button-add-detail = ✍ اضافه کردن توضیح
button-move-from = جابه‌جا کردن از { $number }
button-take-back-from = پس گرفتن از { $number }
button-cancel = لغو
button-publish = ✔ انتشار
button-edit = ✏ تغییر دادن
button-kind-challenge = یک چالش
button-kind-solution = یک راه‌حل
button-as-detail = اضافه کردن به‌عنوان توضیح به { $number }
button-add-another = نوشتن یک برگهٔ دیگر

## Lists and sheets

list-challenges = { $theme }: چالش‌ها ({ $page }/{ $pages })
list-solutions = { $theme }: راه‌حل‌ها ({ $page }/{ $pages })
list-empty = هنوز چیزی اینجا نیست. می‌توانید اولین برگه را بنویسید.
list-stickers = { $count ->
    [one] { $count } برچسب
   *[other] { $count } برچسب
}
list-stickers-mine = { $count ->
    [one] { $count } برچسب
   *[other] { $count } برچسب
} · یکی از شماست
sheet-stickers = برچسب‌ها: { $online } اینجا در چت، { $meeting } در جلسه‌ها.
sheet-your-sticker = شما روی این برگه برچسب گذاشته‌اید.
sheet-details = { $count ->
    [one] { $count } توضیح
   *[other] { $count } توضیح
}
sheet-pending = فعلاً فقط شما این را می‌بینید. به‌زودی یکی از کارمندان شهرداری آن را بررسی می‌کند.
sheet-favourite = در جلسه‌های ساکنان شهر در سال 2010، این برگه شمارهٔ { $rank } از 5 برگهٔ برتر بود.
sheet-translated = (ترجمه از { $language }. برای خواندن متن اصلی، «دیدن متن اصلی» را بزنید.)
sheet-untranslated = (به زبان { $language } نوشته شده. ترجمه به‌زودی می‌آید.)
sheet-original = متن اصلی، به زبان { $language }:
sheet-not-found = برگهٔ { $number } وجود ندارد، یا دیگر نشان داده نمی‌شود.
detail-translated = (ترجمه از { $language })
detail-language = (به زبان { $language })

## Stickers

stickers-left = { $count ->
    [one] { $count } برچسب
   *[other] { $count } برچسب
} برایتان مانده است.
stickers-left-theme = برچسب‌های باقی‌ماندهٔ شما در این موضوع: { $challenges } از { $challenges_total } برای چالش‌ها، { $solutions } از { $solutions_total } برای راه‌حل‌ها.
sticker-placed = برچسب گذاشته شد. { $count ->
    [0] در این موضوع دیگر برچسبی از این نوع ندارید.
    [one] در این موضوع { $count } برچسب دیگر از این نوع دارید.
   *[other] در این موضوع { $count } برچسب دیگر از این نوع دارید.
}
sticker-already = شما قبلاً روی این برگه برچسب گذاشته‌اید.
sticker-taken-back = برچسب پس گرفته شد. می‌توانید آن را روی برگهٔ دیگری بگذارید.
sticker-none-here = شما روی { $number } برچسبی ندارید.
sticker-moved = برچسب شما از { $from } به { $to } جابه‌جا شد.
stickers-none-left-challenge = همهٔ { $count } برچسب چالش‌ها را در { $theme } استفاده کرده‌اید.
stickers-none-left-solution = همهٔ { $count } برچسب راه‌حل‌ها را در { $theme } استفاده کرده‌اید.
stickers-move-offer = می‌توانید یکی را جابه‌جا کنید. کدام برچسب را می‌خواهید جابه‌جا کنید؟
stickers-take-back-offer = برای پس گرفتن، روی یکی بزنید.
my-stickers-title = برچسب‌های شما
my-stickers-challenges = چالش‌ها: { $used } از { $total }
my-stickers-solutions = راه‌حل‌ها: { $used } از { $total }
my-stickers-none = هنوز هیچ برچسبی نگذاشته‌اید. یک برگه را باز کنید و «گذاشتن برچسب» را بزنید.

## Writing

add-choose-theme = برگهٔ شما دربارهٔ کدام موضوع است؟
add-choose-kind = { $theme }: چالش است (مشکلی که می‌بینید) یا راه‌حل (یک ایده)؟
add-write-challenge = چالش خود را در یک پیام بنویسید (از { $min } تا { $max } حرف).
add-write-solution = راه‌حل خود را در یک پیام بنویسید (از { $min } تا { $max } حرف).
add-preview-challenge = چالش شما برای { $theme }:
add-preview-solution = راه‌حل شما برای { $theme }:
add-similar = چند برگه اینجا شبیه برگهٔ شماست. می‌توانید متن خود را به‌عنوان توضیح به یکی از آن‌ها اضافه کنید، تا برچسب‌ها بین چند برگه پخش نشوند:
preview-question = منتشر شود؟
add-done-challenge = ممنون! چالش شما حالا برگهٔ { $number } است.
add-done-solution = ممنون! راه‌حل شما حالا برگهٔ { $number } است.
add-done-pending = ممنون! برگهٔ شما شمارهٔ { $number } است. وقتی یکی از کارمندان شهرداری آن را دید، دیگران هم آن را می‌بینند.
detail-write = توضیح خود را برای برگهٔ { $number } بنویسید:
detail-write-again = توضیح خود را برای برگهٔ { $number } دوباره بنویسید:
detail-preview = توضیح شما برای برگهٔ { $number }:
detail-done = ممنون! توضیح شما به برگهٔ { $number } اضافه شد.
detail-done-pending = ممنون! توضیح شما برای برگهٔ { $number } وقتی نشان داده می‌شود که یکی از کارمندان شهرداری آن را دیده باشد.
text-limits = از { $min } تا { $max } حرف بنویسید.
text-blank = پیام خالی است. لطفاً چند کلمه بنویسید.
text-too-short = خیلی کوتاه است. لطفاً دست‌کم { $min } حرف بنویسید.
text-too-long = خیلی بلند است: { $length } حرف. لطفاً حداکثر { $max } حرف بنویسید.

## Phases

phase-voting-no-writing = نوشتن دیگر بسته است. هنوز می‌توانید بخوانید و برچسب بگذارید.
phase-closed = نظرخواهی تمام شده است. هنوز می‌توانید همه چیز را بخوانید.

## Language

language-choose = زبان خود را انتخاب کنید:
language-set = از حالا با شما فارسی صحبت می‌کنم.

## Terminal chat

console-banner = consultbot در ترمینال. برای شروع /start را بنویسید، برای انتخاب یک شماره بنویسید، و برای خروج Ctrl-D را بزنید.
console-file-saved = فایل ذخیره شد: { $path }

## Reporting a sheet or detail

button-report = ⚑ گزارش
button-report-sheet = خود برگهٔ { $number }
button-cancel-report = « برگشت
report-what = چه چیزی را می‌خواهید گزارش کنید؟ خود برگه، یا یکی از توضیح‌های آن:
report-why = چرا یکی از کارمندان شهرداری باید آن را بررسی کند؟
report-reason-spam = تبلیغ یا هرزنامه
report-reason-offensive = توهین‌آمیز یا آزاردهنده
report-reason-off-topic = ربطی به این موضوع ندارد
report-thanks = ممنون. یکی از کارمندان شهرداری آن را بررسی می‌کند.

## Optional questions about who takes part

onboarding-district = یک سؤال اختیاری: در کدام بخش کپنهاگ زندگی می‌کنید؟ این به شهرداری کمک می‌کند ببیند چه کسانی شرکت کرده‌اند. پاسخ شما هیچ‌وقت کنار نوشته‌هایتان نشان داده نمی‌شود.
onboarding-age = و چند سال دارید؟ (این هم اختیاری است.)
onboarding-thanks = ممنون! حالا یک موضوع را انتخاب کنید.
button-district-elsewhere = جای دیگر
button-skip = رد شدن
age-band-1 = زیر 18 سال
age-band-2 = 18 تا 29 سال
age-band-3 = 30 تا 44 سال
age-band-4 = 45 تا 59 سال
age-band-5 = 60 تا 74 سال
age-band-6 = 75 سال یا بیشتر

## Messages from the facilitators

broadcast-heading = پیامی از گروه نظرخواهی
outcome-heading = خبری دربارهٔ برگهٔ { $number }: { $decision }
decision-adopted = پذیرفته شد
decision-considered = در دست بررسی است
decision-declined = پیگیری نمی‌شود

## Your data

mydata-title = آنچه consultbot دربارهٔ شما نگه می‌دارد
mydata-body =
    شناسهٔ تلگرام شما: { $id }
    زبان: { $language }
    بخش شهر: { $district }
    سن: { $age }
    تاریخ شروع شرکت: { $since }
    توضیح‌هایی که اضافه کرده‌اید: { $details }
mydata-none = گفته نشده
mydata-sheets = برگه‌هایی که نوشته‌اید: { $count }
mydata-stickers = برچسب‌های شما ({ $count }): { $list }
mydata-privacy = هیچ‌کس دیگری نمی‌بیند چه کسی برگه‌ای را نوشته یا برچسبی گذاشته است. اگر می‌خواهید فراموش شوید، /forget را بنویسید.
forget-confirm = آیا می‌خواهید consultbot شما را فراموش کند؟ برچسب‌ها، پاسخ‌ها و زبان شما پاک می‌شوند. نوشته‌های شما در نظرخواهی می‌مانند، اما دیگر هیچ چیز آن‌ها را به شما وصل نمی‌کند. این کار برگشت ندارد.
button-forget = بله، مرا فراموش کن
forget-done = انجام شد. consultbot شما را فراموش کرد. اگر دوباره بنویسید، از اول شروع می‌کنید.
sheet-machine-translated = (ترجمهٔ ماشینی از { $language }، که کسی آن را بررسی نکرده است. برای خواندن متن اصلی، «دیدن متن اصلی» را بزنید.)
detail-machine-translated = (ترجمهٔ ماشینی از { $language })
