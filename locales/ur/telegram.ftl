# consultbot — Urdu: what Telegram shows about the bot (command menu, descriptions).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# یہ ترجمے کا مسودہ ہے، مشین کی مدد سے بنایا گیا؛ کوئی اردو بولنے والا اس کا جائزہ لے۔
# Keep sentences short and plain. Slash commands (/item 12) stay as they are.
# Command descriptions: at most 256 characters. Description: at most 512. Short description: at most 120.
# Words: sticker = اسٹیکر، sheet = شیٹ، challenge = چیلنج، solution = حل، consultation = مشاورت۔

command-start = شروع کریں اور موضوعات دیکھیں
command-themes = موضوعات دیکھیں
command-add = نیا چیلنج یا نیا حل لکھیں
command-mystickers = اپنے اسٹیکر دیکھیں
command-item = کوئی شیٹ کھولیں، مثلاً /item 12
command-vote = اسٹیکر لگائیں، مثلاً /vote 12
command-unvote = اسٹیکر واپس لیں، مثلاً /unvote 12
command-language = زبان بدلیں
command-about = اس مشاورت کے بارے میں
command-help = یہ کیسے کام کرتا ہے
command-cancel = جو کر رہے ہیں اسے روکیں
command-mydata = دیکھیں کہ consultbot آپ کے بارے میں کیا محفوظ رکھتا ہے
command-forget = Consultbot سے کہیں کہ آپ کو بھول جائے
bot-description = کوپن ہیگن کی انضمام پالیسی پر اپنی رائے دیں۔ دوسرے شہریوں نے جو لکھا ہے وہ پڑھیں، اپنے خیالات لکھیں، اور جو سب سے اہم ہے اس پر اسٹیکر لگائیں۔ ڈینش، انگریزی، عربی، ترکی، اردو، صومالی، پولش، فارسی اور یوکرینی میں۔
bot-short-description = کوپن ہیگن کی انضمام پالیسی پر اپنی زبان میں رائے دیں۔
