# consultbot — Arabic UI strings.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# مسودة ترجمة، تمت بمساعدة الآلة، ويجب أن يراجعها متحدث أصلي باللغة العربية.
# Keep sentences short and plain: many readers are not fluent readers.
# اكتب جملًا قصيرة وبسيطة: كثير من القراء لا يقرؤون بطلاقة.
# Every message here must exist in every other locale, with the same variables (a test checks).
# Words: sticker = ملصق، sheet = ورقة، challenge = تحدٍّ، solution = حل، detail = تفصيل،
# facilitator = موظف من البلدية، consultation = الحوار.
# Plurals: zero, one, two, few (3–10), many (11–99), other (100+).
# Arrows « ‹ › are kept as in English: in right-to-left text the app mirrors them by itself.

## Languages, named in this language

language-da = الدانماركية
language-en = الإنجليزية
language-ar = العربية
language-tr = التركية
language-ur = الأردية
language-so = الصومالية
language-pl = البولندية
language-fa = الفارسية
language-uk = الأوكرانية

## Words

kind-challenge = تحدٍّ
kind-solution = حل

## Welcome, themes and help

welcome-choose-theme = اختر موضوعًا لتبدأ:
themes-title = المواضيع
theme-counts = { $challenges ->
    [zero] لا تحديات
    [one] تحدٍّ واحد
    [two] تحديان
    [few] { $challenges } تحديات
    [many] { $challenges } تحديًا
   *[other] { $challenges } تحدٍّ
} و{ $solutions ->
    [zero] لا حلول
    [one] حل واحد
    [two] حلان
    [few] { $solutions } حلول
    [many] { $solutions } حلًا
   *[other] { $solutions } حل
} حتى الآن.
help-title = طريقة الاستعمال
help-body =
    اقرأ ما كتبه الآخرون، واكتب أفكارك، وضع ملصقات على ما يهمك أكثر.

    عدد ملصقاتك في كل موضوع: { $challenges } للتحديات و{ $solutions } للحلول. يمكنك وضع ملصق واحد فقط على كل ورقة.
    يمكنك أيضًا كتابة رقم الزر.
hint = لم أفهم ذلك. اضغط على زر، أو اكتب /themes أو /help.
hint-use-buttons = من فضلك اختر بالضغط على زر، أو اكتب رقم الزر. اكتب /cancel للإيقاف.
error-unknown-command = لا أعرف هذا الأمر. اكتب /help لترى ما يمكنك فعله.
error-need-number = من فضلك أضف رقم الورقة، مثلًا: /item 12
error-sorry = عذرًا، حدث خطأ. من فضلك حاول مرة أخرى.
stale-button = هذا الزر قديم. يمكنك المتابعة من هنا.
nothing-to-cancel = لا يوجد شيء لإيقافه.
cancelled = تم الإيقاف. لم يُحفظ أي شيء.

## Buttons

button-themes = المواضيع
button-back-themes = « كل المواضيع
button-back-theme = « { $theme }
button-back-list = « القائمة
button-help = مساعدة
button-about = عن الحوار
button-language = اللغة
button-my-stickers = ملصقاتي
button-challenges = التحديات ({ $count })
button-solutions = الحلول ({ $count })
button-add-here = ✍ اكتب ورقة جديدة
button-previous = ‹ السابق
button-next = المزيد ›
button-open = افتح { $number }
button-original = اعرض النص الأصلي
button-vote = ● ضع ملصقًا
button-unvote = ○ استرجع ملصقي
button-add-detail = ✍ أضف تفصيلًا
button-move-from = انقله من { $number }
button-take-back-from = استرجعه من { $number }
button-cancel = إلغاء
button-publish = ✔ انشر
button-edit = ✏ عدّل
button-kind-challenge = تحدٍّ
button-kind-solution = حل
button-as-detail = أضفه كتفصيل إلى { $number }
button-add-another = اكتب ورقة أخرى

## Lists and sheets

