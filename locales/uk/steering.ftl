# consultbot — Ukrainian words for the facilitator's side (issue 13): the audit log in words,
# /stats labels and counts, /tally confirmation.
# DRAFT: written with the code; translations into the other languages are drafts to review.

audit-entry-grant = роль { $role } для мови { $language } надано користувачу { $user }
audit-entry-grant-role = роль { $role } надано користувачу { $user }
audit-entry-revoke = роль { $role } забрано в користувача { $user }
audit-entry-phase = етап змінено: { $old } → { $new }
phase-name-open = відкритий
phase-name-voting = лише голосування
phase-name-closed = закритий
audit-entry-outcome = рішення щодо { $target }: { $decision }
audit-entry-tally = { $target }: кількість наліпок на зустрічах: { $count }
audit-entry-moderation = { $action } { $target } (раніше: { $old })
audit-entry-auto-hide = { $target } приховано після скарг (кількість: { $count })
audit-entry-broadcast = повідомлення мешканцям (кількість: { $count }): { $text }
audit-entry-translate = { $target } перекладено: { $language }
audit-entry-forget = мешканця забуто; видалено: аркуші { $sheets }, деталі { $details }, наліпки { $stickers }

stats-facilitators = Фасилітатори (адміністратори й ролі, не враховані вище): { $count }

tally-confirm = Аркуш { $number }: кількість наліпок на зустрічах — { $count }, це більше ніж { $limit }, більше, ніж зазвичай рахують на зустрічі. Це правильно? Нічого не збережено, доки ви не підтвердите.
button-tally-yes = Так, зберегти
button-tally-no = Ні
qr-username-unknown = Для QR-коду потрібне ім’я користувача бота. Бот дізнається його від Telegram, коли запускається `consultbot run`: запустіть його один раз або задайте CONSULTBOT_BOT_USERNAME (наприклад, my_city_bot). Потім надішліть /qr ще раз.
