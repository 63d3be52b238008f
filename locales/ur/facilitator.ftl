# consultbot — Urdu: what facilitators (city staff) read. Plain words, no jargon.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# یہ ترجمے کا مسودہ ہے، مشین کی مدد سے بنایا گیا؛ کوئی اردو بولنے والا اس کا جائزہ لے۔
# Keep sentences short and plain.
# Words: sticker = اسٹیکر، sheet = شیٹ، challenge = چیلنج، solution = حل، detail = تفصیل،
# facilitator = بلدیہ کا ملازم، consultation = مشاورت، resident = شہری۔
# Plurals: one (only 1) and other (0, 2, 3, …).
# In usage-* the commands and their English keywords stay as they are; the placeholders are
# Urdu words: موضوع = THEME، شیٹ = SHEET، تعداد = COUNT، صارف = USER، زبان = LANGUAGE، متن = TEXT.
# Messages start with an Urdu word, not a command, so that Telegram shows them right to left.

## Results

stats-title = مشاورت اعداد و شمار میں
stats-participants = شرکاء: { $total } (پچھلے 7 دنوں میں فعال: { $active })
stats-languages = زبانیں: { $list }
stats-sheets = ہر موضوع میں شیٹس
stats-theme = { $theme }: چیلنج (2010 سے: { $challenges_seed }، نئے: { $challenges_resident })، حل (2010 سے: { $solutions_seed }، نئے: { $solutions_resident })؛ منظوری کے منتظر: { $pending }، پوشیدہ: { $hidden }
stats-stickers = اسٹیکر: چیٹ میں لگائے گئے { $placed }، ابھی استعمال نہیں ہوئے { $unused }، میٹنگوں میں گنے گئے { $meeting }
stats-details = شامل کی گئی تفصیلات: { $count }
stats-digest = خلاصہ پانے والے شہری: { $count }
stats-who = کس نے حصہ لیا (اختیاری جوابات)
stats-districts = علاقے: { $list }
stats-ages = عمریں: { $list }
stats-no-answer = کوئی جواب نہیں
top-title = سرفہرست شیٹس، تمام موضوعات
top-title-theme = سرفہرست شیٹس: { $theme }
top-challenges = چیلنج
top-solutions = حل
top-counts = { $online } چیٹ میں + { $meeting } میٹنگوں میں = { $total }
chart-title = سرفہرست 5 چیلنج اور حل
chart-title-theme = سرفہرست چیلنج اور حل: { $theme }
chart-online = چیٹ میں
chart-meeting = میٹنگوں میں
chart-caption = تمام موضوعات کی سرفہرست شیٹس۔
chart-caption-theme = { $theme } کی سرفہرست شیٹس۔
export-csv-caption = تمام شیٹس CSV کی شکل میں (اسپریڈشیٹ میں کھلتی ہیں)۔
export-json-caption = تمام شیٹس JSON کی شکل میں۔
report-caption = رپورٹ۔ اسے براؤزر میں کھولیں؛ یہ اچھی طرح پرنٹ ہوتی ہے۔

## Moderation

pending-none = کچھ بھی منتظر نہیں ہے۔
pending-title = آپ کے منتظر: { $count }
moderation-sheet = شیٹ { $number }
moderation-detail = شیٹ { $number } پر تفصیل { $detail }
moderation-status = حالت: { $status }۔ رپورٹس: { $reports }۔
status-visible = ظاہر
status-pending = منظوری کا انتظار
status-hidden = پوشیدہ
button-approve = ✔ دکھائیں
button-hide = ✖ چھپائیں
moderation-visible = { $target } اب ظاہر ہے۔
moderation-hidden = { $target } اب پوشیدہ ہے۔
moderation-not-found = { $target } موجود نہیں ہے۔
admin-chat-new-sheet = نئی شیٹ
admin-chat-report = رپورٹ: { $reason }

## Steering

tally-done = { $count ->
    [one] شیٹ { $number } کو میٹنگوں میں ایک اسٹیکر ملا۔
   *[other] شیٹ { $number } کو میٹنگوں میں { $count } اسٹیکر ملے۔
}
phase-set-open = مشاورت کھلی ہے: شہری لکھ سکتے ہیں اور اسٹیکر لگا سکتے ہیں۔
phase-set-voting = صرف ووٹنگ: شہری اسٹیکر لگا سکتے ہیں، لیکن لکھ نہیں سکتے۔
phase-set-closed = مشاورت بند ہے: شہری صرف پڑھ سکتے ہیں۔
broadcast-preview = { $count ->
    [one] یہ پیغام ایک شہری کو جائے گا:
   *[other] یہ پیغام { $count } شہریوں کو جائے گا:
}
button-send = ✔ بھیجیں
broadcast-queued = { $count ->
    [one] پیغام ایک شہری کو بھیجا جا رہا ہے۔
   *[other] پیغام { $count } شہریوں کو بھیجا جا رہا ہے۔
}
outcome-recorded = شیٹ { $number } پر فیصلہ محفوظ ہو گیا۔ { $count ->
    [one] ایک شہری کو بتایا جائے گا۔
   *[other] { $count } شہریوں کو بتایا جائے گا۔
}
grant-done = صارف { $user } کا اب یہ کردار ہے: { $role } { $language }۔
revoke-done = صارف { $user } کا اب یہ کردار نہیں رہا: { $role }۔
revoke-none = صارف { $user } کا یہ کردار نہیں تھا: { $role }۔
audit-title = بلدیہ کے ملازمین کی تازہ ترین کارروائیاں
audit-none = ابھی کچھ نہیں۔

