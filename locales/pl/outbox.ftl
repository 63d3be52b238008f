# consultbot — Polish words of the outbox figures in /stats.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# WERSJA ROBOCZA tłumaczenia, przygotowana z pomocą maszyny; musi ją sprawdzić rodzimy użytkownik języka.
# Labels with a colon and a number, so no plural forms are needed.
# Every message here must exist in every other locale, with the same variables (a test checks).

outbox-stats-title = Co bot wysłał sam z siebie
outbox-stats-none = Jeszcze nic nie wysłano.
outbox-stats-run = { $kind }, { $started } — odbiorcy: { $recipients }, wysłane: { $sent }, nieznane: { $unknown }, nieudane: { $failed }, zablokowane: { $unreachable }, czekające: { $pending }, czas: { $minutes } min { $seconds } s
outbox-stats-unknown = Wiadomości, które mogły dotrzeć albo nie (bot zatrzymał się w trakcie wysyłania; nie zostaną wysłane ponownie): { $count }
outbox-kind-digest = Podsumowanie
outbox-kind-broadcast = Wiadomość do wszystkich
outbox-kind-decision = Decyzja
outbox-kind-notice = Wpisy w grupie moderatorów
outbox-kind-other = Inne
