# consultbot — danske ord i nyhedsbrevene (src/digest, /digest, spørgsmålet ved start).
# UDKAST: skrevet i hast, skal læses igennem af en dansker.
# Skriv korte og enkle sætninger: mange læsere har dansk som andetsprog.
# Hver besked her skal findes i alle sprog, med de samme variabler (en test tjekker det).

command-digest = Få en kort oversigt en gang imellem (til eller fra)
usage-digest = Skriv /digest on eller /digest off. Facilitatorer: /digest now.
audit-digest = oversigt sendt nu

onboarding-digest = Sidste spørgsmål: må botten sende dig en kort oversigt en gang imellem? Den fortæller, hvad der er nyt, og hvor mange klistermærker du har tilbage. Du kan altid ændre det med /digest.
button-digest-yes = Ja tak
button-digest-no = Nej tak
button-digest-on = Send mig oversigter
button-digest-off = Stop oversigterne
digest-on = Du får en kort oversigt en gang imellem. Stop den når som helst med /digest off.
digest-off = Du får ingen oversigter. Start dem når som helst med /digest on.
digest-now-started = Oversigten er startet: { $count ->
    [one] 1 besked
   *[other] { $count } beskeder
} i kø (kørsel { $run }).
digest-now-already = En oversigt er lige startet. Prøv igen om lidt.
digest-now-nothing = Ingen skal have en oversigt nu: ingen har bedt om den, eller der er intet nyt til dem.

digest-title = Nyt fra { $title }
digest-phase-open = Du kan skrive ark og give klistermærker.
digest-phase-voting = Du kan give klistermærker. Ingen nye ark nu.
digest-phase-closed = Borgerdialogen er lukket. Tak fordi du var med!
digest-stickers-left = Du har { $count ->
    [one] 1 klistermærke
   *[other] { $count } klistermærker
} tilbage at give.
digest-new-sheets = { $count ->
    [one] 1 nyt ark
   *[other] { $count } nye ark
} siden din sidste oversigt:
digest-top = Flest klistermærker lige nu:
digest-top-line = { $rank }. { $kind } { $sheet } { $text } · { $count ->
    [one] 1 klistermærke
   *[other] { $count } klistermærker
}
digest-footer = Tryk på et tema eller et ark for at åbne det.

digest-facilitator-title = Oversigt for facilitatorer: { $title }
digest-pending = Venter på godkendelse: { $count }
digest-reports = Nye anmeldelser: { $count }
digest-since = Siden din sidste oversigt:
digest-new-residents = Nye borgere: { $count }
digest-new-resident-sheets = Nye ark fra borgere: { $count }
digest-new-details = Nye uddybninger: { $count }
digest-stickers-placed = Klistermærker givet: { $count }
digest-runs = De seneste beskeder, botten sendte af sig selv:
digest-run-line = { $kind } (kørsel { $run }): sendt { $sent } af { $recipients }; venter { $pending }, ukendt { $unknown }, fejlet { $failed }, blokeret { $unreachable }
