# consultbot — Arabic words of the digests (src/digest, /digest, the onboarding question).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# مسودة ترجمة، تمت بمساعدة الآلة، ويجب أن يراجعها متحدث أصلي باللغة العربية.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Words: sticker = ملصق، sheet = ورقة، challenge = تحدٍّ، solution = حل، theme = موضوع.
# Plurals: zero, one, two, few (3–10), many (11–99), other.

command-digest = ملخص قصير من وقت لآخر (تشغيل أو إيقاف)
usage-digest = اكتب /digest on أو /digest off. للمنسقين: /digest now.
audit-digest = أُرسل الملخص الآن

onboarding-digest = سؤال أخير: هل يرسل لك البوت ملخصًا قصيرًا من وقت لآخر؟ يخبرك بما هو جديد وبعدد ملصقاتك الباقية. يمكنك تغيير ذلك في أي وقت بالأمر /digest.
button-digest-yes = نعم، من فضلك
button-digest-no = لا، شكرًا
button-digest-on = أرسل لي الملخصات
button-digest-off = أوقف الملخصات
digest-on = ستصلك ملخصات قصيرة من وقت لآخر. أوقفها في أي وقت بالأمر /digest off.
digest-off = لن تصلك ملخصات. شغّلها في أي وقت بالأمر /digest on.
digest-now-started = بدأ الملخص: { $count ->
    [zero] لا رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
    [many] { $count } رسالة
   *[other] { $count } رسالة
} في الانتظار (الدفعة { $run }).
digest-now-already = بدأ ملخص للتو. حاول مرة أخرى بعد قليل.
digest-now-nothing = لا أحد ينتظر ملخصًا الآن: لم يطلبه أحد، أو لا جديد لهم.

digest-title = أخبار { $title }
digest-phase-open = يمكنك إضافة أوراق ووضع ملصقات.
digest-phase-voting = يمكنك وضع ملصقات. لا أوراق جديدة الآن.
digest-phase-closed = انتهت الاستشارة. شكرًا لمشاركتك!
digest-stickers-left = { $count ->
    [zero] لم يبقَ لك أي ملصق.
    [one] بقي لك ملصق واحد لتضعه.
    [two] بقي لك ملصقان لتضعهما.
    [few] بقي لك { $count } ملصقات لتضعها.
    [many] بقي لك { $count } ملصقًا لتضعها.
   *[other] بقي لك { $count } ملصق لتضعه.
}
digest-new-sheets = { $count ->
    [zero] لا أوراق جديدة
    [one] ورقة جديدة واحدة
    [two] ورقتان جديدتان
    [few] { $count } أوراق جديدة
    [many] { $count } ورقة جديدة
   *[other] { $count } ورقة جديدة
} منذ ملخصك الأخير:
digest-top = الأكثر ملصقات الآن:
digest-top-line = { $rank }. { $kind } { $sheet } { $text } · { $count ->
    [zero] لا ملصقات
    [one] ملصق واحد
    [two] ملصقان
    [few] { $count } ملصقات
    [many] { $count } ملصقًا
   *[other] { $count } ملصق
}
digest-footer = اضغط على موضوع أو ورقة لفتحها.

digest-facilitator-title = ملخص للمنسقين: { $title }
digest-pending = في انتظار المراجعة: { $count }
digest-reports = بلاغات جديدة: { $count }
digest-since = منذ ملخصك الأخير:
digest-new-residents = سكان جدد: { $count }
digest-new-resident-sheets = أوراق جديدة من السكان: { $count }
digest-new-details = تفاصيل جديدة: { $count }
digest-stickers-placed = ملصقات وُضعت: { $count }
digest-runs = آخر الرسائل التي أرسلها البوت من تلقاء نفسه:
digest-run-line = { $kind } (الدفعة { $run }): أُرسل { $sent } من { $recipients }؛ ينتظر { $pending }، غير معروف { $unknown }، فشل { $failed }، محظور { $unreachable }
