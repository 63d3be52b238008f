# consultbot — Polish: what facilitators (city staff) read. Plain words, no jargon.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# WERSJA ROBOCZA tłumaczenia, przygotowana z pomocą maszyny; musi ją sprawdzić rodzimy użytkownik języka.
# Keep sentences short and plain.
# Terms: sticker = naklejka, sheet = kartka, challenge = problem, solution = rozwiązanie,
#   detail = dopisek, facilitator = osoba z urzędu miasta, theme = temat, resident = mieszkaniec.
# In usage-* messages the commands and their English keywords stay exactly as they are
# (the bot only understands those); only the explanations and the CAPITAL placeholders are Polish.
# $role is the English keyword (moderator, translator); $language in grant-done is a code (ar) or empty;
# elsewhere $language is a language name in the nominative. $target is a label such as #12 or d7.
# Counts mostly stand after a colon ("Dopiski: 5"), so no number agreement is needed.
# Plural categories: one (1), few (2-4, 22-24, …), many (0, 5-21, 25-31, …), other (fractions).

## Results

stats-title = Konsultacje w liczbach
stats-participants = Uczestnicy: { $total } (aktywni w ostatnich 7 dniach: { $active })
stats-languages = Języki: { $list }
stats-sheets = Kartki według tematów
stats-theme = { $theme }: problemy z 2010 r. { $challenges_seed } + nowe { $challenges_resident }, rozwiązania z 2010 r. { $solutions_seed } + nowe { $solutions_resident }; czekające { $pending }, ukryte { $hidden }
stats-stickers = Naklejki: przyklejone na czacie { $placed }, jeszcze niewykorzystane { $unused }, policzone na spotkaniach { $meeting }
stats-details = Dodane dopiski: { $count }
stats-digest = Mieszkańcy, którzy dostają podsumowanie: { $count }
stats-who = Kto wziął udział (odpowiedzi nieobowiązkowe)
stats-districts = Dzielnice: { $list }
stats-ages = Wiek: { $list }
stats-no-answer = brak odpowiedzi
top-title = Najważniejsze kartki, wszystkie tematy
top-title-theme = Najważniejsze kartki: { $theme }
top-challenges = Problemy
top-solutions = Rozwiązania
top-counts = na czacie { $online } + na spotkaniach { $meeting } = { $total }
chart-title = 5 najważniejszych problemów i rozwiązań
chart-title-theme = Najważniejsze problemy i rozwiązania: { $theme }
chart-online = Na czacie
chart-meeting = Na spotkaniach
chart-caption = Najważniejsze kartki ze wszystkich tematów.
chart-caption-theme = Najważniejsze kartki w temacie „{ $theme }”.
export-csv-caption = Wszystkie kartki jako CSV (otwiera się w arkuszu kalkulacyjnym).
export-json-caption = Wszystkie kartki jako JSON.
report-caption = Raport. Otwórz go w przeglądarce; dobrze się drukuje.

## Moderation

pending-none = Nic nie czeka.
pending-title = Czeka na ciebie: { $count }
moderation-sheet = Kartka { $number }
moderation-detail = Dopisek { $detail } do kartki { $number }
moderation-status = Status: { $status }. Zgłoszenia: { $reports }.
status-visible = widoczne
status-pending = czeka na zatwierdzenie
status-hidden = ukryte
button-approve = ✔ Pokaż
button-hide = ✖ Ukryj
moderation-visible = Teraz widoczne: { $target }.
moderation-hidden = Teraz ukryte: { $target }.
moderation-not-found = Nie znaleziono: { $target }.
admin-chat-new-sheet = Nowa kartka
admin-chat-report = Zgłoszenie: { $reason }

## Steering

tally-done = Naklejki ze spotkań dla kartki { $number }: { $count }.
phase-set-open = Konsultacje są otwarte: mieszkańcy mogą pisać i dawać naklejki.
phase-set-voting = Tylko głosowanie: mieszkańcy mogą dawać naklejki, ale nie mogą pisać.
phase-set-closed = Konsultacje są zamknięte: mieszkańcy mogą tylko czytać.
broadcast-preview = Ta wiadomość trafi do { $count ->
    [one] { $count } mieszkańca
    [few] { $count } mieszkańców
    [many] { $count } mieszkańców
   *[other] { $count } mieszkańca
}:
button-send = ✔ Wyślij
broadcast-queued = Wiadomość jest w drodze do { $count ->
    [one] { $count } mieszkańca
    [few] { $count } mieszkańców
    [many] { $count } mieszkańców
   *[other] { $count } mieszkańca
}.
outcome-recorded = Decyzja w sprawie kartki { $number } jest zapisana. Powiadomimy o niej { $count ->
    [one] { $count } mieszkańca
    [few] { $count } mieszkańców
    [many] { $count } mieszkańców
   *[other] { $count } mieszkańca
}.
grant-done = Użytkownik { $user } ma teraz rolę: { $role } { $language }
revoke-done = Użytkownik { $user } nie ma już roli: { $role }
revoke-none = Użytkownik { $user } nie miał roli: { $role }
audit-title = Ostatnie działania osób z urzędu miasta
audit-none = Na razie nic.

