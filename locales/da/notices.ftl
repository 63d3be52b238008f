# consultbot — dansk: rundsendelser og beslutninger som kladder med versioner på hvert sprog.
# KLADDE til oversættelse: skal gennemlæses af en, der har dansk som modersmål.

notice-preview-broadcast = Kladde { $ref }: en besked til { $count ->
    [one] én borger
   *[other] { $count } borgere
}:
notice-preview-decision = Kladde { $ref }: beslutningen om ark { $number } er “{ $decision }”. { $count ->
    [one] Én borger får besked:
   *[other] { $count } borgere får besked:
}
notice-versions = Versioner: { $languages }
notice-version-original = { $language } (original)
notice-version-human = { $language }
notice-version-machine = { $language } (maskinoversat)
notice-language-count = { $language }: { $count }
notice-missing = Ingen version endnu på: { $languages }
notice-missing-machine = De får en maskinoversættelse, der er mærket som sådan.
notice-missing-original = De får originalen med en bemærkning.
notice-translate-hint = Tilføj en version: /translate { $ref } SPROG TEKST
notice-not-found = Der er ingen kladde { $ref }.
notice-not-draft = { $ref } er allerede sendt eller annulleret.
notice-original-language = { $ref } er skrevet på { $language }. Skriv kommandoen igen for at ændre teksten.
notice-translating = Bekræftet. Den sendes til { $count ->
    [one] én borger
   *[other] { $count } borgere
}, så snart maskinoversættelserne er klar.
notice-cancelled = Kladde { $ref } er annulleret. Intet blev sendt.
notice-machine-translated = Maskinoversat fra { $language }. Ingen person har tjekket den.
notice-untranslated = Endnu ikke oversat til dit sprog. Her er originalen på { $language }.
sheet-decision = Beslutning: { $decision }
