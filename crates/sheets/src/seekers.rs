//! A spreadsheet of people: its columns, headed in Arabic or English, and each row as
//! what the registration form sends (`SeekerImport`). Where people write a label the
//! row may hold the label in either language or the code (أنثى, Female or female;
//! سوري, Syrian, Syria or SY; a governorate's name or its code; an occupation's name,
//! an everyday title or its ISCO code). What is neither is passed on as written, for
//! the form's own check to name the problem.

use std::collections::HashMap;

use forsa_domain::{
    ConsentMethod, ConsentPurpose, FieldErrors, Gender, LanguageLevel, Locale, Problem,
    SeekerStatus,
    consent::ConsentInput,
    folding::folded_words,
    permit::{PermitInput, PermitType},
    seeker::{LanguageInput, OccupationInput, SeekerInput},
};
use forsa_service::{SeekerImport, Taxonomy};
use forsa_words::{Labelled, Tr};

/// A column of the spreadsheet: the name the form gives its field (`key`, also
/// accepted as a header), and its header in each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub key: &'static str,
    pub english: &'static str,
    pub arabic: &'static str,
    pub required: bool,
}

const fn column(
    key: &'static str,
    english: &'static str,
    arabic: &'static str,
    required: bool,
) -> Column {
    Column {
        key,
        english,
        arabic,
        required,
    }
}

/// The columns of a spreadsheet of people, in the templates' order.
pub const COLUMNS: &[Column] = &[
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

/// A header or a label as compared: its folded words (no case, hamza, diacritics;
/// `full_name` is "full name").
fn folded(text: &str) -> String {
    folded_words(text).join(" ")
}

/// Where each column stands in a spreadsheet's headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// For each of `COLUMNS`, the index of its cell in a row.
    at: Vec<Option<usize>>,
    /// The headers that name no column: left unread.
    pub unread: Vec<String>,
}

/// What is wrong with a spreadsheet's headers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeaderProblem {
    #[error("the spreadsheet has no column {}", .0.english)]
    Missing(Column),
    #[error("the column {} is there twice", .0.english)]
    Twice(Column),
}

impl Layout {
    /// Finds each column by its header, in Arabic or English or as its key.
    pub fn of(headers: &[String]) -> Result<Self, Vec<HeaderProblem>> {
        let mut at = vec![None; COLUMNS.len()];
        let mut unread = Vec::new();
        let mut problems = Vec::new();
        for (index, header) in headers.iter().enumerate() {
            let header_folded = folded(header);
            if header_folded.is_empty() {
                continue;
            }
            let found = COLUMNS.iter().position(|column| {
                [column.key, column.english, column.arabic]
                    .iter()
                    .any(|name| folded(name) == header_folded)
            });
            match found {
                Some(column) if at[column].is_some() => {
                    problems.push(HeaderProblem::Twice(COLUMNS[column]));
                }
                Some(column) => at[column] = Some(index),
                None => unread.push(header.clone()),
            }
        }
        problems.extend(
            COLUMNS
                .iter()
                .zip(&at)
                .filter(|(column, at)| column.required && at.is_none())
                .map(|(column, _)| HeaderProblem::Missing(*column)),
        );
        if problems.is_empty() {
            Ok(Self { at, unread })
        } else {
            Err(problems)
        }
    }

    /// The cell of column `key` in `row`, trimmed; empty when the column or the cell
    /// is missing.
    pub fn cell<'r>(&self, row: &'r [String], key: &str) -> &'r str {
        COLUMNS
            .iter()
            .position(|column| column.key == key)
            .and_then(|column| self.at[column])
            .and_then(|index| row.get(index))
            .map_or("", |cell| cell.trim())
    }
}

