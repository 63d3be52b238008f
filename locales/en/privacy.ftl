# consultbot — English: flood control, /mydata as a file, and /forget (all or account).
# Translations other than English are drafts, to be reviewed by a native speaker.
# Every message here must exist in every other locale, with the same variables (a test checks).

flood-slow-down = You are sending very many messages. Please slow down: I will not answer the next ones for a few seconds.
flood-too-many-texts = You have added many texts in a short time. Please wait a while before you add more. Your text is kept: you can publish it later.
mydata-file-caption = Everything consultbot keeps about you, in full, as a file (JSON).
forget-choose = What should consultbot forget?
    • Everything: your account, your stickers, and the sheets and details you wrote.
    • Only your account: your account and your stickers. What you wrote stays, but nothing links it to you.
button-forget-all = Everything, also what I wrote
button-forget-account = Only my account
forget-confirm-all = Do you want consultbot to forget everything about you? Your stickers, your answers, your language, and the sheets and details you wrote are deleted, with the stickers others gave them. This cannot be undone.
usage-forget = Write /forget, /forget all or /forget account.
audit-forget = a resident forgotten
