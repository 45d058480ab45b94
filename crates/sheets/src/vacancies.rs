//! A spreadsheet of vacancies: its columns, headed in Arabic or English, and each row
//! as what the vacancy form sends (`VacancyImport`), with the employer named by its
//! record id, registration number or name, and labels read as codes.

use std::str::FromStr;

use forsa_domain::{
    FieldErrors, Problem,
    vacancy::{VacancyInput, WageInput},
};
use forsa_service::VacancyImport;

use crate::{
    layout::{Column, Layout, column, items},
    vocabulary::Vocabulary,
};

/// The columns of a spreadsheet of vacancies, in the templates' order. An exported
/// list of vacancies has them under the same headers, so that it imports as it is.
pub const COLUMNS: &[Column] = &[
    column("id", "Record id", "رقم السجل", false),
    column("code", "Vacancy code", "رمز الوظيفة", false),
    column("employer", "Employer", "صاحب العمل", true),
    column("title_ar", "Title in Arabic", "المسمى بالعربية", false),
    column("title_en", "Title in English", "المسمى بالإنجليزية", false),
    column("status", "Status", "الحالة", false),
    column("sector", "Sector", "القطاع", true),
    column("occupation", "Occupation", "المهنة", true),
    column("location", "Place", "المكان", true),
    column("openings", "Openings", "عدد الشواغر", false),
    column("wage_min", "Lowest wage (JD)", "أدنى أجر (دينار)", true),
    column("wage_max", "Highest wage (JD)", "أعلى أجر (دينار)", false),
    column("wage_period", "Wage paid", "يُدفع الأجر", false),
    column(
        "hours_per_week",
        "Hours a week",
        "ساعات العمل في الأسبوع",
        false,
    ),
    column("shift", "Shift", "الوردية", false),
    column("contract", "Contract", "العقد", true),
    column("languages", "Languages", "اللغات", false),
    column("skills", "Skills", "المهارات", false),
    column("benefits", "Benefits", "المزايا", false),
    column(
        "employer_arranges_permit",
        "Employer arranges the permit",
        "صاحب العمل يستخرج التصريح",
        false,
    ),
    column("start_date", "Starts on", "تاريخ البدء", false),
    column("closing_date", "Closes on", "آخر موعد للتقديم", false),
    column(
        "description_ar",
        "Description in Arabic",
        "الوصف بالعربية",
        false,
    ),
    column(
        "description_en",
        "Description in English",
        "الوصف بالإنجليزية",
        false,
    ),
];

/// A number as written, with Arabic-Indic digits (٢٩٠, ۲۹۰) and the Arabic decimal
/// separator (٫) read as their Latin twins.
fn number<T: FromStr>(written: &str) -> Result<T, Problem> {
    let latin: String = written
        .trim()
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from_digit(u32::from(c) - 0x0660, 10).unwrap_or(c),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(u32::from(c) - 0x06F0, 10).unwrap_or(c),
            '٫' => '.',
            _ => c,
        })
        .collect();
    latin.parse().map_err(|_| Problem::NotANumber)
}

impl Vocabulary {
    /// A row as the vacancy form would send it; the problems found in its cells
    /// before the form's own checks (openings or a wage that are no number).
    pub fn vacancy(&self, layout: &Layout, row: &[String]) -> (VacancyImport, FieldErrors) {
        let cell = |key: &str| layout.cell(row, key);
        let text = |key: &str| layout.text(row, key);
        let mut problems = FieldErrors::new();
        let mut numeric = |key: &'static str, problem: Problem| -> Option<f64> {
            match cell(key) {
                "" => None,
                written => match number::<f64>(written) {
                    Ok(value) if value.is_finite() => Some(value),
                    _ => {
                        problems.add(key, problem);
                        None
                    }
                },
            }
        };
        let wage_min = numeric("wage_min", Problem::NotANumber);
        let wage_max = numeric("wage_max", Problem::NotANumber);
        let mut whole = |key: &'static str| -> Option<u32> {
            match cell(key) {
                "" => None,
                written => match number::<u32>(written) {
                    Ok(value) => Some(value),
                    Err(_) => {
                        problems.add(key, Problem::NotWholeNumber);
                        None
                    }
                },
            }
        };
        let openings = whole("openings");
        // Out of range is the form's to say (1 to 60): more than a byte holds is
        // out of it too.
        let hours = whole("hours_per_week").map(|hours| u8::try_from(hours).unwrap_or(u8::MAX));
        let mut arranges = None;
        match self.yes_no(cell("employer_arranges_permit")) {
            Ok(said) => arranges = said,
            Err(problem) => problems.add("employer_arranges_permit", problem),
        }
        let input = VacancyInput {
            title_ar: text("title_ar"),
            title_en: text("title_en"),
            description_ar: text("description_ar"),
            description_en: text("description_en"),
            sector: text("sector").map(|written| self.code("sector", &written)),
            occupation: text("occupation").map(|written| self.code("occupation", &written)),
            location: text("location").map(|written| self.code("location", &written)),
            openings,
            wage: wage_min.map(|min| WageInput {
                min,
                max: wage_max,
                period: text("wage_period")
                    .map_or_else(|| "monthly".to_owned(), |w| self.code("wage_period", &w)),
            }),
            hours_per_week: hours,
            shift: text("shift").map(|written| self.code("shift", &written)),
            contract: text("contract").map(|written| self.code("contract", &written)),
            start_date: text("start_date"),
            closing_date: text("closing_date"),
            languages: text("languages").map(|written| self.languages(&written)),
            skills: text("skills").map(|written| items(&written).map(str::to_owned).collect()),
            benefits: text("benefits").map(|written| {
                items(&written)
                    .map(|benefit| self.code("benefits", benefit))
                    .collect()
            }),
            employer_arranges_permit: arranges,
            status: text("status").map(|written| self.code("vacancy_status", &written)),
            ..VacancyInput::default()
        };
        (
            VacancyImport {
                id: text("id"),
                code: text("code"),
                employer: text("employer"),
                input,
            },
            problems,
        )
    }
}
