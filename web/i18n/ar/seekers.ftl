# الباحثون عن عمل: القائمة، ونموذج التسجيل والتعديل، والملف مع التصاريح والموافقات،
# والوظائف المناسبة للباحث. المفاتيح: seekers- وpermits- وconsents- وmatches-.

seekers-list-title = الباحثون عن عمل
seekers-new-title = تسجيل باحث عن عمل
seekers-edit-title = تعديل بيانات باحث عن عمل
seekers-profile-title = باحث عن عمل
seekers-archive-title = أرشفة باحث عن عمل
seekers-register = تسجيل باحث عن عمل
seekers-save = حفظ التغييرات
seekers-cancel = إلغاء
seekers-edit = تعديل
seekers-archive = أرشفة
seekers-archived = مؤرشف
seekers-archived-note = هذا السجل مؤرشف: محفوظ، لكنه خارج القوائم والمطابقة.
seekers-archive-confirm = أرشفة سجل
seekers-archive-explain = يخرج الشخص من القوائم والمطابقة، ويبقى السجل وتاريخه محفوظين.
seekers-archive-submit = نعم، أرشِف
seekers-search-label = البحث عن باحثين عن عمل
seekers-search = الاسم أو الهاتف أو رقم الملف
seekers-search-hint = كلمات من الاسم بأي ترتيب، أو رقم الهاتف مكتوباً بأي طريقة أو آخر أرقامه، أو جزء من رقم الملف.
seekers-search-submit = بحث
seekers-nobody-found = لا أحد يطابق ما كتبته. تحقق من الإملاء، أو:
seekers-register-this-person = سجّل هذا الشخص
seekers-field-occupation-main = المهنة
seekers-last-activity = آخر نشاط
seekers-permit-none = لا تصريح
seekers-permit-not-needed = لا يلزم تصريح عمل
seekers-permit-in-force-until = ساري حتى { $day }
seekers-permit-starts = يبدأ في { $day }
seekers-permit-ended = انتهى في { $day }
seekers-any-status = كل الأوضاع
seekers-include-archived = تضمين السجلات المؤرشفة
seekers-count =
    { $count ->
        [0] لم يُعثر على أي باحث عن عمل.
        [one] باحث واحد عن عمل.
        [two] باحثان عن عمل.
        [few] { $count } باحثين عن عمل.
       *[other] { $count } باحثًا عن عمل.
    }
seekers-yes = نعم
seekers-no = لا
seekers-not-recorded = غير مسجّل
seekers-required-note = الحقول المعلّمة بـ * مطلوبة.
seekers-done-registered = تم تسجيل الباحث عن عمل.
seekers-done-updated = حُفظت التغييرات.
seekers-done-archived = أُرشف السجل.

seekers-section-person = الشخص
seekers-section-languages = اللغات
seekers-section-work = العمل والمهارات
seekers-section-occupations = المهن
seekers-section-preferences = التفضيلات
seekers-section-details = البيانات

seekers-field-centre = المركز
seekers-field-name = الاسم الكامل
seekers-field-case-reference = رقم الملف
seekers-hint-case-reference = مثل رقم ملف المفوضية. لا يتكرر في المركز.
seekers-gender = الجنس
seekers-field-birth-year = سنة الميلاد
seekers-field-nationality = الجنسية
seekers-hint-nationality = اكتب اسم البلد واختره من القائمة.
seekers-field-status = الوضع
seekers-field-phone = الهاتف
seekers-field-location = مكان السكن
seekers-field-language = اللغة { $number }
seekers-field-level = مستوى اللغة { $number }
seekers-level = المستوى
seekers-field-occupation = المهنة { $number }
seekers-hint-occupation = اكتب اسم المهنة بالعربية أو الإنجليزية واخترها، أو اكتب رمزها الدولي المكوّن من أربعة أرقام.
seekers-field-years = سنوات الخبرة في المهنة { $number }
seekers-years =
    { $count ->
        [zero] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $count } سنوات
       *[other] { $count } سنة
    }
