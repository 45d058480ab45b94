# أصحاب العمل والوظائف الشاغرة والإحالات. كل مفتاح هنا موجود أيضاً في ../en/jobs.ftl.

jobs-filter = عرض
jobs-all = الكل
jobs-choose = اختر…
jobs-yes = نعم
jobs-no = لا
jobs-edit = تعديل
jobs-save = حفظ
jobs-cancel = إلغاء
jobs-sector = القطاع
jobs-location = الموقع
jobs-pages = الصفحات
jobs-previous = الصفحة السابقة
jobs-next = الصفحة التالية
jobs-page-number = الصفحة { $number }
jobs-pledge = نتعهد بألا يدفع العمال أي رسوم توظيف أبداً.
jobs-pledge-staff = يتعهد صاحب العمل بألا يدفع العمال أي رسوم توظيف أبداً.
jobs-pledge-hint = لا يجوز أن يدفع العامل مقابل توظيفه (اتفاقية منظمة العمل الدولية رقم 181). لا تُنشر الوظيفة إلا بعد أن يتعهد صاحب العمل بذلك، ولا يمكن سحب التعهد.

jobs-error-summary = بعض الإجابات تحتاج إلى تصحيح. تظهر كل مشكلة بجانب حقلها.
jobs-error-required = هذا الحقل مطلوب.
jobs-error-invalid = هذه القيمة غير صالحة. تحقق منها وحاول مرة أخرى.
jobs-error-number = أدخل رقماً، مثل 350.
jobs-error-amount = أدخل مبلغاً بالدينار، بثلاث منازل عشرية على الأكثر.
jobs-error-too-large = هذا المبلغ كبير جداً.
jobs-error-below-minimum-wage = الأجر أقل من الحد الأدنى للأجور المبين أعلاه.
jobs-error-wage-range = يجب ألا يقل أعلى أجر عن أدنى أجر.
jobs-error-date = أدخل التاريخ بصيغة سنة-شهر-يوم.
jobs-error-date-past = هذا التاريخ قد مضى.
jobs-error-title-needed = اكتب عنواناً بالعربية أو بالإنجليزية أو بكلتيهما.
jobs-error-pledge-needed = لا تُنشر الوظيفة إلا بعد التعهد بعدم تحصيل رسوم. اختر التعهد، أو احفظها مسودة.
jobs-error-too-long = هذا النص طويل جداً.
jobs-error-too-short = هذا النص قصير جداً.
jobs-error-phone = أدخل رقم هاتف من 7 إلى 15 رقماً.
jobs-error-email = أدخل عنوان بريد إلكتروني صحيحاً.
jobs-error-occupation = اختر مهنة من القائمة، أو اكتب رمزها الدولي المكوّن من أربعة أرقام.
jobs-error-choose = اختر أحد الخيارات.
jobs-error-reason-needed = اذكر سبب هذه النتيجة.
jobs-error-stage = لا يمكن نقل هذه الإحالة إلى تلك المرحلة.
jobs-error-status = لا يمكن تغيير حالة هذه الوظيفة إلى تلك الحالة.
jobs-error-stale = غيّر شخص آخر هذا السجل أثناء تعديلك له. لم يُحفظ شيء. افتحه من جديد لترى تغييراته، ثم أدخل تغييراتك.
jobs-error-duplicate = يوجد سجل بهذه البيانات من قبل. لم يُحفظ شيء.
jobs-error-range = أدخل رقمًا من { $min } إلى { $max }.
jobs-error-at-most = أدخل رقمًا لا يزيد على { $max }.
jobs-error-too-many = أدخل { $max } عناصر على الأكثر.
jobs-error-control-characters = احذف رموز التحكم غير المرئية من هذا النص.
jobs-error-no-employer-move = لا يمكن نقل الوظيفة إلى صاحب عمل آخر.
jobs-error-vacancy-not-open = لم تعد هذه الوظيفة مفتوحة.
jobs-error-pledge-kept = لا يمكن التراجع عن التعهد بعدم تقاضي رسوم بعد تسجيله.

employers-title = أصحاب العمل
employers-saved = حُفظ صاحب العمل.
employers-search = الاسم
employers-new = تسجيل صاحب عمل
employers-none = لا يوجد أصحاب عمل.
employers-verified = تم التحقق
employers-pledged = التعهد بعدم تحصيل رسوم
employers-verify = تحقق
employers-new-title = تسجيل صاحب عمل
employers-edit-title = تعديل صاحب العمل
employers-name = الاسم
employers-name-ar = الاسم بالعربية
employers-name-en = الاسم بالإنجليزية
employers-name-hint = بالعربية أو بالإنجليزية أو بكلتيهما: تعرض كل صفحة الاسم بلغتها إن وُجد.
employers-registration = رقم التسجيل
employers-contact-name = الشخص المسؤول
employers-contact-phone = هاتف المسؤول
employers-contact-email = بريد المسؤول الإلكتروني
employers-pledge-taken = تعهد صاحب العمل بألا يدفع العمال أي رسوم توظيف.

