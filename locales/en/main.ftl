# consultbot — English UI strings.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).

## Languages, named in this language

language-da = Danish
language-en = English
language-ar = Arabic
language-tr = Turkish
language-ur = Urdu
language-so = Somali
language-pl = Polish
language-fa = Persian
language-uk = Ukrainian

## Words

kind-challenge = Challenge
kind-solution = Solution

## Welcome, themes and help

welcome-choose-theme = Choose a theme to begin:
themes-title = The themes
theme-counts = { $challenges ->
    [one] 1 challenge
   *[other] { $challenges } challenges
} and { $solutions ->
    [one] 1 solution
   *[other] { $solutions } solutions
} so far.
help-title = How it works
help-body =
    Read what others wrote, add your own, and give stickers to what matters most.

    In each theme you have { $challenges ->
        [one] { $challenges } sticker
       *[other] { $challenges } stickers
    } for challenges and { $solutions } for solutions. You can put one sticker on a sheet.
    You can also type the number of a button.
hint = I did not understand that. Tap a button, or type /themes or /help.
hint-use-buttons = Please choose with a button, or type its number. Type /cancel to stop.
error-unknown-command = I do not know that command. Type /help to see what you can do.
error-need-number = Please add the sheet number, for example: /item 12
error-sorry = Sorry, something went wrong. Please try again.
stale-button = This button is old. Here is where you can go on.
nothing-to-cancel = There is nothing to stop.
cancelled = Stopped. Nothing was saved.

## Buttons

button-themes = Themes
button-back-themes = « All themes
button-back-theme = « { $theme }
button-back-list = « List
button-help = Help
button-about = About
button-language = Language
button-my-stickers = My stickers
button-challenges = Challenges ({ $count })
button-solutions = Solutions ({ $count })
button-add-here = ✍ Write a new sheet
button-previous = ‹ Back
button-next = More ›
button-open = Open { $number }
button-original = Show the original
button-vote = ● Give a sticker
button-unvote = ○ Take my sticker back
button-add-detail = ✍ Add a detail
button-move-from = Move it from { $number }
button-take-back-from = Take back from { $number }
button-cancel = Cancel
button-publish = ✔ Publish
button-edit = ✏ Change
button-kind-challenge = A challenge
button-kind-solution = A solution
button-as-detail = Add as detail to { $number }
button-add-another = Write another

## Lists and sheets

list-challenges = { $theme }: challenges ({ $page }/{ $pages })
list-solutions = { $theme }: solutions ({ $page }/{ $pages })
list-empty = Nothing here yet. You can write the first one.
list-stickers = { $count ->
    [one] 1 sticker
   *[other] { $count } stickers
}
list-stickers-mine = { $count ->
    [one] 1 sticker
   *[other] { $count } stickers
} · one is yours
sheet-stickers = Stickers: { $online } here in the chat, { $meeting } at meetings.
sheet-your-sticker = You gave this a sticker.
sheet-details = { $count ->
    [one] 1 detail
   *[other] { $count } details
}
sheet-pending = Only you can see this for now. A facilitator will look at it soon.
sheet-favourite = At the 2010 citizen meetings, this was number { $rank } in the top 5.
sheet-translated = (Translated from { $language }. Tap “Show the original” to read it.)
sheet-untranslated = (Written in { $language }. A translation is on its way.)
sheet-original = Original text, in { $language }:
sheet-not-found = Sheet { $number } does not exist or is not shown any more.
detail-translated = (translated from { $language })
detail-language = (in { $language })

## Stickers

stickers-left = You have { $count ->
    [one] 1 sticker
   *[other] { $count } stickers
} left.
stickers-left-theme = Your stickers left in this theme: { $challenges } of { $challenges_total } for challenges, { $solutions } of { $solutions_total } for solutions.
sticker-placed = Sticker given. { $count ->
    [0] You have no stickers left of this kind in this theme.
    [one] You have 1 left of this kind in this theme.
   *[other] You have { $count } left of this kind in this theme.
}
sticker-already = You already gave this a sticker.
sticker-taken-back = Sticker taken back. You can give it to another sheet.
sticker-none-here = You have no sticker on { $number }.
sticker-moved = Your sticker moved from { $from } to { $to }.
stickers-none-left-challenge = { $count ->
    [one] You have used your { $count } challenge sticker in { $theme }.
   *[other] You have used all { $count } challenge stickers in { $theme }.
}
stickers-none-left-solution = { $count ->
    [one] You have used your { $count } solution sticker in { $theme }.
   *[other] You have used all { $count } solution stickers in { $theme }.
}
stickers-move-offer = You can move one. Which sticker do you want to move?
stickers-take-back-offer = Tap one to take it back.
my-stickers-title = Your stickers
my-stickers-challenges = Challenges: { $used } of { $total }
my-stickers-solutions = Solutions: { $used } of { $total }
my-stickers-none = You have not given any stickers yet. Open a sheet and tap “Give a sticker”.

