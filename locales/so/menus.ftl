# consultbot — Somali words for the menus (issue 13): a hint that keeps the open menu, and
# the pages of a long sheet's details.
# DRAFT: machine-assisted draft translation, to be reviewed by a native speaker.

# A word not understood while a menu is open: no new buttons, the menu's numbers still hold.
hint-menu-open = Taas ma fahmin. Riix badhan ka mid ah fariinta kore, ama qor lambarkiisa. Waxaad sidoo kale qori kartaa /themes ama /help.
# After the details heading of a sheet whose details do not fit in one message.
details-page = (bogga { $page } ee { $pages })
button-details-previous = ‹ Faahfaahinnadii hore
button-details-next = Faahfaahin kale ›
