# consultbot — Turkish: what facilitators (city staff) read. Plain words, no jargon.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# TASLAK çeviri, makine desteğiyle yapıldı; anadili Türkçe olan biri kontrol etmeli.
# Keep sentences short and plain.
# Terms: sticker = çıkartma, sheet = kâğıt, challenge = sorun, solution = çözüm,
#   detail = ek bilgi, facilitator = belediye görevlisi, theme = konu, resident = sakin.
# In usage-* messages the commands and their English keywords stay exactly as they are
# (the bot only understands those); only the explanations and the CAPITAL placeholders are Turkish.
# $role is the English keyword (moderator, translator); $language in grant-done is a code (ar) or empty.
# $target is a label such as #12 or d7. Variables are never given a suffix.

## Results

stats-title = Rakamlarla halk danışması
stats-participants = Katılımcılar: { $total } (son 7 günde aktif: { $active })
stats-languages = Diller: { $list }
stats-sheets = Konulara göre kâğıtlar
stats-theme = { $theme }: sorunlar 2010'dan { $challenges_seed } + yeni { $challenges_resident }, çözümler 2010'dan { $solutions_seed } + yeni { $solutions_resident }; bekleyen { $pending }, gizli { $hidden }
stats-stickers = Çıkartmalar: sohbette verilen { $placed }, henüz kullanılmayan { $unused }, toplantılarda sayılan { $meeting }
stats-details = Eklenen ek bilgiler: { $count }
stats-digest = Özet mesajları alan sakinler: { $count }
stats-who = Kimler katıldı (isteğe bağlı cevaplar)
stats-districts = Semtler: { $list }
stats-ages = Yaşlar: { $list }
stats-no-answer = cevap yok
top-title = En çok çıkartma alan kâğıtlar, tüm konular
top-title-theme = En çok çıkartma alan kâğıtlar: { $theme }
top-challenges = Sorunlar
top-solutions = Çözümler
top-counts = sohbette { $online } + toplantılarda { $meeting } = { $total }
chart-title = İlk 5 sorun ve çözüm
chart-title-theme = Öne çıkan sorunlar ve çözümler: { $theme }
chart-online = Sohbette
chart-meeting = Toplantılarda
chart-caption = Tüm konulardan öne çıkan kâğıtlar.
chart-caption-theme = Öne çıkan kâğıtlar. Konu: { $theme }.
export-csv-caption = Tüm kâğıtlar CSV olarak (bir tablo programında açılır).
export-json-caption = Tüm kâğıtlar JSON olarak.
report-caption = Rapor. Bir tarayıcıda açın; yazdırmaya da uygun.

## Moderation

pending-none = Bekleyen bir şey yok.
pending-title = Sizi bekleyenler: { $count }
moderation-sheet = Kâğıt { $number }
moderation-detail = Ek bilgi { $detail } (kâğıt { $number })
moderation-status = Durum: { $status }. Bildirilme sayısı: { $reports }.
status-visible = görünür
status-pending = onay bekliyor
status-hidden = gizli
button-approve = ✔ Göster
button-hide = ✖ Gizle
moderation-visible = { $target } artık görünür.
moderation-hidden = { $target } artık gizli.
moderation-not-found = Bulunamadı: { $target }
admin-chat-new-sheet = Yeni kâğıt
admin-chat-report = Bildirildi: { $reason }

## Steering

tally-done = Kâğıt { $number } toplantılarda { $count } çıkartma aldı.
phase-set-open = Halk danışması açık: sakinler yazabilir ve çıkartma verebilir.
phase-set-voting = Sadece oylama: sakinler çıkartma verebilir ama yazamaz.
phase-set-closed = Halk danışması kapalı: sakinler sadece okuyabilir.
broadcast-preview = Bu mesaj { $count } sakine gidecek:
button-send = ✔ Gönder
broadcast-queued = Mesaj { $count } sakine gönderiliyor.
outcome-recorded = Kâğıt { $number } hakkındaki karar kaydedildi. { $count } sakine haber verilecek.
grant-done = Kullanıcı { $user } artık şu role sahip: { $role } { $language }
revoke-done = Kullanıcı { $user } artık şu role sahip değil: { $role }
revoke-none = Kullanıcı { $user } zaten şu role sahip değildi: { $role }
audit-title = Belediye görevlilerinin son işlemleri
audit-none = Henüz bir şey yok.

