# consultbot — English: what Telegram shows about the bot (command menu, descriptions).
# Command descriptions: at most 256 characters. Description: at most 512. Short description: at most 120.

command-start = Start and see the themes
command-themes = See the themes
command-add = Write a new challenge or solution
command-mystickers = See your stickers
command-item = Open a sheet, for example /item 12
command-vote = Give a sticker, for example /vote 12
command-unvote = Take a sticker back, for example /unvote 12
command-language = Change the language
command-about = About this consultation
command-help = How it works
command-cancel = Stop what you are doing
command-mydata = See what consultbot keeps about you
command-forget = Let consultbot forget you
bot-description = Have your say on Copenhagen's integration policy. Read what other residents wrote, add your own ideas, and give stickers to what matters most. In Danish, English, Arabic, Turkish, Urdu, Somali, Polish, Persian and Ukrainian.
bot-short-description = Have your say on Copenhagen's integration policy, in your language.
