//! A spreadsheet of employers: its columns, headed in Arabic or English, and each row
//! as what the employer form sends (`EmployerImport`), with a sector's or a place's
//! name read as its code and the pledge and verification as yes, no or the day.

use forsa_domain::{FieldErrors, employer::EmployerInput};
use forsa_service::EmployerImport;

use crate::{
    layout::{Column, Layout, column},
    vocabulary::Vocabulary,
};

/// The columns of a spreadsheet of employers, in the templates' order. An exported
/// list of employers has them under the same headers, so that it imports as it is.
pub const COLUMNS: &[Column] = &[
    column("id", "Record id", "رقم السجل", false),
    column(
        "registration_number",
        "Registration number",
        "رقم التسجيل",
        false,
    ),
    column("name_ar", "Name in Arabic", "الاسم بالعربية", false),
    column("name_en", "Name in English", "الاسم بالإنجليزية", false),
    column("sector", "Sector", "القطاع", true),
    column("location", "Place", "المكان", true),
    column(
        "contact_name",
        "Contact person",
        "الشخص المسؤول عن التواصل",
        false,
    ),
    column("contact_phone", "Contact phone", "هاتف التواصل", false),
    column("contact_email", "Contact email", "بريد التواصل", false),
    column(
        "fee_pledge",
        "No-fees pledge on",
        "تاريخ التعهد بعدم تقاضي رسوم",
        false,
    ),
    column("verified", "Verified on", "تاريخ التحقق", false),
];

impl Vocabulary {
    /// A row as the employer form would send it; the problems found in its cells
    /// before the form's own checks (a pledge that is neither yes, no nor a day).
    pub fn employer(&self, layout: &Layout, row: &[String]) -> (EmployerImport, FieldErrors) {
        let text = |key: &str| layout.text(row, key);
        let mut problems = FieldErrors::new();
        let mut yes_no = |key: &'static str| match self.yes_no(layout.cell(row, key)) {
            Ok(said) => said,
            Err(problem) => {
                problems.add(key, problem);
                None
            }
        };
        // A "no" records nothing: a pledge or a verification is never taken back.
        let fee_pledge = yes_no("fee_pledge").filter(|yes| *yes);
        let verified = yes_no("verified").filter(|yes| *yes);
        let input = EmployerInput {
            name_ar: text("name_ar"),
            name_en: text("name_en"),
            registration_number: text("registration_number"),
            sector: text("sector").map(|written| self.code("sector", &written)),
            location: text("location").map(|written| self.code("location", &written)),
            contact_name: text("contact_name"),
            contact_phone: text("contact_phone"),
            contact_email: text("contact_email"),
            fee_pledge,
            verified,
            ..EmployerInput::default()
        };
        (
            EmployerImport {
                id: text("id"),
                input,
            },
            problems,
        )
    }
}