seekers-field-education = التعليم
seekers-field-skills = المهارات
seekers-hint-skills = افصل بين المهارات بفواصل.
seekers-field-experience = الخبرة
seekers-hours = ساعات العمل
seekers-field-night-work = يعمل ليلًا
seekers-field-needs-transport = يحتاج إلى مواصلات
seekers-field-needs-childcare = يحتاج إلى رعاية أطفال
seekers-field-available-from = متاح للعمل من
seekers-field-disability = إعاقة أو احتياجات في العمل
seekers-field-sectors = القطاعات المفضلة
seekers-field-places = الأماكن المفضلة
seekers-chosen = المختارة: { $count }

seekers-status-refugee = لاجئ
seekers-status-asylum-seeker = طالب لجوء
seekers-status-refugee-female = لاجئة
seekers-status-asylum-seeker-female = طالبة لجوء
seekers-status-migrant-worker-female = عاملة مهاجرة
seekers-status-host-community = من المجتمع المضيف
seekers-status-migrant-worker = عامل مهاجر
seekers-gender-female = أنثى
seekers-gender-male = ذكر
seekers-gender-other = آخر
seekers-gender-undisclosed = يفضّل عدم الإفصاح
seekers-level-basic = مبتدئ
seekers-level-conversational = محادثة
seekers-level-fluent = بطلاقة
seekers-level-native = لغة أم
seekers-hours-any = أي ساعات
seekers-hours-full-time = دوام كامل
seekers-hours-part-time = دوام جزئي
seekers-isced-0 = تعليم الطفولة المبكرة
seekers-isced-1 = ابتدائي
seekers-isced-2 = إعدادي
seekers-isced-3 = ثانوي
seekers-isced-4 = ما بعد الثانوي
seekers-isced-5 = دبلوم متوسط
seekers-isced-6 = بكالوريوس أو ما يعادله
seekers-isced-7 = ماجستير أو ما يعادله
seekers-isced-8 = دكتوراه

seekers-language-ar = العربية
seekers-language-en = الإنجليزية
seekers-language-fr = الفرنسية
seekers-language-ku = الكردية
seekers-language-tr = التركية
seekers-language-fa = الفارسية
seekers-language-ur = الأردية
seekers-language-so = الصومالية
seekers-language-am = الأمهرية
seekers-language-es = الإسبانية
seekers-country-sy = سوريا
seekers-country-jo = الأردن
seekers-country-iq = العراق
seekers-country-ye = اليمن
seekers-country-sd = السودان
seekers-country-so = الصومال
seekers-country-ps = فلسطين
seekers-country-eg = مصر

