# consultbot — dansk: begrænsning af for mange beskeder, /mydata som fil og /forget (alt eller konto).
# Oversættelserne er udkast og skal læses igennem.
# Translations other than English are drafts, to be reviewed by a native speaker.
# Every message here must exist in every other locale, with the same variables (a test checks).

flood-slow-down = Du sender rigtig mange beskeder. Sæt tempoet ned: jeg svarer ikke på de næste i nogle sekunder.
flood-too-many-texts = Du har skrevet mange tekster på kort tid. Vent lidt, før du skriver flere. Din tekst er gemt: du kan offentliggøre den senere.
mydata-file-caption = Alt, hvad consultbot gemmer om dig, helt og fuldt, som en fil (JSON).
forget-choose = Hvad skal consultbot glemme?
    • Alt: din konto, dine klistermærker og de kort og uddybninger, du har skrevet.
    • Kun din konto: din konto og dine klistermærker. Det, du har skrevet, bliver, men intet forbinder det med dig.
button-forget-all = Alt, også det jeg har skrevet
button-forget-account = Kun min konto
forget-confirm-all = Vil du have, at consultbot glemmer alt om dig? Dine klistermærker, dine svar, dit sprog og de kort og uddybninger, du har skrevet, bliver slettet, sammen med de klistermærker, andre har givet dem. Det kan ikke fortrydes.
usage-forget = Skriv /forget, /forget all eller /forget account.
audit-forget = en borger glemt
