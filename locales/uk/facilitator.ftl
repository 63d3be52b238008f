# consultbot — Ukrainian: what facilitators (city staff) read. Plain words, no jargon.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# ЧЕРНЕТКА перекладу, зроблена з допомогою машини; її має перевірити носій мови.
# Keep sentences short and plain.
# Terms: sticker = наліпка, sheet = аркуш, challenge = проблема, solution = рішення,
#   detail = доповнення, facilitator = працівник міста, theme = тема, resident = мешканець.
#   "Decision" is ухвала, never рішення (that word means "solution" here).
# In usage-* messages the commands and their English keywords stay exactly as they are
# (the bot only understands those); only the explanations and the CAPITAL placeholders are Ukrainian.
# $role is the English keyword (moderator, translator); $language in grant-done is a code (ar) or empty;
# elsewhere $language is a language name in the nominative. $target is a label such as #12 or d7.
# Counts mostly stand after a colon ("Доповнення: 5"), so no number agreement is needed.
# Plural categories: one (1, 21, 31, …), few (2-4, 22-24, …), many (0, 5-20, 25-30, …), other (fractions).

## Results

stats-title = Обговорення в цифрах
stats-participants = Учасники: { $total } (активні за останні 7 днів: { $active })
stats-languages = Мови: { $list }
stats-sheets = Аркуші за темами
stats-theme = { $theme }: проблеми з 2010 року { $challenges_seed } + нові { $challenges_resident }, рішення з 2010 року { $solutions_seed } + нові { $solutions_resident }; чекають { $pending }, приховані { $hidden }
stats-stickers = Наліпки: поставлені в чаті { $placed }, ще не використані { $unused }, пораховані на зустрічах { $meeting }
stats-details = Додані доповнення: { $count }
stats-digest = Мешканці, які отримують підсумки: { $count }
stats-who = Хто взяв участь (необов’язкові відповіді)
stats-districts = Райони: { $list }
stats-ages = Вік: { $list }
stats-no-answer = немає відповіді
top-title = Найважливіші аркуші, усі теми
top-title-theme = Найважливіші аркуші: { $theme }
top-challenges = Проблеми
top-solutions = Рішення
top-counts = у чаті { $online } + на зустрічах { $meeting } = { $total }
chart-title = 5 найважливіших проблем і рішень
chart-title-theme = Найважливіші проблеми й рішення: { $theme }
chart-online = У чаті
chart-meeting = На зустрічах
chart-caption = Найважливіші аркуші з усіх тем.
chart-caption-theme = Найважливіші аркуші в темі «{ $theme }».
export-csv-caption = Усі аркуші у форматі CSV (відкривається в програмі для таблиць).
export-json-caption = Усі аркуші у форматі JSON.
report-caption = Звіт. Відкрийте його в браузері; він добре друкується.

## Moderation

pending-none = Нічого не чекає.
pending-title = Чекає на вас: { $count }
moderation-sheet = Аркуш { $number }
moderation-detail = Доповнення { $detail } до аркуша { $number }
moderation-status = Стан: { $status }. Скарги: { $reports }.
status-visible = показано
status-pending = чекає на схвалення
status-hidden = приховано
button-approve = ✔ Показати
button-hide = ✖ Приховати
moderation-visible = Тепер показано: { $target }.
moderation-hidden = Тепер приховано: { $target }.
moderation-not-found = Не знайдено: { $target }.
admin-chat-new-sheet = Новий аркуш
admin-chat-report = Скарга: { $reason }

## Steering

tally-done = Наліпки із зустрічей для аркуша { $number }: { $count }.
phase-set-open = Обговорення відкрите: мешканці можуть писати й давати наліпки.
phase-set-voting = Лише голосування: мешканці можуть давати наліпки, але не можуть писати.
phase-set-closed = Обговорення закрите: мешканці можуть лише читати.
broadcast-preview = Це повідомлення надійде { $count ->
    [one] { $count } мешканцю
    [few] { $count } мешканцям
    [many] { $count } мешканцям
   *[other] { $count } мешканцям
}:
button-send = ✔ Надіслати
broadcast-queued = Повідомлення вже надсилається { $count ->
    [one] { $count } мешканцю
    [few] { $count } мешканцям
    [many] { $count } мешканцям
   *[other] { $count } мешканцям
}.
outcome-recorded = Ухвалу щодо аркуша { $number } збережено. Ми повідомимо про неї { $count ->
    [one] { $count } мешканцю
    [few] { $count } мешканцям
    [many] { $count } мешканцям
   *[other] { $count } мешканцям
}.
grant-done = Користувач { $user } тепер має роль: { $role } { $language }
revoke-done = Користувач { $user } більше не має ролі: { $role }
revoke-none = Користувач { $user } не мав ролі: { $role }
audit-title = Останні дії працівників міста
audit-none = Поки нічого.

