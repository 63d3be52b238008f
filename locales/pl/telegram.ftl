# consultbot — Polish: what Telegram shows about the bot (command menu, descriptions).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# WERSJA ROBOCZA tłumaczenia, przygotowana z pomocą maszyny; musi ją sprawdzić rodzimy użytkownik języka.
# Keep sentences short and plain. Command descriptions: at most 256 characters.
# Description: at most 512. Short description: at most 120.
# Terms: sticker = naklejka, sheet = kartka, challenge = problem, solution = rozwiązanie,
#   consultation = konsultacje, integration policy = polityka integracyjna.

command-start = Zacznij i zobacz tematy
command-themes = Zobacz tematy
command-add = Napisz nowy problem lub rozwiązanie
command-mystickers = Zobacz swoje naklejki
command-item = Otwórz kartkę, na przykład /item 12
command-vote = Daj naklejkę, na przykład /vote 12
command-unvote = Zabierz naklejkę, na przykład /unvote 12
command-language = Zmień język
command-about = O tych konsultacjach
command-help = Jak to działa
command-cancel = Przerwij to, co robisz
command-mydata = Zobacz, co consultbot przechowuje o tobie
command-forget = Poproś, aby consultbot cię zapomniał
bot-description = Powiedz, co myślisz o polityce integracyjnej Kopenhagi. Czytaj, co napisali inni mieszkańcy, dodawaj własne pomysły i dawaj naklejki temu, co najważniejsze. Po duńsku, angielsku, arabsku, turecku, w urdu, po somalijsku, polsku, persku i ukraińsku.
bot-short-description = Powiedz, co myślisz o polityce integracyjnej Kopenhagi – w swoim języku.
