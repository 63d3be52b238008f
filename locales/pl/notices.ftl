# consultbot — polski: ogłoszenia i decyzje jako szkice, z wersją w każdym języku.
# SZKIC tłumaczenia, przygotowany z pomocą maszyny; powinien go sprawdzić rodzimy użytkownik.

notice-preview-broadcast = Szkic { $ref }: wiadomość do { $count ->
    [one] { $count } mieszkańca
    [few] { $count } mieszkańców
    [many] { $count } mieszkańców
   *[other] { $count } mieszkańca
}:
notice-preview-decision = Szkic { $ref }: decyzja w sprawie kartki { $number } to „{ $decision }”. { $count ->
    [one] Powiadomimy { $count } mieszkańca:
    [few] Powiadomimy { $count } mieszkańców:
    [many] Powiadomimy { $count } mieszkańców:
   *[other] Powiadomimy { $count } mieszkańca:
}
notice-versions = Wersje: { $languages }
notice-version-original = { $language } (oryginał)
notice-version-human = { $language }
notice-version-machine = { $language } (tłumaczenie maszynowe)
notice-language-count = { $language }: { $count }
notice-missing = Jeszcze bez wersji: { $languages }
notice-missing-machine = Dostaną tłumaczenie maszynowe, z taką informacją.
notice-missing-original = Dostaną oryginał z krótką uwagą.
notice-translate-hint = Dodaj wersję: /translate { $ref } JĘZYK TEKST
notice-not-found = Nie ma szkicu { $ref }.
notice-not-draft = { $ref } został już wysłany albo anulowany.
notice-original-language = { $ref } jest napisany w języku: { $language }. Aby zmienić tekst, wpisz polecenie jeszcze raz.
notice-translating = Potwierdzone. Wiadomość trafi do { $count ->
    [one] { $count } mieszkańca
    [few] { $count } mieszkańców
    [many] { $count } mieszkańców
   *[other] { $count } mieszkańca
}, gdy tylko tłumaczenia maszynowe będą gotowe.
notice-cancelled = Szkic { $ref } anulowano. Nic nie zostało wysłane.
notice-machine-translated = Tłumaczenie maszynowe z języka: { $language }. Nikt go nie sprawdził.
notice-untranslated = Jeszcze nieprzetłumaczone na Twój język. To oryginał w języku: { $language }.
sheet-decision = Decyzja: { $decision }
