# consultbot — Danish words for the facilitator's side (issue 13): the audit log in words,
# /stats labels and counts, /tally confirmation.
# DRAFT: written with the code; translations into the other languages are drafts to review.

audit-entry-grant = rollen { $role } for { $language } givet til { $user }
audit-entry-grant-role = rollen { $role } givet til { $user }
audit-entry-revoke = rollen { $role } fjernet fra { $user }
audit-entry-phase = fase skiftet fra { $old } til { $new }
phase-name-open = åben
phase-name-voting = kun prioritering
phase-name-closed = lukket
audit-entry-outcome = beslutning om { $target }: { $decision }
audit-entry-tally = { $target }: { $count ->
    [one] { $count } klistermærke
   *[other] { $count } klistermærker
} på møder
audit-entry-moderation = { $action } { $target } (før: { $old })
audit-entry-auto-hide = { $target } skjult efter { $count ->
    [one] { $count } anmeldelse
   *[other] { $count } anmeldelser
}
audit-entry-broadcast = besked til { $count ->
    [one] { $count } borger
   *[other] { $count } borgere
}: { $text }
audit-entry-translate = { $target } oversat til { $language }
audit-entry-forget = en borger glemt; slettet: ark { $sheets }, detaljer { $details }, klistermærker { $stickers }

stats-facilitators = Facilitatorer (administratorer og roller, ikke talt med ovenfor): { $count }

tally-confirm = Ark { $number }: { $count } klistermærker på møder er flere end { $limit }, flere end et møde plejer at tælle. Er det rigtigt? Intet gemmes, før du siger ja.
button-tally-yes = Ja, gem det
button-tally-no = Nej
qr-username-unknown = QR-koden kræver bottens brugernavn. Botten får det fra Telegram, når `consultbot run` starter: start den én gang, eller sæt CONSULTBOT_BOT_USERNAME (for eksempel min_by_bot). Send så /qr igen.
