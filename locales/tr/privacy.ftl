# consultbot — Türkçe: çok fazla mesaj sınırı, dosya olarak /mydata ve /forget (hepsi veya hesap).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# Translations other than English are drafts, to be reviewed by a native speaker.
# Every message here must exist in every other locale, with the same variables (a test checks).

flood-slow-down = Çok fazla mesaj gönderiyorsunuz. Lütfen yavaşlayın: birkaç saniye boyunca sonraki mesajlara cevap vermeyeceğim.
flood-too-many-texts = Kısa sürede çok sayıda metin eklediniz. Daha fazla eklemeden önce lütfen biraz bekleyin. Metniniz saklandı: daha sonra yayınlayabilirsiniz.
mydata-file-caption = consultbot'un sizinle ilgili sakladığı her şey, eksiksiz, bir dosya olarak (JSON).
forget-choose = consultbot neyi unutsun?
    • Her şeyi: hesabınız, çıkartmalarınız ve yazdığınız kağıtlar ve ayrıntılar.
    • Sadece hesabınızı: hesabınız ve çıkartmalarınız. Yazdıklarınız kalır, ama sizinle bir bağlantısı olmaz.
button-forget-all = Her şeyi, yazdıklarımı da
button-forget-account = Sadece hesabımı
forget-confirm-all = consultbot sizinle ilgili her şeyi unutsun mu? Çıkartmalarınız, cevaplarınız, diliniz ve yazdığınız kağıtlar ve ayrıntılar, başkalarının onlara verdiği çıkartmalarla birlikte silinir. Bu geri alınamaz.
usage-forget = /forget, /forget all veya /forget account yazın.
audit-forget = bir sakin unutuldu
