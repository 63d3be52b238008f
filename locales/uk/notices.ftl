# consultbot — українська: оголошення й ухвали як чернетки, з версією кожною мовою.
# ЧЕРНЕТКА перекладу, зроблена за допомогою машини; має перевірити носій мови.

notice-preview-broadcast = Чернетка { $ref }: повідомлення для { $count ->
    [one] { $count } мешканця
    [few] { $count } мешканців
    [many] { $count } мешканців
   *[other] { $count } мешканця
}:
notice-preview-decision = Чернетка { $ref }: ухвала щодо аркуша { $number } — «{ $decision }». { $count ->
    [one] Ми повідомимо { $count } мешканця:
    [few] Ми повідомимо { $count } мешканців:
    [many] Ми повідомимо { $count } мешканців:
   *[other] Ми повідомимо { $count } мешканця:
}
notice-versions = Версії: { $languages }
notice-version-original = { $language } (оригінал)
notice-version-human = { $language }
notice-version-machine = { $language } (машинний переклад)
notice-language-count = { $language }: { $count }
notice-missing = Ще немає версії: { $languages }
notice-missing-machine = Вони отримають машинний переклад із такою позначкою.
notice-missing-original = Вони отримають оригінал із короткою приміткою.
notice-translate-hint = Додати версію: /translate { $ref } МОВА ТЕКСТ
notice-not-found = Чернетки { $ref } немає.
notice-not-draft = { $ref } уже надіслано або скасовано.
notice-original-language = { $ref } написано мовою: { $language }. Щоб змінити текст, напишіть команду ще раз.
notice-translating = Підтверджено. Повідомлення надійде { $count ->
    [one] { $count } мешканцю
    [few] { $count } мешканцям
    [many] { $count } мешканцям
   *[other] { $count } мешканцям
}, щойно будуть готові машинні переклади.
notice-cancelled = Чернетку { $ref } скасовано. Нічого не надіслано.
notice-machine-translated = Машинний переклад з мови: { $language }. Ніхто його не перевіряв.
notice-untranslated = Ще не перекладено вашою мовою. Це оригінал мовою: { $language }.
sheet-decision = Ухвала: { $decision }
