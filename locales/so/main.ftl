# consultbot — Somali UI strings (qoraallada Af-Soomaaliga).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# QABYO turjumaad ah, mashiin ayaa lagu caawiyay; waa in uu hubiyo qof Af-Soomaaligu hooyo u yahay.
# Keep sentences short and plain: many readers are not fluent readers.
# Jumladaha ka dhig kuwo gaagaaban oo fudud: akhristayaal badan si fiican uma akhriyaan.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = istiikar, sheet = warqad, challenge = dhibaato, solution = xal,
#   detail = faahfaahin, facilitator = shaqaalaha magaalada, theme = mawduuc, consultation = wadatashi.

## Languages, named in this language

language-da = Af-Deenish
language-en = Af-Ingiriis
language-ar = Af-Carabi
language-tr = Af-Turki
language-ur = Af-Urdu
language-so = Af-Soomaali
language-pl = Af-Boolish
language-fa = Af-Faarsi
language-uk = Af-Yukreeni

## Words

kind-challenge = Dhibaato
kind-solution = Xal

## Welcome, themes and help

welcome-choose-theme = Dooro mawduuc si aad u bilowdo:
themes-title = Mawduucyada
theme-counts = Ilaa hadda: { $challenges ->
    [one] 1 dhibaato
   *[other] { $challenges } dhibaato
} iyo { $solutions ->
    [one] 1 xal
   *[other] { $solutions } xal
}.
help-title = Sida ay u shaqeyso
help-body =
    Akhri waxa dadka kale qoreen, adna wax qor, oo istiikar sii waxa ugu muhiimsan.

    Mawduuc kasta waxaad ku leedahay { $challenges } istiikar oo dhibaatooyinka ah iyo { $solutions } oo xalalka ah. Warqad kasta hal istiikar oo keliya ayaad ku dhejin kartaa.
    Waxaad sidoo kale qori kartaa lambarka badhanka.
hint = Taas ma fahmin. Riix badhan, ama qor /themes ama /help.
hint-use-buttons = Fadlan badhan ku dooro, ama qor lambarkiisa. Qor /cancel si aad u joojiso.
error-unknown-command = Amarkaas ma aqaan. Qor /help si aad u aragto waxa aad samayn karto.
error-need-number = Fadlan ku dar lambarka warqadda, tusaale: /item 12
error-sorry = Waan ka xumahay, wax baa khaldamay. Fadlan mar kale isku day.
stale-button = Badhankani waa duug. Halkan ayaad ka sii wadi kartaa.
nothing-to-cancel = Ma jiro wax la joojiyo.
cancelled = Waa la joojiyay. Waxba lama kaydin.

## Buttons

button-themes = Mawduucyada
button-back-themes = « Dhammaan mawduucyada
button-back-theme = « { $theme }
button-back-list = « Liiska
button-help = Caawimaad
button-about = Ku saabsan
button-language = Luqadda
button-my-stickers = Istiikarradayda
button-challenges = Dhibaatooyin ({ $count })
button-solutions = Xalal ({ $count })
button-add-here = ✍ Qor warqad cusub
button-previous = ‹ Dib
button-next = Kuwo kale ›
button-open = Fur { $number }
button-original = Tus qoraalka asalka ah
button-vote = ● Sii istiikar
button-unvote = ○ Dib u qaado istiikarkayga
button-add-detail = ✍ Ku dar faahfaahin
button-move-from = Ka wareeji { $number }
button-take-back-from = Ka qaado { $number }
button-cancel = Jooji
button-publish = ✔ Daabac
button-edit = ✏ Beddel
button-kind-challenge = Dhibaato
button-kind-solution = Xal
button-as-detail = Faahfaahin ahaan ugu dar { $number }
button-add-another = Qor mid kale

## Lists and sheets

