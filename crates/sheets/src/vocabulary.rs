//! Labels read as codes: where people write a label, a cell may hold the label in
//! either language or the code (أنثى, Female or female; سوري, Syrian, Syria or SY; a
//! governorate's name or its code; an occupation's name, an everyday title or its
//! ISCO code; a sector's name; نعم or yes). What is none of these is passed on as
//! written, for the form's own check to name the problem.

use std::collections::HashMap;

use forsa_domain::{
    Benefit, ConsentMethod, ConsentPurpose, Contract, Gender, LanguageLevel, Locale, Problem,
    SeekerStatus, Shift, VacancyStatus, WagePeriod, permit::PermitType, seeker::LanguageInput,
};
use forsa_service::Taxonomy;
use forsa_words::{Labelled, Tr};

use crate::{
    layout::{folded, items},
    seekers::{LANGUAGES, NATIONALITIES},
};

/// Labels read as codes, by the column (or part of one) they are written in.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    codes: HashMap<&'static str, HashMap<String, String>>,
}

/// Words people write for a closed vocabulary's codes besides the catalogue's labels
/// (شهري for شهرياً, عقد محدد المدة for محدد المدة, مواصلات for المواصلات): by column,
/// code and words.
const ALSO: &[(&str, &str, &[&str])] = &[
    (
        "wage_period",
        "monthly",
        &["month", "per month", "a month", "شهري", "شهرية", "بالشهر"],
    ),
    (
        "wage_period",
        "daily",
        &["day", "per day", "a day", "يومي", "يومية", "باليوم"],
    ),
    ("contract", "permanent", &["permanent contract", "عقد دائم"]),
    (
        "contract",
        "fixed_term",
        &["fixed term contract", "عقد محدد المدة", "مؤقت"],
    ),
    ("contract", "seasonal", &["seasonal contract", "عقد موسمي"]),
    (
        "contract",
        "daily",
        &["day labour", "daily labour", "عقد يومي", "مياومة"],
    ),
    (
        "shift",
        "day",
        &["morning", "day shift", "نهاري", "صباحي", "صباحية"],
    ),
    (
        "shift",
        "night",
        &["night shift", "ليلي", "مسائي", "مسائية"],
    ),
    ("shift", "rotating", &["shifts", "متناوب", "ورديات"]),
    ("shift", "flexible", &["flexible hours", "مرن"]),
    (
        "benefits",
        "transport",
        &["transportation", "مواصلات", "نقل"],
    ),
    ("benefits", "accommodation", &["housing", "سكن"]),
    ("benefits", "meals", &["food", "وجبات", "طعام"]),
    ("benefits", "childcare", &["child care", "حضانة"]),
    ("benefits", "social_security", &["ضمان", "ضمان اجتماعي"]),
    ("vacancy_status", "open", &["published", "مفتوح", "منشورة"]),
    ("vacancy_status", "closed", &["مغلق"]),
    ("vacancy_status", "filled", &["مشغول", "ممتلئة"]),
];

/// What a cell says yes or no with, besides the catalogue's words.
const YES: &[&str] = &["yes", "y", "true", "1", "x", "✓", "نعم", "اي", "أجل"];
const NO: &[&str] = &["no", "n", "false", "0", "لا"];

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
        vocabulary.words("shift", Shift::ALL, Shift::as_str);
        vocabulary.words("contract", Contract::ALL, Contract::as_str);
        vocabulary.words("benefits", Benefit::ALL, Benefit::as_str);
        vocabulary.words("wage_period", WagePeriod::ALL, WagePeriod::as_str);
        vocabulary.words("vacancy_status", VacancyStatus::ALL, VacancyStatus::as_str);
        for (column, code, words) in ALSO {
            for word in *words {
                vocabulary.add(column, word, code);
            }
        }
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
        for sector in taxonomy.sectors() {
            for name in [&sector.code, &sector.name_en, &sector.name_ar] {
                vocabulary.add("sector", name, &sector.code);
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
        for (words, answer) in [(YES, "yes"), (NO, "no")] {
            for word in words {
                vocabulary.add("yes_no", word, answer);
            }
            for locale in [Locale::Ar, Locale::En] {
                let said = Tr::new(locale).text(&format!("sheets-{answer}"));
                vocabulary.add("yes_no", &said, answer);
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
    pub(crate) fn code(&self, column: &str, written: &str) -> String {
        self.known(column, written)
            .unwrap_or_else(|| written.trim().to_owned())
    }

    pub(crate) fn known(&self, column: &str, written: &str) -> Option<String> {
        self.codes
            .get(column)
            .and_then(|codes| codes.get(&folded(written)))
            .cloned()
    }

    /// Yes or no as a cell says it (نعم, yes, ✓; لا, no; a date, the day something
    /// was done, is a yes); nothing for an empty cell.
    pub(crate) fn yes_no(&self, written: &str) -> Result<Option<bool>, Problem> {
        if written.trim().is_empty() {
            return Ok(None);
        }
        if forsa_domain::dates::parse_date(written).is_ok() {
            return Ok(Some(true));
        }
        match self.known("yes_no", written).as_deref() {
            Some("yes") => Ok(Some(true)),
            Some(_) => Ok(Some(false)),
            None => Err(Problem::NotYesOrNo),
        }
    }

    /// "Arabic (native); English (basic)", "ar: native, en: basic" or
    /// "العربية (لغة أم)".
    pub(crate) fn languages(&self, cell: &str) -> Vec<LanguageInput> {
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
}
