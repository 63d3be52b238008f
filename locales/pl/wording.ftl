# consultbot — Polish words for small wording fixes (issue 13): usage examples per command,
# a role given without a language, an empty sticker list, a sheet in another language when no
# translation is promised.
# DRAFT: written with the code; translations into the other languages are drafts to review.
# Every message here must exist in every other locale, with the same variables (a test checks).

usage-vote = Dodaj numer kartki, na przykład: /vote 12
usage-unvote = Dodaj numer kartki, na przykład: /unvote 12
grant-done-role = Użytkownik { $user } ma teraz rolę: { $role }
mydata-stickers-none = Twoje naklejki: brak.
sheet-written-in = (Język tekstu: { $language }.)
