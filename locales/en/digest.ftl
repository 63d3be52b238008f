# consultbot — English words of the digests (src/digest, /digest, the onboarding question).
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).

command-digest = Get a short digest now and then (on or off)
usage-digest = Use /digest on or /digest off. Facilitators: /digest now.
audit-digest = digest sent now

onboarding-digest = Last question: may the bot send you a short digest now and then? It tells you what is new and how many stickers you have left. You can change this any time with /digest.
button-digest-yes = Yes, please
button-digest-no = No, thanks
button-digest-on = Send me digests
button-digest-off = Stop digests
digest-on = You will get a short digest now and then. Stop it any time with /digest off.
digest-off = You get no digests. Start them any time with /digest on.
digest-now-started = Digest started: { $count ->
    [one] 1 message
   *[other] { $count } messages
} queued (run { $run }).
digest-now-already = A digest was just started. Try again in a moment.
digest-now-nothing = Nobody has a digest to get now: nobody asked for one, or there is nothing new for them.

digest-title = News from { $title }
digest-phase-open = You can add sheets and give stickers.
digest-phase-voting = You can give stickers. No new sheets now.
digest-phase-closed = The consultation is closed. Thank you for taking part!
digest-stickers-left = You have { $count ->
    [one] 1 sticker
   *[other] { $count } stickers
} left to give.
digest-new-sheets = { $count ->
    [one] 1 new sheet
   *[other] { $count } new sheets
} since your last digest:
digest-top = Most stickers now:
digest-top-line = { $rank }. { $kind } { $sheet } { $text } · { $count ->
    [one] 1 sticker
   *[other] { $count } stickers
}
digest-footer = Tap a theme or a sheet to open it.

digest-facilitator-title = Digest for facilitators: { $title }
digest-pending = Waiting for moderation: { $count }
digest-reports = New reports: { $count }
digest-since = Since your last digest:
digest-new-residents = New residents: { $count }
digest-new-resident-sheets = New sheets by residents: { $count }
digest-new-details = New details: { $count }
digest-stickers-placed = Stickers given: { $count }
digest-runs = Last messages the bot sent on its own:
digest-run-line = { $kind } (run { $run }): sent { $sent } of { $recipients }; waiting { $pending }, unknown { $unknown }, failed { $failed }, blocked { $unreachable }
