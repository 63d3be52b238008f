# consultbot — Danish words for small wording fixes (issue 13): usage examples per command,
# a role given without a language, an empty sticker list, a sheet in another language when no
# translation is promised.
# DRAFT: written with the code; translations into the other languages are drafts to review.
# Every message here must exist in every other locale, with the same variables (a test checks).

usage-vote = Skriv også arkets nummer, for eksempel: /vote 12
usage-unvote = Skriv også arkets nummer, for eksempel: /unvote 12
grant-done-role = Bruger { $user } er nu { $role }.
mydata-stickers-none = Dine klistermærker: ingen.
sheet-written-in = (Skrevet på { $language }.)
