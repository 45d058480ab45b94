# تسجيل المتابعة بعد التوظيف: في قائمة المستحق على لوحة المتابعة وفي سطر التوظيف.
follow-up-legend = سجّل المتابعة المستحقة في
follow-up-outcome = ماذا عرفت؟
follow-up-choose = اختر…
follow-up-outcome-still_employed = ما زال في العمل
follow-up-outcome-left_job = ترك العمل
follow-up-outcome-not_reached = تعذّر التواصل معه
follow-up-note = ملاحظة (اختيارية، حتى ٥٠٠ حرف)
follow-up-record = سجّل المتابعة
follow-up-recorded = سُجّلت المتابعة.
follow-up-done = تمت في
follow-up-error-recorded = سُجّلت هذه المتابعة من قبل، ربما سجّلها زميل. لم يتغير شيء.
follow-up-error-not-due = لا تستحق هذه المتابعة قبل { $date }. سجّلها حينها، إلا إذا عرفت النتيجة من الآن.