vacancies-title = الوظائف الشاغرة
vacancies-saved = حُفظت الوظيفة.
vacancies-new = نشر وظيفة
vacancies-none = لا توجد وظائف.
vacancies-status = الحالة
vacancies-status-draft = مسودة
vacancies-status-open = مفتوحة
vacancies-status-filled = مشغولة
vacancies-status-closed = مغلقة
vacancies-code = الرمز
vacancies-code-invalid = اكتب الرمز ستة أرقام، مثل ٤٨٢ ٩١٥
vacancies-code-none = لا توجد وظيفة شاغرة بالرمز { $code }.
vacancies-matches = الباحثون المناسبون
vacancies-close = إغلاق
vacancies-close-title = إغلاق وظيفة
vacancies-close-question = هل تريد إغلاق هذه الوظيفة؟ لن تُعرض ولن تُطابق بعد ذلك.
vacancies-close-confirm = أغلق الوظيفة
vacancies-new-title = نشر وظيفة
vacancies-edit-title = تعديل الوظيفة
vacancies-employer = صاحب العمل
vacancies-title-ar = العنوان بالعربية
vacancies-title-en = العنوان بالإنجليزية
vacancies-occupation = المهنة
vacancies-occupation-hint = اكتب كلمة من اسم المهنة واختر من القائمة، أو اكتب رمزها الدولي المكوّن من أربعة أرقام.
vacancies-wage = الأجر
vacancies-minimum-wage = الحد الأدنى للأجور
vacancies-wage-min = أدنى أجر (بالدينار)
vacancies-wage-max = أعلى أجر (بالدينار)
vacancies-wage-period = طريقة الدفع
vacancies-per-monthly = دينار شهرياً
vacancies-per-daily = دينار يومياً
vacancies-period-monthly = شهرياً
vacancies-period-daily = يومياً
vacancies-openings = عدد الوظائف
vacancies-hours = ساعات العمل في الأسبوع
vacancies-shift = الوردية
vacancies-shift-day = نهارية
vacancies-shift-night = ليلية
vacancies-shift-rotating = متناوبة
vacancies-shift-flexible = مرنة
vacancies-contract = العقد
vacancies-contract-permanent = دائم
vacancies-contract-fixed_term = محدد المدة
vacancies-contract-seasonal = موسمي
vacancies-contract-daily = يومي
vacancies-start-date = تاريخ البدء
vacancies-closing-date = آخر موعد للتقديم
vacancies-skills = المهارات
vacancies-skills-hint = افصل بين المهارات بفواصل.
vacancies-languages = اللغات التي يتطلبها العمل
vacancies-languages-hint = اترك السطر فارغًا إن لم تكن هناك حاجة إلى لغات أخرى. اكتب اسم اللغة أو رمزها المكوّن من حرفين واخترها من القائمة.
vacancies-languages-needed = اللغات:
vacancies-description-ar = الوصف بالعربية
vacancies-description-en = الوصف بالإنجليزية
vacancies-benefits = المزايا
vacancies-benefit-transport = المواصلات
vacancies-benefit-accommodation = السكن
vacancies-benefit-meals = الوجبات
vacancies-benefit-childcare = رعاية الأطفال
vacancies-benefit-social-security = الضمان الاجتماعي
vacancies-arranges-permit = يتقدم صاحب العمل بطلب تصريح العمل لمن يُوظَّف.
vacancies-publishing = النشر
vacancies-publish = انشر الآن (وإلا تُحفظ مسودة)
vacancies-published = الحالة: { $status }. نُشرت هذه الوظيفة من قبل.
vacancies-matches-title = الباحثون عن عمل لوظيفة
vacancies-include-ineligible = اعرض أيضاً من لا يحق لهم قانونياً شغل هذه الوظيفة، مع الأسباب
vacancies-no-matches = لا يوجد باحثون عن عمل في مركزك يناسبون هذه الوظيفة.
vacancies-eligible = { $gender ->
    [female] يحق لها شغل هذه الوظيفة.
   *[other] يحق له شغل هذه الوظيفة.
}
vacancies-not-eligible = { $gender ->
    [female] لا يحق لها شغل هذه الوظيفة بعد.
   *[other] لا يحق له شغل هذه الوظيفة بعد.
}
vacancies-remedies = ما الذي يجعل ذلك ممكناً:
vacancies-verdict-national = لا يحتاج المواطنون إلى تصريح عمل.
vacancies-verdict-permit = { $gender ->
    [female] يشملها تصريح العمل الذي تحمله:
   *[other] يشملها تصريح العمل الذي يحمله:
}
vacancies-verdict-employer-arranges = سيتقدم صاحب العمل بطلب تصريح العمل.
vacancies-verdict-closed-occupation = المهنة مغلقة أمام غير المواطنين: المجموعة
vacancies-verdict-no-permit = { $gender ->
    [female] لا يشمل أي تصريح عمل لديها هذه الوظيفة.
   *[other] لا يشمل أي تصريح عمل لديه هذه الوظيفة.
}
vacancies-remedy-flexible = تصريح مرن:
vacancies-remedy-renew = { $gender ->
    [female] تجديد تصريحها قبل
   *[other] تجديد تصريحه قبل
}
vacancies-remedy-await = { $gender ->
    [female] بدء سريان تصريحها قيد الإصدار
   *[other] بدء سريان تصريحه قيد الإصدار
}
vacancies-remedy-employer-specific = تصريح لدى صاحب العمل هذا يتقدم به صاحب العمل
vacancies-fit-same-occupation = { $gender ->
    [female] عملت في هذه المهنة
   *[other] عمل في هذه المهنة
}
vacancies-fit-minor-group = { $gender ->
    [female] عملت في مهنة قريبة جداً
   *[other] عمل في مهنة قريبة جداً
}
vacancies-fit-sub-major-group = { $gender ->
    [female] عملت في مهنة ذات صلة
   *[other] عمل في مهنة ذات صلة
}
vacancies-fit-major-group = { $gender ->
    [female] عملت في المجال العام نفسه
   *[other] عمل في المجال العام نفسه
}
vacancies-fit-years =
    { $years ->
        [zero] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $years } سنوات
       *[other] { $years } سنة
    }
