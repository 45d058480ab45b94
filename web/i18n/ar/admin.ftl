# صفحات الإدارة ولوحة متابعة موظف الحالة. كل مفتاح هنا موجود أيضاً في ../en/admin.ftl.

admin-centres-title = المراكز
admin-centres-none = لا توجد مراكز بعد.
admin-centre-new = افتتاح مركز
admin-centre-saved = حُفظ المركز.
admin-centre-name-ar = الاسم بالعربية
admin-centre-name-en = الاسم بالإنجليزية
admin-centre-hours = ساعات العمل
admin-centre-zone = المنطقة الزمنية
admin-centre-zone-hint = الأيام والأوقات التي تعرضها صفحات المركز هي أيامه وأوقاته.
admin-centre-hours-hint = اكتب وقتي الفتح والإغلاق لكل يوم يعمل فيه المركز، واترك اليوم فارغاً إذا كان المركز مغلقاً فيه. يطبعها الكشك على قسائمه.
admin-centre-opens = يفتح
admin-centre-closes = يغلق
admin-centre-hours-none = غير محددة
admin-centre-change = تغيير البيانات
admin-centre-edit-title = تغيير بيانات مركز
admin-centres-back = العودة إلى المراكز
admin-error-hours = اكتب ساعات كل يوم عمل بالأيام والأوقات.
admin-error-closes-before-opens = يجب أن يكون وقت الإغلاق بعد وقت الفتح.
admin-error-one-time = أدخل وقتي الفتح والإغلاق معاً، أو اتركهما فارغين إذا كان المركز مغلقاً.
jobs-error-time = أدخل وقتاً من اليوم، مثل 08:00.
admin-zone-jordan = الأردن
admin-zone-lebanon = لبنان
admin-zone-syria = سوريا
admin-zone-iraq = العراق
admin-zone-turkey = تركيا
admin-zone-egypt = مصر
admin-zone-utc = التوقيت العالمي المنسق
admin-error-time-zone = اختر منطقة زمنية من القائمة.

admin-users-title = المستخدمون
admin-users-none = لا يوجد مستخدمون بعد.
admin-user-new = أضف مستخدمًا
admin-user-saved = حُفظ المستخدم.
admin-user-name = الاسم الكامل
admin-user-role = الدور
admin-user-centre = المركز (لموظف الحالة)
admin-user-employer = صاحب العمل (لمستخدم صاحب العمل)
admin-user-no-membership = لا شيء
admin-user-membership-hint = ينتمي موظف الحالة إلى مركز، وينتمي مستخدم صاحب العمل إلى صاحب عمل.
admin-user-locale = لغة الصفحات
admin-locale-ar = العربية
admin-locale-en = الإنجليزية
admin-user-active = يمكنه تسجيل الدخول
admin-user-disabled = معطَّل
admin-user-disable = تعطيل
admin-user-enable = تفعيل
admin-password-reset = تعيين كلمة مرور جديدة
admin-password-new = كلمة المرور الجديدة
admin-password-hint = اثنا عشر حرفاً على الأقل. تعيينها يُخرج المستخدم من كل جلساته.
admin-password-hint-new = اثنا عشر حرفاً على الأقل. سلّمها للشخص نفسه، لا برسالة قد يقرؤها غيره.

admin-rules-title = القواعد
admin-rules-saved = حُفظت القواعد.
admin-wage-title = الحد الأدنى للأجور
admin-wage-since = منذ
admin-wage-monthly = الحد الأدنى الشهري للأجر (بالدينار)
admin-wage-valid-from = يسري اعتباراً من
admin-wage-set = تعيين الحد الأدنى للأجور
admin-closed-title = المهن المغلقة أمام غير المواطنين
admin-closed-none = لا توجد مهنة مغلقة.
admin-closed-code = رمز مجموعة المهنة في التصنيف الدولي
admin-closed-add = إغلاق هذه المهنة
admin-closed-open = فتحها من جديد
admin-permit-types-title = أنواع تصاريح العمل
admin-permit-save-hint = الحفظ برمز نوع تصريح موجود يعدّله.
admin-permit-code = الرمز
admin-permit-kind = النوع
admin-permit-sectors = القطاعات المشمولة
admin-permit-sectors-hint = للتصريح المرن فقط: القطاعات التي يسمح بالعمل فيها.
admin-permit-active = قيد الاستخدام
admin-permit-inactive = لم يعد يصدر
admin-kind-flexible = مرن
admin-kind-employer-specific = مرتبط بصاحب عمل

