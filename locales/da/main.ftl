# consultbot — danske tekster.
# Skriv korte og enkle sætninger: mange læsere har dansk som andetsprog.
# Hver besked her skal findes i alle sprog, med de samme variabler (en test tjekker det).

## Sprog, navngivet på dansk

language-da = dansk
language-en = engelsk
language-ar = arabisk
language-tr = tyrkisk
language-ur = urdu
language-so = somali
language-pl = polsk
language-fa = persisk
language-uk = ukrainsk

## Ord

kind-challenge = Udfordring
kind-solution = Løsning

## Velkomst, temaer og hjælp

welcome-choose-theme = Vælg et tema for at begynde:
themes-title = Temaerne
theme-counts = { $challenges ->
    [one] 1 udfordring
   *[other] { $challenges } udfordringer
} og { $solutions ->
    [one] 1 løsning
   *[other] { $solutions } løsninger
} indtil nu.
help-title = Sådan gør du
help-body =
    Læs hvad andre har skrevet, skriv dit eget, og giv klistermærker til det, der betyder mest.

    I hvert tema har du { $challenges ->
        [one] { $challenges } klistermærke
       *[other] { $challenges } klistermærker
    } til udfordringer og { $solutions } til løsninger. Du kan sætte ét klistermærke på et ark.
    Du kan også skrive nummeret på en knap.
hint = Det forstod jeg ikke. Tryk på en knap, eller skriv /themes eller /help.
hint-use-buttons = Vælg med en knap, eller skriv dens nummer. Skriv /cancel for at stoppe.
error-unknown-command = Den kommando kender jeg ikke. Skriv /help for at se, hvad du kan.
error-need-number = Skriv også arkets nummer, for eksempel: /item 12
error-sorry = Beklager, noget gik galt. Prøv igen.
stale-button = Den knap er gammel. Her kan du fortsætte.
nothing-to-cancel = Der er ikke noget at stoppe.
cancelled = Stoppet. Intet blev gemt.

## Knapper

button-themes = Temaer
button-back-themes = « Alle temaer
button-back-theme = « { $theme }
button-back-list = « Listen
button-help = Hjælp
button-about = Om
button-language = Sprog
button-my-stickers = Mine klistermærker
button-challenges = Udfordringer ({ $count })
button-solutions = Løsninger ({ $count })
button-add-here = ✍ Skriv et nyt ark
button-previous = ‹ Tilbage
button-next = Flere ›
button-open = Åbn { $number }
button-original = Vis originalen
button-vote = ● Giv et klistermærke
button-unvote = ○ Tag mit klistermærke tilbage
button-add-detail = ✍ Tilføj en uddybning
button-move-from = Flyt det fra { $number }
button-take-back-from = Tag tilbage fra { $number }
button-cancel = Annuller
button-publish = ✔ Offentliggør
button-edit = ✏ Ret
button-kind-challenge = En udfordring
button-kind-solution = En løsning
button-as-detail = Tilføj som uddybning til { $number }
button-add-another = Skriv et til

## Lister og ark

list-challenges = { $theme }: udfordringer ({ $page }/{ $pages })
list-solutions = { $theme }: løsninger ({ $page }/{ $pages })
list-empty = Her er ikke noget endnu. Du kan skrive det første.
list-stickers = { $count ->
    [one] 1 klistermærke
   *[other] { $count } klistermærker
}
list-stickers-mine = { $count ->
    [one] 1 klistermærke
   *[other] { $count } klistermærker
} · ét er dit
sheet-stickers = Klistermærker: { $online } her i chatten, { $meeting } på møder.
sheet-your-sticker = Du har givet dette et klistermærke.
sheet-details = { $count ->
    [one] 1 uddybning
   *[other] { $count } uddybninger
}
sheet-pending = Kun du kan se dette lige nu. En facilitator ser på det snart.
sheet-favourite = På borgermøderne i 2010 var dette nummer { $rank } på top 5.
sheet-translated = (Oversat fra { $language }. Tryk på “Vis originalen” for at læse den.)
sheet-untranslated = (Skrevet på { $language }. En oversættelse er på vej.)
sheet-original = Originalteksten, på { $language }:
sheet-not-found = Ark { $number } findes ikke eller vises ikke længere.
detail-translated = (oversat fra { $language })
detail-language = (på { $language })

## Klistermærker

stickers-left = Du har { $count ->
    [one] 1 klistermærke
   *[other] { $count } klistermærker
} tilbage.
stickers-left-theme = Dine klistermærker tilbage i dette tema: { $challenges } af { $challenges_total } til udfordringer, { $solutions } af { $solutions_total } til løsninger.
sticker-placed = Klistermærke givet. { $count ->
    [0] Du har ikke flere af denne slags i dette tema.
    [one] Du har 1 tilbage af denne slags i dette tema.
   *[other] Du har { $count } tilbage af denne slags i dette tema.
}
sticker-already = Du har allerede givet dette et klistermærke.
sticker-taken-back = Klistermærket er taget tilbage. Du kan give det til et andet ark.
sticker-none-here = Du har ikke et klistermærke på { $number }.
sticker-moved = Dit klistermærke er flyttet fra { $from } til { $to }.
stickers-none-left-challenge = { $count ->
    [one] Du har brugt dit { $count } klistermærke til udfordringer i { $theme }.
   *[other] Du har brugt alle { $count } klistermærker til udfordringer i { $theme }.
}
stickers-none-left-solution = { $count ->
    [one] Du har brugt dit { $count } klistermærke til løsninger i { $theme }.
   *[other] Du har brugt alle { $count } klistermærker til løsninger i { $theme }.
}
stickers-move-offer = Du kan flytte et. Hvilket klistermærke vil du flytte?
stickers-take-back-offer = Tryk på et for at tage det tilbage.
my-stickers-title = Dine klistermærker
my-stickers-challenges = Udfordringer: { $used } af { $total }
my-stickers-solutions = Løsninger: { $used } af { $total }
my-stickers-none = Du har ikke givet nogen klistermærker endnu. Åbn et ark og tryk “Giv et klistermærke”.

