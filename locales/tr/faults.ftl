# consultbot — Turkish: what a resident reads when the database is slow or away for a moment.
# Translations other than English are drafts: please have a native speaker check them.

store-slow = Kaydetmek şu anda her zamankinden uzun sürüyor. Gönderdiğiniz saklandı ve birazdan yapılacak. Tekrar göndermenize gerek yok.
