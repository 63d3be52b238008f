# consultbot — Ukrainian words of the HTML report and its charts.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# ЧЕРНЕТКА перекладу, зроблена з допомогою машини; її має перевірити носій мови.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = наліпка, sheet = аркуш, challenge = проблема, solution = рішення, theme = тема.
# Plurals: one (1, 21, 31, …), few (2–4, 22–24, …), many (0, 5–20, 25–30, …), other (fractions).

report-generated = Підготовлено: { $date }.

## Who took part

report-participation = Хто взяв участь
report-participants = Учасники
report-active-7-days = Активні за останні 7 днів
report-sheets-seed = Аркуші від початку
report-sheets-resident = Аркуші, написані мешканцями
report-stickers-chat = Наліпки в чаті
report-stickers-meetings = Наліпки на зустрічах
report-by-language = Мови, які обрали учасники
report-col-language = Мова
report-col-people = Учасники

## The most important sheets

report-top-challenges = 5 найважливіших проблем
report-top-solutions = 5 найважливіших рішень
report-top-note = З усіх тем. Порядок — за всіма наліпками: у чаті й на зустрічах.

## Each theme

report-theme = Тема: { $theme }
report-theme-note = Від найвищого до найнижчого пріоритету.
report-challenges = Проблеми
report-solutions = Рішення
report-chart-challenges = Проблеми: { $theme }
report-chart-solutions = Рішення: { $theme }
report-chart-only-top = { $count ->
    [one] Діаграма показує лише { $count } аркуш з найбільшою кількістю наліпок.
    [few] Діаграма показує лише { $count } аркуші з найбільшою кількістю наліпок.
    [many] Діаграма показує лише { $count } аркушів з найбільшою кількістю наліпок.
   *[other] Діаграма показує лише { $count } аркуша з найбільшою кількістю наліпок.
}
report-none = Аркушів поки немає.

## Table columns

report-col-rank = Місце
report-col-sheet = Аркуш
report-col-online = У чаті
report-col-meeting = На зустрічах
report-col-total = Усього
report-col-details = Доповнення
report-outcome = Що було далі:

# An export, chart, report or QR code could not be made (what the command changed is kept).
file-failed = Не вдалося створити файл. Нічого не втрачено; спробуйте ще раз, а якщо це повторюється, скажіть адміністраторові бота.
