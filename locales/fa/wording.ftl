# consultbot — Persian words for small wording fixes (issue 13): usage examples per command,
# a role given without a language, an empty sticker list, a sheet in another language when no
# translation is promised.
# DRAFT: written with the code; translations into the other languages are drafts to review.
# Every message here must exist in every other locale, with the same variables (a test checks).

usage-vote = لطفاً شمارهٔ برگه را هم بنویسید، مثلاً: /vote 12
usage-unvote = لطفاً شمارهٔ برگه را هم بنویسید، مثلاً: /unvote 12
grant-done-role = کاربر { $user } حالا این نقش را دارد: { $role }.
mydata-stickers-none = برچسب‌های شما: هیچ.
sheet-written-in = (به زبان { $language } نوشته شده.)