## Translations

translate-done = { $target } için çeviri kaydedildi (dil: { $language }).
translate-prompt = { $target } metnini çevirin (dil: { $language }). Çeviriyi tek bir mesajda yazın:
translations-title = Çeviri bekleyenler (dil: { $language }): { $count }
translations-done = Her şey çevrildi (dil: { $language }). Teşekkürler!
button-translate-next = Sıradakini çevir ({ $language })

## How to use the commands

usage-moderate = Kâğıdın numarasını ya da d ve ek bilginin numarasını yazın: /hide 12 veya /hide d7
usage-top = Şöyle yazın: /top, /top KONU ya da /top KONU 10 (KONU: bir konunun numarası ya da anahtarı).
usage-chart = Şöyle yazın: /chart ya da /chart KONU (bir konunun numarası ya da anahtarı).
usage-tally = Şöyle yazın: /tally KÂĞIT SAYI, örneğin /tally 12 8
usage-phase = Şöyle yazın: /phase open, /phase voting ya da /phase closed
usage-broadcast = Mesajı komuttan sonra yazın: /broadcast Pazartesi günkü toplantı saat 18:00'de. (En fazla 3500 karakter.)
usage-outcome = Şöyle yazın: /outcome KÂĞIT adopted|considered|declined METİN, örneğin /outcome 12 adopted Bu, yeni politikanın bir parçası.
usage-grant = Şöyle yazın: /grant moderator KULLANICI ya da /grant translator KULLANICI DİL, örneğin /grant translator 12345 ar
usage-revoke = Şöyle yazın: /revoke moderator KULLANICI ya da /revoke translator KULLANICI
usage-translate = Şöyle yazın: /translate KÂĞIT DİL METİN, örneğin /translate 12 da Bedre sprogkurser (ek bilgi için d7).
usage-translations = Şöyle yazın: /translations ya da /translations DİL, örneğin /translations ar
usage-qr = Şöyle yazın: /qr, /qr KONU ya da /qr KÂĞIT, örneğin /qr unge ya da /qr 12
role-moderator = moderatör
role-translator = çevirmen
help-facilitator-title = Belediye görevlileri için
command-stats = Sayılar: katılımcılar, kâğıtlar, çıkartmalar
command-top = En çok desteklenen kâğıtlar: /top [KONU] [N]
command-export = Sonuçlar CSV ve JSON dosyası olarak
command-chart = Çıkartmaların grafiği: /chart [KONU]
command-report = Rapor HTML dosyası olarak
command-pending = Denetim bekleyenler
command-approve = Görünür yap: /approve N (ek bilgi için dN)
command-hide = Gizle: /hide N (ek bilgi için dN)
command-restore = Yeniden göster: /restore N (ek bilgi için dN)
command-tally = Bir toplantıdan çıkartmalar: /tally N SAYI
command-phase = Aşamayı değiştir: /phase open|voting|closed
command-broadcast = Herkese bir mesaj: /broadcast METİN
command-outcome = Bir kâğıt hakkındaki karar: /outcome N adopted|considered|declined METİN
command-qr = Afişler için QR kodu: /qr [KONU|N]
command-translate = Çevir: /translate N DİL METİN (ek bilgi için dN)
command-translations = Çeviri bekleyenler: /translations [DİL]
command-grant = Rol ver: /grant ROL KULLANICI [DİL]
command-revoke = Rolü geri al: /revoke ROL KULLANICI
command-audit = Yöneticilerin son işlemleri
audit-approve = onaylandı
audit-restore = yeniden gösterildi
audit-hide = gizlendi
audit-auto-hide = bildirimlerden sonra gizlendi
audit-tally = toplantı sayımı
audit-phase = aşama
audit-broadcast = herkese mesaj
audit-outcome = karar
audit-grant = rol verildi
audit-revoke = rol geri alındı
audit-translate = çevrildi
