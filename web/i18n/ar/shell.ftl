# كتالوج فرصة العربي. كل مفتاح هنا موجود أيضاً في en.ftl (اختبار يتحقق من ذلك).
# Arabic has six plural categories (zero, one, two, few, many, other); Fluent
# selects among them, which is why the catalogues are Fluent.

app-name = فرصة
skip-link = انتقل إلى المحتوى الرئيسي
language-other = English
language-switch-label = اللغة

nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-seekers = الباحثون عن عمل
nav-duplicates = التكرارات
nav-employers = أصحاب العمل
nav-vacancies = الوظائف الشاغرة
nav-referrals = الإحالات
nav-reports = التقارير
nav-my-vacancies = وظائفي الشاغرة
nav-my-referrals = الإحالات إلينا
nav-centres = المراكز
nav-users = المستخدمون
nav-rules = القواعد
nav-audit = سجل الوصول

signed-in-as = مسجّل الدخول باسم
sign-out = تسجيل الخروج

role-admin = مدير النظام
role-caseworker = موظف حالة
role-employer = صاحب عمل

login-title = تسجيل الدخول
login-intro = سجّل الدخول بالبريد الإلكتروني وكلمة المرور اللذين أعطاك إياهما المركز.
login-email = البريد الإلكتروني
login-password = كلمة المرور
login-submit = دخول
login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-missing = أدخل بريدك الإلكتروني وكلمة المرور معاً.
login-session-ended = انتهت جلستك. سجّل الدخول مرة أخرى.
login-rate-limited =
    محاولات كثيرة. انتظر { $seconds ->
        [zero] لحظة
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } ثم حاول مرة أخرى.

home-title-admin = الإدارة
home-title-caseworker = لوحة المركز
home-title-employer = وظائفك الشاغرة والإحالات

error-title = حدث خطأ
error-internal = حدث خطأ من جهتنا. حاول مرة أخرى بعد قليل.
error-forbidden = لا يسمح دورك بفتح هذه الصفحة.
error-not-found = لا توجد صفحة بهذا العنوان.
error-cross-origin = أُرسل هذا النموذج من موقع آخر، لذلك رُفض.
error-back-home = اذهب إلى الصفحة الرئيسية
error-page-out-of-range = لا توجد في هذه القائمة صفحة بهذا الرقم.
error-bad-request = يطلب هذا العنوان شيئًا لا يمكن قراءته. ارجع وحاول مرة أخرى.

