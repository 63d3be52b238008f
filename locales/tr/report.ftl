# consultbot — Turkish words of the HTML report and its charts.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# TASLAK çeviri, makine desteğiyle yapıldı; anadili Türkçe olan biri kontrol etmeli.
# Keep sentences short and plain: many readers are not fluent readers.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Terms: sticker = çıkartma, sheet = kâğıt, challenge = sorun, solution = çözüm, theme = konu.
# Variables are never given a suffix: they stand after a colon or before a noun.

report-generated = Hazırlanma tarihi: { $date }.

## Who took part

report-participation = Kimler katıldı
report-participants = Katılan kişiler
report-active-7-days = Son 7 günde aktif
report-sheets-seed = Baştan beri olan kâğıtlar
report-sheets-resident = Sakinlerin yazdığı kâğıtlar
report-stickers-chat = Sohbette yapıştırılan çıkartmalar
report-stickers-meetings = Toplantılarda yapıştırılan çıkartmalar
report-by-language = Katılanların seçtiği diller
report-col-language = Dil
report-col-people = Kişi

## The most important sheets

report-top-challenges = En önemli 5 sorun
report-top-solutions = En önemli 5 çözüm
report-top-note = Bütün konulardan. Sıra bütün çıkartmalara göre: sohbette ve toplantılarda.

## Each theme

report-theme = Konu: { $theme }
report-theme-note = En yüksek öncelikten en düşük önceliğe.
report-challenges = Sorunlar
report-solutions = Çözümler
report-chart-challenges = Sorunlar: { $theme }
report-chart-solutions = Çözümler: { $theme }
report-chart-only-top = { $count ->
    [one] Grafik sadece en çok çıkartması olan kâğıdı gösteriyor.
   *[other] Grafik sadece en çok çıkartması olan { $count } kâğıdı gösteriyor.
}
report-none = Henüz kâğıt yok.

## Table columns

report-col-rank = Sıra
report-col-sheet = Kâğıt
report-col-online = Sohbette
report-col-meeting = Toplantılarda
report-col-total = Toplam
report-col-details = Ek bilgiler
report-outcome = Sonra ne oldu:

# An export, chart, report or QR code could not be made (what the command changed is kept).
file-failed = Dosya oluşturulamadı. Hiçbir şey kaybolmadı; tekrar deneyin, sorun sürerse botun yöneticisine söyleyin.
