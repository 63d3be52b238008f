# consultbot — English words of the outbox figures in /stats (what the bot sent on its own).
# Keep sentences short and plain.
# Labels with a colon and a number, so no plural forms are needed.
# Every message here must exist in every other locale, with the same variables (a test checks).

outbox-stats-title = What the bot sent on its own
outbox-stats-none = Nothing sent yet.
outbox-stats-run = { $kind }, { $started } — recipients: { $recipients }, sent: { $sent }, unknown: { $unknown }, failed: { $failed }, blocked: { $unreachable }, waiting: { $pending }, time: { $minutes } min { $seconds } s
outbox-stats-unknown = Messages that may or may not have arrived (the bot stopped while sending; they are not sent again): { $count }
outbox-kind-digest = Digest
outbox-kind-broadcast = Broadcast
outbox-kind-decision = Decision
outbox-kind-notice = Posts to the facilitators' group
outbox-kind-other = Other
