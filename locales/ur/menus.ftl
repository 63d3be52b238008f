# consultbot — Urdu words for the menus (issue 13): a hint that keeps the open menu, and
# the pages of a long sheet's details.
# DRAFT: machine-assisted draft translation, to be reviewed by a native speaker.

# A word not understood while a menu is open: no new buttons, the menu's numbers still hold.
hint-menu-open = مجھے یہ سمجھ نہیں آیا۔ اوپر والے پیغام کا کوئی بٹن دبائیں، یا اس کا نمبر لکھیں۔ آپ /themes یا /help بھی لکھ سکتے ہیں۔
# After the details heading of a sheet whose details do not fit in one message.
details-page = (صفحہ { $page } از { $pages })
button-details-previous = ‹ پچھلی تفصیلات
button-details-next = مزید تفصیلات ›
