# consultbot — Persian words for the facilitator's side (issue 13): the audit log in words,
# /stats labels and counts, /tally confirmation.
# DRAFT: written with the code; translations into the other languages are drafts to review.

audit-entry-grant = نقش { $role } برای زبان { $language } به { $user } داده شد
audit-entry-grant-role = نقش { $role } به { $user } داده شد
audit-entry-revoke = نقش { $role } از { $user } گرفته شد
audit-entry-phase = مرحله تغییر کرد: از { $old } به { $new }
phase-name-open = باز
phase-name-voting = فقط رأی‌گیری
phase-name-closed = بسته
audit-entry-outcome = تصمیم درباره { $target }: { $decision }
audit-entry-tally = { $target }: تعداد برچسب‌ها در جلسه‌ها: { $count }
audit-entry-moderation = { $action } { $target } (پیش‌تر: { $old })
audit-entry-auto-hide = { $target } پس از گزارش‌ها پنهان شد (تعداد: { $count })
audit-entry-broadcast = پیام به ساکنان (تعداد: { $count }): { $text }
audit-entry-translate = { $target } به { $language } ترجمه شد
audit-entry-forget = یک ساکن فراموش شد؛ پاک‌شده: برگه‌ها { $sheets }، جزئیات { $details }، برچسب‌ها { $stickers }

stats-facilitators = تسهیل‌گران (مدیران و نقش‌ها، در بالا شمرده نشده‌اند): { $count }

tally-confirm = برگه { $number }: تعداد برچسب‌ها در جلسه‌ها { $count } است، بیشتر از { $limit }، یعنی بیشتر از آنچه معمولاً در یک جلسه شمرده می‌شود. درست است؟ تا تأیید نکنید چیزی ذخیره نمی‌شود.
button-tally-yes = بله، ذخیره کن
button-tally-no = نه
qr-username-unknown = کد QR به نام کاربری ربات نیاز دارد. ربات آن را هنگام اجرای `consultbot run` از تلگرام می‌گیرد: یک بار آن را اجرا کنید، یا CONSULTBOT_BOT_USERNAME را تنظیم کنید (مثلاً my_city_bot). سپس دوباره /qr را بفرستید.
