# consultbot — Urdu: what a resident reads when the database is slow or away for a moment.
# Translations other than English are drafts: please have a native speaker check them.

store-slow = اس وقت محفوظ کرنے میں معمول سے زیادہ وقت لگ رہا ہے۔ آپ نے جو بھیجا وہ محفوظ ہے اور تھوڑی دیر میں ہو جائے گا۔ دوبارہ بھیجنے کی ضرورت نہیں۔
