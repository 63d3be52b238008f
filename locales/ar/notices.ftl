# consultbot — العربية: الرسائل العامة والقرارات كمسودات، مع نسخة لكل لغة.
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# مسودة ترجمة، تمت بمساعدة الآلة، ويجب أن يراجعها متحدث أصلي باللغة العربية.

notice-preview-broadcast = المسودة { $ref }: رسالة إلى { $count ->
    [zero] لا أحد من السكان
    [one] ساكن واحد
    [two] اثنين من السكان
    [few] { $count } من السكان
    [many] { $count } من السكان
   *[other] { $count } من السكان
}:
notice-preview-decision = المسودة { $ref }: القرار بشأن الورقة { $number } هو «{ $decision }». { $count ->
    [zero] لن يُبلَّغ أحد:
    [one] سيتم إبلاغ ساكن واحد:
    [two] سيتم إبلاغ اثنين من السكان:
    [few] سيتم إبلاغ { $count } من السكان:
    [many] سيتم إبلاغ { $count } من السكان:
   *[other] سيتم إبلاغ { $count } من السكان:
}
notice-versions = النسخ: { $languages }
notice-version-original = { $language } (الأصل)
notice-version-human = { $language }
notice-version-machine = { $language } (ترجمة آلية)
notice-language-count = { $language }: { $count }
notice-missing = لا توجد نسخة بعد بـ: { $languages }
notice-missing-machine = سيصلهم نص مترجم آليًا، مع ذكر ذلك.
notice-missing-original = سيصلهم النص الأصلي مع ملاحظة.
notice-translate-hint = لإضافة نسخة: /translate { $ref } اللغة النص
notice-not-found = لا توجد مسودة { $ref }.
notice-not-draft = { $ref } أُرسلت أو أُلغيت من قبل.
notice-original-language = { $ref } مكتوبة بـ{ $language }. لتغيير النص، اكتب الأمر مرة أخرى.
notice-translating = تم التأكيد. سترسل إلى { $count ->
    [zero] لا أحد
    [one] ساكن واحد
    [two] اثنين من السكان
    [few] { $count } من السكان
    [many] { $count } من السكان
   *[other] { $count } من السكان
} فور جاهزية الترجمات الآلية.
notice-cancelled = أُلغيت المسودة { $ref }. لم يُرسل شيء.
notice-machine-translated = ترجمة آلية من { $language }. لم يراجعها أي شخص.
notice-untranslated = لم تُترجم إلى لغتك بعد. هذا هو النص الأصلي بـ{ $language }.
sheet-decision = القرار: { $decision }
