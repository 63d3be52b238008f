# consultbot — Arabic words for the facilitator's side (issue 13): the audit log in words,
# /stats labels and counts, /tally confirmation.
# DRAFT: written with the code; translations into the other languages are drafts to review.

audit-entry-grant = الدور { $role } للغة { $language } أُعطي للمستخدم { $user }
audit-entry-grant-role = الدور { $role } أُعطي للمستخدم { $user }
audit-entry-revoke = الدور { $role } أُخذ من المستخدم { $user }
audit-entry-phase = تغيّرت المرحلة من { $old } إلى { $new }
phase-name-open = مفتوحة
phase-name-voting = التصويت فقط
phase-name-closed = مغلقة
audit-entry-outcome = قرار بشأن { $target }: { $decision }
audit-entry-tally = { $target }: ملصقات في الاجتماعات: { $count }
audit-entry-moderation = { $action } { $target } (قبل ذلك: { $old })
audit-entry-auto-hide = { $target } أُخفي بعد بلاغات: { $count }
audit-entry-broadcast = رسالة إلى السكان (العدد: { $count }): { $text }
audit-entry-translate = { $target } تُرجم إلى { $language }
audit-entry-forget = نُسي أحد السكان؛ حُذف: أوراق { $sheets }، تفاصيل { $details }، ملصقات { $stickers }

stats-facilitators = الميسّرون (المشرفون وأصحاب الأدوار، غير محسوبين أعلاه): { $count }

tally-confirm = الورقة { $number }: عدد الملصقات في الاجتماعات { $count }، وهو أكثر من { $limit }، أي أكثر مما يُعدّ في اجتماع عادةً. هل هذا صحيح؟ لا يُحفظ شيء قبل أن توافق.
button-tally-yes = نعم، احفظه
button-tally-no = لا
qr-username-unknown = يحتاج رمز QR إلى اسم مستخدم البوت. يعرفه البوت من تيليجرام عند تشغيل `consultbot run`: شغّله مرة واحدة، أو اضبط CONSULTBOT_BOT_USERNAME (مثلًا my_city_bot). ثم أرسل /qr مرة أخرى.
