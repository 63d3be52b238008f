# consultbot — Polish UI strings (polskie teksty interfejsu).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# WERSJA ROBOCZA tłumaczenia, przygotowana z pomocą maszyny; musi ją sprawdzić rodzimy użytkownik języka.
# Keep sentences short and plain: many readers are not fluent readers.
# Pisz krótkie i proste zdania: wielu czytelników nie czyta płynnie.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = naklejka, sheet = kartka, challenge = problem, solution = rozwiązanie,
#   detail = dopisek, facilitator = osoba z urzędu miasta, theme = temat, consultation = konsultacje.
# The reader is addressed with "ty". Past tense in the 2nd person is avoided (it would need
# a masculine or feminine form); names of themes and languages stay in the nominative.
# Plural categories: one (1), few (2-4, 22-24, …), many (0, 5-21, 25-31, …), other (fractions).

## Languages, named in this language (nominative: used as "Język: { $language }")

language-da = duński
language-en = angielski
language-ar = arabski
language-tr = turecki
language-ur = urdu
language-so = somalijski
language-pl = polski
language-fa = perski
language-uk = ukraiński

## Words

kind-challenge = Problem
kind-solution = Rozwiązanie

## Welcome, themes and help

welcome-choose-theme = Wybierz temat, aby zacząć:
themes-title = Tematy
theme-counts = Na razie: { $challenges ->
    [one] { $challenges } problem
    [few] { $challenges } problemy
    [many] { $challenges } problemów
   *[other] { $challenges } problemu
} i { $solutions ->
    [one] { $solutions } rozwiązanie
    [few] { $solutions } rozwiązania
    [many] { $solutions } rozwiązań
   *[other] { $solutions } rozwiązania
}.
help-title = Jak to działa
help-body =
    Czytaj, co napisali inni, dopisz coś od siebie i dawaj naklejki temu, co najważniejsze.

    W każdym temacie masz { $challenges ->
        [one] { $challenges } naklejkę
        [few] { $challenges } naklejki
        [many] { $challenges } naklejek
       *[other] { $challenges } naklejki
    } na problemy i { $solutions } na rozwiązania. Na jedną kartkę możesz przykleić tylko jedną naklejkę.
    Możesz też wpisać numer przycisku.
hint = Nie rozumiem. Naciśnij przycisk albo wpisz /themes lub /help.
hint-use-buttons = Wybierz przycisk albo wpisz jego numer. Wpisz /cancel, aby przerwać.
error-unknown-command = Nie znam tego polecenia. Wpisz /help, aby zobaczyć, co możesz zrobić.
error-need-number = Dodaj numer kartki, na przykład: /item 12
error-sorry = Przepraszamy, coś poszło nie tak. Spróbuj jeszcze raz.
stale-button = Ten przycisk jest już nieaktualny. Tutaj możesz iść dalej.
nothing-to-cancel = Nie ma czego przerwać.
cancelled = Przerwano. Nic nie zostało zapisane.

## Buttons

button-themes = Tematy
button-back-themes = « Wszystkie tematy
button-back-theme = « { $theme }
button-back-list = « Lista
button-help = Pomoc
button-about = O konsultacjach
button-language = Język
button-my-stickers = Moje naklejki
button-challenges = Problemy ({ $count })
button-solutions = Rozwiązania ({ $count })
button-add-here = ✍ Napisz nową kartkę
button-previous = ‹ Wstecz
button-next = Dalej ›
button-open = Otwórz { $number }
button-original = Pokaż oryginał
button-vote = ● Daj naklejkę
button-unvote = ○ Zabierz moją naklejkę
button-add-detail = ✍ Dodaj dopisek
button-move-from = Przenieś z { $number }
button-take-back-from = Zabierz z { $number }
button-cancel = Anuluj
button-publish = ✔ Opublikuj
button-edit = ✏ Zmień
button-kind-challenge = Problem
button-kind-solution = Rozwiązanie
button-as-detail = Dodaj jako dopisek do { $number }
button-add-another = Napisz kolejną kartkę

## Lists and sheets

