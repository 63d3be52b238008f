# consultbot — Ukrainian UI strings (українські тексти інтерфейсу).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# ЧЕРНЕТКА перекладу, зроблена з допомогою машини; її має перевірити носій мови.
# Keep sentences short and plain: many readers are not fluent readers.
# Пишіть короткі й прості речення: багато читачів читають не вільно.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = наліпка, sheet = аркуш, challenge = проблема, solution = рішення,
#   detail = доповнення, facilitator = працівник міста, theme = тема, consultation = обговорення.
# The reader is addressed with "ви" (past tense then has one form for everyone);
# names of themes and languages stay in the nominative.
# Plural categories: one (1, 21, 31, …), few (2-4, 22-24, …), many (0, 5-20, 25-30, …),
# other (fractions). So the [one] variants show { $count }, never a literal 1.

## Languages, named in this language (nominative: used as "Мова: { $language }")

language-da = данська
language-en = англійська
language-ar = арабська
language-tr = турецька
language-ur = урду
language-so = сомалійська
language-pl = польська
language-fa = перська
language-uk = українська

## Words

kind-challenge = Проблема
kind-solution = Рішення

## Welcome, themes and help

welcome-choose-theme = Щоб почати, виберіть тему:
themes-title = Теми
theme-counts = Поки що: { $challenges ->
    [one] { $challenges } проблема
    [few] { $challenges } проблеми
    [many] { $challenges } проблем
   *[other] { $challenges } проблеми
} і { $solutions ->
    [one] { $solutions } рішення
    [few] { $solutions } рішення
    [many] { $solutions } рішень
   *[other] { $solutions } рішення
}.
help-title = Як це працює
help-body =
    Читайте, що написали інші, пишіть своє і давайте наліпки тому, що найважливіше.

    У кожній темі у вас є { $challenges ->
        [one] { $challenges } наліпка
        [few] { $challenges } наліпки
        [many] { $challenges } наліпок
       *[other] { $challenges } наліпки
    } для проблем і { $solutions } для рішень. На один аркуш можна поставити лише одну наліпку.
    Також можна написати номер кнопки.
hint = Не розумію. Натисніть кнопку або напишіть /themes чи /help.
hint-use-buttons = Виберіть кнопку або напишіть її номер. Щоб зупинитися, напишіть /cancel.
error-unknown-command = Я не знаю такої команди. Напишіть /help, щоб побачити, що можна зробити.
error-need-number = Додайте номер аркуша, наприклад: /item 12
error-sorry = Вибачте, щось пішло не так. Спробуйте ще раз.
stale-button = Ця кнопка вже застаріла. Ось звідки можна продовжити.
nothing-to-cancel = Немає чого зупиняти.
cancelled = Зупинено. Нічого не збережено.

## Buttons

button-themes = Теми
button-back-themes = « Усі теми
button-back-theme = « { $theme }
button-back-list = « Список
button-help = Допомога
button-about = Про обговорення
button-language = Мова
button-my-stickers = Мої наліпки
button-challenges = Проблеми ({ $count })
button-solutions = Рішення ({ $count })
button-add-here = ✍ Написати новий аркуш
button-previous = ‹ Назад
button-next = Далі ›
button-open = Відкрити { $number }
button-original = Показати оригінал
button-vote = ● Дати наліпку
button-unvote = ○ Забрати мою наліпку
button-add-detail = ✍ Додати доповнення
button-move-from = Перенести з { $number }
button-take-back-from = Забрати з { $number }
button-cancel = Скасувати
button-publish = ✔ Опублікувати
button-edit = ✏ Змінити
button-kind-challenge = Проблема
button-kind-solution = Рішення
button-as-detail = Додати як доповнення до { $number }
button-add-another = Написати ще один аркуш

## Lists and sheets

