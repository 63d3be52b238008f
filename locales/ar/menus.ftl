# consultbot — Arabic words for the menus (issue 13): a hint that keeps the open menu, and
# the pages of a long sheet's details.
# DRAFT: machine-assisted draft translation, to be reviewed by a native speaker.

# A word not understood while a menu is open: no new buttons, the menu's numbers still hold.
hint-menu-open = لم أفهم ذلك. اضغط على زر في الرسالة السابقة، أو اكتب رقمه. يمكنك أيضًا كتابة /themes أو /help.
# After the details heading of a sheet whose details do not fit in one message.
details-page = (الصفحة { $page } من { $pages })
button-details-previous = ‹ التفاصيل السابقة
button-details-next = تفاصيل أخرى ›
