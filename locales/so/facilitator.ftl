# consultbot — Somali: what facilitators (city staff) read. Plain words, no jargon.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# QABYO turjumaad ah, mashiin ayaa lagu caawiyay; waa in uu hubiyo qof Af-Soomaaligu hooyo u yahay.
# Keep sentences short and plain.
# Terms: sticker = istiikar, sheet = warqad, challenge = dhibaato, solution = xal,
#   detail = faahfaahin, facilitator = shaqaalaha magaalada, theme = mawduuc,
#   resident = qof deegaanka ah (plural: dadka deegaanka).
# In usage-* messages the commands and their English keywords stay exactly as they are
# (the bot only understands those); only the explanations and the CAPITAL placeholders are Somali.
# $role is the English keyword (moderator, translator); $language in grant-done is a code (ar) or empty.
# $target is a label such as #12 or d7.

## Results

stats-title = Wadatashiga oo tirooyin ah
stats-participants = Ka qaybgalayaasha: { $total } (kuwa firfircoon 7-dii maalmood ee u dambeeyay: { $active })
stats-languages = Luqadaha: { $list }
stats-sheets = Waraaqaha mawduuc kasta
stats-theme = { $theme }: dhibaatooyin { $challenges_seed } ka yimid 2010 + { $challenges_resident } cusub, xalal { $solutions_seed } ka yimid 2010 + { $solutions_resident } cusub; sugaya { $pending }, qarsoon { $hidden }
stats-stickers = Istiikarrada: chat-ka lagu dhejiyay { $placed }, weli aan la isticmaalin { $unused }, shirarka lagu tiriyay { $meeting }
stats-details = Faahfaahinta lagu daray: { $count }
stats-digest = Dadka deegaanka ee hela warbixinta kooban: { $count }
stats-who = Cidda ka qaybgashay (jawaabaha aan qasabka ahayn)
stats-districts = Xaafadaha: { $list }
stats-ages = Da'da: { $list }
stats-no-answer = jawaab ma jirto
top-title = Waraaqaha ugu sarreeya, dhammaan mawduucyada
top-title-theme = Waraaqaha ugu sarreeya: { $theme }
top-challenges = Dhibaatooyin
top-solutions = Xalal
top-counts = chat-ka { $online } + shirarka { $meeting } = { $total }
chart-title = 5-ta dhibaato iyo 5-ta xal ee ugu sarreeya
chart-title-theme = Dhibaatooyinka iyo xalalka ugu sarreeya: { $theme }
chart-online = Chat-ka
chart-meeting = Shirarka
chart-caption = Waraaqaha ugu sarreeya ee dhammaan mawduucyada.
chart-caption-theme = Waraaqaha ugu sarreeya. Mawduuca: { $theme }.
export-csv-caption = Dhammaan waraaqaha oo CSV ah (waxaa lagu furaa barnaamijka jadwalka, sida Excel).
export-json-caption = Dhammaan waraaqaha oo JSON ah.
report-caption = Warbixinta. Ku fur browser; si fiican ayaa loo daabici karaa.

## Moderation

pending-none = Waxba ma sugayaan.
pending-title = Waxa ku sugaya: { $count }
moderation-sheet = Warqadda { $number }
moderation-detail = Faahfaahinta { $detail } ee warqadda { $number }
moderation-status = Xaaladda: { $status }. Inta jeer ee la soo sheegay: { $reports }.
status-visible = muuqda
status-pending = sugaya oggolaansho
status-hidden = qarsoon
button-approve = ✔ Muuji
button-hide = ✖ Qari
moderation-visible = { $target } hadda waa muuqdaa.
moderation-hidden = { $target } hadda waa qarsoon yahay.
moderation-not-found = Lama helin: { $target }
admin-chat-new-sheet = Warqad cusub
admin-chat-report = La soo sheegay: { $reason }

## Steering

tally-done = Warqadda { $number }: istiikarrada shirarka = { $count }.
phase-set-open = Wadatashigu waa furan yahay: dadka deegaanku wax way qori karaan, istiikarna way bixin karaan.
phase-set-voting = Codeyn keliya: dadka deegaanku istiikar way bixin karaan, laakiin wax ma qori karaan.
phase-set-closed = Wadatashigu wuu xiran yahay: dadka deegaanku akhris keliya ayay samayn karaan.
broadcast-preview = Fariintan waxaa heli doona { $count } qof oo deegaanka ah:
button-send = ✔ Dir
broadcast-queued = Fariinta waxaa loo dirayaa { $count } qof oo deegaanka ah.
outcome-recorded = Go'aanka warqadda { $number } waa la kaydiyay. Waxaa la ogeysiin doonaa { $count } qof oo deegaanka ah.
grant-done = Isticmaalaha { $user } hadda wuxuu leeyahay doorkan: { $role } { $language }
revoke-done = Isticmaalaha { $user } hadda ma laha doorkan: { $role }
revoke-none = Isticmaalaha { $user } ma lahayn doorkan: { $role }
audit-title = Waxyaabihii ugu dambeeyay ee shaqaalaha magaaladu sameeyeen
audit-none = Weli waxba ma jiraan.