list-challenges = { $theme }: dhibaatooyinka ({ $page }/{ $pages })
list-solutions = { $theme }: xalalka ({ $page }/{ $pages })
list-empty = Weli halkan waxba ma jiraan. Adiga ayaa qori kara kan ugu horreeya.
list-stickers = { $count ->
    [one] 1 istiikar
   *[other] { $count } istiikar
}
list-stickers-mine = { $count ->
    [one] 1 istiikar
   *[other] { $count } istiikar
} · mid waa kaaga
sheet-stickers = Istiikarrada: { $online } halkan chat-ka, { $meeting } shirarka.
sheet-your-sticker = Warqaddan istiikar ayaad siisay.
sheet-details = { $count ->
    [one] 1 faahfaahin
   *[other] { $count } faahfaahin
}
sheet-pending = Hadda adiga keliya ayaa arki kara. Shaqaalaha magaalada ayaa dhawaan eegi doona.
sheet-favourite = Shirarkii dadweynaha ee 2010, warqaddani waxay ahayd lambarka { $rank } ee 5-ta ugu sarreysa.
sheet-translated = (Waxaa laga turjumay { $language }. Riix “Tus qoraalka asalka ah” si aad u akhrido.)
sheet-untranslated = (Waxaa lagu qoray { $language }. Turjumaad ayaa soo socota.)
sheet-original = Qoraalka asalka ah ({ $language }):
sheet-not-found = Warqadda { $number } ma jirto, ama hadda lama muujiyo.
detail-translated = (waxaa laga turjumay { $language })
detail-language = (waxaa lagu qoray { $language })

## Stickers

stickers-left = Waxaa kuu hadhay { $count ->
    [one] 1 istiikar
   *[other] { $count } istiikar
}.
stickers-left-theme = Istiikarradaada ka hadhay mawduucan: dhibaatooyinka { $challenges } ka mid ah { $challenges_total }, xalalka { $solutions } ka mid ah { $solutions_total }.
sticker-placed = Istiikarka waa la dhejiyay. { $count ->
    [0] Mawduucan kuuma hadhin istiikar noocan ah.
    [one] Mawduucan waxaa kuu hadhay 1 istiikar oo noocan ah.
   *[other] Mawduucan waxaa kuu hadhay { $count } istiikar oo noocan ah.
}
sticker-already = Warqaddan horey ayaad istiikar u siisay.
sticker-taken-back = Istiikarka dib ayaa loo qaaday. Warqad kale ayaad siin kartaa.
sticker-none-here = Istiikar kuma lihid warqadda { $number }.
sticker-moved = Istiikarkaaga waxaa laga wareejiyay { $from }, waxaana la geeyay { $to }.
stickers-none-left-challenge = Mawduuca { $theme }: waxaad isticmaashay dhammaan { $count } istiikar ee dhibaatooyinka.
stickers-none-left-solution = Mawduuca { $theme }: waxaad isticmaashay dhammaan { $count } istiikar ee xalalka.
stickers-move-offer = Mid ayaad wareejin kartaa. Istiikarkee ayaad rabtaa inaad wareejiso?
stickers-take-back-offer = Riix mid si aad dib ugu qaadato.
my-stickers-title = Istiikarradaada
my-stickers-challenges = Dhibaatooyin: { $used } ka mid ah { $total }
my-stickers-solutions = Xalal: { $used } ka mid ah { $total }
my-stickers-none = Weli istiikar ma aadan bixin. Fur warqad oo riix “Sii istiikar”.

## Writing

add-choose-theme = Warqaddaadu mawduucee ayay ku saabsan tahay?
add-choose-kind = { $theme }: ma dhibaato (dhibaato aad aragto) mise xal (fikrad)?
add-write-challenge = Dhibaatadaada ku qor hal fariin ({ $min } ilaa { $max } xaraf).
add-write-solution = Xalkaaga ku qor hal fariin ({ $min } ilaa { $max } xaraf).
add-preview-challenge = Dhibaatadaada (mawduuca: { $theme }):
add-preview-solution = Xalkaaga (mawduuca: { $theme }):
add-similar = Warqado halkan ku jira ayaa u eg. Qoraalkaaga faahfaahin ahaan ugu dar mid ka mid ah, si aan istiikarrada loo kala qaybin:
preview-question = Ma la daabacaa?
add-done-challenge = Mahadsanid! Dhibaatadaadu hadda waa warqadda { $number }.
add-done-solution = Mahadsanid! Xalkaagu hadda waa warqadda { $number }.
add-done-pending = Mahadsanid! Warqaddaadu waa { $number }. Dadka kale waxay arki doonaan marka shaqaalaha magaalada ay eegaan.
detail-write = Qor faahfaahintaada warqadda { $number }:
detail-write-again = Mar kale qor faahfaahintaada warqadda { $number }:
detail-preview = Faahfaahintaada warqadda { $number }:
detail-done = Mahadsanid! Faahfaahintaada waxaa lagu daray warqadda { $number }.
detail-done-pending = Mahadsanid! Faahfaahintaada warqadda { $number } waa la muujin doonaa marka shaqaalaha magaalada ay eegaan.
text-limits = Isticmaal { $min } ilaa { $max } xaraf.
text-blank = Fariintu waa madhan tahay. Fadlan qor ereyo.
text-too-short = Taasi aad bay u gaaban tahay. Fadlan qor ugu yaraan { $min } xaraf.
text-too-long = Taasi aad bay u dheer tahay: { $length } xaraf. Fadlan isticmaal ugu badnaan { $max }.

