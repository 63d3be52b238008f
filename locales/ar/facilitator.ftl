# consultbot — Arabic: what facilitators (city staff) read. Plain words, no jargon.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# مسودة ترجمة، تمت بمساعدة الآلة، ويجب أن يراجعها متحدث أصلي باللغة العربية.
# Keep sentences short and plain.
# Words: sticker = ملصق، sheet = ورقة، challenge = تحدٍّ، solution = حل، detail = تفصيل،
# facilitator = موظف من البلدية، consultation = الحوار، resident = ساكن / السكان.
# Plurals: zero, one, two, few (3–10), many (11–99), other (100+). Counts of residents use
# "N من السكان", which fits every number.
# In usage-* the commands and their English keywords stay as they are; the placeholders are
# Arabic words: موضوع = THEME، ورقة = SHEET، عدد = COUNT، مستخدم = USER، لغة = LANGUAGE، نص = TEXT.

## Results

stats-title = الحوار بالأرقام
stats-participants = المشاركون: { $total } (النشطون في آخر 7 أيام: { $active })
stats-languages = اللغات: { $list }
stats-sheets = الأوراق في كل موضوع
stats-theme = { $theme }: التحديات (من 2010: { $challenges_seed }، جديدة: { $challenges_resident })، الحلول (من 2010: { $solutions_seed }، جديدة: { $solutions_resident })؛ بانتظار الموافقة: { $pending }، مخفية: { $hidden }
stats-stickers = الملصقات: في المحادثة { $placed }، لم تُستعمل بعد { $unused }، عُدّت في الاجتماعات { $meeting }
stats-details = التفاصيل المضافة: { $count }
stats-digest = السكان الذين تصلهم النشرة: { $count }
stats-who = من شارك (أجوبة اختيارية)
stats-districts = المناطق: { $list }
stats-ages = الأعمار: { $list }
stats-no-answer = لا جواب
top-title = أهم الأوراق في كل المواضيع
top-title-theme = أهم الأوراق: { $theme }
top-challenges = التحديات
top-solutions = الحلول
top-counts = { $online } في المحادثة + { $meeting } في الاجتماعات = { $total }
chart-title = أهم 5 تحديات وحلول
chart-title-theme = أهم التحديات والحلول: { $theme }
chart-online = في المحادثة
chart-meeting = في الاجتماعات
chart-caption = أهم الأوراق في كل المواضيع.
chart-caption-theme = أهم الأوراق في { $theme }.
export-csv-caption = كل الأوراق بصيغة CSV (تُفتح في جدول بيانات).
export-json-caption = كل الأوراق بصيغة JSON.
report-caption = التقرير. افتحه في متصفح؛ وهو مناسب للطباعة.

## Moderation

pending-none = لا يوجد شيء ينتظر.
pending-title = عدد ما ينتظرك: { $count }
moderation-sheet = الورقة { $number }
moderation-detail = التفصيل { $detail } في الورقة { $number }
moderation-status = الحالة: { $status }. عدد البلاغات: { $reports }.
status-visible = ظاهر
status-pending = بانتظار الموافقة
status-hidden = مخفي
button-approve = ✔ إظهار
button-hide = ✖ إخفاء
moderation-visible = { $target } ظاهر الآن.
moderation-hidden = { $target } مخفي الآن.
moderation-not-found = { $target } غير موجود.
admin-chat-new-sheet = ورقة جديدة
admin-chat-report = بلاغ: { $reason }

## Steering

tally-done = { $count ->
    [zero] لم تحصل الورقة { $number } على أي ملصق في الاجتماعات.
    [one] حصلت الورقة { $number } على ملصق واحد في الاجتماعات.
    [two] حصلت الورقة { $number } على ملصقين في الاجتماعات.
    [few] حصلت الورقة { $number } على { $count } ملصقات في الاجتماعات.
    [many] حصلت الورقة { $number } على { $count } ملصقًا في الاجتماعات.
   *[other] حصلت الورقة { $number } على { $count } ملصق في الاجتماعات.
}
phase-set-open = الحوار مفتوح: يمكن للسكان أن يكتبوا ويضعوا ملصقات.
phase-set-voting = التصويت فقط: يمكن للسكان أن يضعوا ملصقات، لكن لا يمكنهم الكتابة.
phase-set-closed = الحوار مغلق: يمكن للسكان القراءة فقط.
broadcast-preview = { $count ->
    [zero] ستُرسل هذه الرسالة إلى { $count } من السكان:
    [one] ستُرسل هذه الرسالة إلى ساكن واحد:
    [two] ستُرسل هذه الرسالة إلى اثنين من السكان:
    [few] ستُرسل هذه الرسالة إلى { $count } من السكان:
    [many] ستُرسل هذه الرسالة إلى { $count } من السكان:
   *[other] ستُرسل هذه الرسالة إلى { $count } من السكان:
}
button-send = ✔ إرسال
broadcast-queued = { $count ->
    [zero] الرسالة في طريقها إلى { $count } من السكان.
    [one] الرسالة في طريقها إلى ساكن واحد.
    [two] الرسالة في طريقها إلى اثنين من السكان.
    [few] الرسالة في طريقها إلى { $count } من السكان.
    [many] الرسالة في طريقها إلى { $count } من السكان.
   *[other] الرسالة في طريقها إلى { $count } من السكان.
}
outcome-recorded = تم حفظ القرار بشأن الورقة { $number }. { $count ->
    [zero] لن يُبلَّغ أحد من السكان.
    [one] سيتم إبلاغ ساكن واحد.
    [two] سيتم إبلاغ اثنين من السكان.
    [few] سيتم إبلاغ { $count } من السكان.
    [many] سيتم إبلاغ { $count } من السكان.
   *[other] سيتم إبلاغ { $count } من السكان.
}
grant-done = أصبح للمستخدم { $user } الآن الدور: { $role } { $language }.
revoke-done = لم يعد للمستخدم { $user } الدور: { $role }.
revoke-none = لم يكن للمستخدم { $user } الدور: { $role }.
audit-title = آخر إجراءات موظفي البلدية
audit-none = لا شيء بعد.