## Translations

translate-done = Переклад { $target } збережено (мова: { $language }).
translate-prompt = Перекладіть { $target } (мова: { $language }). Напишіть переклад в одному повідомленні:
translations-title = Чекають на переклад (мова: { $language }): { $count }
translations-done = Усе перекладено (мова: { $language }). Дякуємо!
button-translate-next = Перекласти наступний текст ({ $language })

## How to use the commands

usage-moderate = Напишіть номер аркуша або d і номер доповнення: /hide 12 або /hide d7
usage-top = Напишіть /top, /top ТЕМА або /top ТЕМА 10 (ТЕМА — це номер або ключ теми).
usage-chart = Напишіть /chart або /chart ТЕМА (номер або ключ теми).
usage-tally = Напишіть /tally АРКУШ КІЛЬКІСТЬ, наприклад /tally 12 8
usage-phase = Напишіть /phase open, /phase voting або /phase closed
usage-broadcast = Напишіть повідомлення після команди: /broadcast Зустріч у понеділок о 18:00. (Щонайбільше 3500 символів.)
usage-outcome = Напишіть /outcome АРКУШ adopted|considered|declined ТЕКСТ, наприклад /outcome 12 adopted Це частина нової політики.
usage-grant = Напишіть /grant moderator КОРИСТУВАЧ або /grant translator КОРИСТУВАЧ МОВА, наприклад /grant translator 12345 ar
usage-revoke = Напишіть /revoke moderator КОРИСТУВАЧ або /revoke translator КОРИСТУВАЧ
usage-translate = Напишіть /translate АРКУШ МОВА ТЕКСТ, наприклад /translate 12 da Bedre sprogkurser (для доповнення: d7).
usage-translations = Напишіть /translations або /translations МОВА, наприклад /translations ar
usage-qr = Напишіть /qr, /qr ТЕМА або /qr АРКУШ, наприклад /qr unge або /qr 12
role-moderator = модератор
role-translator = перекладач
help-facilitator-title = Для працівників міста
command-stats = Цифри: учасники, аркуші, наліпки
command-top = Аркуші з найбільшою підтримкою: /top [ТЕМА] [N]
command-export = Результати як файли CSV і JSON
command-chart = Діаграма наліпок: /chart [ТЕМА]
command-report = Звіт як файл HTML
command-pending = Що чекає на модерацію
command-approve = Показати: /approve N (для доповнення: dN)
command-hide = Приховати: /hide N (для доповнення: dN)
command-restore = Показати знову: /restore N (для доповнення: dN)
command-tally = Наліпки зі зустрічі: /tally N КІЛЬКІСТЬ
command-phase = Змінити етап: /phase open|voting|closed
command-broadcast = Повідомлення всім: /broadcast ТЕКСТ
command-outcome = Рішення щодо аркуша: /outcome N adopted|considered|declined ТЕКСТ
command-qr = QR-код для плакатів: /qr [ТЕМА|N]
command-translate = Перекласти: /translate N МОВА ТЕКСТ (для доповнення: dN)
command-translations = Що чекає на переклад: /translations [МОВА]
command-grant = Надати роль: /grant РОЛЬ КОРИСТУВАЧ [МОВА]
command-revoke = Забрати роль: /revoke РОЛЬ КОРИСТУВАЧ
command-audit = Останні дії фасилітаторів
audit-approve = схвалено
audit-restore = знову показано
audit-hide = приховано
audit-auto-hide = приховано після скарг
audit-tally = наліпки із зустрічей
audit-phase = етап
audit-broadcast = повідомлення всім
audit-outcome = ухвала
audit-grant = роль надано
audit-revoke = роль забрано
audit-translate = перекладено