admin-audit-title = سجل الوصول
admin-audit-hint = اتبع سجلًا أو مستخدمًا في السجل لترى أحداثه وحدها، أو أدخل نوع السجل ومعرّفه، أو معرّف المستخدم، كما تظهر في روابط السجل.
admin-audit-subject-type = نوع السجل
admin-audit-subject-id = معرّف السجل
admin-audit-actor-id = معرّف المستخدم الذي قام بالعمل
admin-audit-error-id = أدخل المعرّف كما يظهر في السجل.
admin-audit-error-subject = حدّد سجلًا أو مستخدمًا للبحث عنه.
admin-audit-none = لم يُسجَّل شيء.
admin-audit-all = اعرض كل الأحداث
admin-audit-look-up = البحث بالمعرّف
admin-audit-of-record = أحداث: { $whose }
admin-audit-of-user = أحداث قام بها: { $whose }
admin-audit-record = السجل
admin-audit-by = بواسطة
admin-audit-system = النظام
admin-action-read = فُتح
admin-action-list = عُرض في قائمة
admin-action-create = أُنشئ
admin-action-update = عُدّل
admin-action-archive = أُرشف
admin-action-withdraw = سُحب
admin-action-login = سجّل الدخول
admin-action-logout = سجّل الخروج
admin-action-disable = عُطّل
admin-action-register_duplicate = سُجّل رغم احتمال التكرار
admin-action-transfer = نُقل إلى مركز آخر
admin-action-merge = دُمج مع سجل آخر
admin-action-not_duplicate = تقرر أنه شخص آخر
admin-action-erase = مُحيت بياناته الشخصية
admin-action-export = جُمعت بياناته له
admin-subject-seeker = باحث عن عمل
admin-subject-permit = تصريح عمل
admin-subject-consent = موافقة
admin-subject-referral = إحالة
admin-subject-user = مستخدم
admin-subject-employer = صاحب عمل
admin-subject-vacancy = وظيفة شاغرة
admin-subject-centre = مركز
admin-subject-list = قائمة مصدَّرة

dashboard-open-referrals = الإحالات المفتوحة حسب المرحلة
dashboard-register = تسجيل شخص
dashboard-queues = العمل المطلوب اليوم
dashboard-queue-follow-ups-due = { $count ->
    [one] متابعة حان موعدها أو تأخرت
   *[other] متابعات حان موعدها أو تأخرت
}
dashboard-queue-awaiting-employer = { $count ->
    [one] إحالة تنتظر رد صاحب العمل منذ أكثر من أسبوع
   *[other] إحالات تنتظر رد صاحب العمل منذ أكثر من أسبوع
}
dashboard-queue-new-unreferred = { $count ->
    [one] شخص جديد تناسبه وظائف يحق له شغلها ولم تتم إحالته بعد
   *[other] أشخاص جدد تناسبهم وظائف يحق لهم شغلها ولم تتم إحالتهم بعد
}
dashboard-queue-permits-ending = { $count ->
    [one] تصريح عمل ينتهي خلال 30 يوماً
   *[other] تصاريح عمل تنتهي خلال 30 يوماً
}
dashboard-queue-vacancies-closing = { $count ->
    [one] وظيفة تغلق هذا الأسبوع ولم يُحل إليها أحد
   *[other] وظائف تغلق هذا الأسبوع ولم يُحل إليها أحد
}
dashboard-queue-show-all = عرض القائمة كاملة
dashboard-follow-ups-due = مستحقة الآن
dashboard-follow-ups-none = لا توجد متابعة مستحقة.
dashboard-follow-ups = متابعة من تم توظيفهم
dashboard-follow-ups-coming = خلال الثلاثين يوماً القادمة
dashboard-follow-ups-coming-none = لا توجد متابعة خلال الثلاثين يوماً القادمة.
dashboard-due-on = تستحق في
dashboard-see-referrals = عرض حالات التوظيف للمتابعة
admin-error-password-common = كلمة المرور هذه سهلة التخمين. اختر كلمة أطول وأقل شيوعاً.
admin-error-email-taken = يوجد مستخدم بهذا البريد الإلكتروني. لم يُحفظ شيء.
admin-user-yourself = هذا حسابك: يمكن لمسؤول آخر تعطيله.
admin-error-disable-self = لا يمكنك تعطيل حسابك بنفسك، فقد يبقى المركز بلا مسؤول. اطلب ذلك من مسؤول آخر.
admin-error-permit-code = استخدم من 2 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة سفلية.
admin-error-permit-sectors = يجب أن يشمل التصريح المرن قطاعًا واحدًا على الأقل.
admin-error-permit-no-sectors = التصريح الخاص بصاحب عمل مرتبط بصاحب العمل: اترك القطاعات فارغة.
admin-audit-case-reference = باحث عن عمل رقم ملفه
admin-audit-no-reference = باحث عن عمل بلا رقم ملف
admin-audit-gone = سجل لم يعد موجودًا
admin-audit-export = { $list } ({ $format }): عدد الصفوف { $rows }؛ التصفية حسب: { $filters }
admin-audit-export-unfiltered = لا شيء
admin-centre-make-kiosk = اجعل هذه الشاشة كشك المركز
admin-centre-make-kiosk-hint = افعل ذلك مرة واحدة على شاشة الكشك نفسها: يسجّل خروجك منها ويفتح الكشك، فتذكر القسائم المطبوعة اسم المركز وساعات عمله.
