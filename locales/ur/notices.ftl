# consultbot — اردو: اعلانات اور فیصلے مسودے کے طور پر، ہر زبان کا ایک نسخہ۔
# مسودہ ترجمہ، مشین کی مدد سے؛ کسی اہلِ زبان کو دیکھنا چاہیے۔

notice-preview-broadcast = مسودہ { $ref }: { $count ->
    [one] ایک شہری
   *[other] { $count } شہریوں
} کے لیے پیغام:
notice-preview-decision = مسودہ { $ref }: شیٹ { $number } پر فیصلہ “{ $decision }” ہے۔ { $count ->
    [one] ایک شہری کو بتایا جائے گا:
   *[other] { $count } شہریوں کو بتایا جائے گا:
}
notice-versions = نسخے: { $languages }
notice-version-original = { $language } (اصل)
notice-version-human = { $language }
notice-version-machine = { $language } (مشینی ترجمہ)
notice-language-count = { $language }: { $count }
notice-missing = ابھی کوئی نسخہ نہیں: { $languages }
notice-missing-machine = انہیں مشینی ترجمہ ملے گا، جس پر یہ لکھا ہو گا۔
notice-missing-original = انہیں اصل متن ایک نوٹ کے ساتھ ملے گا۔
notice-translate-hint = نسخہ شامل کریں: /translate { $ref } زبان متن
notice-not-found = کوئی مسودہ { $ref } نہیں ہے۔
notice-not-draft = { $ref } پہلے ہی بھیجا یا منسوخ کیا جا چکا ہے۔
notice-original-language = { $ref } { $language } میں لکھا گیا ہے۔ متن بدلنے کے لیے کمانڈ دوبارہ لکھیں۔
notice-translating = تصدیق ہو گئی۔ مشینی ترجمے تیار ہوتے ہی یہ { $count ->
    [one] ایک شہری
   *[other] { $count } شہریوں
} کو بھیجا جائے گا۔
notice-cancelled = مسودہ { $ref } منسوخ ہو گیا۔ کچھ نہیں بھیجا گیا۔
notice-machine-translated = { $language } سے مشینی ترجمہ۔ کسی انسان نے اسے نہیں جانچا۔
notice-untranslated = ابھی آپ کی زبان میں ترجمہ نہیں ہوا۔ یہ { $language } میں اصل متن ہے۔
sheet-decision = فیصلہ: { $decision }