# A moment: its day, its time and the time zone it is in.
date-moment = { $day }، { $time } بتوقيت { $zone }
# The cities whose time zones centres are in, in the page's language.
zone-amman = عمّان
zone-beirut = بيروت
zone-damascus = دمشق
zone-baghdad = بغداد
zone-istanbul = إسطنبول
zone-cairo = القاهرة
zone-erbil = أربيل
# Between the items of a list written on one line.
list-separator = {"، "}
home-at-a-glance = نظرة سريعة
home-post-vacancy = انشر وظيفة شاغرة
home-waiting-label = { $count ->
    [one] إحالة تنتظر ردّك
    [two] إحالتان تنتظران ردّك
    [few] إحالات تنتظر ردّك
   *[other] إحالة تنتظر ردّك
}
home-open-label = { $count ->
    [one] وظيفة شاغرة مفتوحة
    [two] وظيفتان شاغرتان مفتوحتان
    [few] وظائف شاغرة مفتوحة
   *[other] وظيفة شاغرة مفتوحة
}
home-drafts-label = { $count ->
    [one] مسودة لم تُنشر بعد
    [two] مسودتان لم تُنشرا بعد
    [few] مسودات لم تُنشر بعد
   *[other] مسودة لم تُنشر بعد
}
home-waiting = بانتظار ردّك
home-waiting-none = لا أحد ينتظر ردّك.
home-referred-on = تاريخ الإحالة
home-answer = الرد
home-waiting-all = { $count ->
    [one] اعرض الإحالة المنتظرة
    [two] اعرض الإحالتين المنتظرتين
    [few] اعرض الإحالات المنتظرة الـ{ $count }
   *[other] اعرض كل الإحالات المنتظرة ({ $count })
}
home-open = وظائفك الشاغرة المفتوحة
home-open-none = ليست لديك وظائف شاغرة مفتوحة. انشر وظيفة أو انشر مسودة.
home-closes = آخر موعد للتقديم
home-no-closing = بلا موعد نهائي
home-new-referrals = { $days ->
    [one] أُحيلوا اليوم
   *[other] أُحيلوا خلال آخر { $days } أيام
}
home-waiting-column = بانتظار ردّك
home-open-all = اعرض كل الوظائف المفتوحة ({ $count })
home-add-user = أضف مستخدمًا
home-index-building = يجري بناء فهرس البحث: تعرض نتائج البحث ما فُهرس حتى الآن.
home-index-current = فهرس البحث محدَّث.
home-index-behind = { $count ->
    [one] فهرس البحث متأخر بتغيير واحد عن قاعدة البيانات.
    [two] فهرس البحث متأخر بتغييرين عن قاعدة البيانات.
    [few] فهرس البحث متأخر بـ{ $count } تغييرات عن قاعدة البيانات.
   *[other] فهرس البحث متأخر بـ{ $count } تغييرًا عن قاعدة البيانات.
}
home-users = المستخدمون
home-users-admin = { $count ->
    [one] مدير نظام
    [two] مديرا نظام
    [few] مديري نظام
   *[other] مدير نظام
}
home-users-caseworker = { $count ->
    [one] موظف حالة
    [two] موظفا حالة
    [few] موظفي حالة
   *[other] موظف حالة
}
home-users-employer = { $count ->
    [one] مستخدم لدى صاحب عمل
    [two] مستخدمان لدى أصحاب العمل
    [few] مستخدمين لدى أصحاب العمل
   *[other] مستخدم لدى أصحاب العمل
}
home-users-disabled = معطَّل: { $count }
home-centres = المراكز
home-centres-none = لم يُفتح أي مركز بعد.
home-open-centre = افتح مركزًا
home-centre = المركز
home-place = المكان
home-caseworkers = موظفو الحالة
home-people = المسجَّلون
home-open-referrals = إحالات مفتوحة
home-manage-centres = إدارة المراكز
home-rule-changes = آخر التغييرات على القواعد
home-rule-changes-none = لم تتغير القواعد منذ تثبيت فرصة.
home-rule-change-permit-type-saved = حُفظ نوع تصريح: { $subject }
home-rule-change-occupation-closed = أُغلقت مهنة أمام غير المواطنين: { $subject }
home-rule-change-occupation-opened = فُتحت مهنة أمام غير المواطنين: { $subject }
home-rule-change-minimum-wage-set = حُدّد الحد الأدنى للأجور بـ{ $amount } دينارًا شهريًا اعتبارًا من { $subject }
home-by-nobody = النظام
home-see-rules = القواعد المعمول بها
home-see-audit = سجل الوصول

