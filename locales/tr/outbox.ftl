# consultbot — Turkish words of the outbox figures in /stats.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# TASLAK çeviri, makine yardımıyla hazırlandı; anadili Türkçe olan biri gözden geçirmeli.
# Labels with a colon and a number, so no plural forms are needed.
# Every message here must exist in every other locale, with the same variables (a test checks).

outbox-stats-title = Botun kendiliğinden gönderdikleri
outbox-stats-none = Henüz bir şey gönderilmedi.
outbox-stats-run = { $kind }, { $started } — alıcı: { $recipients }, gönderildi: { $sent }, belirsiz: { $unknown }, başarısız: { $failed }, engelli: { $unreachable }, bekliyor: { $pending }, süre: { $minutes } dk { $seconds } sn
outbox-stats-unknown = Ulaşıp ulaşmadığı bilinmeyen mesajlar (bot gönderirken durdu; tekrar gönderilmez): { $count }
outbox-kind-digest = Özet
outbox-kind-broadcast = Toplu mesaj
outbox-kind-decision = Karar
outbox-kind-notice = Kolaylaştırıcı grubuna gönderiler
outbox-kind-other = Diğer