seekers-error-language = اختر لغة من القائمة، أو اكتب رمزها المكوّن من حرفين.
seekers-error-country = اختر بلدًا من القائمة، أو اكتب رمزه المكوّن من حرفين.
seekers-error-birth-year = يجب أن تجعل سنة الميلاد عمر الشخص بين 14 و100 سنة.
seekers-error-duplicate-language = اللغة نفسها مذكورة مرتين.
seekers-error-own-centre = يمكنك تسجيل الأشخاص في مركزك فقط.
seekers-error-no-centre-move = لا يمكن نقل الشخص إلى مركز آخر بالتعديل.
seekers-error-archived = سجل هذا الشخص مؤرشف.
seekers-error-duplicate-case-reference = يوجد شخص مسجل في هذا المركز بالرقم المرجعي نفسه للحالة. لم يُحفظ شيء.
seekers-error-possible-duplicate = قد يكون هذا الشخص مسجلاً من قبل. لم يُحفظ شيء: راجع الأشخاص أدناه أولاً.
seekers-duplicates-title = قد يكون هذا الشخص مسجلاً من قبل
seekers-duplicate-here = مسجل في { $centre }
seekers-register-anyway = سجّل رغم ذلك
seekers-error-same-centre = هذا الشخص مسجل في هذا المركز أصلاً.
seekers-error-same-person = اختر السجل الآخر: لا يُدمج سجل في نفسه.
seekers-transfer = النقل إلى مركز آخر
seekers-transfer-title = نقل شخص إلى مركز آخر
seekers-transfer-now-at = مسجل في
seekers-transfer-explain = سيرى موظفو الحالات في المركز الذي تختاره هذا الشخص وتصاريحه وموافقاته وإحالاته من الآن، ولن يراها موظفو مركزه الحالي بعد ذلك. يُحفظ النقل في سجل الوصول.
seekers-transfer-to = النقل إلى
seekers-transfer-submit = انقل الشخص
seekers-done-transferred = نُقل الشخص إلى مركزه الجديد.
duplicates-title = سجلات قد تكون مكررة
duplicates-intro = أشخاص سُجّلوا مع أن شخصاً ببيانات مطابقة كان مسجلاً من قبل. قرّر لكل زوج: شخص واحد (يُدمج السجل الأحدث في الأقدم) أم شخصان.
duplicates-none = لا توجد سجلات مكررة محتملة تنتظر قراراً.
duplicates-later = سُجّل لاحقاً
duplicates-earlier = سُجّل أولاً
duplicates-born = مواليد { $year }
duplicates-registered = سُجّل في { $day }
duplicates-reason = سُجّل رغم ذلك لأن
duplicates-found-by-scan = وُجدا متشابهين عند مراجعة كل السجلات
duplicates-merge = شخص واحد: ادمج السجلين
duplicates-merge-explain = تنتقل تصاريح السجل الأحدث وموافقاته وإحالاته وسجل الوصول إليه إلى السجل الأقدم الذي يُحتفظ به، ثم يشير السجل الأحدث إليه.
duplicates-merge-reason = لماذا هما شخص واحد
duplicates-merge-submit = ادمج في السجل الأقدم
duplicates-different = شخصان مختلفان
duplicates-done-merged = دُمج السجلان في هذا السجل.
duplicates-done-different = سُجّل أنهما شخصان مختلفان.
data-link = كل ما يُحفظ عن هذا الشخص
access-link = من اطّلع على هذا السجل أو عدّله
access-title = من اطّلع على سجلّ شخص أو عدّله
data-title = كل ما يُحفظ عن شخص
data-heading = ما تحفظه فرصة عن
data-intro = كل ما يحفظه نظام المركز عن الشخص، لطباعته وتسليمه له عند طلبه: سجله وتصاريحه وموافقاته وإحالاته ومن اطلع على أي منها أو غيّرها.
data-gathered = جُمعت في
data-back = العودة إلى صفحة الشخص
data-print = اطبعها من قائمة المتصفح.
data-record = السجل
data-permits = تصاريح العمل
data-consents = الموافقات
data-consent-given = أُعطيت في { $day }، سجّلها { $by }
data-consent-withdrawn = سُحبت في { $day }، سجّل ذلك { $by }
data-referrals = الإحالات
data-follow-ups = المتابعات:
data-follow-up-planned = مقررة
data-access = من اطلع عليه أو غيّره
data-access-hint = كل مرة فتح فيها أحد السجل أو أدرجه في قائمة أو غيّره هو أو ما يرتبط به، الأحدث أولاً.
data-when = متى
data-who = من
data-what = ماذا
data-which = أي سجل
data-none = لا يوجد.
data-by-system = فرصة نفسها
seekers-duplicate-elsewhere = يوجد شخص ببيانات مطابقة مسجل في { $centre }.
seekers-duplicates-hint = افتح السجل إن كان الشخص نفسه. وإن كان شخصاً آخر فاكتب السبب (مثلاً «شخص آخر بالاسم نفسه: تحققت من هويته») ثم سجّله مرة أخرى.
seekers-field-duplicate-reason = لماذا تسجّل هذا الشخص رغم ذلك
seekers-matched-case-reference = الرقم المرجعي نفسه
seekers-matched-phone = رقم الهاتف نفسه
seekers-matched-name = اسم وعمر متشابهان

