# consultbot — Ukrainian words for the menus (issue 13): a hint that keeps the open menu, and
# the pages of a long sheet's details.
# DRAFT: machine-assisted draft translation, to be reviewed by a native speaker.

# A word not understood while a menu is open: no new buttons, the menu's numbers still hold.
hint-menu-open = Не розумію. Натисніть кнопку в повідомленні вище або напишіть її номер. Також можна написати /themes чи /help.
# After the details heading of a sheet whose details do not fit in one message.
details-page = (сторінка { $page } з { $pages })
button-details-previous = ‹ Попередні подробиці
button-details-next = Більше подробиць ›
