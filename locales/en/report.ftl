# consultbot — English words of the HTML report and its charts (`consultbot report`, /report, /chart).
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).

report-generated = Made on { $date }.

## Who took part

report-participation = Who took part
report-participants = People who took part
report-active-7-days = Active in the last 7 days
report-sheets-seed = Sheets from the start
report-sheets-resident = Sheets written by residents
report-stickers-chat = Stickers placed in the chat
report-stickers-meetings = Stickers placed at meetings
report-by-language = The languages people chose
report-col-language = Language
report-col-people = People

## The most important sheets

report-top-challenges = The 5 most important challenges
report-top-solutions = The 5 most important solutions
report-top-note = From all themes. The order comes from all stickers: in the chat and at meetings.

## Each theme

report-theme = Theme: { $theme }
report-theme-note = From the highest to the lowest priority.
report-challenges = Challenges
report-solutions = Solutions
report-chart-challenges = Challenges: { $theme }
report-chart-solutions = Solutions: { $theme }
report-chart-only-top = { $count ->
    [one] The chart shows only the sheet with the most stickers.
   *[other] The chart shows only the { $count } sheets with the most stickers.
}
report-none = No sheets yet.

## Table columns

report-col-rank = Place
report-col-sheet = Sheet
report-col-online = In the chat
report-col-meeting = At meetings
report-col-total = All
report-col-details = Details
report-outcome = What happened next:

# An export, chart, report or QR code could not be made (what the command changed is kept).
file-failed = The file could not be made. Nothing was lost; please try again, and tell the bot's administrator if it keeps failing.
