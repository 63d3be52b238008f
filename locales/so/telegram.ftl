# consultbot — Somali: what Telegram shows about the bot (command menu, descriptions).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# QABYO turjumaad ah, mashiin ayaa lagu caawiyay; waa in uu hubiyo qof Af-Soomaaligu hooyo u yahay.
# Keep sentences short and plain. Command descriptions: at most 256 characters.
# Description: at most 512. Short description: at most 120.
# Terms: sticker = istiikar, sheet = warqad, challenge = dhibaato, solution = xal,
#   consultation = wadatashi, integration policy = siyaasadda is-dhexgalka.

command-start = Bilow oo arag mawduucyada
command-themes = Arag mawduucyada
command-add = Qor dhibaato ama xal cusub
command-mystickers = Arag istiikarradaada
command-item = Fur warqad, tusaale /item 12
command-vote = Sii istiikar, tusaale /vote 12
command-unvote = Dib u qaado istiikar, tusaale /unvote 12
command-language = Beddel luqadda
command-about = Ku saabsan wadatashigan
command-help = Sida ay u shaqeyso
command-cancel = Jooji waxa aad samaynayso
command-mydata = Arag waxa consultbot kaa hayo
command-forget = Consultbot ka codso inuu ku illoobo
bot-description = Ka dhiibo ra'yigaaga siyaasadda is-dhexgalka ee Koobanheegan. Akhri waxa dadka kale ee magaalada deggan qoreen, ku dar fikradahaaga, oo istiikar sii waxa ugu muhiimsan. Luqadaha: Af-Deenish, Af-Ingiriis, Af-Carabi, Af-Turki, Af-Urdu, Af-Soomaali, Af-Boolish, Af-Faarsi iyo Af-Yukreeni.
bot-short-description = Ka dhiibo ra'yigaaga siyaasadda is-dhexgalka ee Koobanheegan, adiga oo adeegsanaya luqaddaada.
