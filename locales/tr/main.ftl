# consultbot — Turkish UI strings (Türkçe arayüz metinleri).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# TASLAK çeviri, makine desteğiyle yapıldı; anadili Türkçe olan biri kontrol etmeli.
# Keep sentences short and plain: many readers are not fluent readers.
# Cümleleri kısa ve sade tutun: birçok okur akıcı okuyamıyor.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = çıkartma, sheet = kâğıt, challenge = sorun, solution = çözüm,
#   detail = ek bilgi, facilitator = belediye görevlisi, theme = konu, consultation = halk danışması.
# Variables are never given a suffix ({ $number }'ı): they stand after a colon or in brackets.

## Languages, named in this language

language-da = Danca
language-en = İngilizce
language-ar = Arapça
language-tr = Türkçe
language-ur = Urduca
language-so = Somalice
language-pl = Lehçe
language-fa = Farsça
language-uk = Ukraynaca

## Words

kind-challenge = Sorun
kind-solution = Çözüm

## Welcome, themes and help

welcome-choose-theme = Başlamak için bir konu seçin:
themes-title = Konular
theme-counts = Şu ana kadar { $challenges ->
    [one] 1 sorun
   *[other] { $challenges } sorun
} ve { $solutions ->
    [one] 1 çözüm
   *[other] { $solutions } çözüm
} var.
help-title = Nasıl çalışır?
help-body =
    Başkalarının yazdıklarını okuyun, kendiniz de yazın ve en önemli bulduklarınıza çıkartma verin.

    Her konuda sorunlar için { $challenges }, çözümler için { $solutions } çıkartmanız var. Bir kâğıda en fazla bir çıkartma verebilirsiniz.
    Bir düğmenin numarasını da yazabilirsiniz.
hint = Bunu anlamadım. Bir düğmeye dokunun ya da /themes veya /help yazın.
hint-use-buttons = Lütfen bir düğmeyle seçin ya da düğmenin numarasını yazın. Durdurmak için /cancel yazın.
error-unknown-command = Bu komutu bilmiyorum. Neler yapabileceğinizi görmek için /help yazın.
error-need-number = Lütfen kâğıdın numarasını da yazın, örneğin: /item 12
error-sorry = Üzgünüm, bir hata oldu. Lütfen tekrar deneyin.
stale-button = Bu düğme eski. Buradan devam edebilirsiniz.
nothing-to-cancel = Durdurulacak bir şey yok.
cancelled = Durduruldu. Hiçbir şey kaydedilmedi.

## Buttons

button-themes = Konular
button-back-themes = « Tüm konular
button-back-theme = « { $theme }
button-back-list = « Liste
button-help = Yardım
button-about = Hakkında
button-language = Dil
button-my-stickers = Çıkartmalarım
button-challenges = Sorunlar ({ $count })
button-solutions = Çözümler ({ $count })
button-add-here = ✍ Yeni kâğıt yaz
button-previous = ‹ Geri
button-next = Devamı ›
button-open = Aç: { $number }
button-original = Aslını göster
button-vote = ● Çıkartma ver
button-unvote = ○ Çıkartmamı geri al
button-add-detail = ✍ Ek bilgi yaz
button-move-from = Taşı: { $number }
button-take-back-from = Geri al: { $number }
button-cancel = İptal
button-publish = ✔ Yayınla
button-edit = ✏ Değiştir
button-kind-challenge = Bir sorun
button-kind-solution = Bir çözüm
button-as-detail = Ek bilgi olarak ekle: { $number }
button-add-another = Bir tane daha yaz

## Lists and sheets