## Translations

translate-done = Turjumaadda { $target } waa la kaydiyay (luqadda: { $language }).
translate-prompt = Turjun { $target } (luqadda: { $language }). Turjumaadda ku qor hal fariin:
translations-title = Waxa sugaya turjumaad (luqadda: { $language }): { $count }
translations-done = Wax walba waa la turjumay (luqadda: { $language }). Mahadsanid!
button-translate-next = Turjun midka xiga ({ $language })

## How to use the commands

usage-moderate = Qor lambarka warqadda, ama d iyo lambarka faahfaahinta: /hide 12 ama /hide d7
usage-top = Qor /top, /top MAWDUUC ama /top MAWDUUC 10 (MAWDUUC waa lambarka ama furaha mawduuca).
usage-chart = Qor /chart ama /chart MAWDUUC (lambarka ama furaha mawduuca).
usage-tally = Qor /tally WARQAD TIRO, tusaale /tally 12 8
usage-phase = Qor /phase open, /phase voting ama /phase closed
usage-broadcast = Fariinta ku qor amarka kadib: /broadcast Shirka Isniinta wuxuu bilaabanayaa 18:00. (Ugu badnaan 3500 xaraf.)
usage-outcome = Qor /outcome WARQAD adopted|considered|declined QORAAL, tusaale /outcome 12 adopted Waxay qayb ka tahay siyaasadda cusub.
usage-grant = Qor /grant moderator ISTICMAALE ama /grant translator ISTICMAALE LUQAD, tusaale /grant translator 12345 ar
usage-revoke = Qor /revoke moderator ISTICMAALE ama /revoke translator ISTICMAALE
usage-translate = Qor /translate WARQAD LUQAD QORAAL, tusaale /translate 12 da Bedre sprogkurser (faahfaahin: d7).
usage-translations = Qor /translations ama /translations LUQAD, tusaale /translations ar
usage-qr = Qor /qr, /qr MAWDUUC ama /qr WARQAD, tusaale /qr unge ama /qr 12
role-moderator = maamule
role-translator = turjubaan
help-facilitator-title = Loogu talagalay shaqaalaha magaalada
command-stats = Tirooyin: ka qaybgalayaasha, warqadaha, istiikarrada
command-top = Warqadaha ugu taageerada badan: /top [MAWDUUC] [N]
command-export = Natiijooyinka oo ah faylal CSV iyo JSON
command-chart = Shaxda istiikarrada: /chart [MAWDUUC]
command-report = Warbixinta oo ah fayl HTML
command-pending = Waxa sugaya hubinta
command-approve = Muuji: /approve N (faahfaahin: dN)
command-hide = Qari: /hide N (faahfaahin: dN)
command-restore = Mar kale muuji: /restore N (faahfaahin: dN)
command-tally = Istiikarrada shir: /tally N TIRO
command-phase = Beddel marxaladda: /phase open|voting|closed
command-broadcast = Fariin qof walba: /broadcast QORAAL
command-outcome = Go'aanka warqad: /outcome N adopted|considered|declined QORAAL
command-qr = Koodh QR ee boodhadhka: /qr [MAWDUUC|N]
command-translate = Turjun: /translate N LUQAD QORAAL (faahfaahin: dN)
command-translations = Waxa sugaya turjumaad: /translations [LUQAD]
command-grant = Sii door: /grant DOOR ISTICMAALE [LUQAD]
command-revoke = Dib u qaado door: /revoke DOOR ISTICMAALE
command-audit = Falalkii ugu dambeeyay ee fududeeyayaasha
audit-approve = la oggolaaday
audit-restore = dib loo muujiyay
audit-hide = la qariyay
audit-auto-hide = la qariyay kadib markii la soo sheegay
audit-tally = tirinta shirka
audit-phase = marxaladda
audit-broadcast = fariin loo diray dhammaan
audit-outcome = go'aan
audit-grant = door la siiyay
audit-revoke = door laga qaaday
audit-translate = la turjumay
