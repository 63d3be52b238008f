# consultbot — English: broadcasts and decisions as drafts with versions per language.
# DRAFT: written with the code; translations into the other languages are drafts to review.

notice-preview-broadcast = Draft { $ref }: a message to { $count ->
    [one] one resident
   *[other] { $count } residents
}:
notice-preview-decision = Draft { $ref }: the decision on sheet { $number } is “{ $decision }”. { $count ->
    [one] One resident will be told:
   *[other] { $count } residents will be told:
}
notice-versions = Versions: { $languages }
notice-version-original = { $language } (original)
notice-version-human = { $language }
notice-version-machine = { $language } (machine translation)
notice-language-count = { $language }: { $count }
notice-missing = No version yet for: { $languages }
notice-missing-machine = They get a machine translation, marked as such.
notice-missing-original = They get the original, with a note.
notice-translate-hint = Add a version: /translate { $ref } LANGUAGE TEXT
notice-not-found = There is no draft { $ref }.
notice-not-draft = { $ref } was already sent or cancelled.
notice-original-language = { $ref } is written in { $language }. To change the text, write the command again.
notice-translating = Confirmed. It goes to { $count ->
    [one] one resident
   *[other] { $count } residents
} as soon as the machine translations are ready.
notice-cancelled = Draft { $ref } is cancelled. Nothing was sent.
notice-machine-translated = Machine translation from { $language }. No person has checked it.
notice-untranslated = Not translated into your language yet. This is the original in { $language }.
sheet-decision = Decision: { $decision }
