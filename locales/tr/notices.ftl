# consultbot — Türkçe: taslak olarak duyurular ve kararlar, her dilde bir sürüm.
# TASLAK çeviri, makine yardımıyla yapıldı; anadili Türkçe olan biri gözden geçirmeli.

notice-preview-broadcast = Taslak { $ref }: { $count ->
    [one] bir sakine
   *[other] { $count } sakine
} mesaj:
notice-preview-decision = Taslak { $ref }: { $number } numaralı kâğıt hakkındaki karar “{ $decision }”. { $count ->
    [one] Bir sakine bildirilecek:
   *[other] { $count } sakine bildirilecek:
}
notice-versions = Sürümler: { $languages }
notice-version-original = { $language } (asıl metin)
notice-version-human = { $language }
notice-version-machine = { $language } (makine çevirisi)
notice-language-count = { $language }: { $count }
notice-missing = Henüz sürümü olmayan diller: { $languages }
notice-missing-machine = Bu kişiler, makine çevirisi olduğu belirtilmiş bir çeviri alır.
notice-missing-original = Bu kişiler asıl metni bir notla alır.
notice-translate-hint = Sürüm eklemek için: /translate { $ref } DİL METİN
notice-not-found = { $ref } diye bir taslak yok.
notice-not-draft = { $ref } zaten gönderildi ya da iptal edildi.
notice-original-language = { $ref } zaten { $language } yazıldı. Metni değiştirmek için komutu yeniden yazın.
notice-translating = Onaylandı. Makine çevirileri hazır olur olmaz { $count ->
    [one] bir sakine
   *[other] { $count } sakine
} gönderilecek.
notice-cancelled = Taslak { $ref } iptal edildi. Hiçbir şey gönderilmedi.
notice-machine-translated = { $language } dilinden makine çevirisi. Hiç kimse kontrol etmedi.
notice-untranslated = Henüz sizin dilinize çevrilmedi. Bu, { $language } asıl metindir.
sheet-decision = Karar: { $decision }
