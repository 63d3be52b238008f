# consultbot — Ukrainian words for small wording fixes (issue 13): usage examples per command,
# a role given without a language, an empty sticker list, a sheet in another language when no
# translation is promised.
# DRAFT: written with the code; translations into the other languages are drafts to review.
# Every message here must exist in every other locale, with the same variables (a test checks).

usage-vote = Додайте номер аркуша, наприклад: /vote 12
usage-unvote = Додайте номер аркуша, наприклад: /unvote 12
grant-done-role = Користувач { $user } тепер має роль: { $role }
mydata-stickers-none = Ваші наліпки: немає.
sheet-written-in = (Мова тексту: { $language }.)
