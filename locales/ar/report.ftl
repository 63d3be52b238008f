# consultbot — Arabic words of the HTML report and its charts.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# مسودة ترجمة، تمت بمساعدة الآلة، ويجب أن يراجعها متحدث أصلي باللغة العربية.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Words: sticker = ملصق، sheet = ورقة، challenge = تحدٍّ، solution = حل، theme = موضوع.
# Plurals: zero, one, two, few (3–10), many (11–99), other.

report-generated = أُعدّ في { $date }.

## Who took part

report-participation = من شارك
report-participants = المشاركون
report-active-7-days = نشطون في آخر 7 أيام
report-sheets-seed = أوراق من البداية
report-sheets-resident = أوراق كتبها السكان
report-stickers-chat = ملصقات وُضعت في المحادثة
report-stickers-meetings = ملصقات وُضعت في الاجتماعات
report-by-language = اللغات التي اختارها المشاركون
report-col-language = اللغة
report-col-people = المشاركون

## The most important sheets

report-top-challenges = أهم 5 تحديات
report-top-solutions = أهم 5 حلول
report-top-note = من كل المواضيع. الترتيب حسب كل الملصقات: في المحادثة وفي الاجتماعات.

## Each theme

report-theme = الموضوع: { $theme }
report-theme-note = من الأعلى أولوية إلى الأقل أولوية.
report-challenges = التحديات
report-solutions = الحلول
report-chart-challenges = التحديات: { $theme }
report-chart-solutions = الحلول: { $theme }
report-chart-only-top = { $count ->
    [zero] لا يعرض الرسم البياني أي ورقة.
    [one] يعرض الرسم البياني فقط الورقة التي عليها أكثر الملصقات.
    [two] يعرض الرسم البياني فقط الورقتين اللتين عليهما أكثر الملصقات.
    [few] يعرض الرسم البياني فقط { $count } أوراق عليها أكثر الملصقات.
    [many] يعرض الرسم البياني فقط { $count } ورقة عليها أكثر الملصقات.
   *[other] يعرض الرسم البياني فقط { $count } ورقة عليها أكثر الملصقات.
}
report-none = لا توجد أوراق بعد.

## Table columns

report-col-rank = المرتبة
report-col-sheet = الورقة
report-col-online = في المحادثة
report-col-meeting = في الاجتماعات
report-col-total = المجموع
report-col-details = التفاصيل
report-outcome = ماذا حدث بعد ذلك:

# An export, chart, report or QR code could not be made (what the command changed is kept).
file-failed = تعذّر إنشاء الملف. لم يضِع شيء؛ حاول مرة أخرى، وأخبر مسؤول البوت إذا تكرر ذلك.
