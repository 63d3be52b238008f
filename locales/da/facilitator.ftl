# consultbot — dansk: det facilitatorerne (kommunens medarbejdere) læser. Enkle ord.

## Resultater

stats-title = Borgerdialogen i tal
stats-participants = Deltagere: { $total } ({ $active } aktive de sidste 7 dage)
stats-languages = Sprog: { $list }
stats-sheets = Ark pr. tema
stats-theme = { $theme }: udfordringer { $challenges_seed } fra 2010 + { $challenges_resident } nye, løsninger { $solutions_seed } fra 2010 + { $solutions_resident } nye; venter { $pending }, skjult { $hidden }
stats-stickers = Klistermærker: { $placed } sat i chatten, { $unused } ikke brugt endnu, { $meeting } talt op på møder
stats-details = Uddybninger: { $count }
stats-digest = Borgere, der får nyhedsbrevet: { $count }
stats-who = Hvem deltog (frivillige svar)
stats-districts = Bydele: { $list }
stats-ages = Alder: { $list }
stats-no-answer = intet svar
top-title = De højest prioriterede ark, alle temaer
top-title-theme = De højest prioriterede ark: { $theme }
top-challenges = Udfordringer
top-solutions = Løsninger
top-counts = { $online } i chatten + { $meeting } på møder = { $total }
chart-title = Top 5 udfordringer og løsninger
chart-title-theme = Top udfordringer og løsninger: { $theme }
chart-online = I chatten
chart-meeting = På møder
chart-caption = De højest prioriterede ark i alle temaer.
chart-caption-theme = De højest prioriterede ark i { $theme }.
export-csv-caption = Alle ark som CSV (kan åbnes i et regneark).
export-json-caption = Alle ark som JSON.
report-caption = Rapporten. Åbn den i en browser; den kan printes.

## Moderation

pending-none = Der venter ikke noget.
pending-title = Venter på dig: { $count }
moderation-sheet = Ark { $number }
moderation-detail = Uddybning { $detail } til ark { $number }
moderation-status = Status: { $status }. Anmeldelser: { $reports }.
status-visible = synlig
status-pending = venter på godkendelse
status-hidden = skjult
button-approve = ✔ Vis
button-hide = ✖ Skjul
moderation-visible = { $target } er synlig nu.
moderation-hidden = { $target } er skjult nu.
moderation-not-found = { $target } findes ikke.
admin-chat-new-sheet = Nyt ark
admin-chat-report = Anmeldt: { $reason }

## Styring

tally-done = Ark { $number } fik { $count ->
    [one] { $count } klistermærke
   *[other] { $count } klistermærker
} på møder.
phase-set-open = Borgerdialogen er åben: borgerne kan skrive og give klistermærker.
phase-set-voting = Kun prioritering: borgerne kan give klistermærker, men ikke skrive.
phase-set-closed = Borgerdialogen er lukket: borgerne kan kun læse.
broadcast-preview = Denne besked sendes til { $count ->
    [one] { $count } borger
   *[other] { $count } borgere
}:
button-send = ✔ Send
broadcast-queued = Beskeden er på vej til { $count ->
    [one] { $count } borger
   *[other] { $count } borgere
}.
outcome-recorded = Beslutningen om ark { $number } er gemt. { $count ->
    [one] { $count } borger får besked.
   *[other] { $count } borgere får besked.
}
grant-done = Bruger { $user } er nu { $role } { $language }.
revoke-done = Bruger { $user } er ikke længere { $role }.
revoke-none = Bruger { $user } var ikke { $role }.
audit-title = Facilitatorernes seneste handlinger
audit-none = Intet endnu.

## Oversættelser

translate-done = Oversættelsen af { $target } til { $language } er gemt.
translate-prompt = Oversæt { $target } til { $language }. Skriv oversættelsen i én besked:
translations-title = Venter på oversættelse til { $language }: { $count }
translations-done = Alt er oversat til { $language }. Tak!
button-translate-next = Oversæt det næste ({ $language })

## Sådan bruges kommandoerne

usage-moderate = Skriv arkets nummer, eller d og uddybningens nummer: /hide 12 eller /hide d7
usage-top = Brug /top, /top TEMA eller /top TEMA 10 (TEMA er et temas nummer eller nøgle).
usage-chart = Brug /chart eller /chart TEMA (et temas nummer eller nøgle).
usage-tally = Brug /tally ARK ANTAL, for eksempel /tally 12 8
usage-phase = Brug /phase open, /phase voting eller /phase closed
usage-broadcast = Skriv beskeden efter kommandoen: /broadcast Mødet mandag er kl. 18. (Højst 3500 tegn.)
usage-outcome = Brug /outcome ARK adopted|considered|declined TEKST, for eksempel /outcome 12 adopted Det er med i den nye politik.
usage-grant = Brug /grant moderator BRUGER eller /grant translator BRUGER SPROG, for eksempel /grant translator 12345 ar
usage-revoke = Brug /revoke moderator BRUGER eller /revoke translator BRUGER
usage-translate = Brug /translate ARK SPROG TEKST, for eksempel /translate 12 en Better language courses (d7 for en uddybning).
usage-translations = Brug /translations eller /translations SPROG, for eksempel /translations ar
usage-qr = Brug /qr, /qr TEMA eller /qr ARK, for eksempel /qr unge eller /qr 12
role-moderator = moderator
role-translator = oversætter
help-facilitator-title = For facilitatorer
command-stats = Tal: deltagere, ark, klistermærker
command-top = De mest støttede ark: /top [TEMA] [N]
command-export = Resultaterne som CSV- og JSON-filer
command-chart = Et diagram over klistermærkerne: /chart [TEMA]
command-report = Rapporten som HTML-fil
command-pending = Det, der venter på moderation
command-approve = Gør synlig: /approve N (dN for en uddybning)
command-hide = Skjul: /hide N (dN for en uddybning)
command-restore = Vis igen: /restore N (dN for en uddybning)
command-tally = Klistermærker fra et møde: /tally N ANTAL
command-phase = Skift fase: /phase open|voting|closed
command-broadcast = En besked til alle: /broadcast TEKST
command-outcome = Beslutningen om et ark: /outcome N adopted|considered|declined TEKST
command-qr = En QR-kode til plakater: /qr [TEMA|N]
command-translate = Oversæt: /translate N SPROG TEKST (dN for en uddybning)
command-translations = Det, der venter på oversættelse: /translations [SPROG]
command-grant = Giv en rolle: /grant ROLLE BRUGER [SPROG]
command-revoke = Tag en rolle tilbage: /revoke ROLLE BRUGER
command-audit = Facilitatorernes seneste handlinger
audit-approve = godkendt
audit-restore = vist igen
audit-hide = skjult
audit-auto-hide = skjult efter anmeldelser
audit-tally = mødeoptælling
audit-phase = fase
audit-broadcast = besked til alle
audit-outcome = beslutning
audit-grant = rolle givet
audit-revoke = rolle fjernet
audit-translate = oversat