## Phases

phase-voting-no-writing = Qoristu hadda way xiran tahay. Weli waad akhrin kartaa, istiikarna waad bixin kartaa.
phase-closed = Wadatashigu wuu xiran yahay. Weli wax walba waad akhrin kartaa.

## Language

language-choose = Dooro luqaddaada:
language-set = Hadda waxaan kula hadlayaa Af-Soomaali.

## Terminal chat

console-banner = consultbot terminal-ka. Qor /start si aad u bilowdo, lambar si aad u doorato, oo riix Ctrl-D si aad u baxdo.
console-file-saved = Faylka waa la kaydiyay: { $path }

## Reporting a sheet or detail

button-report = ⚑ Soo sheeg
button-report-sheet = Warqadda { $number } lafteeda
button-cancel-report = « Dib
report-what = Maxaad rabtaa inaad soo sheegto? Warqadda, ama mid ka mid ah faahfaahinteeda:
report-why = Maxay tahay sababta ay shaqaalaha magaaladu u eegayaan?
report-reason-spam = Xayeysiis ama spam
report-reason-offensive = Aflagaado ama wax dadka dhibaya
report-reason-off-topic = Kuma saabsana mawduucan
report-thanks = Mahadsanid. Shaqaalaha magaalada ayaa eegi doona.

## Optional questions about who takes part

onboarding-district = Su'aal aan qasab ahayn: Koobanheegan qaybtee ayaad ku nooshahay? Waxay magaalada ka caawinaysaa inay aragto cidda ka qaybgashay. Jawaabtaada weligeed lama dhigo meel u dhow waxa aad qorto.
onboarding-age = Immisa jir baad tahay? (Tanna qasab ma aha.)
onboarding-thanks = Mahadsanid! Hadda dooro mawduuc.
button-district-elsewhere = Meel kale
button-skip = Ka gudub
age-band-1 = Ka yar 18
age-band-2 = 18–29
age-band-3 = 30–44
age-band-4 = 45–59
age-band-5 = 60–74
age-band-6 = 75 ama ka weyn

## Messages from the facilitators

broadcast-heading = Fariin ka timid kooxda wadatashiga
outcome-heading = War ku saabsan warqadda { $number }: { $decision }
decision-adopted = waa la ansixiyay
decision-considered = waa la tixgelinayaa
decision-declined = lama sii wadi doono

## Your data

mydata-title = Waxa consultbot kaa hayo
mydata-body =
    Aqoonsigaaga Telegram: { $id }
    Luqadda: { $language }
    Qaybta magaalada: { $district }
    Da'da: { $age }
    Ka qaybgalka tan iyo: { $since }
    Faahfaahinta aad ku dartay: { $details }
mydata-none = lama sheegin
mydata-sheets = Warqadaha aad qortay: { $count }
mydata-stickers = Istiikarradaada ({ $count }): { $list }
mydata-privacy = Qof kale ma arko cidda qortay warqad ama bixisay istiikar. Qor /forget si lagu illoobo.
forget-confirm = Ma rabtaa in consultbot ku illoobo? Istiikarradaada, jawaabahaaga iyo luqaddaada waa la tirtirayaa. Waxa aad qortay wadatashiga ayay ku sii jirayaan, laakiin mar dambe adiga laguma xiri doono. Tan dib looma celin karo.
button-forget = Haa, i illoow
forget-done = Waa dhammaatay. consultbot wuu ku illoobay. Haddii aad mar kale wax qorto, waxaad bilaabaysaa mar cusub.
sheet-machine-translated = (Mashiin ayaa ka turjumay { $language }, qofna ma hubin. Riix “Tus qoraalka asalka ah” si aad u akhrido.)
detail-machine-translated = (mashiin ayaa ka turjumay { $language })
