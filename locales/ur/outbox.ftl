# consultbot — Urdu words of the outbox figures in /stats.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# مسودہ ترجمہ، مشین کی مدد سے؛ کسی اہلِ زبان کو اس کا جائزہ لینا چاہیے۔
# Labels with a colon and a number, so no plural forms are needed.
# Every message here must exist in every other locale, with the same variables (a test checks).

outbox-stats-title = بوٹ نے خود سے کیا بھیجا
outbox-stats-none = ابھی تک کچھ نہیں بھیجا گیا۔
outbox-stats-run = { $kind }، { $started } — وصول کنندگان: { $recipients }، بھیجے گئے: { $sent }، نامعلوم: { $unknown }، ناکام: { $failed }، بلاک: { $unreachable }، منتظر: { $pending }، وقت: { $minutes } منٹ { $seconds } سیکنڈ
outbox-stats-unknown = پیغامات جو شاید پہنچے ہوں یا نہ پہنچے ہوں (بھیجتے وقت بوٹ رک گیا؛ دوبارہ نہیں بھیجے جائیں گے): { $count }
outbox-kind-digest = خلاصہ
outbox-kind-broadcast = اجتماعی پیغام
outbox-kind-decision = فیصلہ
outbox-kind-notice = سہولت کاروں کے گروپ میں پوسٹس
outbox-kind-other = دیگر
