//! A spreadsheet of people: its columns, headed in Arabic or English, and each row as
//! what the registration form sends (`SeekerImport`), with labels read as codes.

use forsa_domain::{
    FieldErrors, Problem,
    consent::ConsentInput,
    permit::PermitInput,
    seeker::{OccupationInput, SeekerInput},
};
use forsa_service::SeekerImport;

use crate::{
    layout::{Column, Layout, column, items},
    vocabulary::Vocabulary,
};

/// The columns of a spreadsheet of people, in the templates' order.
pub const COLUMNS: &[Column] = &[
    column("id", "Record id", "رقم السجل", false),
    column(
        "case_reference",
        "Case reference",
        "الرقم المرجعي للحالة",
        false,
    ),
    column("full_name", "Full name", "الاسم الكامل", true),
    column("gender", "Gender", "الجنس", true),
    column("birth_year", "Year of birth", "سنة الميلاد", false),
    column("nationality", "Nationality", "الجنسية", true),
    column("status", "Status", "الوضع", true),
    column("phone", "Phone", "الهاتف", false),
    column("location", "Place", "مكان السكن", true),
    column("languages", "Languages", "اللغات", false),
    column("occupations", "Occupations", "المهن", false),
    column("skills", "Skills", "المهارات", false),
    column("experience", "Experience", "الخبرة", false),
    column(
        "education_level",
        "Education level",
        "المستوى التعليمي",
        false,
    ),
    column("disability", "Disability", "الإعاقة", false),
    column("available_from", "Available from", "متاح للعمل من", false),
    column("permit_type", "Work permit", "تصريح العمل", false),
    column(
        "permit_employer",
        "Permit's employer",
        "صاحب العمل في التصريح",
        false,
    ),
    column("permit_number", "Permit number", "رقم التصريح", false),
    column(
        "permit_valid_from",
        "Permit valid from",
        "التصريح ساري من",
        false,
    ),
    column(
        "permit_valid_until",
        "Permit valid until",
        "التصريح ساري حتى",
        false,
    ),
    column("consents", "Consents", "الموافقات", false),
    column(
        "consent_method",
        "Consent given by",
        "طريقة الموافقة",
        false,
    ),
    column(
        "duplicate_reason",
        "Why registered although alike",
        "سبب التسجيل رغم التشابه",
        false,
    ),
];

/// The nationalities a centre meets most, by code: what each is called in English and
/// Arabic, as a country and as a people.
pub(crate) const NATIONALITIES: &[(&str, &[&str])] = &[
    ("SY", &["Syria", "Syrian", "سوريا", "سورية", "سوري"]),
    ("JO", &["Jordan", "Jordanian", "الأردن", "أردني", "اردنية"]),
    ("IQ", &["Iraq", "Iraqi", "العراق", "عراقي", "عراقية"]),
    ("YE", &["Yemen", "Yemeni", "اليمن", "يمني", "يمنية"]),
    ("SD", &["Sudan", "Sudanese", "السودان", "سوداني", "سودانية"]),
    ("SO", &["Somalia", "Somali", "الصومال", "صومالي", "صومالية"]),
    (
        "PS",
        &["Palestine", "Palestinian", "فلسطين", "فلسطيني", "فلسطينية"],
    ),
    ("EG", &["Egypt", "Egyptian", "مصر", "مصري", "مصرية"]),
];

/// The languages the form's picker offers, by code.
pub(crate) const LANGUAGES: &[&str] = &["ar", "en", "fr", "ku", "tr", "fa", "ur", "so", "am", "es"];

impl Vocabulary {
    /// A row as the registration form would send it, with the permit and consents it
    /// records; the problems found in its cells before the form's own checks (a year
    /// that is no number), by column.
    pub fn seeker(&self, layout: &Layout, row: &[String]) -> (SeekerImport, FieldErrors) {
        let cell = |key: &str| layout.cell(row, key);
        let text = |key: &str| Some(cell(key).to_owned()).filter(|value| !value.is_empty());
        let mut problems = FieldErrors::new();
        let birth_year = match cell("birth_year") {
            "" => None,
            written => match written.parse::<i32>() {
                Ok(year) => Some(Some(year)),
                Err(_) => {
                    problems.add("birth_year", Problem::NotWholeNumber);
                    None
                }
            },
        };
        let education_level = match cell("education_level") {
            "" => None,
            written => match written.parse::<u8>() {
                Ok(level) => Some(Some(level)),
                Err(_) => {
                    problems.add("education_level", Problem::NotIscedLevel);
                    None
                }
            },
        };
        let input = SeekerInput {
            case_reference: text("case_reference"),
            full_name: text("full_name"),
            gender: text("gender").map(|written| self.code("gender", &written)),
            birth_year,
            nationality: text("nationality").map(|written| self.code("nationality", &written)),
            status: text("status").map(|written| self.code("status", &written)),
            phone: text("phone"),
            location: text("location").map(|written| self.code("location", &written)),
            languages: text("languages").map(|written| self.languages(&written)),
            education_level,
            occupations: match cell("occupations") {
                "" => None,
                written => match self.occupations(written) {
                    Ok(occupations) => Some(occupations),
                    Err(problem) => {
                        problems.add("occupations", problem);
                        None
                    }
                },
            },
            skills: text("skills").map(|written| items(&written).map(str::to_owned).collect()),
            experience: text("experience"),
            disability: text("disability"),
            available_from: text("available_from"),
            duplicate_reason: text("duplicate_reason"),
            ..SeekerInput::default()
        };
        let permit = [
            "permit_type",
            "permit_employer",
            "permit_number",
            "permit_valid_from",
            "permit_valid_until",
        ]
        .iter()
        .any(|key| !cell(key).is_empty())
        .then(|| PermitInput {
            permit_type: text("permit_type").map(|written| self.code("permit_type", &written)),
            number: text("permit_number"),
            // The employer as the row names them (record id, registration number or
            // name): the service finds who that is.
            employer_id: text("permit_employer"),
            valid_from: text("permit_valid_from"),
            valid_until: text("permit_valid_until"),
            ..PermitInput::default()
        });
        let method = text("consent_method").map(|written| self.code("consent_method", &written));
        let consents = items(cell("consents"))
            .map(|purpose| ConsentInput {
                purpose: Some(self.code("consents", purpose)),
                method: method.clone(),
            })
            .collect();
        (
            SeekerImport {
                id: text("id"),
                input,
                permit,
                consents,
            },
            problems,
        )
    }

    /// "7212; 9313", "7212 (5)" with years of experience, or the occupations' names;
    /// years that are no whole number (up to 80) are a problem of the cell.
    fn occupations(&self, cell: &str) -> Result<Vec<OccupationInput>, Problem> {
        // A name may hold a comma ("…, excluding electricians"): a cell that is one
        // known name as a whole is read as one.
        if let Some(code) = self.known("occupation", cell) {
            return Ok(vec![OccupationInput {
                isco: code,
                years: 0,
            }]);
        }
        items(cell)
            .map(|item| {
                let (name, years) = match item.split_once(['(', ':']) {
                    Some((name, years)) => (name, years.trim_end_matches(')').trim()),
                    None => (item, ""),
                };
                let years = match years {
                    "" => 0,
                    written => written
                        .parse::<u8>()
                        .ok()
                        .filter(|years| *years <= 80)
                        .ok_or(Problem::NotWholeNumber)?,
                };
                Ok(OccupationInput {
                    isco: self.code("occupation", name),
                    years,
                })
            })
            .collect()
    }
}
