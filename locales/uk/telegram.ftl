# consultbot — Ukrainian: what Telegram shows about the bot (command menu, descriptions).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# ЧЕРНЕТКА перекладу, зроблена з допомогою машини; її має перевірити носій мови.
# Keep sentences short and plain. Command descriptions: at most 256 characters.
# Description: at most 512. Short description: at most 120.
# Terms: sticker = наліпка, sheet = аркуш, challenge = проблема, solution = рішення,
#   consultation = обговорення, integration policy = інтеграційна політика.

command-start = Почати й переглянути теми
command-themes = Переглянути теми
command-add = Написати нову проблему або рішення
command-mystickers = Переглянути свої наліпки
command-item = Відкрити аркуш, наприклад /item 12
command-vote = Дати наліпку, наприклад /vote 12
command-unvote = Забрати наліпку, наприклад /unvote 12
command-language = Змінити мову
command-about = Про це обговорення
command-help = Як це працює
command-cancel = Зупинити те, що ви робите
command-mydata = Переглянути, що consultbot зберігає про вас
command-forget = Попросити consultbot забути вас
bot-description = Висловіть свою думку про інтеграційну політику Копенгагена. Читайте, що написали інші мешканці, додавайте свої ідеї і давайте наліпки тому, що найважливіше. Данською, англійською, арабською, турецькою, урду, сомалійською, польською, перською та українською.
bot-short-description = Висловіть свою думку про інтеграційну політику Копенгагена — своєю мовою.