## Writing

add-choose-theme = Which theme is your sheet about?
add-choose-kind = { $theme }: is it a challenge (a problem you see) or a solution (an idea)?
add-write-challenge = Write your challenge in one message ({ $min } to { $max } characters).
add-write-solution = Write your solution in one message ({ $min } to { $max } characters).
add-preview-challenge = Your challenge for { $theme }:
add-preview-solution = Your solution for { $theme }:
add-similar = Some sheets here look similar. You can add your text as a detail to one of them, so the stickers are not split:
preview-question = Publish it?
add-done-challenge = Thank you! Your challenge is now sheet { $number }.
add-done-solution = Thank you! Your solution is now sheet { $number }.
add-done-pending = Thank you! Your sheet is { $number }. Others will see it when a facilitator has looked at it.
detail-write = Write your detail to sheet { $number }:
detail-write-again = Write your detail to sheet { $number } again:
detail-preview = Your detail to sheet { $number }:
detail-done = Thank you! Your detail is added to sheet { $number }.
detail-done-pending = Thank you! Your detail to sheet { $number } will be shown when a facilitator has looked at it.
text-limits = Use { $min } to { $max } characters.
text-blank = The message is empty. Please write some words.
text-too-short = That is too short. Please write at least { $min ->
    [one] { $min } character
   *[other] { $min } characters
}.
text-too-long = That is too long: { $length ->
    [one] { $length } character
   *[other] { $length } characters
}. Please use at most { $max }.

## Phases

phase-voting-no-writing = Writing is closed now. You can still read and give stickers.
phase-closed = The consultation is closed. You can still read everything.

## Language

language-choose = Choose your language:
language-set = I will speak English with you now.

## Terminal chat

console-banner = consultbot in the terminal. Type /start to begin, a number to choose, and Ctrl-D to leave.

console-file-saved = File saved: { $path }

## Reporting a sheet or detail

button-report = ⚑ Report
button-report-sheet = The sheet { $number } itself
button-cancel-report = « Back
report-what = What do you want to report? The sheet, or one of its details:
report-why = Why should a facilitator look at it?
report-reason-spam = Advertising or spam
report-reason-offensive = Offensive or hurtful
report-reason-off-topic = Not about this theme
report-thanks = Thank you. A facilitator will look at it.

## Optional questions about who takes part

onboarding-district = One optional question: in which part of Copenhagen do you live? It helps the city see who took part. Your answer is never shown next to what you write.
onboarding-age = And how old are you? (Also optional.)
onboarding-thanks = Thank you! Now choose a theme.
button-district-elsewhere = Somewhere else
button-skip = Skip
age-band-1 = Under 18
age-band-2 = 18–29
age-band-3 = 30–44
age-band-4 = 45–59
age-band-5 = 60–74
age-band-6 = 75 or older

## Messages from the facilitators

broadcast-heading = A message from the consultation team
outcome-heading = News about sheet { $number }: { $decision }
decision-adopted = adopted
decision-considered = being considered
decision-declined = not taken forward

## Your data

mydata-title = What consultbot keeps about you
mydata-body =
    Your Telegram id: { $id }
    Language: { $language }
    Part of the city: { $district }
    Age: { $age }
    Taking part since: { $since }
    Details you added: { $details }
mydata-none = not given
mydata-sheets = Sheets you wrote: { $count }
mydata-stickers = Your stickers ({ $count }): { $list }
mydata-privacy = Nobody else sees who wrote a sheet or gave a sticker. Type /forget to be forgotten.
forget-confirm = Do you want consultbot to forget you? Your stickers, your answers and your language are deleted. What you wrote stays in the consultation, but nothing links it to you any more. This cannot be undone.
button-forget = Yes, forget me
forget-done = Done. consultbot has forgotten you. If you write again, you start fresh.
sheet-machine-translated = (Machine translation from { $language }, not checked by a person. Tap “Show the original” to read it.)
detail-machine-translated = (machine translation from { $language })