list-challenges = { $theme }: sorunlar ({ $page }/{ $pages })
list-solutions = { $theme }: çözümler ({ $page }/{ $pages })
list-empty = Burada henüz bir şey yok. İlk kâğıdı siz yazabilirsiniz.
list-stickers = { $count ->
    [one] 1 çıkartma
   *[other] { $count } çıkartma
}
list-stickers-mine = { $count ->
    [one] 1 çıkartma
   *[other] { $count } çıkartma
} · biri sizin
sheet-stickers = Çıkartmalar: burada sohbette { $online }, toplantılarda { $meeting }.
sheet-your-sticker = Bu kâğıda çıkartma verdiniz.
sheet-details = { $count ->
    [one] 1 ek bilgi
   *[other] { $count } ek bilgi
}
sheet-pending = Şimdilik bunu sadece siz görüyorsunuz. Yakında bir belediye görevlisi bakacak.
sheet-favourite = 2010'daki vatandaş toplantılarında bu kâğıt, ilk 5 içinde { $rank }. sıradaydı.
sheet-translated = (Bu bir çeviri. Asıl dil: { $language }. Okumak için “Aslını göster” düğmesine dokunun.)
sheet-untranslated = (Yazıldığı dil: { $language }. Çevirisi yakında gelecek.)
sheet-original = Asıl metin ({ $language }):
sheet-not-found = Kâğıt { $number } yok ya da artık gösterilmiyor.
detail-translated = (çeviri, asıl dil: { $language })
detail-language = (dil: { $language })

## Stickers

stickers-left = { $count ->
    [one] 1 çıkartmanız
   *[other] { $count } çıkartmanız
} kaldı.
stickers-left-theme = Bu konuda kalan çıkartmalarınız: sorunlar için { $challenges } / { $challenges_total }, çözümler için { $solutions } / { $solutions_total }.
sticker-placed = Çıkartma verildi. { $count ->
    [0] Bu konuda bu türden çıkartmanız kalmadı.
    [one] Bu konuda bu türden 1 çıkartmanız kaldı.
   *[other] Bu konuda bu türden { $count } çıkartmanız kaldı.
}
sticker-already = Bu kâğıda zaten çıkartma verdiniz.
sticker-taken-back = Çıkartma geri alındı. Onu başka bir kâğıda verebilirsiniz.
sticker-none-here = Kâğıt { $number } üzerinde çıkartmanız yok.
sticker-moved = Çıkartmanız taşındı. Eski kâğıt: { $from }, yeni kâğıt: { $to }.
stickers-none-left-challenge = Konu: { $theme }. Sorunlar için olan { $count } çıkartmanızın hepsini kullandınız.
stickers-none-left-solution = Konu: { $theme }. Çözümler için olan { $count } çıkartmanızın hepsini kullandınız.
stickers-move-offer = Birini taşıyabilirsiniz. Hangi çıkartmayı taşımak istiyorsunuz?
stickers-take-back-offer = Geri almak için birine dokunun.
my-stickers-title = Çıkartmalarınız
my-stickers-challenges = Sorunlar: { $used } / { $total }
my-stickers-solutions = Çözümler: { $used } / { $total }
my-stickers-none = Henüz hiç çıkartma vermediniz. Bir kâğıt açın ve “Çıkartma ver” düğmesine dokunun.

## Writing

add-choose-theme = Kâğıdınız hangi konuyla ilgili?
add-choose-kind = { $theme }: Bu bir sorun mu (gördüğünüz bir sorun), yoksa bir çözüm mü (bir fikir)?
add-write-challenge = Sorununuzu tek bir mesajda yazın ({ $min } ile { $max } karakter arası).
add-write-solution = Çözümünüzü tek bir mesajda yazın ({ $min } ile { $max } karakter arası).
add-preview-challenge = Sorununuz (konu: { $theme }):
add-preview-solution = Çözümünüz (konu: { $theme }):
add-similar = Burada benzer kâğıtlar var. Metninizi bunlardan birine ek bilgi olarak ekleyebilirsiniz. Böylece çıkartmalar bölünmez:
preview-question = Yayınlansın mı?
add-done-challenge = Teşekkürler! Sorununuz artık kâğıt { $number }.
add-done-solution = Teşekkürler! Çözümünüz artık kâğıt { $number }.
add-done-pending = Teşekkürler! Kâğıdınızın numarası: { $number }. Bir belediye görevlisi baktıktan sonra başkaları da görecek.
detail-write = Kâğıt { $number } için ek bilginizi yazın:
detail-write-again = Kâğıt { $number } için ek bilginizi yeniden yazın:
detail-preview = Kâğıt { $number } için ek bilginiz:
detail-done = Teşekkürler! Ek bilginiz eklendi (kâğıt { $number }).
detail-done-pending = Teşekkürler! Kâğıt { $number } için ek bilginiz, bir belediye görevlisi baktıktan sonra görünecek.
text-limits = { $min } ile { $max } karakter arası yazın.
text-blank = Mesaj boş. Lütfen birkaç kelime yazın.
text-too-short = Bu çok kısa. Lütfen en az { $min } karakter yazın.
text-too-long = Bu çok uzun: { $length } karakter. Lütfen en fazla { $max } karakter yazın.

