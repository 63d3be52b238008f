# consultbot — Danish: what a resident reads when the database is slow or away for a moment.
# Translations other than English are drafts: please have a native speaker check them.

store-slow = Det tager længere tid end normalt at gemme lige nu. Det, du sendte, er gemt og bliver klaret om lidt. Du behøver ikke sende det igen.
