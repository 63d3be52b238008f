# consultbot — Turkish words of the digests (src/digest, /digest, the onboarding question).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# TASLAK çeviri, makine desteğiyle yapıldı; anadili Türkçe olan biri kontrol etmeli.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = çıkartma, sheet = kâğıt, challenge = sorun, solution = çözüm, theme = konu.

command-digest = Arada bir kısa bir özet alın (açık ya da kapalı)
usage-digest = Şöyle yazın: /digest on ya da /digest off. Yöneticiler: /digest now.
audit-digest = özet şimdi gönderildi

onboarding-digest = Son soru: bot size arada bir kısa bir özet gönderebilir mi? Özet neyin yeni olduğunu ve kaç çıkartmanız kaldığını söyler. Bunu istediğiniz zaman /digest ile değiştirebilirsiniz.
button-digest-yes = Evet, lütfen
button-digest-no = Hayır, teşekkürler
button-digest-on = Bana özet gönder
button-digest-off = Özetleri durdur
digest-on = Arada bir kısa bir özet alacaksınız. İstediğiniz zaman /digest off ile durdurun.
digest-off = Özet almıyorsunuz. İstediğiniz zaman /digest on ile başlatın.
digest-now-started = Özet başladı: sırada { $count ->
    [one] 1 mesaj
   *[other] { $count } mesaj
} var (gönderim { $run }).
digest-now-already = Az önce bir özet başladı. Biraz sonra tekrar deneyin.
digest-now-nothing = Şu anda özet alacak kimse yok: kimse istemedi ya da onlar için yeni bir şey yok.

digest-title = Haberler: { $title }
digest-phase-open = Kâğıt ekleyebilir ve çıkartma verebilirsiniz.
digest-phase-voting = Çıkartma verebilirsiniz. Şimdi yeni kâğıt yok.
digest-phase-closed = Halk danışması kapandı. Katıldığınız için teşekkürler!
digest-stickers-left = Verecek { $count ->
    [one] 1 çıkartmanız
   *[other] { $count } çıkartmanız
} kaldı.
digest-new-sheets = Son özetinizden beri { $count ->
    [one] 1 yeni kâğıt
   *[other] { $count } yeni kâğıt
} var:
digest-top = Şu anda en çok çıkartma alanlar:
digest-top-line = { $rank }. { $kind } { $sheet } { $text } · { $count ->
    [one] 1 çıkartma
   *[other] { $count } çıkartma
}
digest-footer = Açmak için bir konuya ya da kâğıda dokunun.

digest-facilitator-title = Yöneticiler için özet: { $title }
digest-pending = Onay bekleyen: { $count }
digest-reports = Yeni şikâyetler: { $count }
digest-since = Son özetinizden beri:
digest-new-residents = Yeni katılımcılar: { $count }
digest-new-resident-sheets = Katılımcıların yeni kâğıtları: { $count }
digest-new-details = Yeni ayrıntılar: { $count }
digest-stickers-placed = Verilen çıkartmalar: { $count }
digest-runs = Botun kendiliğinden gönderdiği son mesajlar:
digest-run-line = { $kind } (gönderim { $run }): { $recipients } kişiden gönderilen { $sent }; bekleyen { $pending }, bilinmeyen { $unknown }, başarısız { $failed }, engelleyen { $unreachable }
