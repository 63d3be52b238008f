# consultbot — Urdu words for the facilitator's side (issue 13): the audit log in words,
# /stats labels and counts, /tally confirmation.
# DRAFT: written with the code; translations into the other languages are drafts to review.

audit-entry-grant = { $language } کے لیے { $role } کا کردار { $user } کو دیا گیا
audit-entry-grant-role = { $role } کا کردار { $user } کو دیا گیا
audit-entry-revoke = { $role } کا کردار { $user } سے واپس لیا گیا
audit-entry-phase = مرحلہ بدلا: { $old } سے { $new }
phase-name-open = کھلا
phase-name-voting = صرف ووٹنگ
phase-name-closed = بند
audit-entry-outcome = { $target } پر فیصلہ: { $decision }
audit-entry-tally = { $target }: اجلاسوں میں اسٹیکرز کی تعداد: { $count }
audit-entry-moderation = { $action } { $target } (پہلے: { $old })
audit-entry-auto-hide = { $target } شکایات کے بعد چھپا دیا گیا (تعداد: { $count })
audit-entry-broadcast = رہائشیوں کو پیغام (تعداد: { $count }): { $text }
audit-entry-translate = { $target } کا { $language } میں ترجمہ ہوا
audit-entry-forget = ایک رہائشی کو بھلا دیا گیا؛ حذف: شیٹس { $sheets }، تفصیلات { $details }، اسٹیکرز { $stickers }

stats-facilitators = سہولت کار (منتظمین اور کردار، اوپر شمار نہیں): { $count }

tally-confirm = شیٹ { $number }: اجلاسوں میں اسٹیکرز کی تعداد { $count } ہے، جو { $limit } سے زیادہ ہے، یعنی عام اجلاس سے زیادہ۔ کیا یہ درست ہے؟ آپ کے ہاں کہنے سے پہلے کچھ محفوظ نہیں ہوتا۔
button-tally-yes = ہاں، محفوظ کریں
button-tally-no = نہیں
qr-username-unknown = QR کوڈ کے لیے بوٹ کا صارف نام چاہیے۔ بوٹ یہ `consultbot run` شروع ہونے پر ٹیلیگرام سے جانتا ہے: اسے ایک بار چلائیں، یا CONSULTBOT_BOT_USERNAME مقرر کریں (مثلاً my_city_bot)۔ پھر /qr دوبارہ بھیجیں۔
