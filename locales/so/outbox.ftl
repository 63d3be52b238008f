# consultbot — Somali words of the outbox figures in /stats.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# TARJUMAAD QABYO AH, mashiin ayaa caawiyay; qof afka hooyo u ah ha eego.
# Labels with a colon and a number, so no plural forms are needed.
# Every message here must exist in every other locale, with the same variables (a test checks).

outbox-stats-title = Waxa botku iskiis u diray
outbox-stats-none = Weli waxba lama dirin.
outbox-stats-run = { $kind }, { $started } — qaatayaasha: { $recipients }, la diray: { $sent }, aan la garanayn: { $unknown }, fashilmay: { $failed }, la xannibay: { $unreachable }, sugaya: { $pending }, waqti: { $minutes } daqiiqo { $seconds } ilbiriqsi
outbox-stats-unknown = Fariimo laga yaabo inay gaareen ama aysan gaarin (botku wuu istaagay intuu dirayay; mar kale lama diri doono): { $count }
outbox-kind-digest = Soo koobid
outbox-kind-broadcast = Fariin guud
outbox-kind-decision = Go'aan
outbox-kind-notice = Qoraallada kooxda fududeeyayaasha
outbox-kind-other = Kale
