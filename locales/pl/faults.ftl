# consultbot — Polish: what a resident reads when the database is slow or away for a moment.
# Translations other than English are drafts: please have a native speaker check them.

store-slow = Zapisywanie trwa teraz dłużej niż zwykle. To, co wysłałeś, jest zachowane i zostanie wykonane za chwilę. Nie musisz wysyłać tego ponownie.
