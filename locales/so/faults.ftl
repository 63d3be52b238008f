# consultbot — Somali: what a resident reads when the database is slow or away for a moment.
# Translations other than English are drafts: please have a native speaker check them.

store-slow = Kaydintu hadda waqti ka badan sidii caadiga ahayd ayay qaadanaysaa. Wixii aad dirtay waa la hayaa, wax yar kadib ayaa la qabanayaa. Looma baahna inaad mar kale dirto.