list-challenges = { $theme }: problemy ({ $page }/{ $pages })
list-solutions = { $theme }: rozwiązania ({ $page }/{ $pages })
list-empty = Nic tu jeszcze nie ma. Możesz napisać pierwszą kartkę.
list-stickers = { $count ->
    [one] { $count } naklejka
    [few] { $count } naklejki
    [many] { $count } naklejek
   *[other] { $count } naklejki
}
list-stickers-mine = { $count ->
    [one] { $count } naklejka
    [few] { $count } naklejki
    [many] { $count } naklejek
   *[other] { $count } naklejki
} · jedna jest twoja
sheet-stickers = Naklejki: { $online } tutaj na czacie, { $meeting } na spotkaniach.
sheet-your-sticker = Twoja naklejka jest na tej kartce.
sheet-details = { $count ->
    [one] { $count } dopisek
    [few] { $count } dopiski
    [many] { $count } dopisków
   *[other] { $count } dopisku
}
sheet-pending = Na razie widzisz to tylko ty. Wkrótce sprawdzi to osoba z urzędu miasta.
sheet-favourite = Na spotkaniach mieszkańców w 2010 roku ta kartka była na { $rank }. miejscu w pierwszej piątce.
sheet-translated = (Tłumaczenie. Język oryginału: { $language }. Naciśnij „Pokaż oryginał”, aby go przeczytać.)
sheet-untranslated = (Język tekstu: { $language }. Tłumaczenie będzie wkrótce.)
sheet-original = Tekst oryginalny (język: { $language }):
sheet-not-found = Kartka { $number } nie istnieje albo nie jest już pokazywana.
detail-translated = (tłumaczenie, język oryginału: { $language })
detail-language = (język: { $language })

## Stickers

stickers-left = Masz jeszcze { $count ->
    [one] { $count } naklejkę
    [few] { $count } naklejki
    [many] { $count } naklejek
   *[other] { $count } naklejki
}.
stickers-left-theme = Twoje wolne naklejki w tym temacie: na problemy { $challenges } z { $challenges_total }, na rozwiązania { $solutions } z { $solutions_total }.
sticker-placed = Naklejka przyklejona. { $count ->
    [0] W tym temacie nie masz już naklejek tego rodzaju.
    [one] W tym temacie masz jeszcze { $count } naklejkę tego rodzaju.
    [few] W tym temacie masz jeszcze { $count } naklejki tego rodzaju.
    [many] W tym temacie masz jeszcze { $count } naklejek tego rodzaju.
   *[other] W tym temacie masz jeszcze { $count } naklejki tego rodzaju.
}
sticker-already = Twoja naklejka już jest na tej kartce.
sticker-taken-back = Naklejka zabrana. Możesz ją przykleić na inną kartkę.
sticker-none-here = Nie masz naklejki na kartce { $number }.
sticker-moved = Twoja naklejka została przeniesiona z { $from } na { $to }.
stickers-none-left-challenge = { $count ->
    [one] W temacie „{ $theme }” masz { $count } naklejkę na problemy i jest już przyklejona.
    [few] W temacie „{ $theme }” masz { $count } naklejki na problemy i wszystkie są już przyklejone.
    [many] W temacie „{ $theme }” masz { $count } naklejek na problemy i wszystkie są już przyklejone.
   *[other] W temacie „{ $theme }” masz { $count } naklejki na problemy i wszystkie są już przyklejone.
}
stickers-none-left-solution = { $count ->
    [one] W temacie „{ $theme }” masz { $count } naklejkę na rozwiązania i jest już przyklejona.
    [few] W temacie „{ $theme }” masz { $count } naklejki na rozwiązania i wszystkie są już przyklejone.
    [many] W temacie „{ $theme }” masz { $count } naklejek na rozwiązania i wszystkie są już przyklejone.
   *[other] W temacie „{ $theme }” masz { $count } naklejki na rozwiązania i wszystkie są już przyklejone.
}
stickers-move-offer = Możesz jedną przenieść. Którą naklejkę chcesz przenieść?
stickers-take-back-offer = Naciśnij jedną, aby ją zabrać.
my-stickers-title = Twoje naklejki
my-stickers-challenges = Problemy: { $used } z { $total }
my-stickers-solutions = Rozwiązania: { $used } z { $total }
my-stickers-none = Twoich naklejek nie ma jeszcze na żadnej kartce. Otwórz kartkę i naciśnij „Daj naklejkę”.

## Writing