list-challenges = { $theme }: التحديات ({ $page }/{ $pages })
list-solutions = { $theme }: الحلول ({ $page }/{ $pages })
list-empty = لا يوجد شيء هنا بعد. يمكنك أن تكتب أول ورقة.
list-stickers = { $count ->
    [zero] لا ملصقات
    [one] ملصق واحد
    [two] ملصقان
    [few] { $count } ملصقات
    [many] { $count } ملصقًا
   *[other] { $count } ملصق
}
list-stickers-mine = { $count ->
    [zero] لا ملصقات
    [one] ملصق واحد
    [two] ملصقان
    [few] { $count } ملصقات
    [many] { $count } ملصقًا
   *[other] { $count } ملصق
} · واحد منها منك
sheet-stickers = الملصقات: { $online } هنا في المحادثة، و{ $meeting } في الاجتماعات.
sheet-your-sticker = وضعت ملصقًا على هذه الورقة.
sheet-details = { $count ->
    [zero] لا تفاصيل
    [one] تفصيل واحد
    [two] تفصيلان
    [few] { $count } تفاصيل
    [many] { $count } تفصيلًا
   *[other] { $count } تفصيل
}
sheet-pending = أنت فقط ترى هذه الورقة الآن. سينظر فيها موظف من البلدية قريبًا.
sheet-favourite = في اجتماعات السكان سنة 2010، كانت هذه الورقة رقم { $rank } بين أهم 5 أوراق.
sheet-translated = (مترجم من { $language }. اضغط على «اعرض النص الأصلي» لقراءته.)
sheet-untranslated = (مكتوب باللغة { $language }. الترجمة قادمة قريبًا.)
sheet-original = النص الأصلي، باللغة { $language }:
sheet-not-found = الورقة { $number } غير موجودة، أو لم تعد معروضة.
detail-translated = (مترجم من { $language })
detail-language = (باللغة { $language })

## Stickers

stickers-left = { $count ->
    [zero] لم يبقَ لك أي ملصق.
    [one] بقي لك ملصق واحد.
    [two] بقي لك ملصقان.
    [few] بقي لك { $count } ملصقات.
    [many] بقي لك { $count } ملصقًا.
   *[other] بقي لك { $count } ملصق.
}
stickers-left-theme = ملصقاتك الباقية في هذا الموضوع: للتحديات { $challenges } من { $challenges_total }، وللحلول { $solutions } من { $solutions_total }.
sticker-placed = تم وضع الملصق. { $count ->
    [0] لم يبقَ لك أي ملصق من هذا النوع في هذا الموضوع.
    [zero] لم يبقَ لك أي ملصق من هذا النوع في هذا الموضوع.
    [one] بقي لك ملصق واحد من هذا النوع في هذا الموضوع.
    [two] بقي لك ملصقان من هذا النوع في هذا الموضوع.
    [few] بقي لك { $count } ملصقات من هذا النوع في هذا الموضوع.
    [many] بقي لك { $count } ملصقًا من هذا النوع في هذا الموضوع.
   *[other] بقي لك { $count } ملصق من هذا النوع في هذا الموضوع.
}
sticker-already = لقد وضعت ملصقًا على هذه الورقة من قبل.
sticker-taken-back = تم استرجاع الملصق. يمكنك وضعه على ورقة أخرى.
sticker-none-here = ليس لك ملصق على { $number }.
sticker-moved = نُقل ملصقك من { $from } إلى { $to }.
stickers-none-left-challenge = لقد استعملت كل ملصقات التحديات في { $theme } (عددها { $count }).
stickers-none-left-solution = لقد استعملت كل ملصقات الحلول في { $theme } (عددها { $count }).
stickers-move-offer = يمكنك نقل ملصق واحد. أي ملصق تريد أن تنقل؟
stickers-take-back-offer = اضغط على ملصق لاسترجاعه.
my-stickers-title = ملصقاتك
my-stickers-challenges = التحديات: { $used } من { $total }
my-stickers-solutions = الحلول: { $used } من { $total }
my-stickers-none = لم تضع أي ملصق بعد. افتح ورقة واضغط «ضع ملصقًا».

## Writing