list-challenges = { $theme }: проблеми ({ $page }/{ $pages })
list-solutions = { $theme }: рішення ({ $page }/{ $pages })
list-empty = Тут ще нічого немає. Ви можете написати перший аркуш.
list-stickers = { $count ->
    [one] { $count } наліпка
    [few] { $count } наліпки
    [many] { $count } наліпок
   *[other] { $count } наліпки
}
list-stickers-mine = { $count ->
    [one] { $count } наліпка
    [few] { $count } наліпки
    [many] { $count } наліпок
   *[other] { $count } наліпки
} · одна з них ваша
sheet-stickers = Наліпки: { $online } тут у чаті, { $meeting } на зустрічах.
sheet-your-sticker = Ви дали цьому аркушу наліпку.
sheet-details = { $count ->
    [one] { $count } доповнення
    [few] { $count } доповнення
    [many] { $count } доповнень
   *[other] { $count } доповнення
}
sheet-pending = Поки що це бачите тільки ви. Незабаром це перегляне працівник міста.
sheet-favourite = На зустрічах мешканців у 2010 році цей аркуш був на { $rank }-му місці серед п’яти найкращих.
sheet-translated = (Це переклад. Мова оригіналу: { $language }. Натисніть «Показати оригінал», щоб прочитати його.)
sheet-untranslated = (Мова тексту: { $language }. Переклад скоро буде.)
sheet-original = Оригінальний текст (мова: { $language }):
sheet-not-found = Аркуша { $number } немає, або його більше не показують.
detail-translated = (переклад, мова оригіналу: { $language })
detail-language = (мова: { $language })

## Stickers

stickers-left = У вас ще є { $count ->
    [one] { $count } наліпка
    [few] { $count } наліпки
    [many] { $count } наліпок
   *[other] { $count } наліпки
}.
stickers-left-theme = Ваші вільні наліпки в цій темі: для проблем { $challenges } з { $challenges_total }, для рішень { $solutions } з { $solutions_total }.
sticker-placed = Наліпку поставлено. { $count ->
    [0] У цій темі у вас більше немає наліпок цього виду.
    [one] У цій темі у вас ще є { $count } наліпка цього виду.
    [few] У цій темі у вас ще є { $count } наліпки цього виду.
    [many] У цій темі у вас ще є { $count } наліпок цього виду.
   *[other] У цій темі у вас ще є { $count } наліпки цього виду.
}
sticker-already = Ви вже дали цьому аркушу наліпку.
sticker-taken-back = Наліпку забрано. Її можна дати іншому аркушу.
sticker-none-here = У вас немає наліпки на аркуші { $number }.
sticker-moved = Вашу наліпку перенесено з { $from } на { $to }.
stickers-none-left-challenge = { $count ->
    [one] У темі «{ $theme }» у вас { $count } наліпка для проблем, і вона вже використана.
    [few] У темі «{ $theme }» у вас { $count } наліпки для проблем, і всі вже використані.
    [many] У темі «{ $theme }» у вас { $count } наліпок для проблем, і всі вже використані.
   *[other] У темі «{ $theme }» у вас { $count } наліпки для проблем, і всі вже використані.
}
stickers-none-left-solution = { $count ->
    [one] У темі «{ $theme }» у вас { $count } наліпка для рішень, і вона вже використана.
    [few] У темі «{ $theme }» у вас { $count } наліпки для рішень, і всі вже використані.
    [many] У темі «{ $theme }» у вас { $count } наліпок для рішень, і всі вже використані.
   *[other] У темі «{ $theme }» у вас { $count } наліпки для рішень, і всі вже використані.
}
stickers-move-offer = Одну наліпку можна перенести. Яку ви хочете перенести?
stickers-take-back-offer = Натисніть на одну, щоб її забрати.
my-stickers-title = Ваші наліпки
my-stickers-challenges = Проблеми: { $used } з { $total }
my-stickers-solutions = Рішення: { $used } з { $total }
my-stickers-none = Ви ще не дали жодної наліпки. Відкрийте аркуш і натисніть «Дати наліпку».

## Writing

