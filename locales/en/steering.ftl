# consultbot — English words for the facilitator's side (issue 13): the audit log in words,
# /stats labels and counts, /tally confirmation.
# DRAFT: written with the code; translations into the other languages are drafts to review.

audit-entry-grant = { $role } role for { $language } given to { $user }
audit-entry-grant-role = { $role } role given to { $user }
audit-entry-revoke = { $role } role taken from { $user }
audit-entry-phase = phase changed from { $old } to { $new }
phase-name-open = open
phase-name-voting = voting only
phase-name-closed = closed
audit-entry-outcome = decision on { $target }: { $decision }
audit-entry-tally = { $target }: { $count ->
    [one] { $count } sticker
   *[other] { $count } stickers
} at meetings
audit-entry-moderation = { $action } { $target } (before: { $old })
audit-entry-auto-hide = { $target } hidden after { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
audit-entry-broadcast = message to { $count ->
    [one] { $count } resident
   *[other] { $count } residents
}: { $text }
audit-entry-translate = { $target } translated into { $language }
audit-entry-forget = a resident forgotten; erased: sheets { $sheets }, details { $details }, stickers { $stickers }

stats-facilitators = Facilitators (admins and roles, not counted above): { $count }

tally-confirm = Sheet { $number }: { $count } stickers at meetings is more than { $limit }, more than a meeting usually counts. Is it right? Nothing is saved before you say yes.
button-tally-yes = Yes, save it
button-tally-no = No
qr-username-unknown = The QR code needs the bot's username. The bot learns it from Telegram when `consultbot run` starts: start it once, or set CONSULTBOT_BOT_USERNAME (for example my_city_bot). Then send /qr again.
