# consultbot — Urdu words of the HTML report and its charts.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# یہ ترجمے کا مسودہ ہے، مشین کی مدد سے بنایا گیا؛ کوئی اردو بولنے والا اس کا جائزہ لے۔
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Words: sticker = اسٹیکر، sheet = شیٹ، challenge = چیلنج، solution = حل، theme = موضوع۔
# Plurals: one (only 1) and other (0, 2, 3, …).

report-generated = تیار کیا گیا: { $date }۔

## Who took part

report-participation = کس نے حصہ لیا
report-participants = حصہ لینے والے لوگ
report-active-7-days = پچھلے 7 دنوں میں فعال
report-sheets-seed = شروع سے موجود شیٹس
report-sheets-resident = رہائشیوں کی لکھی ہوئی شیٹس
report-stickers-chat = چیٹ میں لگائے گئے اسٹیکر
report-stickers-meetings = میٹنگوں میں لگائے گئے اسٹیکر
report-by-language = لوگوں کی چنی ہوئی زبانیں
report-col-language = زبان
report-col-people = لوگ

## The most important sheets

report-top-challenges = 5 سب سے اہم چیلنج
report-top-solutions = 5 سب سے اہم حل
report-top-note = تمام موضوعات سے۔ ترتیب تمام اسٹیکروں سے بنی ہے: چیٹ میں اور میٹنگوں میں۔

## Each theme

report-theme = موضوع: { $theme }
report-theme-note = سب سے زیادہ ترجیح سے سب سے کم ترجیح تک۔
report-challenges = چیلنج
report-solutions = حل
report-chart-challenges = چیلنج: { $theme }
report-chart-solutions = حل: { $theme }
report-chart-only-top = { $count ->
    [one] چارٹ صرف سب سے زیادہ اسٹیکر والی شیٹ دکھاتا ہے۔
   *[other] چارٹ صرف سب سے زیادہ اسٹیکر والی { $count } شیٹس دکھاتا ہے۔
}
report-none = ابھی کوئی شیٹ نہیں۔

## Table columns

report-col-rank = درجہ
report-col-sheet = شیٹ
report-col-online = چیٹ میں
report-col-meeting = میٹنگوں میں
report-col-total = کل
report-col-details = تفصیلات
report-outcome = اس کے بعد کیا ہوا:

# An export, chart, report or QR code could not be made (what the command changed is kept).
file-failed = فائل نہیں بن سکی۔ کچھ ضائع نہیں ہوا؛ دوبارہ کوشش کریں، اور اگر یہ بار بار ہو تو بوٹ کے منتظم کو بتائیں۔
