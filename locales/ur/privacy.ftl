# consultbot — اردو: بہت زیادہ پیغامات کی حد، فائل کے طور پر /mydata، اور /forget (سب یا اکاؤنٹ)۔
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# Translations other than English are drafts, to be reviewed by a native speaker.
# Every message here must exist in every other locale, with the same variables (a test checks).

flood-slow-down = آپ بہت زیادہ پیغامات بھیج رہے ہیں۔ براہ کرم آہستہ کریں: چند سیکنڈ تک میں اگلے پیغامات کا جواب نہیں دوں گا۔
flood-too-many-texts = آپ نے تھوڑے وقت میں بہت سی تحریریں شامل کی ہیں۔ مزید شامل کرنے سے پہلے تھوڑا انتظار کریں۔ آپ کی تحریر محفوظ ہے: آپ اسے بعد میں شائع کر سکتے ہیں۔
mydata-file-caption = consultbot آپ کے بارے میں جو کچھ رکھتا ہے، مکمل طور پر، ایک فائل میں (JSON)۔
forget-choose = consultbot کیا بھول جائے؟
    • سب کچھ: آپ کا اکاؤنٹ، آپ کے اسٹیکر، اور آپ کے لکھے ہوئے کاغذ اور تفصیلات۔
    • صرف آپ کا اکاؤنٹ: آپ کا اکاؤنٹ اور آپ کے اسٹیکر۔ آپ کا لکھا ہوا رہے گا، لیکن کوئی چیز اسے آپ سے نہیں جوڑے گی۔
button-forget-all = سب کچھ، میرا لکھا ہوا بھی
button-forget-account = صرف میرا اکاؤنٹ
forget-confirm-all = کیا آپ چاہتے ہیں کہ consultbot آپ کے بارے میں سب کچھ بھول جائے؟ آپ کے اسٹیکر، جواب، زبان، اور آپ کے لکھے ہوئے کاغذ اور تفصیلات، دوسروں کے دیے ہوئے اسٹیکروں سمیت، مٹا دیے جائیں گے۔ یہ واپس نہیں ہو سکتا۔
usage-forget = /forget، /forget all یا /forget account لکھیں۔
audit-forget = ایک رہائشی کو بھلا دیا گیا
