# consultbot — Turkish words for the menus (issue 13): a hint that keeps the open menu, and
# the pages of a long sheet's details.
# DRAFT: machine-assisted draft translation, to be reviewed by a native speaker.

# A word not understood while a menu is open: no new buttons, the menu's numbers still hold.
hint-menu-open = Bunu anlamadım. Yukarıdaki mesajda bir düğmeye dokunun ya da numarasını yazın. /themes veya /help de yazabilirsiniz.
# After the details heading of a sheet whose details do not fit in one message.
details-page = (sayfa { $page } / { $pages })
button-details-previous = ‹ Önceki ayrıntılar
button-details-next = Diğer ayrıntılar ›