add-choose-theme = Про яку тему ваш аркуш?
add-choose-kind = { $theme }: це проблема (те, що вам заважає) чи рішення (ідея)?
add-write-challenge = Опишіть свою проблему в одному повідомленні (від { $min } до { $max } символів).
add-write-solution = Опишіть своє рішення в одному повідомленні (від { $min } до { $max } символів).
add-preview-challenge = Ваша проблема (тема: { $theme }):
add-preview-solution = Ваше рішення (тема: { $theme }):
add-similar = Тут є схожі аркуші. Ви можете додати свій текст як доповнення до одного з них. Тоді наліпки не розділяться між аркушами:
preview-question = Опублікувати?
add-done-challenge = Дякуємо! Ваша проблема тепер — аркуш { $number }.
add-done-solution = Дякуємо! Ваше рішення тепер — аркуш { $number }.
add-done-pending = Дякуємо! Ваш аркуш має номер { $number }. Інші побачать його, коли його перегляне працівник міста.
detail-write = Напишіть своє доповнення до аркуша { $number }:
detail-write-again = Напишіть своє доповнення до аркуша { $number } ще раз:
detail-preview = Ваше доповнення до аркуша { $number }:
detail-done = Дякуємо! Ваше доповнення додано до аркуша { $number }.
detail-done-pending = Дякуємо! Ваше доповнення до аркуша { $number } з’явиться, коли його перегляне працівник міста.
text-limits = Напишіть від { $min } до { $max } символів.
text-blank = Повідомлення порожнє. Напишіть кілька слів.
text-too-short = Текст занадто короткий. Напишіть щонайменше { $min ->
    [one] { $min } символ
    [few] { $min } символи
    [many] { $min } символів
   *[other] { $min } символу
}.
text-too-long = Текст занадто довгий: { $length ->
    [one] { $length } символ
    [few] { $length } символи
    [many] { $length } символів
   *[other] { $length } символу
}. Можна щонайбільше { $max }.

## Phases

phase-voting-no-writing = Писати вже не можна. Але ви ще можете читати й давати наліпки.
phase-closed = Обговорення закрито. Ви ще можете все читати.

## Language

language-choose = Виберіть мову:
language-set = Тепер я говоритиму з вами українською.

## Terminal chat

console-banner = consultbot у терміналі. Напишіть /start, щоб почати. Напишіть номер, щоб вибрати. Натисніть Ctrl-D, щоб вийти.
console-file-saved = Файл збережено: { $path }

## Reporting a sheet or detail

button-report = ⚑ Поскаржитися
button-report-sheet = Сам аркуш { $number }
button-cancel-report = « Назад
report-what = На що ви хочете поскаржитися? На аркуш чи на одне з його доповнень:
report-why = Чому працівник міста має це переглянути?
report-reason-spam = Реклама або спам
report-reason-offensive = Образливе або принизливе
report-reason-off-topic = Не стосується цієї теми
report-thanks = Дякуємо. Працівник міста це перегляне.

## Optional questions about who takes part

onboarding-district = Одне необов’язкове питання: у якій частині Копенгагена ви живете? Це допомагає місту побачити, хто взяв участь. Вашу відповідь ніколи не показують поруч із тим, що ви пишете.
onboarding-age = А скільки вам років? (Це теж необов’язково.)
onboarding-thanks = Дякуємо! Тепер виберіть тему.
button-district-elsewhere = В іншому місці
button-skip = Пропустити
age-band-1 = До 18
age-band-2 = 18–29
age-band-3 = 30–44
age-band-4 = 45–59
age-band-5 = 60–74
age-band-6 = 75 і більше

## Messages from the facilitators

broadcast-heading = Повідомлення від команди обговорення
outcome-heading = Новини про аркуш { $number }: { $decision }
decision-adopted = ухвалено
decision-considered = розглядається
decision-declined = далі не розглядатиметься

## Your data

mydata-title = Що consultbot зберігає про вас
mydata-body =
    Ваш ідентифікатор у Telegram: { $id }
    Мова: { $language }
    Частина міста: { $district }
    Вік: { $age }
    Берете участь з: { $since }
    Доповнення, які ви написали: { $details }
mydata-none = не вказано
mydata-sheets = Аркуші, які ви написали: { $count }
mydata-stickers = Ваші наліпки ({ $count }): { $list }
mydata-privacy = Ніхто інший не бачить, хто написав аркуш чи дав наліпку. Щоб consultbot вас забув, напишіть /forget.
forget-confirm = Ви хочете, щоб consultbot вас забув? Ваші наліпки, ваші відповіді й ваша мова будуть видалені. Те, що ви написали, залишиться в обговоренні, але більше ніщо не пов’язуватиме це з вами. Цього не можна скасувати.
button-forget = Так, забудьте мене
forget-done = Готово. consultbot вас забув. Якщо ви напишете знову, то почнете спочатку.
sheet-machine-translated = (Це машинний переклад, людина його не перевіряла. Мова оригіналу: { $language }. Натисніть «Показати оригінал», щоб прочитати його.)
detail-machine-translated = (машинний переклад, мова оригіналу: { $language })