vacancies-fit-skills = { $gender ->
    [female] لديها المهارات:
   *[other] لديه المهارات:
}
vacancies-fit-skills-missing = { $gender ->
    [female] تنقصها المهارات:
   *[other] تنقصه المهارات:
}
vacancies-fit-languages-missing = { $gender ->
    [female] لا تتقن بما يكفي:
   *[other] لا يتقن بما يكفي:
}
vacancies-fit-place-home = { $gender ->
    [female] الوظيفة في مكان سكنها.
   *[other] الوظيفة في مكان سكنه.
}
vacancies-fit-place-preferred = { $gender ->
    [female] الوظيفة في مكان تقبل العمل فيه.
   *[other] الوظيفة في مكان يقبل العمل فيه.
}
vacancies-fit-place-governorate = { $gender ->
    [female] الوظيفة في محافظتها.
   *[other] الوظيفة في محافظته.
}
vacancies-fit-place-elsewhere = { $gender ->
    [female] الوظيفة بعيدة عن مكان سكنها.
   *[other] الوظيفة بعيدة عن مكان سكنه.
}
vacancies-concern-night-work = { $gender ->
    [female] لا تعمل ليلاً.
   *[other] لا يعمل ليلاً.
}
vacancies-concern-no-transport = { $gender ->
    [female] تحتاج إلى مواصلات، ولا تتوفر.
   *[other] يحتاج إلى مواصلات، ولا تتوفر.
}
vacancies-concern-no-childcare = { $gender ->
    [female] تحتاج إلى رعاية للأطفال، ولا تتوفر.
   *[other] يحتاج إلى رعاية للأطفال، ولا تتوفر.
}
vacancies-concern-too-many-hours = { $gender ->
    [female] طلبت عملاً بدوام جزئي.
   *[other] طلب عملاً بدوام جزئي.
}
vacancies-concern-closes-early = { $gender ->
    [female] يُغلق التقديم قبل أن تصبح متاحة.
   *[other] يُغلق التقديم قبل أن يصبح متاحاً.
}
vacancies-concern-other-sector = { $gender ->
    [female] ليس من القطاعات التي طلبتها.
   *[other] ليس من القطاعات التي طلبها.
}
vacancies-fit-wage = تدفع { $percent }٪ من الحد الأدنى للأجور.

