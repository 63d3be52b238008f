# consultbot — Urdu words for small wording fixes (issue 13): usage examples per command,
# a role given without a language, an empty sticker list, a sheet in another language when no
# translation is promised.
# DRAFT: written with the code; translations into the other languages are drafts to review.
# Every message here must exist in every other locale, with the same variables (a test checks).

usage-vote = براہ کرم شیٹ کا نمبر بھی لکھیں، مثلاً: /vote 12
usage-unvote = براہ کرم شیٹ کا نمبر بھی لکھیں، مثلاً: /unvote 12
grant-done-role = صارف { $user } کا اب یہ کردار ہے: { $role }۔
mydata-stickers-none = آپ کے اسٹیکر: کوئی نہیں۔
sheet-written-in = ({ $language } میں لکھا گیا۔)