## Translations

translate-done = تم حفظ ترجمة { $target } إلى { $language }.
translate-prompt = ترجم { $target } إلى { $language }. اكتب الترجمة في رسالة واحدة:
translations-title = عدد ما ينتظر الترجمة إلى { $language }: { $count }
translations-done = تمت ترجمة كل شيء إلى { $language }. شكرًا!
button-translate-next = ترجم التالي ({ $language })

## How to use the commands

usage-moderate = اكتب رقم الورقة، أو d ثم رقم التفصيل: /hide 12 أو /hide d7
usage-top = استعمل /top أو /top موضوع أو /top موضوع 10 (موضوع = رقم الموضوع أو اسمه المختصر).
usage-chart = استعمل /chart أو /chart موضوع (رقم الموضوع أو اسمه المختصر).
usage-tally = استعمل /tally ورقة عدد، مثلًا /tally 12 8
usage-phase = استعمل /phase open أو /phase voting أو /phase closed
usage-broadcast = اكتب الرسالة بعد الأمر: /broadcast الاجتماع يوم الاثنين في الساعة 18:00. (3500 حرف على الأكثر.)
usage-outcome = استعمل /outcome ورقة adopted|considered|declined نص، مثلًا /outcome 12 adopted هذا جزء من السياسة الجديدة.
usage-grant = استعمل /grant moderator مستخدم أو /grant translator مستخدم لغة، مثلًا /grant translator 12345 ar
usage-revoke = استعمل /revoke moderator مستخدم أو /revoke translator مستخدم
usage-translate = استعمل /translate ورقة لغة نص، مثلًا /translate 12 ar دورات لغة أفضل (أو d7 بدل 12 لترجمة تفصيل).
usage-translations = استعمل /translations أو /translations لغة، مثلًا /translations ar
usage-qr = استعمل /qr أو /qr موضوع أو /qr ورقة، مثلًا /qr unge أو /qr 12
role-moderator = مشرف
role-translator = مترجم
help-facilitator-title = لموظفي البلدية
command-stats = أرقام: المشاركون والأوراق والملصقات
command-top = الأوراق الأكثر دعمًا: /top [موضوع] [N]
command-export = النتائج في ملفات CSV و JSON
command-chart = رسم بياني للملصقات: /chart [موضوع]
command-report = التقرير في ملف HTML
command-pending = ما ينتظر المراجعة
command-approve = إظهار: /approve N (dN لتفصيل)
command-hide = إخفاء: /hide N (dN لتفصيل)
command-restore = إظهار من جديد: /restore N (dN لتفصيل)
command-tally = ملصقات من اجتماع: /tally N عدد
command-phase = تغيير المرحلة: /phase open|voting|closed
command-broadcast = رسالة إلى الجميع: /broadcast نص
command-outcome = القرار بشأن ورقة: /outcome N adopted|considered|declined نص
command-qr = رمز QR للملصقات الجدارية: /qr [موضوع|N]
command-translate = ترجمة: /translate N لغة نص (dN لتفصيل)
command-translations = ما ينتظر الترجمة: /translations [لغة]
command-grant = منح دور: /grant دور مستخدم [لغة]
command-revoke = سحب دور: /revoke دور مستخدم
command-audit = آخر ما فعله الميسّرون
audit-approve = موافقة
audit-restore = إعادة إظهار
audit-hide = إخفاء
audit-auto-hide = إخفاء بعد البلاغات
audit-tally = عدّ في الاجتماعات
audit-phase = مرحلة
audit-broadcast = رسالة للجميع
audit-outcome = قرار
audit-grant = منح دور
audit-revoke = سحب دور
audit-translate = ترجمة
