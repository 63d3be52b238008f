# consultbot — polski: ograniczenie zbyt wielu wiadomości, /mydata jako plik i /forget (wszystko lub konto).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# Translations other than English are drafts, to be reviewed by a native speaker.
# Every message here must exist in every other locale, with the same variables (a test checks).

flood-slow-down = Wysyłasz bardzo dużo wiadomości. Zwolnij, proszę: przez kilka sekund nie odpowiem na kolejne.
flood-too-many-texts = W krótkim czasie dodałeś wiele tekstów. Poczekaj chwilę, zanim dodasz kolejne. Twój tekst jest zachowany: możesz go opublikować później.
mydata-file-caption = Wszystko, co consultbot przechowuje o tobie, w całości, jako plik (JSON).
forget-choose = Co consultbot ma zapomnieć?
    • Wszystko: twoje konto, twoje naklejki oraz kartki i uzupełnienia, które napisałeś.
    • Tylko twoje konto: twoje konto i twoje naklejki. Twoje teksty zostaną, ale nic nie będzie ich łączyć z tobą.
button-forget-all = Wszystko, także moje teksty
button-forget-account = Tylko moje konto
forget-confirm-all = Czy consultbot ma zapomnieć wszystko o tobie? Twoje naklejki, odpowiedzi, język oraz kartki i uzupełnienia, które napisałeś, zostaną usunięte, razem z naklejkami, które dali im inni. Tego nie można cofnąć.
usage-forget = Wpisz /forget, /forget all lub /forget account.
audit-forget = mieszkaniec zapomniany
