# consultbot — Ukrainian words of the outbox figures in /stats.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# ЧЕРНЕТКА перекладу, зроблена за допомогою машини; її має перевірити носій мови.
# Labels with a colon and a number, so no plural forms are needed.
# Every message here must exist in every other locale, with the same variables (a test checks).

outbox-stats-title = Що бот надіслав сам
outbox-stats-none = Ще нічого не надіслано.
outbox-stats-run = { $kind }, { $started } — отримувачі: { $recipients }, надіслано: { $sent }, невідомо: { $unknown }, не вдалося: { $failed }, заблоковано: { $unreachable }, чекають: { $pending }, час: { $minutes } хв { $seconds } с
outbox-stats-unknown = Повідомлення, які могли дійти або ні (бот зупинився під час надсилання; їх не надсилатимуть знову): { $count }
outbox-kind-digest = Дайджест
outbox-kind-broadcast = Розсилка
outbox-kind-decision = Рішення
outbox-kind-notice = Дописи в групі фасилітаторів
outbox-kind-other = Інше
