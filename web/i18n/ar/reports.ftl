# التقارير: المؤشرات وتصنيفاتها وكلماتها.

reports-error-period = اختر شهرًا أو ربعًا أو سنة، أو اكتب أول يوم وآخر يوم.
reports-error-breakdown = لا يمكن تفصيل هذا الرقم بهذه الطريقة.

reports-indicator-registered = الأشخاص المسجَّلون
reports-indicator-active = الأشخاص النشطون
reports-indicator-permits_recorded = تصاريح العمل المسجَّلة
reports-indicator-permits_valid = تصاريح العمل السارية في نهاية الفترة
reports-indicator-permits_ending = تصاريح العمل المنتهية
reports-indicator-vacancies_posted = الوظائف المنشورة
reports-indicator-openings = الشواغر
reports-indicator-referrals = الإحالات
reports-indicator-interviews = المقابلات
reports-indicator-offers = عروض العمل
reports-indicator-placements = التوظيفات
reports-indicator-placement_rate = نسبة التوظيف
reports-indicator-days_to_placement = وسيط الأيام من التسجيل إلى التوظيف
reports-indicator-employed_30 = ما زالوا في العمل بعد ٣٠ يومًا
reports-indicator-employed_90 = ما زالوا في العمل بعد ٩٠ يومًا
reports-indicator-employed_180 = ما زالوا في العمل بعد ١٨٠ يومًا

reports-breakdown-sex = الجنس
reports-breakdown-age_band = العمر
reports-breakdown-nationality = الجنسية
reports-breakdown-status = الوضع
reports-breakdown-sector = القطاع
reports-breakdown-occupation_group = المجموعة المهنية
reports-breakdown-location = المحافظة أو المخيم
reports-breakdown-centre = المركز
reports-breakdown-month = الشهر

reports-age-under_18 = أقل من ١٨
reports-age-18_24 = ١٨–٢٤
reports-age-25_34 = ٢٥–٣٤
reports-age-35_44 = ٣٥–٤٤
reports-age-45_54 = ٤٥–٥٤
reports-age-55_64 = ٥٥–٦٤
reports-age-65_plus = ٦٥ فأكثر
reports-age-unknown = غير معروف
reports-unknown = غير معروف

reports-title = التقارير
reports-period = الفترة
reports-period-dates = تواريخ أخرى…
reports-from = اليوم الأول
reports-to = اليوم الأخير
reports-centre = المركز
reports-all-centres = كل المراكز
reports-by = التفصيل حسب
reports-then = ثم حسب
reports-by-none = بلا تفصيل
reports-hint = أعداد الأشخاص، لا قوائم بأسمائهم. الأرقام في هذه الصفحة دقيقة؛ أما الملفات المنزَّلة والواجهة البرمجية فتكتب العدد الأقل من ٥ هكذا: «<٥».
reports-show = اعرض
reports-heading = من { $from } إلى { $to }، { $scope }
reports-summary = نظرة سريعة
reports-trend = التسجيلات والتوظيفات شهرًا بشهر
reports-total = المجموع
reports-none = لا شيء
reports-rate = { $percent } ({ $part } من { $whole })
reports-median = { $days } يومًا (من { $of })
reports-retention = { $employed } من { $reached } تم التواصل معهم، ومن { $placed } وُظِّفوا
reports-quarter = الربع { $quarter }، { $year }
reports-not-by = دون تفصيل حسب { $breakdowns }: لا ينطبق على هذا الرقم.
reports-none-due = لا شيء مستحق

reports-measure-count = العدد
reports-measure-percent = نسبة من وُظِّفوا
reports-measure-placed = من وُظِّفوا
reports-measure-active = النشطون
reports-measure-median_days = الوسيط بالأيام
reports-measure-placements = التوظيفات
reports-measure-employed = ما زالوا يعملون
reports-measure-reached = من تم التواصل معهم في المتابعة
reports-measure-percent_of_reached = النسبة ممن تم التواصل معهم
reports-measure-percent_of_placed = النسبة ممن وُظِّفوا
reports-download = تنزيل هذا المؤشر:

key-figures-heading = { $month } حتى الآن، مقارنةً بـ{ $last }
key-figures-before = { $month }: { $figure }
key-figures-more = بزيادة { $count }
key-figures-fewer = بنقص { $count }
key-figures-same = بلا تغيير
key-figures-all = كل الأرقام والتقارير
reports-workbook = كل المؤشرات في مصنف واحد، لكل مؤشر ورقة:
reports-workbook-hxl = إكسل مع وسوم HXL
