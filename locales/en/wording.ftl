# consultbot — English words for small wording fixes (issue 13): usage examples per command,
# a role given without a language, an empty sticker list, a sheet in another language when no
# translation is promised.
# DRAFT: written with the code; translations into the other languages are drafts to review.
# Every message here must exist in every other locale, with the same variables (a test checks).

usage-vote = Please add the sheet number, for example: /vote 12
usage-unvote = Please add the sheet number, for example: /unvote 12
grant-done-role = User { $user } is now { $role }.
mydata-stickers-none = Your stickers: none.
sheet-written-in = (Written in { $language }.)