## Translations

translate-done = { $target } کا { $language } میں ترجمہ محفوظ ہو گیا۔
translate-prompt = { $target } کا { $language } میں ترجمہ کریں۔ ترجمہ ایک پیغام میں لکھیں:
translations-title = { $language } میں ترجمے کے منتظر: { $count }
translations-done = سب کچھ { $language } میں ترجمہ ہو چکا ہے۔ شکریہ!
button-translate-next = اگلے کا ترجمہ کریں ({ $language })

## How to use the commands

usage-moderate = شیٹ کا نمبر لکھیں، یا d اور تفصیل کا نمبر: /hide 12 یا /hide d7
usage-top = یہ استعمال کریں: /top، /top موضوع یا /top موضوع 10 (موضوع = کسی موضوع کا نمبر یا مختصر نام)۔
usage-chart = یہ استعمال کریں: /chart یا /chart موضوع (کسی موضوع کا نمبر یا مختصر نام)۔
usage-tally = یہ استعمال کریں: /tally شیٹ تعداد، مثلاً /tally 12 8
usage-phase = یہ استعمال کریں: /phase open، /phase voting یا /phase closed
usage-broadcast = پیغام کمانڈ کے بعد لکھیں: /broadcast پیر کی میٹنگ 18:00 بجے ہے۔ (زیادہ سے زیادہ 3500 حروف۔)
usage-outcome = یہ استعمال کریں: /outcome شیٹ adopted|considered|declined متن، مثلاً /outcome 12 adopted یہ نئی پالیسی کا حصہ ہے۔
usage-grant = یہ استعمال کریں: /grant moderator صارف یا /grant translator صارف زبان، مثلاً /grant translator 12345 ar
usage-revoke = یہ استعمال کریں: /revoke moderator صارف یا /revoke translator صارف
usage-translate = یہ استعمال کریں: /translate شیٹ زبان متن، مثلاً /translate 12 ur بہتر زبان کورسز (تفصیل کے لیے 12 کی جگہ d7 لکھیں)۔
usage-translations = یہ استعمال کریں: /translations یا /translations زبان، مثلاً /translations ar
usage-qr = یہ استعمال کریں: /qr، /qr موضوع یا /qr شیٹ، مثلاً /qr unge یا /qr 12
role-moderator = نگران
role-translator = مترجم
help-facilitator-title = بلدیہ کے ملازمین کے لیے
command-stats = اعداد: شرکاء، شیٹس، اسٹیکر
command-top = سب سے زیادہ حمایت والی شیٹس: /top [موضوع] [N]
command-export = نتائج CSV اور JSON فائلوں میں
command-chart = اسٹیکروں کا چارٹ: /chart [موضوع]
command-report = رپورٹ HTML فائل میں
command-pending = جو جانچ کا انتظار کر رہا ہے
command-approve = دکھائیں: /approve N (تفصیل کے لیے dN)
command-hide = چھپائیں: /hide N (تفصیل کے لیے dN)
command-restore = دوبارہ دکھائیں: /restore N (تفصیل کے لیے dN)
command-tally = میٹنگ کے اسٹیکر: /tally N تعداد
command-phase = مرحلہ بدلیں: /phase open|voting|closed
command-broadcast = سب کے لیے پیغام: /broadcast متن
command-outcome = کسی شیٹ پر فیصلہ: /outcome N adopted|considered|declined متن
command-qr = پوسٹروں کے لیے QR کوڈ: /qr [موضوع|N]
command-translate = ترجمہ کریں: /translate N زبان متن (تفصیل کے لیے dN)
command-translations = جو ترجمے کا انتظار کر رہا ہے: /translations [زبان]
command-grant = کردار دیں: /grant کردار صارف [زبان]
command-revoke = کردار واپس لیں: /revoke کردار صارف
command-audit = سہولت کاروں کے تازہ ترین اقدامات
audit-approve = منظور کیا گیا
audit-restore = دوبارہ دکھایا گیا
audit-hide = چھپایا گیا
audit-auto-hide = رپورٹس کے بعد چھپایا گیا
audit-tally = میٹنگ کی گنتی
audit-phase = مرحلہ
audit-broadcast = سب کو پیغام
audit-outcome = فیصلہ
audit-grant = کردار دیا گیا
audit-revoke = کردار واپس لیا گیا
audit-translate = ترجمہ کیا گیا
