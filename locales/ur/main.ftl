# consultbot — Urdu UI strings.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# یہ ترجمے کا مسودہ ہے، مشین کی مدد سے بنایا گیا؛ کوئی اردو بولنے والا اس کا جائزہ لے۔
# Keep sentences short and plain: many readers are not fluent readers.
# جملے چھوٹے اور آسان رکھیں: بہت سے پڑھنے والے روانی سے نہیں پڑھتے۔
# Every message here must exist in every other locale, with the same variables (a test checks).
# Words: sticker = اسٹیکر، sheet = شیٹ، challenge = چیلنج، solution = حل، detail = تفصیل،
# facilitator = بلدیہ کا ملازم، consultation = مشاورت۔
# Plurals: one (only 1) and other (0, 2, 3, …).
# Arrows « ‹ › are kept as in English: in right-to-left text the app mirrors them by itself.

## Languages, named in this language

language-da = ڈینش
language-en = انگریزی
language-ar = عربی
language-tr = ترکی
language-ur = اردو
language-so = صومالی
language-pl = پولش
language-fa = فارسی
language-uk = یوکرینی

## Words

kind-challenge = چیلنج
kind-solution = حل

## Welcome, themes and help

welcome-choose-theme = شروع کرنے کے لیے ایک موضوع چنیں:
themes-title = موضوعات
theme-counts = اب تک { $challenges ->
    [one] ایک چیلنج
   *[other] { $challenges } چیلنج
} اور { $solutions ->
    [one] ایک حل
   *[other] { $solutions } حل
} ہیں۔
help-title = یہ کیسے کام کرتا ہے
help-body =
    دوسروں نے جو لکھا ہے وہ پڑھیں، اپنی بات لکھیں، اور جو آپ کے لیے سب سے اہم ہے اس پر اسٹیکر لگائیں۔

    ہر موضوع میں آپ کے پاس چیلنجوں کے لیے { $challenges } اسٹیکر اور حلوں کے لیے { $solutions } اسٹیکر ہیں۔ ایک شیٹ پر آپ صرف ایک اسٹیکر لگا سکتے ہیں۔
    آپ کسی بٹن کا نمبر بھی لکھ سکتے ہیں۔
hint = مجھے یہ سمجھ نہیں آیا۔ کوئی بٹن دبائیں، یا /themes یا /help لکھیں۔
hint-use-buttons = براہ کرم کسی بٹن سے چنیں، یا اس کا نمبر لکھیں۔ رکنے کے لیے /cancel لکھیں۔
error-unknown-command = یہ کمانڈ مجھے معلوم نہیں۔ آپ کیا کر سکتے ہیں، یہ دیکھنے کے لیے /help لکھیں۔
error-need-number = براہ کرم شیٹ کا نمبر بھی لکھیں، مثلاً: /item 12
error-sorry = معاف کیجیے، کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔
stale-button = یہ بٹن پرانا ہے۔ آپ یہاں سے آگے بڑھ سکتے ہیں۔
nothing-to-cancel = روکنے کے لیے کچھ نہیں ہے۔
cancelled = روک دیا گیا۔ کچھ بھی محفوظ نہیں ہوا۔

## Buttons

button-themes = موضوعات
button-back-themes = « تمام موضوعات
button-back-theme = « { $theme }
button-back-list = « فہرست
button-help = مدد
button-about = مشاورت کے بارے میں
button-language = زبان
button-my-stickers = میرے اسٹیکر
button-challenges = چیلنج ({ $count })
button-solutions = حل ({ $count })
button-add-here = ✍ نئی شیٹ لکھیں
button-previous = ‹ پچھلا
button-next = مزید ›
button-open = { $number } کھولیں
button-original = اصل متن دیکھیں
button-vote = ● اسٹیکر لگائیں
button-unvote = ○ اپنا اسٹیکر واپس لیں
button-add-detail = ✍ تفصیل شامل کریں
button-move-from = { $number } سے منتقل کریں
button-take-back-from = { $number } سے واپس لیں
button-cancel = منسوخ کریں
button-publish = ✔ شائع کریں
button-edit = ✏ تبدیل کریں
button-kind-challenge = ایک چیلنج
button-kind-solution = ایک حل
button-as-detail = { $number } میں تفصیل کے طور پر شامل کریں
button-add-another = ایک اور لکھیں

## Lists and sheets