permits-title = تصاريح العمل
permits-none = لا يوجد تصريح عمل مسجّل.
permits-in-force = ساري اليوم
permits-valid = صالح
permits-valid-from = صالح من
permits-valid-until = صالح حتى
permits-number = رقم التصريح
permits-issuer = جهة الإصدار
permits-employer = صاحب العمل
permits-no-employer = بلا صاحب عمل (تصريح مرن)
permits-type = نوع التصريح
permits-add = إضافة تصريح عمل
permits-add-submit = أضف التصريح
permits-renew = التجديد بتواريخ جديدة
permits-renew-submit = جدّد
permits-revoke = سحب هذا التصريح
permits-status-applied = مُقدَّم طلبه
permits-status-active = ساري
permits-status-revoked = مسحوب
permits-done-added = أُضيف التصريح.
permits-done-renewed = جُدّد التصريح.
permits-done-revoked = سُحب التصريح.
permits-error-range = يجب ألا يسبق تاريخ الانتهاء تاريخ البدء.
permits-error-type = اختر نوع تصريح من القائمة.
permits-error-employer = اختر صاحب العمل الذي صدر له هذا التصريح.
permits-error-no-employer = التصريح المرن غير مرتبط بصاحب عمل: اترك حقل صاحب العمل فارغًا.

consents-title = الموافقات
consents-none = لا توجد موافقة مسجّلة. التسجيل لا يتطلب أي موافقة.
consents-purpose = الغرض
consents-method = كيف أعطى موافقته؟
consents-method-spoken = قالها شفهياً في المكتب
consents-method-signed_form = وقّع نموذج الموافقة
consents-purpose-share-with-employers = مشاركة الملف مع أصحاب العمل
consents-purpose-contact-by-sms = التواصل عبر الرسائل النصية
consents-purpose-anonymous-statistics = إحصاءات مجهولة الهوية
consents-granted-on = أُعطيت في
consents-withdrawn-on = سُحبت في
consents-withdraw = سحب الموافقة
consents-grant = تسجيل موافقة
consents-grant-submit = سجّل الموافقة
consents-done-granted = سُجّلت الموافقة.
consents-done-withdrawn = سُحبت الموافقة.

matches-title = الوظائف المناسبة
matches-open = ابحث عن وظائف
matches-back = العودة إلى الملف
matches-include-ineligible = اعرض أيضًا الوظائف التي لا يحق للشخص قانونًا شغلها، مع الأسباب
matches-count =
    { $count ->
        [0] لا توجد وظائف مناسبة.
        [one] وظيفة مناسبة واحدة.
        [two] وظيفتان مناسبتان.
        [few] { $count } وظائف مناسبة.
       *[other] { $count } وظيفة مناسبة.
    }
