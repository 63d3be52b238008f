# consultbot — Arabic: what Telegram shows about the bot (command menu, descriptions).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# مسودة ترجمة، تمت بمساعدة الآلة، ويجب أن يراجعها متحدث أصلي باللغة العربية.
# Keep sentences short and plain. Slash commands (/item 12) stay as they are.
# Command descriptions: at most 256 characters. Description: at most 512. Short description: at most 120.
# Words: sticker = ملصق، sheet = ورقة، challenge = تحدٍّ، solution = حل، consultation = الحوار.

command-start = ابدأ واعرض المواضيع
command-themes = اعرض المواضيع
command-add = اكتب تحديًا جديدًا أو حلًا جديدًا
command-mystickers = اعرض ملصقاتك
command-item = افتح ورقة، مثلًا /item 12
command-vote = ضع ملصقًا، مثلًا /vote 12
command-unvote = استرجع ملصقًا، مثلًا /unvote 12
command-language = غيّر اللغة
command-about = عن هذا الحوار
command-help = طريقة الاستعمال
command-cancel = إيقاف ما تفعله الآن
command-mydata = عرض ما يحفظه consultbot عنك
command-forget = طلب أن ينساك consultbot
bot-description = شارك برأيك في سياسة الاندماج في كوبنهاغن. اقرأ ما كتبه السكان الآخرون، وأضف أفكارك، وضع ملصقات على ما يهمك أكثر. بالدانماركية والإنجليزية والعربية والتركية والأردية والصومالية والبولندية والفارسية والأوكرانية.
bot-short-description = شارك برأيك في سياسة الاندماج في كوبنهاغن، بلغتك.
