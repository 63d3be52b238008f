# consultbot — Urdu words of the digests (src/digest, /digest, the onboarding question).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# یہ ترجمے کا مسودہ ہے، مشین کی مدد سے بنایا گیا؛ کوئی اردو بولنے والا اس کا جائزہ لے۔
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Words: sticker = اسٹیکر، sheet = شیٹ، challenge = چیلنج، solution = حل، theme = موضوع۔
# Plurals: one (only 1) and other (0, 2, 3, …).

command-digest = کبھی کبھی ایک مختصر خلاصہ پائیں (آن یا آف)
usage-digest = یہ لکھیں: /digest on یا /digest off۔ منتظمین: /digest now۔
audit-digest = خلاصہ ابھی بھیجا گیا

onboarding-digest = آخری سوال: کیا بوٹ آپ کو کبھی کبھی ایک مختصر خلاصہ بھیجے؟ اس میں لکھا ہوتا ہے کہ نیا کیا ہے اور آپ کے کتنے اسٹیکر باقی ہیں۔ آپ اسے کسی بھی وقت /digest سے بدل سکتے ہیں۔
button-digest-yes = جی ہاں
button-digest-no = جی نہیں، شکریہ
button-digest-on = مجھے خلاصے بھیجیں
button-digest-off = خلاصے بند کریں
digest-on = آپ کو کبھی کبھی ایک مختصر خلاصہ ملے گا۔ اسے کسی بھی وقت /digest off سے بند کریں۔
digest-off = آپ کو کوئی خلاصہ نہیں ملے گا۔ انہیں کسی بھی وقت /digest on سے شروع کریں۔
digest-now-started = خلاصہ شروع ہو گیا: { $count ->
    [one] ایک پیغام
   *[other] { $count } پیغامات
} قطار میں ہیں (دور { $run })۔
digest-now-already = ابھی ابھی ایک خلاصہ شروع ہوا ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔
digest-now-nothing = ابھی کسی کے لیے خلاصہ نہیں: کسی نے نہیں مانگا، یا ان کے لیے کچھ نیا نہیں۔

digest-title = { $title } کی خبریں
digest-phase-open = آپ شیٹ لکھ سکتے ہیں اور اسٹیکر لگا سکتے ہیں۔
digest-phase-voting = آپ اسٹیکر لگا سکتے ہیں۔ ابھی نئی شیٹ نہیں لکھی جا سکتی۔
digest-phase-closed = مشاورت ختم ہو گئی ہے۔ حصہ لینے کا شکریہ!
digest-stickers-left = آپ کے پاس لگانے کے لیے { $count ->
    [one] ایک اسٹیکر باقی ہے
   *[other] { $count } اسٹیکر باقی ہیں
}۔
digest-new-sheets = آپ کے پچھلے خلاصے کے بعد { $count ->
    [one] ایک نئی شیٹ
   *[other] { $count } نئی شیٹیں
}:
digest-top = اس وقت سب سے زیادہ اسٹیکر:
digest-top-line = { $rank }. { $kind } { $sheet } { $text } · { $count ->
    [one] ایک اسٹیکر
   *[other] { $count } اسٹیکر
}
digest-footer = کھولنے کے لیے کسی موضوع یا شیٹ پر ٹیپ کریں۔

digest-facilitator-title = منتظمین کے لیے خلاصہ: { $title }
digest-pending = منظوری کے منتظر: { $count }
digest-reports = نئی شکایات: { $count }
digest-since = آپ کے پچھلے خلاصے کے بعد:
digest-new-residents = نئے رہائشی: { $count }
digest-new-resident-sheets = رہائشیوں کی نئی شیٹیں: { $count }
digest-new-details = نئی تفصیلات: { $count }
digest-stickers-placed = لگائے گئے اسٹیکر: { $count }
digest-runs = بوٹ کے خود بھیجے گئے آخری پیغامات:
digest-run-line = { $kind } (دور { $run }): { $recipients } میں سے بھیجے گئے { $sent }؛ منتظر { $pending }، نامعلوم { $unknown }، ناکام { $failed }، بلاک { $unreachable }
