# consultbot — Arabic: what a resident reads when the database is slow or away for a moment.
# Translations other than English are drafts: please have a native speaker check them.

store-slow = الحفظ يستغرق وقتًا أطول من المعتاد الآن. ما أرسلته محفوظ وسيتم بعد قليل. لا داعي لإرساله مرة أخرى.