/// Labels read as codes, by the column (or part of one) they are written in.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    codes: HashMap<&'static str, HashMap<String, String>>,
}

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
    /// The labels of every vocabulary the columns hold, in both languages, with the
    /// taxonomy's names and the permit types in force.
    pub fn new(taxonomy: &Taxonomy, permit_types: &[PermitType]) -> Self {
        let mut vocabulary = Self::default();
        vocabulary.words("gender", Gender::ALL, Gender::as_str);
        vocabulary.words("status", SeekerStatus::ALL, SeekerStatus::as_str);
        vocabulary.words("level", LanguageLevel::ALL, LanguageLevel::as_str);
        vocabulary.words("consents", ConsentPurpose::ALL, ConsentPurpose::as_str);
        vocabulary.words("consent_method", ConsentMethod::ALL, ConsentMethod::as_str);
        for (code, names) in NATIONALITIES {
            for name in *names {
                vocabulary.add("nationality", name, code);
            }
        }
        for code in LANGUAGES {
            vocabulary.add("language", code, code);
            for locale in [Locale::Ar, Locale::En] {
                let name = Tr::new(locale).text(&format!("seekers-language-{code}"));
                vocabulary.add("language", &name, code);
            }
        }
        for place in taxonomy.locations() {
            for name in [&place.code, &place.name_en, &place.name_ar] {
                vocabulary.add("location", name, &place.code);
            }
        }
        for (occupation, aliases) in taxonomy.occupations() {
            for name in [&occupation.name_en, &occupation.name_ar]
                .into_iter()
                .chain(aliases)
            {
                vocabulary.add("occupation", name, &occupation.code);
            }
        }
        for permit in permit_types.iter().filter(|permit| permit.active) {
            for name in [&permit.code, &permit.name_en, &permit.name_ar] {
                vocabulary.add("permit_type", name, &permit.code);
            }
        }
        vocabulary
    }

    fn add(&mut self, column: &'static str, name: &str, code: &str) {
        let name = folded(name);
        if !name.is_empty() {
            self.codes
                .entry(column)
                .or_default()
                .entry(name)
                .or_insert_with(|| code.to_owned());
        }
    }

    /// Each word of a closed vocabulary by its code and its labels in both languages
    /// (with the feminine Arabic form, لاجئة as well as لاجئ).
    fn words<T: Labelled + Copy>(
        &mut self,
        column: &'static str,
        all: &[T],
        code: fn(T) -> &'static str,
    ) {
        for &value in all {
            self.add(column, code(value), code(value));
            for locale in [Locale::Ar, Locale::En] {
                let tr = Tr::new(locale);
                self.add(column, &tr.label(value), code(value));
                self.add(column, &tr.label_of(value, Gender::Female), code(value));
            }
        }
    }

    /// The code `written` stands for in `column`, or `written` itself.
    fn code(&self, column: &str, written: &str) -> String {
        self.known(column, written)
            .unwrap_or_else(|| written.trim().to_owned())
    }

    fn known(&self, column: &str, written: &str) -> Option<String> {
        self.codes
            .get(column)
            .and_then(|codes| codes.get(&folded(written)))
            .cloned()
    }

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
            "permit_number",
            "permit_valid_from",
            "permit_valid_until",
        ]
        .iter()
        .any(|key| !cell(key).is_empty())
        .then(|| PermitInput {
            permit_type: text("permit_type").map(|written| self.code("permit_type", &written)),
            number: text("permit_number"),
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
                input,
                permit,
                consents,
            },
            problems,
        )
    }

    /// "Arabic (native); English (basic)", "ar: native, en: basic" or
    /// "العربية (لغة أم)".
    fn languages(&self, cell: &str) -> Vec<LanguageInput> {
        items(cell)
            .map(|item| {
                let (name, level) = match item.split_once(['(', ':', '-']) {
                    Some((name, level)) => (name, level.trim_end_matches(')')),
                    None => (item, ""),
                };
                LanguageInput {
                    code: self.code("language", name),
                    level: self.code("level", level),
                }
            })
            .collect()
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

/// The items of a list written in one cell: separated by semicolons, commas (Arabic
/// or Latin) or new lines.
fn items(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', '؛', ',', '،', '\n'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

/// The column of a field the form names (`occupations[1].isco`, `permit_valid_until`),
/// if it has one.
pub fn column_of(field: &str) -> Option<&'static Column> {
    let root = field.split(['[', '.']).next().unwrap_or(field);
    COLUMNS.iter().find(|column| column.key == root)
}
