# consultbot — Somali words for the facilitator's side (issue 13): the audit log in words,
# /stats labels and counts, /tally confirmation.
# DRAFT: written with the code; translations into the other languages are drafts to review.

audit-entry-grant = doorka { $role } ee { $language } waxaa la siiyay { $user }
audit-entry-grant-role = doorka { $role } waxaa la siiyay { $user }
audit-entry-revoke = doorka { $role } waa laga qaaday { $user }
audit-entry-phase = marxaladda waa la beddelay: { $old } → { $new }
phase-name-open = furan
phase-name-voting = codeyn kaliya
phase-name-closed = xiran
audit-entry-outcome = go'aanka { $target }: { $decision }
audit-entry-tally = { $target }: tirada istiikarrada shirarka: { $count }
audit-entry-moderation = { $action } { $target } (hore: { $old })
audit-entry-auto-hide = { $target } waa la qariyay warbixinno kadib (tirada: { $count })
audit-entry-broadcast = fariin loo diray dadka (tirada: { $count }): { $text }
audit-entry-translate = { $target } waxaa loo turjumay { $language }
audit-entry-forget = qof deggan waa la illaaway; la tirtiray: waraaqo { $sheets }, faahfaahin { $details }, istiikarro { $stickers }

stats-facilitators = Fududeeyayaasha (maamulayaasha iyo doorarka, kor laguma tirin): { $count }

tally-confirm = Waraaqda { $number }: tirada istiikarrada shirarka waa { $count }, taas oo ka badan { $limit }, in ka badan inta shir caadi ahaan tiriyo. Ma saxbaa? Waxba lama kaydinayo ilaa aad haa tiraahdo.
button-tally-yes = Haa, kaydi
button-tally-no = Maya
qr-username-unknown = Koodhka QR wuxuu u baahan yahay magaca isticmaalaha bot-ka. Bot-ku wuxuu ka bartaa Telegram marka `consultbot run` bilaabmo: hal mar bilow, ama dhig CONSULTBOT_BOT_USERNAME (tusaale my_city_bot). Kadibna mar kale dir /qr.
