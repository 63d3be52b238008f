# consultbot — Polish words of the digests (src/digest, /digest, the onboarding question).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# WERSJA ROBOCZA tłumaczenia, przygotowana z pomocą maszyny; musi ją sprawdzić rodzimy użytkownik języka.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = naklejka, sheet = kartka, challenge = problem, solution = rozwiązanie, theme = temat.
# Plural categories: one (1), few (2-4, 22-24, …), many (0, 5-21, 25-31, …), other (fractions).

command-digest = Krótkie podsumowanie od czasu do czasu (włącz lub wyłącz)
usage-digest = Wpisz /digest on lub /digest off. Moderatorzy: /digest now.
audit-digest = podsumowanie wysłane teraz

onboarding-digest = Ostatnie pytanie: czy bot może czasem wysłać Ci krótkie podsumowanie? Powie, co nowego i ile naklejek Ci zostało. Możesz to zmienić w każdej chwili przez /digest.
button-digest-yes = Tak, proszę
button-digest-no = Nie, dziękuję
button-digest-on = Wysyłaj mi podsumowania
button-digest-off = Wyłącz podsumowania
digest-on = Od czasu do czasu dostaniesz krótkie podsumowanie. Wyłączysz je w każdej chwili przez /digest off.
digest-off = Nie dostajesz podsumowań. Włączysz je w każdej chwili przez /digest on.
digest-now-started = Podsumowanie ruszyło: w kolejce { $count ->
    [one] { $count } wiadomość
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
} (wysyłka { $run }).
digest-now-already = Podsumowanie właśnie ruszyło. Spróbuj ponownie za chwilę.
digest-now-nothing = Teraz nikt nie dostanie podsumowania: nikt o nie nie prosił albo nie ma dla nich nic nowego.

digest-title = Wiadomości: { $title }
digest-phase-open = Możesz dodawać kartki i dawać naklejki.
digest-phase-voting = Możesz dawać naklejki. Teraz nie ma nowych kartek.
digest-phase-closed = Konsultacje są zamknięte. Dziękujemy za udział!
digest-stickers-left = Masz jeszcze do dania { $count ->
    [one] { $count } naklejkę
    [few] { $count } naklejki
    [many] { $count } naklejek
   *[other] { $count } naklejki
}.
digest-new-sheets = Od Twojego ostatniego podsumowania: { $count ->
    [one] { $count } nowa kartka
    [few] { $count } nowe kartki
    [many] { $count } nowych kartek
   *[other] { $count } nowej kartki
}:
digest-top = Najwięcej naklejek teraz:
digest-top-line = { $rank }. { $kind } { $sheet } { $text } · { $count ->
    [one] { $count } naklejka
    [few] { $count } naklejki
    [many] { $count } naklejek
   *[other] { $count } naklejki
}
digest-footer = Dotknij tematu lub kartki, aby ją otworzyć.

digest-facilitator-title = Podsumowanie dla moderatorów: { $title }
digest-pending = Czeka na moderację: { $count }
digest-reports = Nowe zgłoszenia: { $count }
digest-since = Od Twojego ostatniego podsumowania:
digest-new-residents = Nowi mieszkańcy: { $count }
digest-new-resident-sheets = Nowe kartki mieszkańców: { $count }
digest-new-details = Nowe szczegóły: { $count }
digest-stickers-placed = Dane naklejki: { $count }
digest-runs = Ostatnie wiadomości, które bot wysłał sam:
digest-run-line = { $kind } (wysyłka { $run }): wysłane { $sent } z { $recipients }; czeka { $pending }, nieznane { $unknown }, nieudane { $failed }, zablokowane { $unreachable }
