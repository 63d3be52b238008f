# consultbot — English: what facilitators (city staff) read. Plain words, no jargon.

## Results

stats-title = The consultation in numbers
stats-participants = Participants: { $total } ({ $active } active in the last 7 days)
stats-languages = Languages: { $list }
stats-sheets = Sheets per theme
stats-theme = { $theme }: challenges { $challenges_seed } from 2010 + { $challenges_resident } new, solutions { $solutions_seed } from 2010 + { $solutions_resident } new; waiting { $pending }, hidden { $hidden }
stats-stickers = Stickers: { $placed } placed in the chat, { $unused } not used yet, { $meeting } counted at meetings
stats-details = Details added: { $count }
stats-digest = Residents who get the digest: { $count }
stats-who = Who took part (optional answers)
stats-districts = Districts: { $list }
stats-ages = Ages: { $list }
stats-no-answer = no answer
top-title = Top sheets, all themes
top-title-theme = Top sheets: { $theme }
top-challenges = Challenges
top-solutions = Solutions
top-counts = { $online } in the chat + { $meeting } at meetings = { $total }
chart-title = Top 5 challenges and solutions
chart-title-theme = Top challenges and solutions: { $theme }
chart-online = In the chat
chart-meeting = At meetings
chart-caption = The top sheets of all themes.
chart-caption-theme = The top sheets of { $theme }.
export-csv-caption = All sheets as CSV (opens in a spreadsheet).
export-json-caption = All sheets as JSON.
report-caption = The report. Open it in a browser; it prints well.

## Moderation

pending-none = Nothing is waiting.
pending-title = Waiting for you: { $count }
moderation-sheet = Sheet { $number }
moderation-detail = Detail { $detail } on sheet { $number }
moderation-status = Status: { $status }. Reports: { $reports }.
status-visible = visible
status-pending = waiting for approval
status-hidden = hidden
button-approve = ✔ Show
button-hide = ✖ Hide
moderation-visible = { $target } is visible now.
moderation-hidden = { $target } is hidden now.
moderation-not-found = There is no { $target }.
admin-chat-new-sheet = New sheet
admin-chat-report = Reported: { $reason }

## Steering

tally-done = Sheet { $number } got { $count ->
    [one] { $count } sticker
   *[other] { $count } stickers
} at meetings.
phase-set-open = The consultation is open: residents can write and give stickers.
phase-set-voting = Voting only: residents can give stickers but not write.
phase-set-closed = The consultation is closed: residents can only read.
broadcast-preview = This message will go to { $count ->
    [one] { $count } resident
   *[other] { $count } residents
}:
button-send = ✔ Send
broadcast-queued = The message is on its way to { $count ->
    [one] { $count } resident
   *[other] { $count } residents
}.
outcome-recorded = The decision on sheet { $number } is saved. { $count ->
    [one] { $count } resident will be told.
   *[other] { $count } residents will be told.
}
grant-done = User { $user } is now { $role } { $language }.
revoke-done = User { $user } is no longer { $role }.
revoke-none = User { $user } was not { $role }.
audit-title = Latest facilitator actions
audit-none = Nothing yet.

## Translations

translate-done = The translation of { $target } into { $language } is saved.
translate-prompt = Translate { $target } into { $language }. Write the translation in one message:
translations-title = Waiting for a translation into { $language }: { $count }
translations-done = Everything is translated into { $language }. Thank you!
button-translate-next = Translate the next one ({ $language })

## How to use the commands

usage-moderate = Write the sheet number, or d and the detail number: /hide 12 or /hide d7
usage-top = Use /top, /top THEME or /top THEME 10 (THEME is a theme's number or key).
usage-chart = Use /chart or /chart THEME (a theme's number or key).
usage-tally = Use /tally SHEET COUNT, for example /tally 12 8
usage-phase = Use /phase open, /phase voting or /phase closed
usage-broadcast = Write the message after the command: /broadcast The meeting on Monday is at 18:00. (At most 3500 characters.)
usage-outcome = Use /outcome SHEET adopted|considered|declined TEXT, for example /outcome 12 adopted It is part of the new policy.
usage-grant = Use /grant moderator USER or /grant translator USER LANGUAGE, for example /grant translator 12345 ar
usage-revoke = Use /revoke moderator USER or /revoke translator USER
usage-translate = Use /translate SHEET LANGUAGE TEXT, for example /translate 12 da Bedre sprogkurser (d7 for a detail).
usage-translations = Use /translations or /translations LANGUAGE, for example /translations ar
usage-qr = Use /qr, /qr THEME or /qr SHEET, for example /qr unge or /qr 12
role-moderator = moderator
role-translator = translator
help-facilitator-title = For facilitators
command-stats = Numbers: participants, sheets, stickers
command-top = The most supported sheets: /top [THEME] [N]
command-export = The results as CSV and JSON files
command-chart = A chart of the stickers: /chart [THEME]
command-report = The report as an HTML file
command-pending = What waits for moderation
command-approve = Make visible: /approve N (dN for a detail)
command-hide = Hide: /hide N (dN for a detail)
command-restore = Show again: /restore N (dN for a detail)
command-tally = Stickers from a meeting: /tally N COUNT
command-phase = Change the phase: /phase open|voting|closed
command-broadcast = A message to everyone: /broadcast TEXT
command-outcome = The decision on a sheet: /outcome N adopted|considered|declined TEXT
command-qr = A QR code for posters: /qr [THEME|N]
command-translate = Translate: /translate N LANGUAGE TEXT (dN for a detail)
command-translations = What waits for a translation: /translations [LANGUAGE]
command-grant = Give a role: /grant ROLE USER [LANGUAGE]
command-revoke = Take a role back: /revoke ROLE USER
command-audit = The latest actions of facilitators
audit-approve = approve
audit-restore = restore
audit-hide = hide
audit-auto-hide = hidden after reports
audit-tally = tally
audit-phase = phase
audit-broadcast = broadcast
audit-outcome = outcome
audit-grant = grant
audit-revoke = revoke
audit-translate = translate