matches-per-month = دينار شهريًا
matches-per-day = دينار يوميًا
matches-referred-tag = محال
matches-referred-to = تمت الإحالة إلى { $vacancy } لدى { $employer }.
matches-why = الأسباب بالتفصيل
matches-not-sharing = { $gender ->
    [female] لم توافق على مشاركة ملفها مع أصحاب العمل: لا يرى صاحب العمل الذي تُحال إليه أي شيء عنها.
   *[other] لم يوافق على مشاركة ملفه مع أصحاب العمل: لا يرى صاحب العمل الذي يُحال إليه أي شيء عنه.
}
matches-record-consent = سجّل الموافقة
matches-confirm-title = إحالة دون مشاركة الملف؟
matches-confirm-who = إحالة
matches-confirm-to = إلى
matches-confirm-warning = { $gender ->
    [female] لم توافق على مشاركة ملفها مع أصحاب العمل. إذا أحلتها الآن فلن يرى { $employer } إلا أن المركز أحال شخصًا: لا اسمها ولا هاتفها ولا خبرتها.
   *[other] لم يوافق على مشاركة ملفه مع أصحاب العمل. إذا أحلته الآن فلن يرى { $employer } إلا أن المركز أحال شخصًا: لا اسمه ولا هاتفه ولا خبرته.
}
matches-consent-and-refer = الشخص موافق: سجّل الموافقة ثم أحِل
matches-refer-without-sharing = أحِل دون مشاركة الملف
matches-refer = إحالة
matches-already-referred = هذا الشخص محال بالفعل إلى هذه الوظيفة.
matches-refer-not-eligible = لا يحق للشخص قانونًا شغل هذه الوظيفة، لذا لا يمكن إحالته إليها.
seekers-shares = { $gender ->
    [female] تشارك ملفها مع أصحاب العمل
   *[other] يشارك ملفه مع أصحاب العمل
}
seekers-does-not-share = { $gender ->
    [female] لم توافق على مشاركة ملفها
   *[other] لم يوافق على مشاركة ملفه
}
seekers-not-referred = لا إحالات بعد. ابحث عن وظائف يحق العمل فيها للإحالة إليها.
seekers-follow-up-planned = متابعة مقررة في
permits-revoke-title = سحب تصريح عمل
permits-revoke-confirm = سحب هذا التصريح من
permits-revoke-explain = لن يطابق الشخص بعد الآن الوظائف التي تتطلب هذا التصريح. يبقى التصريح في سجله مع بيان أنه مسحوب.
permits-revoke-submit = نعم، اسحب التصريح

## محو البيانات الشخصية
erase-link = محو البيانات الشخصية
erase-title = محو البيانات الشخصية لشخص
erase-confirm = محو كل البيانات الشخصية المحفوظة عن
erase-goes = ما يُمحى نهائيًا: الاسم والهاتف والرقم المرجعي للحالة وسنة الميلاد وأرقام تصاريح العمل والإعاقة والمهارات والخبرة وكل ملاحظة كُتبت عنه، هنا وفي البحث، وتُلغى المتابعات التي لم تتم بعد. لا يمكن التراجع عن ذلك.
erase-stays = ما يبقى لإحصاءات المركز: المركز والجنس والجنسية والوضع، ومكان السكن واللغات والمهن والتعليم، وأنواع تصاريح العمل والموافقات وتواريخها، ومراحل إحالاته وتواريخها ونتائجها، وسجلّ من اطّلع على السجل أو عدّله. وتُسحب الإحالات التي لم تُغلق بعد.
erase-reason = السبب
erase-reason-hint = يُحفظ في إيصال المحو للتوثيق. لا تكتب اسم الشخص.
erase-submit = امحُ نهائيًا
erased-title = سجلّ ممحوّ
erased-lead = لم يبقَ من سجلّ هذا الشخص أي بيانات شخصية، سوى هذا الإيصال.
erased-when = تاريخ المحو
erased-by = بواسطة
erased-by-rule = قاعدة مدة الحفظ
erased-why = السبب
erased-archived = { $months ->
        [zero] مؤرشف منذ أقل من شهر
        [one] مؤرشف منذ أكثر من شهر
        [two] مؤرشف منذ أكثر من شهرين
        [few] مؤرشف منذ أكثر من { $months } أشهر
       *[other] مؤرشف منذ أكثر من { $months } شهرًا
    }
erased-inactive = { $months ->
        [zero] لم يُعمل على السجل منذ أقل من شهر
        [one] لم يُعمل على السجل منذ شهر
        [two] لم يُعمل على السجل منذ شهرين
        [few] لم يُعمل على السجل منذ { $months } أشهر
       *[other] لم يُعمل على السجل منذ { $months } شهرًا
    }
erased-back = العودة إلى الباحثين عن عمل
seekers-done-erased = مُحيت البيانات الشخصية لهذا الشخص.
