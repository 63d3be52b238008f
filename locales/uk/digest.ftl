# consultbot — Ukrainian words of the digests (src/digest, /digest, the onboarding question).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# ЧЕРНЕТКА перекладу, зроблена з допомогою машини; її має перевірити носій мови.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = наліпка, sheet = аркуш, challenge = проблема, solution = рішення, theme = тема.
# Plurals: one (1, 21, 31, …), few (2–4, 22–24, …), many (0, 5–20, 25–30, …), other (fractions).

command-digest = Короткий підсумок час від часу (увімкнути або вимкнути)
usage-digest = Напишіть /digest on або /digest off. Модератори: /digest now.
audit-digest = підсумок надіслано зараз

onboarding-digest = Останнє питання: чи може бот час від часу надсилати вам короткий підсумок? Він розповідає, що нового і скільки наліпок у вас лишилося. Змінити це можна будь-коли командою /digest.
button-digest-yes = Так, будь ласка
button-digest-no = Ні, дякую
button-digest-on = Надсилати підсумки
button-digest-off = Зупинити підсумки
digest-on = Час від часу ви отримуватимете короткий підсумок. Зупиніть його будь-коли командою /digest off.
digest-off = Ви не отримуєте підсумків. Увімкніть їх будь-коли командою /digest on.
digest-now-started = Підсумок розпочато: у черзі { $count ->
    [one] { $count } повідомлення
    [few] { $count } повідомлення
    [many] { $count } повідомлень
   *[other] { $count } повідомлення
} (розсилка { $run }).
digest-now-already = Підсумок щойно розпочато. Спробуйте ще раз трохи згодом.
digest-now-nothing = Зараз ніхто не отримає підсумку: ніхто його не просив або для них немає нічого нового.

digest-title = Новини: { $title }
digest-phase-open = Ви можете додавати аркуші й давати наліпки.
digest-phase-voting = Ви можете давати наліпки. Нових аркушів зараз немає.
digest-phase-closed = Обговорення закрито. Дякуємо за участь!
digest-stickers-left = У вас ще є { $count ->
    [one] { $count } наліпка
    [few] { $count } наліпки
    [many] { $count } наліпок
   *[other] { $count } наліпки
}, щоб дати.
digest-new-sheets = Від вашого останнього підсумку: { $count ->
    [one] { $count } новий аркуш
    [few] { $count } нові аркуші
    [many] { $count } нових аркушів
   *[other] { $count } нового аркуша
}:
digest-top = Найбільше наліпок зараз:
digest-top-line = { $rank }. { $kind } { $sheet } { $text } · { $count ->
    [one] { $count } наліпка
    [few] { $count } наліпки
    [many] { $count } наліпок
   *[other] { $count } наліпки
}
digest-footer = Торкніться теми або аркуша, щоб відкрити.

digest-facilitator-title = Підсумок для модераторів: { $title }
digest-pending = Чекає на модерацію: { $count }
digest-reports = Нові скарги: { $count }
digest-since = Від вашого останнього підсумку:
digest-new-residents = Нові мешканці: { $count }
digest-new-resident-sheets = Нові аркуші мешканців: { $count }
digest-new-details = Нові подробиці: { $count }
digest-stickers-placed = Дано наліпок: { $count }
digest-runs = Останні повідомлення, які бот надіслав сам:
digest-run-line = { $kind } (розсилка { $run }): надіслано { $sent } з { $recipients }; чекає { $pending }, невідомо { $unknown }, не вдалося { $failed }, заблоковано { $unreachable }