list-challenges = { $theme }: چیلنج ({ $page }/{ $pages })
list-solutions = { $theme }: حل ({ $page }/{ $pages })
list-empty = یہاں ابھی کچھ نہیں ہے۔ آپ پہلی شیٹ لکھ سکتے ہیں۔
list-stickers = { $count ->
    [one] ایک اسٹیکر
   *[other] { $count } اسٹیکر
}
list-stickers-mine = { $count ->
    [one] ایک اسٹیکر
   *[other] { $count } اسٹیکر
} · ایک آپ کا ہے
sheet-stickers = اسٹیکر: { $online } یہاں چیٹ میں، { $meeting } میٹنگوں میں۔
sheet-your-sticker = آپ نے اس پر اسٹیکر لگایا ہے۔
sheet-details = { $count ->
    [one] ایک تفصیل
   *[other] { $count } تفصیلات
}
sheet-pending = ابھی صرف آپ اسے دیکھ سکتے ہیں۔ بلدیہ کا کوئی ملازم جلد اسے دیکھے گا۔
sheet-favourite = 2010 کی عوامی میٹنگوں میں یہ شیٹ پہلی 5 میں نمبر { $rank } پر تھی۔
sheet-translated = ({ $language } سے ترجمہ۔ اصل پڑھنے کے لیے “اصل متن دیکھیں” دبائیں۔)
sheet-untranslated = ({ $language } میں لکھا گیا۔ ترجمہ جلد آ رہا ہے۔)
sheet-original = اصل متن، { $language } میں:
sheet-not-found = شیٹ { $number } موجود نہیں، یا اب دکھائی نہیں جاتی۔
detail-translated = ({ $language } سے ترجمہ)
detail-language = ({ $language } میں)

## Stickers

stickers-left = آپ کے پاس { $count ->
    [one] ایک اسٹیکر باقی ہے
   *[other] { $count } اسٹیکر باقی ہیں
}۔
stickers-left-theme = اس موضوع میں آپ کے باقی اسٹیکر: چیلنجوں کے لیے { $challenges_total } میں سے { $challenges }، حلوں کے لیے { $solutions_total } میں سے { $solutions }۔
sticker-placed = اسٹیکر لگ گیا۔ { $count ->
    [0] اس موضوع میں اس قسم کا کوئی اسٹیکر باقی نہیں رہا۔
    [one] اس موضوع میں اس قسم کا ایک اسٹیکر باقی ہے۔
   *[other] اس موضوع میں اس قسم کے { $count } اسٹیکر باقی ہیں۔
}
sticker-already = آپ اس پر پہلے ہی اسٹیکر لگا چکے ہیں۔
sticker-taken-back = اسٹیکر واپس لے لیا گیا۔ آپ اسے کسی اور شیٹ پر لگا سکتے ہیں۔
sticker-none-here = { $number } پر آپ کا کوئی اسٹیکر نہیں ہے۔
sticker-moved = آپ کا اسٹیکر { $from } سے { $to } پر منتقل ہو گیا۔
stickers-none-left-challenge = آپ { $theme } میں چیلنجوں کے تمام { $count } اسٹیکر استعمال کر چکے ہیں۔
stickers-none-left-solution = آپ { $theme } میں حلوں کے تمام { $count } اسٹیکر استعمال کر چکے ہیں۔
stickers-move-offer = آپ ایک اسٹیکر منتقل کر سکتے ہیں۔ کون سا اسٹیکر منتقل کرنا چاہتے ہیں؟
stickers-take-back-offer = واپس لینے کے لیے کسی ایک کو دبائیں۔
my-stickers-title = آپ کے اسٹیکر
my-stickers-challenges = چیلنج: { $total } میں سے { $used }
my-stickers-solutions = حل: { $total } میں سے { $used }
my-stickers-none = آپ نے ابھی تک کوئی اسٹیکر نہیں لگایا۔ کوئی شیٹ کھولیں اور “اسٹیکر لگائیں” دبائیں۔

## Writing

add-choose-theme = آپ کی شیٹ کس موضوع کے بارے میں ہے؟
add-choose-kind = { $theme }: کیا یہ چیلنج ہے (کوئی مسئلہ جو آپ دیکھتے ہیں) یا حل (کوئی خیال)؟
add-write-challenge = اپنا چیلنج ایک پیغام میں لکھیں ({ $min } سے { $max } حروف)۔
add-write-solution = اپنا حل ایک پیغام میں لکھیں ({ $min } سے { $max } حروف)۔
add-preview-challenge = { $theme } کے لیے آپ کا چیلنج:
add-preview-solution = { $theme } کے لیے آپ کا حل:
add-similar = یہاں کچھ شیٹس ملتی جلتی لگتی ہیں۔ آپ اپنا متن ان میں سے کسی ایک میں تفصیل کے طور پر شامل کر سکتے ہیں، تاکہ اسٹیکر بٹ نہ جائیں:
preview-question = کیا اسے شائع کر دیں؟
add-done-challenge = شکریہ! آپ کا چیلنج اب شیٹ { $number } ہے۔
add-done-solution = شکریہ! آپ کا حل اب شیٹ { $number } ہے۔
add-done-pending = شکریہ! آپ کی شیٹ کا نمبر { $number } ہے۔ جب بلدیہ کا کوئی ملازم اسے دیکھ لے گا، تو دوسرے بھی اسے دیکھ سکیں گے۔
detail-write = شیٹ { $number } کے لیے اپنی تفصیل لکھیں:
detail-write-again = شیٹ { $number } کے لیے اپنی تفصیل دوبارہ لکھیں:
detail-preview = شیٹ { $number } کے لیے آپ کی تفصیل:
detail-done = شکریہ! آپ کی تفصیل شیٹ { $number } میں شامل ہو گئی۔
detail-done-pending = شکریہ! شیٹ { $number } کے لیے آپ کی تفصیل تب دکھائی جائے گی جب بلدیہ کا کوئی ملازم اسے دیکھ لے گا۔
text-limits = { $min } سے { $max } حروف استعمال کریں۔
text-blank = پیغام خالی ہے۔ براہ کرم کچھ الفاظ لکھیں۔
text-too-short = یہ بہت چھوٹا ہے۔ براہ کرم کم از کم { $min } حروف لکھیں۔
text-too-long = یہ بہت لمبا ہے: { $length } حروف۔ براہ کرم زیادہ سے زیادہ { $max } حروف لکھیں۔

