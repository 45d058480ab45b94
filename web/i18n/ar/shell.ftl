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
nav-employers = أصحاب العمل
nav-vacancies = الوظائف الشاغرة
nav-referrals = الإحالات
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
home-placeholder = هذه الصفحة قيد الإنشاء. استخدم القائمة للوصول إلى عملك.

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
