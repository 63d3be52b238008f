# consultbot — English words for the menus (issue 13): a hint that keeps the open menu, and
# the pages of a long sheet's details.
# DRAFT: written with the code; translations into the other languages are drafts to review.

# A word not understood while a menu is open: no new buttons, the menu's numbers still hold.
hint-menu-open = I did not understand that. Tap a button of the message above, or type its number. You can also type /themes or /help.
# After the details heading of a sheet whose details do not fit in one message.
details-page = (page { $page } of { $pages })
button-details-previous = ‹ Earlier details
button-details-next = More details ›
