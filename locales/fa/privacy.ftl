# consultbot — فارسی: محدودیت پیام‌های زیاد، /mydata به صورت فایل، و /forget (همه یا حساب).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# Translations other than English are drafts, to be reviewed by a native speaker.
# Every message here must exist in every other locale, with the same variables (a test checks).

flood-slow-down = شما پیام‌های خیلی زیادی می‌فرستید. لطفاً آهسته‌تر: تا چند ثانیه به پیام‌های بعدی جواب نمی‌دهم.
flood-too-many-texts = شما در زمان کوتاهی متن‌های زیادی اضافه کرده‌اید. لطفاً کمی صبر کنید و بعد متن‌های بیشتری اضافه کنید. متن شما نگه داشته شده است: می‌توانید آن را بعداً منتشر کنید.
mydata-file-caption = هر چه consultbot دربارهٔ شما نگه می‌دارد، به طور کامل، در یک فایل (JSON).
forget-choose = consultbot چه چیزی را فراموش کند؟
    • همه چیز: حساب شما، برچسب‌های شما، و برگه‌ها و توضیح‌هایی که نوشته‌اید.
    • فقط حساب شما: حساب و برچسب‌های شما. نوشته‌های شما می‌مانند، اما هیچ چیز آن‌ها را به شما وصل نمی‌کند.
button-forget-all = همه چیز، نوشته‌هایم هم
button-forget-account = فقط حساب من
forget-confirm-all = آیا می‌خواهید consultbot همه چیز را دربارهٔ شما فراموش کند؟ برچسب‌ها، پاسخ‌ها، زبان، و برگه‌ها و توضیح‌هایی که نوشته‌اید، همراه با برچسب‌هایی که دیگران به آن‌ها داده‌اند، پاک می‌شوند. این کار برگشت ندارد.
usage-forget = بنویسید /forget، /forget all یا /forget account.
audit-forget = یک ساکن فراموش شد
