# consultbot — Arabic words of the outbox figures in /stats.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# مسودة ترجمة، تمت بمساعدة الآلة، ويجب أن يراجعها متحدث أصلي.
# Labels with a colon and a number, so no plural forms are needed.
# Every message here must exist in every other locale, with the same variables (a test checks).

outbox-stats-title = ما أرسله البوت من تلقاء نفسه
outbox-stats-none = لم يُرسَل شيء بعد.
outbox-stats-run = { $kind }، { $started } — المستلمون: { $recipients }، أُرسل: { $sent }، غير معروف: { $unknown }، فشل: { $failed }، محظور: { $unreachable }، في الانتظار: { $pending }، المدة: { $minutes } دقيقة { $seconds } ثانية
outbox-stats-unknown = رسائل ربما وصلت وربما لا (توقف البوت أثناء الإرسال؛ لن تُرسل مرة أخرى): { $count }
outbox-kind-digest = الملخص
outbox-kind-broadcast = رسالة جماعية
outbox-kind-decision = قرار
outbox-kind-notice = منشورات في مجموعة الميسّرين
outbox-kind-other = أخرى
