# consultbot — Persian words of the outbox figures in /stats.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# پیش‌نویس ترجمه، با کمک ماشین؛ باید یک گویشور بومی آن را بازبینی کند.
# Labels with a colon and a number, so no plural forms are needed.
# Every message here must exist in every other locale, with the same variables (a test checks).

outbox-stats-title = آنچه بات خودش فرستاد
outbox-stats-none = هنوز چیزی فرستاده نشده است.
outbox-stats-run = { $kind }، { $started } — گیرندگان: { $recipients }، فرستاده شد: { $sent }، نامعلوم: { $unknown }، ناموفق: { $failed }، مسدود: { $unreachable }، در انتظار: { $pending }، زمان: { $minutes } دقیقه { $seconds } ثانیه
outbox-stats-unknown = پیام‌هایی که شاید رسیده باشند یا نه (بات هنگام فرستادن متوقف شد؛ دوباره فرستاده نمی‌شوند): { $count }
outbox-kind-digest = خلاصه
outbox-kind-broadcast = پیام همگانی
outbox-kind-decision = تصمیم
outbox-kind-notice = پست‌ها در گروه تسهیل‌گران
outbox-kind-other = دیگر
