# consultbot — Polish words of the HTML report and its charts.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# WERSJA ROBOCZA tłumaczenia, przygotowana z pomocą maszyny; musi ją sprawdzić rodzimy użytkownik języka.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = naklejka, sheet = kartka, challenge = problem, solution = rozwiązanie, theme = temat.
# Plural categories: one (1), few (2-4, 22-24, …), many (0, 5-21, 25-31, …), other (fractions).

report-generated = Przygotowano: { $date }.

## Who took part

report-participation = Kto wziął udział
report-participants = Osoby, które wzięły udział
report-active-7-days = Aktywni w ostatnich 7 dniach
report-sheets-seed = Kartki od początku
report-sheets-resident = Kartki napisane przez mieszkańców
report-stickers-chat = Naklejki na czacie
report-stickers-meetings = Naklejki na spotkaniach
report-by-language = Języki wybrane przez uczestników
report-col-language = Język
report-col-people = Osoby

## The most important sheets

report-top-challenges = 5 najważniejszych problemów
report-top-solutions = 5 najważniejszych rozwiązań
report-top-note = Ze wszystkich tematów. Kolejność wynika ze wszystkich naklejek: na czacie i na spotkaniach.

## Each theme

report-theme = Temat: { $theme }
report-theme-note = Od najwyższego do najniższego priorytetu.
report-challenges = Problemy
report-solutions = Rozwiązania
report-chart-challenges = Problemy: { $theme }
report-chart-solutions = Rozwiązania: { $theme }
report-chart-only-top = { $count ->
    [one] Wykres pokazuje tylko kartkę z największą liczbą naklejek.
    [few] Wykres pokazuje tylko { $count } kartki z największą liczbą naklejek.
    [many] Wykres pokazuje tylko { $count } kartek z największą liczbą naklejek.
   *[other] Wykres pokazuje tylko { $count } kartki z największą liczbą naklejek.
}
report-none = Na razie nie ma kartek.

## Table columns

report-col-rank = Miejsce
report-col-sheet = Kartka
report-col-online = Na czacie
report-col-meeting = Na spotkaniach
report-col-total = Razem
report-col-details = Dopiski
report-outcome = Co było dalej:

# An export, chart, report or QR code could not be made (what the command changed is kept).
file-failed = Nie udało się przygotować pliku. Nic nie zginęło; spróbuj ponownie, a jeśli to się powtarza, powiedz administratorowi bota.
