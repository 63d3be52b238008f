# consultbot — dansk: det Telegram viser om botten (kommandomenu, beskrivelser).
# Kommandobeskrivelser: højst 256 tegn. Beskrivelse: højst 512. Kort beskrivelse: højst 120.

command-start = Start og se temaerne
command-themes = Se temaerne
command-add = Skriv en ny udfordring eller løsning
command-mystickers = Se dine klistermærker
command-item = Åbn et ark, for eksempel /item 12
command-vote = Giv et klistermærke, for eksempel /vote 12
command-unvote = Tag et klistermærke tilbage, for eksempel /unvote 12
command-language = Skift sprog
command-about = Om borgerdialogen
command-help = Sådan gør du
command-cancel = Stop det, du er i gang med
command-mydata = Se, hvad consultbot gemmer om dig
command-forget = Lad consultbot glemme dig
bot-description = Sig din mening om Københavns integrationspolitik. Læs hvad andre borgere har skrevet, skriv dine egne idéer, og giv klistermærker til det, der betyder mest. På dansk, engelsk, arabisk, tyrkisk, urdu, somali, polsk, persisk og ukrainsk.
bot-short-description = Sig din mening om Københavns integrationspolitik – på dit eget sprog.