## Translations

translate-done = Tłumaczenie { $target } jest zapisane (język: { $language }).
translate-prompt = Przetłumacz { $target } (język: { $language }). Napisz tłumaczenie w jednej wiadomości:
translations-title = Czeka na tłumaczenie (język: { $language }): { $count }
translations-done = Wszystko jest przetłumaczone (język: { $language }). Dziękujemy!
button-translate-next = Przetłumacz następny tekst ({ $language })

## How to use the commands

usage-moderate = Wpisz numer kartki albo d i numer dopisku: /hide 12 lub /hide d7
usage-top = Wpisz /top, /top TEMAT lub /top TEMAT 10 (TEMAT to numer lub klucz tematu).
usage-chart = Wpisz /chart lub /chart TEMAT (numer lub klucz tematu).
usage-tally = Wpisz /tally KARTKA LICZBA, na przykład /tally 12 8
usage-phase = Wpisz /phase open, /phase voting lub /phase closed
usage-broadcast = Napisz wiadomość po poleceniu: /broadcast Spotkanie w poniedziałek jest o 18:00. (Najwyżej 3500 znaków.)
usage-outcome = Wpisz /outcome KARTKA adopted|considered|declined TEKST, na przykład /outcome 12 adopted To jest część nowej polityki.
usage-grant = Wpisz /grant moderator UŻYTKOWNIK lub /grant translator UŻYTKOWNIK JĘZYK, na przykład /grant translator 12345 ar
usage-revoke = Wpisz /revoke moderator UŻYTKOWNIK lub /revoke translator UŻYTKOWNIK
usage-translate = Wpisz /translate KARTKA JĘZYK TEKST, na przykład /translate 12 da Bedre sprogkurser (dla dopisku: d7).
usage-translations = Wpisz /translations lub /translations JĘZYK, na przykład /translations ar
usage-qr = Wpisz /qr, /qr TEMAT lub /qr KARTKA, na przykład /qr unge lub /qr 12
role-moderator = moderator
role-translator = tłumacz
help-facilitator-title = Dla osób z urzędu miasta
command-stats = Liczby: uczestnicy, kartki, naklejki
command-top = Najbardziej popierane kartki: /top [TEMAT] [N]
command-export = Wyniki jako pliki CSV i JSON
command-chart = Wykres naklejek: /chart [TEMAT]
command-report = Raport jako plik HTML
command-pending = Co czeka na moderację
command-approve = Pokaż: /approve N (dla dopisku: dN)
command-hide = Ukryj: /hide N (dla dopisku: dN)
command-restore = Pokaż ponownie: /restore N (dla dopisku: dN)
command-tally = Naklejki ze spotkania: /tally N LICZBA
command-phase = Zmień etap: /phase open|voting|closed
command-broadcast = Wiadomość do wszystkich: /broadcast TEKST
command-outcome = Decyzja w sprawie kartki: /outcome N adopted|considered|declined TEKST
command-qr = Kod QR na plakaty: /qr [TEMAT|N]
command-translate = Przetłumacz: /translate N JĘZYK TEKST (dla dopisku: dN)
command-translations = Co czeka na tłumaczenie: /translations [JĘZYK]
command-grant = Nadaj rolę: /grant ROLA UŻYTKOWNIK [JĘZYK]
command-revoke = Odbierz rolę: /revoke ROLA UŻYTKOWNIK
command-audit = Ostatnie działania moderatorów
audit-approve = zatwierdzone
audit-restore = przywrócone
audit-hide = ukryte
audit-auto-hide = ukryte po zgłoszeniach
audit-tally = naklejki ze spotkań
audit-phase = etap
audit-broadcast = wiadomość do wszystkich
audit-outcome = decyzja
audit-grant = nadana rola
audit-revoke = odebrana rola
audit-translate = przetłumaczone
