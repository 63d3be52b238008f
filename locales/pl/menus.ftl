# consultbot — Polish words for the menus (issue 13): a hint that keeps the open menu, and
# the pages of a long sheet's details.
# DRAFT: machine-assisted draft translation, to be reviewed by a native speaker.

# A word not understood while a menu is open: no new buttons, the menu's numbers still hold.
hint-menu-open = Nie rozumiem. Naciśnij przycisk w wiadomości powyżej albo wpisz jego numer. Możesz też wpisać /themes lub /help.
# After the details heading of a sheet whose details do not fit in one message.
details-page = (strona { $page } z { $pages })
button-details-previous = ‹ Wcześniejsze szczegóły
button-details-next = Więcej szczegółów ›