referrals-title = الإحالات
referrals-saved = سُجلت النتيجة.
referrals-none = لا توجد إحالات.
referrals-stage = المرحلة
referrals-stage-proposed = مقترحة
referrals-stage-referred = محالة
referrals-stage-interview = مقابلة
referrals-stage-offered = قُدّم عرض عمل
referrals-stage-hired = تم التوظيف
referrals-stage-declined = اعتذر المرشح
referrals-stage-rejected = لم يُختر
referrals-stage-no_show = لم يحضر
referrals-stage-withdrawn = سُحبت
referrals-candidate = المرشح
referrals-phone = الهاتف
referrals-languages = اللغات
referrals-occupations = الخبرة
referrals-skills = المهارات
referrals-follow-ups = المتابعات المقررة
referrals-follow-up-due = مستحقة
referrals-language-ar = العربية
referrals-language-en = الإنجليزية
referrals-level-basic = أساسي
referrals-level-conversational = محادثة
referrals-level-fluent = بطلاقة
referrals-level-native = لغة أم
referrals-no-consent = لم يوافق المرشح على مشاركة بياناته مع أصحاب العمل، لذا تظهر هنا الإحالة وحدها.
referrals-no-consent-staff = لا تُعرض على صاحب العمل: لم يوافق المرشح على مشاركة بياناته، فلا يرى صاحب العمل إلا الوظيفة والمرحلة.
referrals-record = سجّل ما حدث
referrals-reason = السبب أو ملاحظة
referrals-reason-hint = يلزم ذكر السبب إذا اعتذر المرشح أو لم يُختر أو لم يحضر، أو سُحبت الإحالة.
referrals-choose = اختر ما حدث…
referrals-needs-reason = { $stage } (يلزم ذكر السبب)
referrals-next-proposed = ناقشها مع الشخص، ثم أرسل الإحالة عند موافقته
referrals-next-proposed-employer = يناقش المركز الإحالة مع المرشح
referrals-next-call-employer = { $days ->
    [few] مضت { $days } أيام دون رد: اتصل بصاحب العمل
    [many] مضى { $days } يومًا دون رد: اتصل بصاحب العمل
   *[other] مضى { $days } يوم دون رد: اتصل بصاحب العمل
}
referrals-next-referred = بانتظار رد صاحب العمل
referrals-next-referred-employer = ادعُ إلى مقابلة أو قدّم عرضًا أو اعتذر
referrals-next-interview = المقابلة مرتّبة: بانتظار النتيجة
referrals-next-interview-employer = سجّل نتيجة المقابلة
referrals-next-offered = قُدّم العرض: بانتظار الجواب
referrals-next-follow-up-due = المتابعة مستحقة منذ { $day }
referrals-next-follow-up = المتابعة في { $day }
referrals-next-followed-up = تمت كل المتابعات
referrals-next-hired-employer = لا شيء آخر مطلوب
referrals-next-closed = مغلقة
referrals-open = الإحالات المفتوحة
referrals-all = كل الإحالات
referrals-one-vacancy = وظيفة واحدة
referrals-to-vacancy = الإحالات إلى
referrals-every-vacancy = اعرض كل الوظائف
referrals-show = الإحالات المعروضة
referrals-person = الشخص
referrals-vacancy = الوظيفة
referrals-employer = صاحب العمل
referrals-since = منذ
referrals-next = الخطوة التالية
referrals-name-not-shared = الاسم غير مُشارك
referrals-record-erased = سجلّ مُحيت بياناته
referrals-profile = الملف
referrals-new-stage = ما الذي حدث
referrals-saved-closed = سُجلت النتيجة. أُغلقت الإحالة: تجدها ضمن كل الإحالات لا المفتوحة.
referrals-save = تسجيل
employers-pick-hint = اكتب اسم صاحب العمل أو جزءًا منه. إن طابقه أكثر من صاحب عمل فاختر أحدهم من القائمة التي تظهر.
employers-pick-choose = أصحاب العمل المطابقة أسماؤهم
employers-pick-none = لا يوجد صاحب عمل بهذا الاسم. تحقق من الكتابة، أو سجّل صاحب العمل أولًا.
employers-pick-several = يطابق هذا الاسم أكثر من صاحب عمل: اختر أحدهم من القائمة أدناه.
employers-pick-too-many = يطابق هذا الاسم أصحاب عمل كثيرون: اكتب جزءًا أطول منه، أو اختر أحد أوائل المطابقين أدناه.
vacancies-one-employer = صاحب عمل واحد
vacancies-of-employer = وظائف
vacancies-every-employer = اعرض كل أصحاب العمل
vacancies-candidate-not-sharing = { $gender ->
    [female] لم توافق على مشاركة ملفها: لن يرى صاحب العمل أي شيء عنها.
   *[other] لم يوافق على مشاركة ملفه: لن يرى صاحب العمل أي شيء عنه.
}
vacancies-choose = إحالة
vacancies-refer-chosen = أحِل الأشخاص المختارين
vacancies-choose-someone = اختر أولًا الأشخاص الذين تريد إحالتهم.
vacancies-referred-many = { $count ->
    [zero] لم يُحل أحد.
    [one] أُحيل شخص واحد.
    [two] أُحيل شخصان.
    [few] أُحيل { $count } أشخاص.
   *[other] أُحيل { $count } شخصًا.
}