## Phases

phase-voting-no-writing = Yazma süresi bitti. Ama okuyabilir ve çıkartma verebilirsiniz.
phase-closed = Halk danışması kapandı. Yine de her şeyi okuyabilirsiniz.

## Language

language-choose = Dilinizi seçin:
language-set = Artık sizinle Türkçe konuşacağım.

## Terminal chat

console-banner = Terminalde consultbot. Başlamak için /start yazın, seçmek için bir numara yazın, çıkmak için Ctrl-D'ye basın.
console-file-saved = Dosya kaydedildi: { $path }

## Reporting a sheet or detail

button-report = ⚑ Bildir
button-report-sheet = Kâğıdın kendisi ({ $number })
button-cancel-report = « Geri
report-what = Neyi bildirmek istiyorsunuz? Kâğıdı ya da ek bilgilerinden birini seçin:
report-why = Bir belediye görevlisi buna neden bakmalı?
report-reason-spam = Reklam ya da spam
report-reason-offensive = Hakaret içeriyor ya da kırıcı
report-reason-off-topic = Bu konuyla ilgili değil
report-thanks = Teşekkürler. Bir belediye görevlisi buna bakacak.

## Optional questions about who takes part

onboarding-district = İsteğe bağlı bir soru: Kopenhag'ın hangi semtinde oturuyorsunuz? Bu bilgi, belediyenin kimlerin katıldığını görmesine yardım eder. Cevabınız, yazdıklarınızın yanında asla gösterilmez.
onboarding-age = Peki kaç yaşındasınız? (Bu da isteğe bağlı.)
onboarding-thanks = Teşekkürler! Şimdi bir konu seçin.
button-district-elsewhere = Başka bir yer
button-skip = Geç
age-band-1 = 18 yaşından küçük
age-band-2 = 18–29
age-band-3 = 30–44
age-band-4 = 45–59
age-band-5 = 60–74
age-band-6 = 75 ve üstü

## Messages from the facilitators

broadcast-heading = Halk danışması ekibinden bir mesaj
outcome-heading = Kâğıt { $number } hakkında haber: { $decision }
decision-adopted = kabul edildi
decision-considered = değerlendiriliyor
decision-declined = devam ettirilmeyecek

## Your data

mydata-title = consultbot'un sizinle ilgili sakladığı bilgiler
mydata-body =
    Telegram kimlik numaranız: { $id }
    Dil: { $language }
    Semtiniz: { $district }
    Yaşınız: { $age }
    Katılım tarihi: { $since }
    Yazdığınız ek bilgiler: { $details }
mydata-none = belirtilmedi
mydata-sheets = Yazdığınız kâğıtlar: { $count }
mydata-stickers = Çıkartmalarınız ({ $count }): { $list }
mydata-privacy = Bir kâğıdı kimin yazdığını ya da kimin çıkartma verdiğini başka kimse görmez. Unutulmak için /forget yazın.
forget-confirm = consultbot sizi unutsun mu? Çıkartmalarınız, cevaplarınız ve diliniz silinir. Yazdıklarınız halk danışmasında kalır, ama artık sizinle bir bağlantısı olmaz. Bu geri alınamaz.
button-forget = Evet, beni unut
forget-done = Tamam. consultbot sizi unuttu. Yeniden yazarsanız, baştan başlarsınız.
sheet-machine-translated = (Bu bir makine çevirisi. Bir insan kontrol etmedi. Asıl dil: { $language }. Okumak için “Aslını göster” düğmesine dokunun.)
detail-machine-translated = (makine çevirisi, asıl dil: { $language })