add-choose-theme = عن أي موضوع تتكلم ورقتك؟
add-choose-kind = { $theme }: هل هو تحدٍّ (مشكلة تراها) أم حل (فكرة)؟
add-write-challenge = اكتب التحدي في رسالة واحدة (عدد الأحرف: من { $min } إلى { $max }).
add-write-solution = اكتب الحل في رسالة واحدة (عدد الأحرف: من { $min } إلى { $max }).
add-preview-challenge = التحدي الذي كتبته في موضوع { $theme }:
add-preview-solution = الحل الذي كتبته في موضوع { $theme }:
add-similar = بعض الأوراق هنا تشبه ورقتك. يمكنك أن تضيف نصك كتفصيل إلى واحدة منها، حتى لا تتفرق الملصقات:
preview-question = هل تريد نشرها؟
add-done-challenge = شكرًا! التحدي الذي كتبته هو الآن الورقة { $number }.
add-done-solution = شكرًا! الحل الذي كتبته هو الآن الورقة { $number }.
add-done-pending = شكرًا! ورقتك هي رقم { $number }. سيراها الآخرون بعد أن ينظر فيها موظف من البلدية.
detail-write = اكتب تفصيلك للورقة { $number }:
detail-write-again = اكتب تفصيلك للورقة { $number } مرة أخرى:
detail-preview = تفصيلك للورقة { $number }:
detail-done = شكرًا! أُضيف تفصيلك إلى الورقة { $number }.
detail-done-pending = شكرًا! سيظهر تفصيلك للورقة { $number } بعد أن ينظر فيه موظف من البلدية.
text-limits = عدد الأحرف: من { $min } إلى { $max }.
text-blank = الرسالة فارغة. من فضلك اكتب بعض الكلمات.
text-too-short = النص قصير جدًا. أقل عدد للأحرف هو { $min }.
text-too-long = النص طويل جدًا: عدد الأحرف { $length }. أكبر عدد مسموح هو { $max }.

## Phases

phase-voting-no-writing = الكتابة مغلقة الآن. ما زال بإمكانك القراءة ووضع الملصقات.
phase-closed = انتهى الحوار. ما زال بإمكانك قراءة كل شيء.

## Language

language-choose = اختر لغتك:
language-set = سأتحدث معك بالعربية من الآن.

## Terminal chat

console-banner = consultbot في الطرفية. اكتب /start لتبدأ، أو رقمًا لتختار. اضغط Ctrl-D للخروج.
console-file-saved = تم حفظ الملف: { $path }

## Reporting a sheet or detail

button-report = ⚑ إبلاغ
button-report-sheet = الورقة { $number } نفسها
button-cancel-report = « رجوع
report-what = عن ماذا تريد أن تُبلغ؟ عن الورقة، أو عن أحد تفاصيلها:
report-why = لماذا يجب أن ينظر موظف من البلدية في هذا؟
report-reason-spam = إعلان أو رسائل مزعجة
report-reason-offensive = كلام مسيء أو جارح
report-reason-off-topic = لا يتعلق بهذا الموضوع
report-thanks = شكرًا. سينظر موظف من البلدية في الأمر.

## Optional questions about who takes part

onboarding-district = سؤال اختياري: في أي منطقة من كوبنهاغن تسكن؟ هذا يساعد البلدية على معرفة من شارك. لن يظهر جوابك أبدًا بجانب ما تكتبه.
onboarding-age = وكم عمرك؟ (هذا اختياري أيضًا.)
onboarding-thanks = شكرًا! الآن اختر موضوعًا.
button-district-elsewhere = مكان آخر
button-skip = تخطي
age-band-1 = أقل من 18
age-band-2 = من 18 إلى 29
age-band-3 = من 30 إلى 44
age-band-4 = من 45 إلى 59
age-band-5 = من 60 إلى 74
age-band-6 = 75 أو أكثر

## Messages from the facilitators

broadcast-heading = رسالة من فريق الحوار
outcome-heading = أخبار عن الورقة { $number }: { $decision }
decision-adopted = تم اعتمادها
decision-considered = قيد الدراسة
decision-declined = لن يتم الأخذ بها

## Your data

mydata-title = ما يحفظه consultbot عنك
mydata-body =
    رقم حسابك في تيليجرام: { $id }
    اللغة: { $language }
    منطقة السكن: { $district }
    العمر: { $age }
    تشارك منذ: { $since }
    التفاصيل التي أضفتها: { $details }
mydata-none = غير مذكور
mydata-sheets = الأوراق التي كتبتها: { $count }
mydata-stickers = ملصقاتك ({ $count }): { $list }
mydata-privacy = لا يرى أحد غيرك من كتب ورقة أو من وضع ملصقًا. اكتب /forget إذا أردت أن ينساك consultbot.
forget-confirm = هل تريد أن ينساك consultbot؟ ستُحذف ملصقاتك وأجوبتك ولغتك. ما كتبته يبقى في الحوار، لكن لن يربطه بك أي شيء بعد الآن. لا يمكن التراجع عن هذا.
button-forget = نعم، انسني
forget-done = تم. لقد نسيك consultbot. إذا كتبت مرة أخرى، ستبدأ من جديد.
sheet-machine-translated = (مترجم آليًا من { $language }، ولم يراجعه إنسان. اضغط على «اعرض النص الأصلي» لقراءته.)
detail-machine-translated = (مترجم آليًا من { $language })
