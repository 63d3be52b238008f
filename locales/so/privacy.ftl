# consultbot — Soomaali: xaddidaadda fariimaha badan, /mydata fayl ahaan, iyo /forget (dhammaan ama akoon).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# Translations other than English are drafts, to be reviewed by a native speaker.
# Every message here must exist in every other locale, with the same variables (a test checks).

flood-slow-down = Fariimo aad u badan ayaad soo diraysaa. Fadlan hoos u dhig: dhowr ilbiriqsi kama jawaabi doono kuwa xiga.
flood-too-many-texts = Qoraallo badan ayaad ku dartay waqti gaaban. Fadlan sug wax yar ka hor intaadan ku darin kuwo kale. Qoraalkaaga waa la hayaa: hadhow ayaad daabici kartaa.
mydata-file-caption = Wax kasta oo consultbot kaa hayo, si buuxda, fayl ahaan (JSON).
forget-choose = Maxaad rabtaa in consultbot illoobo?
    • Wax walba: akoonkaaga, istiikarradaada, iyo waraaqaha iyo faahfaahinta aad qortay.
    • Akoonkaaga oo kaliya: akoonkaaga iyo istiikarradaada. Waxa aad qortay way sii jiri doonaan, laakiin adiga laguma xiri doono.
button-forget-all = Wax walba, iyo waxa aan qoray
button-forget-account = Akoonkayga oo kaliya
forget-confirm-all = Ma rabtaa in consultbot wax walba kaa illoobo? Istiikarradaada, jawaabahaaga, luqaddaada, iyo waraaqaha iyo faahfaahinta aad qortay waa la tirtirayaa, oo ay la socdaan istiikarrada dadka kale siiyeen. Tan dib looma celin karo.
usage-forget = Qor /forget, /forget all ama /forget account.
audit-forget = qof deggan ayaa la illoobay