## Skrive

add-choose-theme = Hvilket tema handler dit ark om?
add-choose-kind = { $theme }: er det en udfordring (et problem, du ser) eller en løsning (en idé)?
add-write-challenge = Skriv din udfordring i én besked ({ $min } til { $max } tegn).
add-write-solution = Skriv din løsning i én besked ({ $min } til { $max } tegn).
add-preview-challenge = Din udfordring til { $theme }:
add-preview-solution = Din løsning til { $theme }:
add-similar = Nogle ark her ligner. Du kan tilføje din tekst som uddybning til et af dem, så klistermærkerne ikke bliver delt:
preview-question = Vil du offentliggøre det?
add-done-challenge = Tak! Din udfordring er nu ark { $number }.
add-done-solution = Tak! Din løsning er nu ark { $number }.
add-done-pending = Tak! Dit ark er { $number }. Andre kan se det, når en facilitator har set på det.
detail-write = Skriv din uddybning til ark { $number }:
detail-write-again = Skriv din uddybning til ark { $number } igen:
detail-preview = Din uddybning til ark { $number }:
detail-done = Tak! Din uddybning er tilføjet til ark { $number }.
detail-done-pending = Tak! Din uddybning til ark { $number } bliver vist, når en facilitator har set på den.
text-limits = Brug { $min } til { $max } tegn.
text-blank = Beskeden er tom. Skriv nogle ord.
text-too-short = Det er for kort. Skriv mindst { $min ->
    [one] { $min } tegn
   *[other] { $min } tegn
}.
text-too-long = Det er for langt: { $length ->
    [one] { $length } tegn
   *[other] { $length } tegn
}. Brug højst { $max }.

## Faser

phase-voting-no-writing = Der kan ikke skrives mere nu. Du kan stadig læse og give klistermærker.
phase-closed = Borgerdialogen er lukket. Du kan stadig læse det hele.

## Sprog

language-choose = Vælg dit sprog:
language-set = Jeg taler dansk med dig nu.

## Terminal-chat

console-banner = consultbot i terminalen. Skriv /start for at begynde, et nummer for at vælge, og Ctrl-D for at gå.

console-file-saved = Filen er gemt: { $path }

## Anmeld et ark eller en uddybning

button-report = ⚑ Anmeld
button-report-sheet = Selve arket { $number }
button-cancel-report = « Tilbage
report-what = Hvad vil du anmelde? Arket eller en af uddybningerne:
report-why = Hvorfor skal en facilitator se på det?
report-reason-spam = Reklame eller spam
report-reason-offensive = Krænkende eller sårende
report-reason-off-topic = Handler ikke om temaet
report-thanks = Tak. En facilitator ser på det.

## Frivillige spørgsmål om, hvem der deltager

onboarding-district = Et frivilligt spørgsmål: i hvilken bydel i København bor du? Det hjælper kommunen med at se, hvem der deltog. Dit svar bliver aldrig vist sammen med det, du skriver.
onboarding-age = Og hvor gammel er du? (Også frivilligt.)
onboarding-thanks = Tak! Vælg nu et tema.
button-district-elsewhere = Et andet sted
button-skip = Spring over
age-band-1 = Under 18
age-band-2 = 18–29
age-band-3 = 30–44
age-band-4 = 45–59
age-band-5 = 60–74
age-band-6 = 75 eller ældre

## Beskeder fra facilitatorerne

broadcast-heading = En besked fra holdet bag borgerdialogen
outcome-heading = Nyt om ark { $number }: { $decision }
decision-adopted = vedtaget
decision-considered = overvejes
decision-declined = bliver ikke taget videre

## Dine data

mydata-title = Det gemmer consultbot om dig
mydata-body =
    Dit Telegram-id: { $id }
    Sprog: { $language }
    Bydel: { $district }
    Alder: { $age }
    Med siden: { $since }
    Uddybninger du har skrevet: { $details }
mydata-none = ikke oplyst
mydata-sheets = Ark du har skrevet: { $count }
mydata-stickers = Dine klistermærker ({ $count }): { $list }
mydata-privacy = Ingen andre kan se, hvem der har skrevet et ark eller givet et klistermærke. Skriv /forget for at blive glemt.
forget-confirm = Vil du have, at consultbot glemmer dig? Dine klistermærker, dine svar og dit sprog bliver slettet. Det, du har skrevet, bliver i borgerdialogen, men intet forbinder det med dig længere. Det kan ikke fortrydes.
button-forget = Ja, glem mig
forget-done = Færdig. consultbot har glemt dig. Hvis du skriver igen, starter du forfra.
sheet-machine-translated = (Maskinoversat fra { $language }, ikke tjekket af et menneske. Tryk på “Vis originalen” for at læse den.)
detail-machine-translated = (maskinoversat fra { $language })
