# consultbot — Polish words for the facilitator's side (issue 13): the audit log in words,
# /stats labels and counts, /tally confirmation.
# DRAFT: written with the code; translations into the other languages are drafts to review.

audit-entry-grant = rola { $role } dla języka { $language } nadana użytkownikowi { $user }
audit-entry-grant-role = rola { $role } nadana użytkownikowi { $user }
audit-entry-revoke = rola { $role } odebrana użytkownikowi { $user }
audit-entry-phase = zmiana etapu: { $old } → { $new }
phase-name-open = otwarty
phase-name-voting = tylko głosowanie
phase-name-closed = zamknięty
audit-entry-outcome = decyzja w sprawie { $target }: { $decision }
audit-entry-tally = { $target }: liczba naklejek na spotkaniach: { $count }
audit-entry-moderation = { $action } { $target } (wcześniej: { $old })
audit-entry-auto-hide = { $target } ukryte po zgłoszeniach (liczba: { $count })
audit-entry-broadcast = wiadomość do mieszkańców (liczba: { $count }): { $text }
audit-entry-translate = { $target } przetłumaczone na: { $language }
audit-entry-forget = mieszkaniec zapomniany; usunięto: karty { $sheets }, szczegóły { $details }, naklejki { $stickers }

stats-facilitators = Moderatorzy procesu (administratorzy i role, nieliczeni wyżej): { $count }

tally-confirm = Karta { $number }: liczba naklejek na spotkaniach to { $count }, czyli więcej niż { $limit } — więcej, niż zwykle liczy się na spotkaniu. Czy to się zgadza? Nic nie zostanie zapisane, dopóki nie potwierdzisz.
button-tally-yes = Tak, zapisz
button-tally-no = Nie
qr-username-unknown = Kod QR wymaga nazwy użytkownika bota. Bot poznaje ją od Telegramu, gdy startuje `consultbot run`: uruchom go raz albo ustaw CONSULTBOT_BOT_USERNAME (na przykład my_city_bot). Potem wyślij /qr ponownie.
