# consultbot — Arabic words for small wording fixes (issue 13): usage examples per command,
# a role given without a language, an empty sticker list, a sheet in another language when no
# translation is promised.
# DRAFT: written with the code; translations into the other languages are drafts to review.
# Every message here must exist in every other locale, with the same variables (a test checks).

usage-vote = من فضلك أضف رقم الورقة، مثلًا: /vote 12
usage-unvote = من فضلك أضف رقم الورقة، مثلًا: /unvote 12
grant-done-role = أصبح للمستخدم { $user } الآن الدور: { $role }.
mydata-stickers-none = ملصقاتك: لا يوجد.
sheet-written-in = (مكتوب باللغة { $language }.)
