# consultbot — Somali words for small wording fixes (issue 13): usage examples per command,
# a role given without a language, an empty sticker list, a sheet in another language when no
# translation is promised.
# DRAFT: written with the code; translations into the other languages are drafts to review.
# Every message here must exist in every other locale, with the same variables (a test checks).

usage-vote = Fadlan ku dar lambarka warqadda, tusaale: /vote 12
usage-unvote = Fadlan ku dar lambarka warqadda, tusaale: /unvote 12
grant-done-role = Isticmaalaha { $user } hadda wuxuu leeyahay doorkan: { $role }
mydata-stickers-none = Istiikarradaada: midna.
sheet-written-in = (Waxaa lagu qoray { $language }.)