## Phases

phase-voting-no-writing = اب لکھنا بند ہے۔ آپ اب بھی پڑھ سکتے ہیں اور اسٹیکر لگا سکتے ہیں۔
phase-closed = مشاورت ختم ہو گئی ہے۔ آپ اب بھی سب کچھ پڑھ سکتے ہیں۔

## Language

language-choose = اپنی زبان چنیں:
language-set = اب آپ سے اردو میں بات ہو گی۔

## Terminal chat

console-banner = ٹرمینل میں consultbot۔ شروع کرنے کے لیے /start لکھیں، چننے کے لیے کوئی نمبر لکھیں، اور باہر نکلنے کے لیے Ctrl-D دبائیں۔
console-file-saved = فائل محفوظ ہو گئی: { $path }

## Reporting a sheet or detail

button-report = ⚑ رپورٹ کریں
button-report-sheet = خود شیٹ { $number }
button-cancel-report = « واپس
report-what = آپ کس چیز کی رپورٹ کرنا چاہتے ہیں؟ شیٹ کی، یا اس کی کسی تفصیل کی:
report-why = بلدیہ کے کسی ملازم کو اسے کیوں دیکھنا چاہیے؟
report-reason-spam = اشتہار یا اسپام
report-reason-offensive = توہین آمیز یا تکلیف دہ
report-reason-off-topic = اس موضوع کے بارے میں نہیں
report-thanks = شکریہ۔ بلدیہ کا کوئی ملازم اسے دیکھے گا۔

## Optional questions about who takes part

onboarding-district = ایک اختیاری سوال: آپ کوپن ہیگن کے کس علاقے میں رہتے ہیں؟ اس سے بلدیہ کو پتا چلتا ہے کہ کس نے حصہ لیا۔ آپ کا جواب کبھی آپ کی لکھی ہوئی بات کے ساتھ نہیں دکھایا جائے گا۔
onboarding-age = اور آپ کی عمر کیا ہے؟ (یہ بھی اختیاری ہے۔)
onboarding-thanks = شکریہ! اب ایک موضوع چنیں۔
button-district-elsewhere = کہیں اور
button-skip = چھوڑ دیں
age-band-1 = 18 سے کم
age-band-2 = 18 سے 29
age-band-3 = 30 سے 44
age-band-4 = 45 سے 59
age-band-5 = 60 سے 74
age-band-6 = 75 یا اس سے زیادہ

## Messages from the facilitators

broadcast-heading = مشاورت کی ٹیم کی طرف سے ایک پیغام
outcome-heading = شیٹ { $number } کے بارے میں خبر: { $decision }
decision-adopted = منظور کر لی گئی
decision-considered = زیر غور ہے
decision-declined = آگے نہیں بڑھائی جائے گی

## Your data

mydata-title = آپ کے بارے میں consultbot یہ محفوظ رکھتا ہے
mydata-body =
    آپ کی ٹیلی گرام آئی ڈی: { $id }
    زبان: { $language }
    شہر کا علاقہ: { $district }
    عمر: { $age }
    کب سے حصہ لے رہے ہیں: { $since }
    آپ کی شامل کی ہوئی تفصیلات: { $details }
mydata-none = نہیں بتایا
mydata-sheets = آپ کی لکھی ہوئی شیٹس: { $count }
mydata-stickers = آپ کے اسٹیکر ({ $count }): { $list }
mydata-privacy = کوئی اور نہیں دیکھ سکتا کہ کس نے شیٹ لکھی یا کس نے اسٹیکر لگایا۔ اگر آپ چاہتے ہیں کہ آپ کو بھلا دیا جائے، تو /forget لکھیں۔
forget-confirm = کیا آپ چاہتے ہیں کہ consultbot آپ کو بھول جائے؟ آپ کے اسٹیکر، آپ کے جواب اور آپ کی زبان مٹا دیے جائیں گے۔ آپ نے جو لکھا ہے وہ مشاورت میں رہے گا، لیکن اب کوئی چیز اسے آپ سے نہیں جوڑے گی۔ یہ واپس نہیں ہو سکتا۔
button-forget = ہاں، مجھے بھول جائیں
forget-done = ہو گیا۔ consultbot آپ کو بھول گیا ہے۔ اگر آپ دوبارہ لکھیں گے، تو نئے سرے سے شروع کریں گے۔
sheet-machine-translated = ({ $language } سے مشینی ترجمہ، کسی انسان نے اسے نہیں جانچا۔ اصل پڑھنے کے لیے “اصل متن دیکھیں” دبائیں۔)
detail-machine-translated = ({ $language } سے مشینی ترجمہ)
