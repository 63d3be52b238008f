# consultbot — English: what a resident reads when the database is slow or away for a moment.
# Translations other than English are drafts: please have a native speaker check them.

store-slow = Saving takes longer than usual right now. What you sent is kept and will be done in a moment. No need to send it again.
