# consultbot — Turkish: what Telegram shows about the bot (command menu, descriptions).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# TASLAK çeviri, makine desteğiyle yapıldı; anadili Türkçe olan biri kontrol etmeli.
# Keep sentences short and plain. Command descriptions: at most 256 characters.
# Description: at most 512. Short description: at most 120.
# Terms: sticker = çıkartma, sheet = kâğıt, challenge = sorun, solution = çözüm,
#   consultation = halk danışması, integration policy = uyum politikası.

command-start = Başlayın ve konuları görün
command-themes = Konuları görün
command-add = Yeni bir sorun ya da çözüm yazın
command-mystickers = Çıkartmalarınızı görün
command-item = Bir kâğıt açın, örneğin /item 12
command-vote = Çıkartma verin, örneğin /vote 12
command-unvote = Çıkartmanızı geri alın, örneğin /unvote 12
command-language = Dili değiştirin
command-about = Bu halk danışması hakkında
command-help = Nasıl çalışır?
command-cancel = Yaptığınız işi durdurun
command-mydata = Consultbot'un sizinle ilgili sakladıklarını görün
command-forget = Consultbot'un sizi unutmasını sağlayın
bot-description = Kopenhag'ın uyum politikası hakkında fikrinizi söyleyin. Diğer sakinlerin yazdıklarını okuyun, kendi fikirlerinizi ekleyin ve en önemli bulduklarınıza çıkartma verin. Danca, İngilizce, Arapça, Türkçe, Urduca, Somalice, Lehçe, Farsça ve Ukraynaca.
bot-short-description = Kopenhag'ın uyum politikası hakkında fikrinizi kendi dilinizde söyleyin.
