# consultbot — العربية: الحد من كثرة الرسائل، و/mydata كملف، و/forget (الكل أو الحساب).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# Translations other than English are drafts, to be reviewed by a native speaker.
# Every message here must exist in every other locale, with the same variables (a test checks).

flood-slow-down = أنت ترسل رسائل كثيرة جدًا. من فضلك تمهّل: لن أجيب عن الرسائل التالية لبضع ثوانٍ.
flood-too-many-texts = أضفت نصوصًا كثيرة في وقت قصير. من فضلك انتظر قليلًا قبل أن تضيف المزيد. نصك محفوظ: يمكنك نشره لاحقًا.
mydata-file-caption = كل ما يحفظه consultbot عنك، كاملًا، في ملف (JSON).
forget-choose = ماذا تريد أن ينسى consultbot؟
    • كل شيء: حسابك وملصقاتك والأوراق والتفاصيل التي كتبتها.
    • حسابك فقط: حسابك وملصقاتك. ما كتبته يبقى، لكن لن يربطه بك أي شيء.
button-forget-all = كل شيء، وما كتبته أيضًا
button-forget-account = حسابي فقط
forget-confirm-all = هل تريد أن ينسى consultbot كل شيء عنك؟ ستُحذف ملصقاتك وأجوبتك ولغتك والأوراق والتفاصيل التي كتبتها، مع الملصقات التي وضعها الآخرون عليها. لا يمكن التراجع عن هذا.
usage-forget = اكتب /forget أو /forget all أو /forget account.
audit-forget = نُسي أحد السكان
