# consultbot — danske ord til udsendelsestallene i /stats (det, botten sender af sig selv).
# Skriv korte og enkle sætninger.
# Labels with a colon and a number, so no plural forms are needed.
# Every message here must exist in every other locale, with the same variables (a test checks).

outbox-stats-title = Det har botten sendt af sig selv
outbox-stats-none = Intet sendt endnu.
outbox-stats-run = { $kind }, { $started } — modtagere: { $recipients }, sendt: { $sent }, ukendt: { $unknown }, fejlet: { $failed }, blokeret: { $unreachable }, venter: { $pending }, tid: { $minutes } min { $seconds } s
outbox-stats-unknown = Beskeder, der måske er nået frem (botten stoppede under afsendelsen; de sendes ikke igen): { $count }
outbox-kind-digest = Nyhedsbrev
outbox-kind-broadcast = Rundsending
outbox-kind-decision = Beslutning
outbox-kind-notice = Opslag i facilitatorgruppen
outbox-kind-other = Andet
