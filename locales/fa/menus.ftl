# consultbot — Persian words for the menus (issue 13): a hint that keeps the open menu, and
# the pages of a long sheet's details.
# DRAFT: machine-assisted draft translation, to be reviewed by a native speaker.

# A word not understood while a menu is open: no new buttons, the menu's numbers still hold.
hint-menu-open = این را نفهمیدم. یکی از دکمه‌های پیام بالا را بزنید، یا شمارهٔ آن را بنویسید. می‌توانید /themes یا /help را هم بنویسید.
# After the details heading of a sheet whose details do not fit in one message.
details-page = (صفحهٔ { $page } از { $pages })
button-details-previous = ‹ جزئیات قبلی
button-details-next = جزئیات بیشتر ›
