# consultbot — Turkish words for small wording fixes (issue 13): usage examples per command,
# a role given without a language, an empty sticker list, a sheet in another language when no
# translation is promised.
# DRAFT: written with the code; translations into the other languages are drafts to review.
# Every message here must exist in every other locale, with the same variables (a test checks).

usage-vote = Lütfen kâğıdın numarasını da yazın, örneğin: /vote 12
usage-unvote = Lütfen kâğıdın numarasını da yazın, örneğin: /unvote 12
grant-done-role = Kullanıcı { $user } artık şu role sahip: { $role }
mydata-stickers-none = Çıkartmalarınız: yok.
sheet-written-in = (Yazıldığı dil: { $language }.)