## مشكلات النماذج
form-problem-heading = هناك مشكلة
form-required-note = الحقول المعلَّمة بـ * يجب تعبئتها.
field-full_name-required = أدخل الاسم الكامل للشخص.
field-gender-required = اختر جنس الشخص، أو أنه يفضّل عدم الإفصاح.
field-birth_year-number = أدخل سنة الميلاد بأربعة أرقام، مثل 1990.
field-birth_year-range = أدخل سنة ميلاد تجعل عمر الشخص بين 14 و100 سنة، مثل 1990.
field-nationality-required = أدخل جنسية الشخص، مثل سوريا.
field-nationality-choose = اختر جنسية من القائمة، مثل سوريا.
field-status-required = اختر إن كان الشخص لاجئًا أو طالب لجوء أو من المجتمع المضيف أو عاملًا مهاجرًا.
field-location-required = اختر المكان من القائمة.
field-location-choose = اختر المكان من القائمة.
field-centre_id-required = اختر المركز.
field-phone-phone = أدخل رقم هاتف مثل 0791234567 أو ‎+962 79 123 4567.
field-available_from-date = أدخل يوم الاستعداد للعمل بصيغة سنة-شهر-يوم، مثل 2027-01-15.
field-employer-required = اكتب جزءًا من اسم صاحب العمل واختره.
field-occupation-required = أدخل المهنة (اسمها أو رمزها في التصنيف الدولي) واخترها من الاقتراحات.
field-occupation-choose = اختر مهنة من الاقتراحات: اسمها أو رمزها المكوّن من أربعة أرقام.
field-sector-required = اختر قطاع العمل.
field-sector-choose = اختر قطاع العمل من القائمة.
field-wage_min-required = أدخل أدنى أجر تدفعه الوظيفة بالدينار، مثل 350.
field-wage_min-number = أدخل أدنى أجر بالدينار، مثل 350 أو 12.5.
field-wage_max-number = أدخل أعلى أجر بالدينار، مثل 420، أو اتركه فارغًا.
field-openings-number = أدخل عدد الأشخاص المطلوبين، مثل 2.
field-hours_per_week-number = أدخل ساعات العمل في الأسبوع، مثل 48.
field-contract-required = اختر نوع العقد.
field-start_date-date = أدخل يوم بدء العمل بصيغة سنة-شهر-يوم، مثل 2027-01-15.
field-closing_date-date = أدخل آخر يوم للتقديم بصيغة سنة-شهر-يوم، مثل 2027-01-15.
field-name-required = أدخل الاسم.
field-names-required = أدخل الاسم بالعربية أو بالإنجليزية أو بكلتيهما.
field-contact_phone-phone = أدخل رقم هاتف جهة الاتصال، مثل 0791234567.
field-contact_email-email = أدخل بريدًا إلكترونيًا صحيحًا لجهة الاتصال، فيه الرمز @.
field-email-required = أدخل البريد الإلكتروني الذي يسجّل به المستخدم دخوله.
field-email-email = أدخل بريدًا إلكترونيًا صحيحًا، فيه الرمز @.
field-role-required = اختر عمل المستخدم: موظف حالة أو صاحب عمل أو مدير نظام.
field-password-required = أدخل كلمة مرور من 12 حرفًا على الأقل.
field-name_ar-required = أدخل الاسم بالعربية.
field-name_en-required = أدخل الاسم بالإنجليزية.
field-monthly-required = أدخل الحد الأدنى للأجر الشهري بالدينار، مثل 290.
field-monthly-number = أدخل الحد الأدنى للأجر الشهري بالدينار، مثل 290.
field-valid_from-required = أدخل أول يوم يسري فيه، بصيغة سنة-شهر-يوم.
field-valid_from-date = أدخل أول يوم بصيغة سنة-شهر-يوم، مثل 2027-01-01.
field-valid_until-required = أدخل آخر يوم في التصريح، بصيغة سنة-شهر-يوم.
field-valid_until-date = أدخل آخر يوم بصيغة سنة-شهر-يوم، مثل 2027-12-31.
field-code-required = أدخل الرمز.
field-kind-required = اختر نوع التصريح.
field-permit_type-required = اختر نوع تصريح العمل.
field-permit_type-choose = اختر نوع تصريح العمل من القائمة.
field-purpose-required = اختر ما يوافق عليه الشخص.
field-outcome-required = اختر ما عرفته: ما زال في العمل، أو تركه، أو تعذّر الوصول إليه.
field-stage-required = اختر المرحلة التي تنتقل إليها الإحالة.
# الروابط تحت القائمة التي تنزّلها جدول بيانات.
downloads-title = تنزيل هذه القائمة:
downloads-csv = CSV
downloads-xlsx = إكسل
downloads-hxl = CSV مع وسوم HXL
