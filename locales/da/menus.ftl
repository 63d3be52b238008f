# consultbot — Danish words for the menus (issue 13): a hint that keeps the open menu, and
# the pages of a long sheet's details.
# DRAFT: machine-assisted draft translation, to be reviewed by a native speaker.

# A word not understood while a menu is open: no new buttons, the menu's numbers still hold.
hint-menu-open = Det forstod jeg ikke. Tryk på en knap i beskeden ovenfor, eller skriv dens nummer. Du kan også skrive /themes eller /help.
# After the details heading of a sheet whose details do not fit in one message.
details-page = (side { $page } af { $pages })
button-details-previous = ‹ Tidligere uddybninger
button-details-next = Flere uddybninger ›
