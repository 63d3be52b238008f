# consultbot — Somali words of the digests (src/digest, /digest, the onboarding question).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# QABYO turjumaad ah, mashiin ayaa lagu caawiyay; waa in uu hubiyo qof Af-Soomaaligu hooyo u yahay.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = istiikar, sheet = warqad, challenge = dhibaato, solution = xal, theme = mawduuc.

command-digest = Hel warbixin gaaban mar mar (shid ama dami)
usage-digest = Qor /digest on ama /digest off. Hagayaasha: /digest now.
audit-digest = warbixin hadda la diray

onboarding-digest = Su'aasha ugu dambeysa: ma kuu soo diraa bot-ku warbixin gaaban mar mar? Waxay kuu sheegtaa waxa cusub iyo inta istiikar ee kuu hadhay. Waqti kasta waad ku beddeli kartaa /digest.
button-digest-yes = Haa, fadlan
button-digest-no = Maya, mahadsanid
button-digest-on = Ii soo dir warbixino
button-digest-off = Jooji warbixinada
digest-on = Waxaad heli doontaa warbixin gaaban mar mar. Waqti kasta ku jooji /digest off.
digest-off = Warbixin ma helaysid. Waqti kasta ku bilow /digest on.
digest-now-started = Warbixintii way bilaabatay: { $count ->
    [one] 1 fariin
   *[other] { $count } fariimood
} ayaa safka ku jira (dir { $run }).
digest-now-already = Warbixin hadda ayaa la bilaabay. Mar kale isku day wax yar ka dib.
digest-now-nothing = Hadda qofna warbixin uma baahna: qofna ma codsan, ama wax cusub uma jiraan.

digest-title = War cusub: { $title }
digest-phase-open = Waxaad ku dari kartaa warqado oo aad bixin kartaa istiikar.
digest-phase-voting = Waxaad bixin kartaa istiikar. Hadda warqado cusub ma jiraan.
digest-phase-closed = Wadatashigu wuu xiran yahay. Waad ku mahadsan tahay ka qaybgalka!
digest-stickers-left = Waxaa kuu hadhay { $count ->
    [one] 1 istiikar
   *[other] { $count } istiikar
} oo aad bixiso.
digest-new-sheets = { $count ->
    [one] 1 warqad cusub
   *[other] { $count } warqadood oo cusub
} tan iyo warbixintaadii ugu dambeysay:
digest-top = Kuwa hadda ugu istiikarka badan:
digest-top-line = { $rank }. { $kind } { $sheet } { $text } · { $count ->
    [one] 1 istiikar
   *[other] { $count } istiikar
}
digest-footer = Taabo mawduuc ama warqad si aad u furto.

digest-facilitator-title = Warbixin hagayaasha: { $title }
digest-pending = Sugaya oggolaansho: { $count }
digest-reports = Cabashooyin cusub: { $count }
digest-since = Tan iyo warbixintaadii ugu dambeysay:
digest-new-residents = Dadweyne cusub: { $count }
digest-new-resident-sheets = Warqado cusub oo dadweynaha: { $count }
digest-new-details = Faahfaahin cusub: { $count }
digest-stickers-placed = Istiikarro la bixiyay: { $count }
digest-runs = Fariimihii ugu dambeeyay ee bot-ku keligiis diray:
digest-run-line = { $kind } (dir { $run }): la diray { $sent } ka mid ah { $recipients }; sugaya { $pending }, aan la garanayn { $unknown }, fashilmay { $failed }, xannibay { $unreachable }
