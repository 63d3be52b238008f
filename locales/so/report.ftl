# consultbot — Somali words of the HTML report and its charts.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# QABYO turjumaad ah, mashiin ayaa lagu caawiyay; waa in uu hubiyo qof Af-Soomaaligu hooyo u yahay.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = istiikar, sheet = warqad, challenge = dhibaato, solution = xal, theme = mawduuc.

report-generated = Waxaa la sameeyay { $date }.

## Who took part

report-participation = Cidda ka qaybgashay
report-participants = Dadka ka qaybgalay
report-active-7-days = Firfircoon 7-dii maalmood ee u dambeeyay
report-sheets-seed = Waraaqaha bilowga
report-sheets-resident = Waraaqaha ay dadka deegaanku qoreen
report-stickers-chat = Istiikarrada lagu dhejiyay chat-ka
report-stickers-meetings = Istiikarrada lagu dhejiyay shirarka
report-by-language = Luqadaha ay dadku doorteen
report-col-language = Luqadda
report-col-people = Dadka

## The most important sheets

report-top-challenges = 5-ta dhibaato ee ugu muhiimsan
report-top-solutions = 5-ta xal ee ugu muhiimsan
report-top-note = Dhammaan mawduucyada. Kala horreynta waxay ka timaaddaa dhammaan istiikarrada: chat-ka iyo shirarka.

## Each theme

report-theme = Mawduuca: { $theme }
report-theme-note = Laga bilaabo kan ugu mudnaanta badan ilaa kan ugu mudnaanta yar.
report-challenges = Dhibaatooyinka
report-solutions = Xalalka
report-chart-challenges = Dhibaatooyinka: { $theme }
report-chart-solutions = Xalalka: { $theme }
report-chart-only-top = { $count ->
    [one] Jaantusku wuxuu muujinayaa oo keliya warqadda istiikarrada ugu badan leh.
   *[other] Jaantusku wuxuu muujinayaa oo keliya { $count } warqadood ee istiikarrada ugu badan leh.
}
report-none = Weli warqad ma jirto.

## Table columns

report-col-rank = Kaalinta
report-col-sheet = Warqadda
report-col-online = Chat-ka
report-col-meeting = Shirarka
report-col-total = Wadar
report-col-details = Faahfaahin
report-outcome = Maxaa dhacay kadib:

# An export, chart, report or QR code could not be made (what the command changed is kept).
file-failed = Faylka lama samayn karin. Waxba ma lumin; mar kale isku day, oo u sheeg maamulaha bot-ka haddii ay sii socoto.
