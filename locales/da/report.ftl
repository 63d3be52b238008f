# consultbot — danske ord i HTML-rapporten og dens diagrammer (`consultbot report`, /report, /chart).
# Skriv korte og enkle sætninger: mange læsere har dansk som andetsprog.
# Hver besked her skal findes i alle sprog, med de samme variabler (en test tjekker det).

report-generated = Lavet { $date }.

## Hvem deltog

report-participation = Hvem deltog
report-participants = Deltagere
report-active-7-days = Aktive de sidste 7 dage
report-sheets-seed = Ark fra starten
report-sheets-resident = Ark skrevet af borgere
report-stickers-chat = Klistermærker sat i chatten
report-stickers-meetings = Klistermærker sat på møder
report-by-language = De sprog, deltagerne valgte
report-col-language = Sprog
report-col-people = Deltagere

## De vigtigste ark

report-top-challenges = De 5 vigtigste udfordringer
report-top-solutions = De 5 vigtigste løsninger
report-top-note = Fra alle temaer. Rækkefølgen kommer fra alle klistermærker: i chatten og på møder.

## Hvert tema

report-theme = Tema: { $theme }
report-theme-note = Fra højest til lavest prioriteret.
report-challenges = Udfordringer
report-solutions = Løsninger
report-chart-challenges = Udfordringer: { $theme }
report-chart-solutions = Løsninger: { $theme }
report-chart-only-top = { $count ->
    [one] Diagrammet viser kun arket med flest klistermærker.
   *[other] Diagrammet viser kun de { $count } ark med flest klistermærker.
}
report-none = Ingen ark endnu.

## Kolonner i tabellerne

report-col-rank = Plads
report-col-sheet = Ark
report-col-online = I chatten
report-col-meeting = På møder
report-col-total = I alt
report-col-details = Detaljer
report-outcome = Hvad skete der så:

# An export, chart, report or QR code could not be made (what the command changed is kept).
file-failed = Filen kunne ikke laves. Intet er gået tabt; prøv igen, og sig det til bottens administrator, hvis det bliver ved.