add-choose-theme = Jakiego tematu dotyczy twoja kartka?
add-choose-kind = { $theme }: czy to problem (kłopot, który widzisz), czy rozwiązanie (pomysł)?
add-write-challenge = Opisz swój problem w jednej wiadomości (od { $min } do { $max } znaków).
add-write-solution = Opisz swoje rozwiązanie w jednej wiadomości (od { $min } do { $max } znaków).
add-preview-challenge = Twój problem (temat: { $theme }):
add-preview-solution = Twoje rozwiązanie (temat: { $theme }):
add-similar = Niektóre kartki tutaj są podobne. Możesz dodać swój tekst jako dopisek do jednej z nich. Wtedy naklejki nie rozejdą się na kilka kartek:
preview-question = Opublikować?
add-done-challenge = Dziękujemy! Twój problem to teraz kartka { $number }.
add-done-solution = Dziękujemy! Twoje rozwiązanie to teraz kartka { $number }.
add-done-pending = Dziękujemy! Twoja kartka ma numer { $number }. Inni zobaczą ją, gdy sprawdzi ją osoba z urzędu miasta.
detail-write = Napisz swój dopisek do kartki { $number }:
detail-write-again = Napisz jeszcze raz swój dopisek do kartki { $number }:
detail-preview = Twój dopisek do kartki { $number }:
detail-done = Dziękujemy! Twój dopisek jest już na kartce { $number }.
detail-done-pending = Dziękujemy! Twój dopisek do kartki { $number } będzie widoczny, gdy sprawdzi go osoba z urzędu miasta.
text-limits = Napisz od { $min } do { $max } znaków.
text-blank = Wiadomość jest pusta. Napisz kilka słów.
text-too-short = Tekst jest za krótki. Napisz co najmniej { $min ->
    [one] { $min } znak
    [few] { $min } znaki
    [many] { $min } znaków
   *[other] { $min } znaku
}.
text-too-long = Tekst jest za długi: { $length ->
    [one] { $length } znak
    [few] { $length } znaki
    [many] { $length } znaków
   *[other] { $length } znaku
}. Możesz użyć najwyżej { $max }.

## Phases

phase-voting-no-writing = Pisanie jest już zamknięte. Nadal możesz czytać i dawać naklejki.
phase-closed = Konsultacje są zamknięte. Nadal możesz wszystko czytać.

## Language

language-choose = Wybierz swój język:
language-set = Teraz będę z tobą rozmawiać po polsku.

## Terminal chat

console-banner = consultbot w terminalu. Wpisz /start, aby zacząć. Wpisz numer, aby wybrać. Naciśnij Ctrl-D, aby wyjść.
console-file-saved = Plik zapisany: { $path }

## Reporting a sheet or detail

button-report = ⚑ Zgłoś
button-report-sheet = Sama kartka { $number }
button-cancel-report = « Wstecz
report-what = Co chcesz zgłosić? Kartkę albo jeden z jej dopisków:
report-why = Dlaczego osoba z urzędu miasta powinna to sprawdzić?
report-reason-spam = Reklama lub spam
report-reason-offensive = Obraźliwe lub krzywdzące
report-reason-off-topic = Nie dotyczy tego tematu
report-thanks = Dziękujemy. Osoba z urzędu miasta to sprawdzi.

## Optional questions about who takes part

onboarding-district = Jedno pytanie, na które nie musisz odpowiadać: w której części Kopenhagi mieszkasz? To pomaga miastu zobaczyć, kto wziął udział. Twoja odpowiedź nigdy nie jest pokazywana obok tego, co piszesz.
onboarding-age = A ile masz lat? (Na to też nie musisz odpowiadać.)
onboarding-thanks = Dziękujemy! Teraz wybierz temat.
button-district-elsewhere = Gdzie indziej
button-skip = Pomiń
age-band-1 = Poniżej 18
age-band-2 = 18–29
age-band-3 = 30–44
age-band-4 = 45–59
age-band-5 = 60–74
age-band-6 = 75 lub więcej

## Messages from the facilitators

broadcast-heading = Wiadomość od zespołu konsultacji
outcome-heading = Nowe informacje o kartce { $number }: { $decision }
decision-adopted = przyjęto
decision-considered = w trakcie rozpatrywania
decision-declined = nie pójdzie dalej

## Your data

mydata-title = Co consultbot przechowuje o tobie
mydata-body =
    Twój identyfikator w Telegramie: { $id }
    Język: { $language }
    Część miasta: { $district }
    Wiek: { $age }
    Bierzesz udział od: { $since }
    Twoje dopiski: { $details }
mydata-none = nie podano
mydata-sheets = Twoje kartki: { $count }
mydata-stickers = Twoje naklejki ({ $count }): { $list }
mydata-privacy = Nikt inny nie widzi, kto napisał kartkę ani kto dał naklejkę. Wpisz /forget, aby consultbot cię zapomniał.
forget-confirm = Czy consultbot ma cię zapomnieć? Twoje naklejki, twoje odpowiedzi i twój język zostaną usunięte. Twoje teksty zostaną w konsultacjach, ale nic nie będzie ich już łączyć z tobą. Tego nie można cofnąć.
button-forget = Tak, zapomnij mnie
forget-done = Gotowe. consultbot cię zapomniał. Jeśli znowu napiszesz, zaczniesz od nowa.
sheet-machine-translated = (Tłumaczenie maszynowe, niesprawdzone przez człowieka. Język oryginału: { $language }. Naciśnij „Pokaż oryginał”, aby go przeczytać.)
detail-machine-translated = (tłumaczenie maszynowe, język oryginału: { $language })
