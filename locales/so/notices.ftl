# consultbot — Soomaali: farriimo guud iyo go'aanno qabyo ah, nooc luqad kasta ah.
# TURJUMAAD QABYO AH, mashiin baa caawiyay; waa in qof Soomaali ku hadla uu dib u eegaa.

notice-preview-broadcast = Qabyo { $ref }: farriin loo dirayo { $count ->
    [one] hal qof oo deggan
   *[other] { $count } qof oo deggan
}:
notice-preview-decision = Qabyo { $ref }: go'aanka warqadda { $number } waa “{ $decision }”. { $count ->
    [one] Hal qof ayaa la ogeysiin doonaa:
   *[other] { $count } qof ayaa la ogeysiin doonaa:
}
notice-versions = Noocyada: { $languages }
notice-version-original = { $language } (asalka)
notice-version-human = { $language }
notice-version-machine = { $language } (turjumaad mashiin)
notice-language-count = { $language }: { $count }
notice-missing = Weli nooc looma hayo: { $languages }
notice-missing-machine = Waxay helayaan turjumaad mashiin, oo sidaas lagu calaamadeeyay.
notice-missing-original = Waxay helayaan qoraalka asalka ah, oo qoraal gaaban la socdo.
notice-translate-hint = Ku dar nooc: /translate { $ref } LUQADDA QORAALKA
notice-not-found = Ma jiro qabyo { $ref }.
notice-not-draft = { $ref } horay ayaa loo diray ama waa la joojiyay.
notice-original-language = { $ref } waxaa lagu qoray { $language }. Si aad qoraalka u beddesho, amarka mar kale qor.
notice-translating = Waa la xaqiijiyay. Waxaa loo diri doonaa { $count ->
    [one] hal qof
   *[other] { $count } qof
} marka turjumaadaha mashiinku diyaar noqdaan.
notice-cancelled = Qabyada { $ref } waa la joojiyay. Waxba lama dirin.
notice-machine-translated = Turjumaad mashiin oo laga sameeyay { $language }. Qof ma hubin.
notice-untranslated = Weli laguma turjumin luqaddaada. Kani waa qoraalka asalka ah ee { $language }.
sheet-decision = Go'aan: { $decision }
