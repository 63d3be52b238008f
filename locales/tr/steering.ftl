# consultbot — Turkish words for the facilitator's side (issue 13): the audit log in words,
# /stats labels and counts, /tally confirmation.
# DRAFT: written with the code; translations into the other languages are drafts to review.

audit-entry-grant = { $language } için { $role } rolü { $user } kullanıcısına verildi
audit-entry-grant-role = { $role } rolü { $user } kullanıcısına verildi
audit-entry-revoke = { $role } rolü { $user } kullanıcısından alındı
audit-entry-phase = aşama değişti: { $old } → { $new }
phase-name-open = açık
phase-name-voting = yalnızca oylama
phase-name-closed = kapalı
audit-entry-outcome = { $target } hakkında karar: { $decision }
audit-entry-tally = { $target }: toplantılardaki çıkartma sayısı: { $count }
audit-entry-moderation = { $action } { $target } (önceki durum: { $old })
audit-entry-auto-hide = { $target } şikâyetlerden sonra gizlendi (şikâyet sayısı: { $count })
audit-entry-broadcast = sakinlere mesaj (kişi sayısı: { $count }): { $text }
audit-entry-translate = { $target } { $language } diline çevrildi
audit-entry-forget = bir sakin unutuldu; silinenler: kâğıtlar { $sheets }, ayrıntılar { $details }, çıkartmalar { $stickers }

stats-facilitators = Kolaylaştırıcılar (yöneticiler ve roller, yukarıda sayılmadı): { $count }

tally-confirm = Kâğıt { $number }: toplantılardaki çıkartma sayısı { $count }, yani { $limit } sayısından fazla; bir toplantıda genelde bu kadar sayılmaz. Doğru mu? Evet demeden hiçbir şey kaydedilmez.
button-tally-yes = Evet, kaydet
button-tally-no = Hayır
qr-username-unknown = QR kodu için botun kullanıcı adı gerekir. Bot bunu `consultbot run` başladığında Telegram'dan öğrenir: botu bir kez başlatın ya da CONSULTBOT_BOT_USERNAME ayarlayın (örneğin my_city_bot). Sonra /qr komutunu yeniden gönderin.
