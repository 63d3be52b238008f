# consultbot — українська: обмеження надто частих повідомлень, /mydata як файл і /forget (усе або обліковий запис).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# Translations other than English are drafts, to be reviewed by a native speaker.
# Every message here must exist in every other locale, with the same variables (a test checks).

flood-slow-down = Ви надсилаєте дуже багато повідомлень. Будь ласка, повільніше: кілька секунд я не відповідатиму на наступні.
flood-too-many-texts = Ви додали багато текстів за короткий час. Зачекайте трохи, перш ніж додавати ще. Ваш текст збережено: ви можете опублікувати його пізніше.
mydata-file-caption = Усе, що consultbot зберігає про вас, повністю, у файлі (JSON).
forget-choose = Що consultbot має забути?
    • Усе: ваш обліковий запис, ваші наліпки, а також аркуші й доповнення, які ви написали.
    • Лише обліковий запис: ваш обліковий запис і ваші наліпки. Те, що ви написали, залишиться, але ніщо не пов’язуватиме це з вами.
button-forget-all = Усе, і те, що я написав
button-forget-account = Лише мій обліковий запис
forget-confirm-all = Ви хочете, щоб consultbot забув усе про вас? Ваші наліпки, відповіді, мова, а також аркуші й доповнення, які ви написали, будуть видалені разом із наліпками, які їм дали інші. Цього не можна скасувати.
usage-forget = Напишіть /forget, /forget all або /forget account.
audit-forget = мешканця забуто
