//! The vacancy form as typed, and what the service takes from it.

use forsa_domain::{
    Benefit, FieldErrors,
    seeker::LanguageInput,
    vacancy::{Vacancy, VacancyInput, WageInput},
};
use serde::Deserialize;

use crate::{
    forms::{checked, code_of, list, number, ticked},
    i18n::Tr,
    problems::{FormSpec, place_on_rows},
    seekers::{LANGUAGES, coded},
};

/// Every field as text, so that what was typed comes back as typed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct VacancyForm {
    /// Staff name the employer; `employer_id` is one chosen among the matches.
    pub employer: String,
    pub employer_id: String,
    pub title_ar: String,
    pub title_en: String,
    pub description_ar: String,
    pub description_en: String,
    pub sector: String,
    pub occupation: String,
    pub location: String,
    pub openings: String,
    pub wage_min: String,
    pub wage_max: String,
    pub wage_period: String,
    pub hours_per_week: String,
    pub shift: String,
    pub contract: String,
    pub start_date: String,
    pub closing_date: String,
    /// Comma-separated.
    pub skills: String,
    /// The languages the job needs: a name or a code, and a level.
    pub languages_0_code: String,
    pub languages_0_level: String,
    pub languages_1_code: String,
    pub languages_1_level: String,
    pub languages_2_code: String,
    pub languages_2_level: String,
    pub benefit_transport: Option<String>,
    pub benefit_accommodation: Option<String>,
    pub benefit_meals: Option<String>,
    pub benefit_childcare: Option<String>,
    pub benefit_social_security: Option<String>,
    pub employer_arranges_permit: Option<String>,
    /// Publish now rather than keep a draft.
    pub publish: Option<String>,
    /// The employer's no-fees pledge, recorded before publishing.
    pub fee_pledge: Option<String>,
    pub version: String,
}

impl VacancyForm {
    pub fn of(vacancy: &Vacancy) -> Self {
        let d = &vacancy.details;
        let has = |b: Benefit| checked(d.benefits.contains(&b));
        let language = |i: usize| {
            d.languages.get(i).map_or_else(Default::default, |l| {
                (l.code.to_string(), l.level.as_str().to_owned())
            })
        };
        let ((l0c, l0l), (l1c, l1l), (l2c, l2l)) = (language(0), language(1), language(2));
        VacancyForm {
            employer: String::new(),
            employer_id: vacancy.employer_id.to_string(),
            title_ar: d.title_ar.clone().unwrap_or_default(),
            title_en: d.title_en.clone().unwrap_or_default(),
            description_ar: d.description_ar.clone().unwrap_or_default(),
            description_en: d.description_en.clone().unwrap_or_default(),
            sector: d.sector.to_string(),
            occupation: d.occupation.to_string(),
            location: d.location.to_string(),
            openings: d.openings.to_string(),
            wage_min: super::amount(d.wage.min),
            wage_max: super::amount(d.wage.max),
            wage_period: d.wage.period.as_str().to_owned(),
            hours_per_week: d.hours_per_week.to_string(),
            shift: d.shift.as_str().to_owned(),
            contract: d.contract.as_str().to_owned(),
            start_date: d.start_date.map(|d| d.to_string()).unwrap_or_default(),
            closing_date: d.closing_date.map(|d| d.to_string()).unwrap_or_default(),
            skills: d.skills.join(", "),
            languages_0_code: l0c,
            languages_0_level: l0l,
            languages_1_code: l1c,
            languages_1_level: l1l,
            languages_2_code: l2c,
            languages_2_level: l2l,
            benefit_transport: has(Benefit::Transport),
            benefit_accommodation: has(Benefit::Accommodation),
            benefit_meals: has(Benefit::Meals),
            benefit_childcare: has(Benefit::Childcare),
            benefit_social_security: has(Benefit::SocialSecurity),
            employer_arranges_permit: checked(d.employer_arranges_permit),
            publish: None,
            fee_pledge: None,
            version: vacancy.version.to_string(),
        }
    }

    /// The language rows as (code, level), in the form's order.
    pub fn language_rows(&self) -> [(&str, &str); 3] {
        [
            (&self.languages_0_code, &self.languages_0_level),
            (&self.languages_1_code, &self.languages_1_level),
            (&self.languages_2_code, &self.languages_2_level),
        ]
    }

    /// The rows that hold something: blank rows are not sent.
    fn filled_language_rows(&self) -> Vec<usize> {
        self.language_rows()
            .iter()
            .enumerate()
            .filter(|(_, (code, level))| !code.trim().is_empty() || !level.trim().is_empty())
            .map(|(row, _)| row)
            .collect()
    }

    /// The domain's problems with the n-th language sent, put on the row it came from.
    pub fn place(&self, errors: &FieldErrors) -> FieldErrors {
        place_on_rows(errors, &[("languages", &self.filled_language_rows())])
    }

    pub fn publish(&self) -> bool {
        ticked(&self.publish)
    }

    pub fn pledge(&self) -> bool {
        ticked(&self.fee_pledge)
    }

    /// What the service takes; numbers that are not numbers are put in `errors`,
    /// under the service's names for their fields.
    /// `tr`: the page's language, in which (or the other) a language is named.
    pub fn input(&self, errors: &mut FieldErrors, tr: Tr) -> VacancyInput {
        let wage = number::<f64>(errors, "wage.min", &self.wage_min).map(|min| WageInput {
            min,
            max: number(errors, "wage.max", &self.wage_max),
            period: self.wage_period.clone(),
        });
        let benefits = [
            (&self.benefit_transport, Benefit::Transport),
            (&self.benefit_accommodation, Benefit::Accommodation),
            (&self.benefit_meals, Benefit::Meals),
            (&self.benefit_childcare, Benefit::Childcare),
            (&self.benefit_social_security, Benefit::SocialSecurity),
        ]
        .into_iter()
        .filter(|(value, _)| ticked(value))
        .map(|(_, benefit)| benefit.as_str().to_owned())
        .collect();
        let text = |value: &String| Some(value.clone());
        VacancyInput {
            title_ar: text(&self.title_ar),
            title_en: text(&self.title_en),
            description_ar: text(&self.description_ar),
            description_en: text(&self.description_en),
            sector: text(&self.sector),
            // The picker shows `7115 Carpenters`: the code comes first.
            occupation: Some(code_of(&self.occupation)),
            location: text(&self.location),
            openings: number(errors, "openings", &self.openings),
            wage,
            hours_per_week: number(errors, "hours_per_week", &self.hours_per_week),
            shift: text(&self.shift),
            contract: text(&self.contract),
            start_date: text(&self.start_date),
            closing_date: text(&self.closing_date),
            languages: Some(
                self.filled_language_rows()
                    .into_iter()
                    .map(|row| {
                        let (code, level) = self.language_rows()[row];
                        LanguageInput {
                            code: coded(LANGUAGES, code, tr),
                            level: level.trim().to_owned(),
                        }
                    })
                    .collect(),
            ),
            skills: Some(list(&self.skills)),
            benefits: Some(benefits),
            employer_arranges_permit: Some(ticked(&self.employer_arranges_permit)),
            status: self.publish().then(|| "open".to_owned()),
            employer_id: None,
            version: self.version.trim().parse().ok(),
        }
    }
}

/// The vacancy form's fields in order, and those it needs (a staff member posting
/// names the employer; a title in either language is enough, so neither is marked).
pub const FORM: FormSpec = FormSpec {
    order: &[
        "employer",
        "title_ar",
        "title_en",
        "occupation",
        "sector",
        "location",
        "wage_min",
        "wage_max",
        "wage_period",
        "openings",
        "hours_per_week",
        "shift",
        "contract",
        "start_date",
        "closing_date",
        "skills",
        "languages",
        "languages_0_code",
        "languages_0_level",
        "languages_1_code",
        "languages_1_level",
        "languages_2_code",
        "languages_2_level",
        "description_ar",
        "description_en",
        "benefits",
        "publish",
    ],
    required: &[
        "employer",
        "occupation",
        "sector",
        "location",
        "wage_min",
        "contract",
    ],
};

/// The form field a service field belongs to.
pub fn form_field(name: &str) -> Option<&'static str> {
    Some(match name {
        "wage" | "wage.min" => "wage_min",
        "wage.max" => "wage_max",
        "wage.period" => "wage_period",
        "status" => "publish",
        "employer_id" => "employer",
        "title_ar" => "title_ar",
        "title_en" => "title_en",
        "description_ar" => "description_ar",
        "description_en" => "description_en",
        "sector" => "sector",
        "occupation" => "occupation",
        "location" => "location",
        "openings" => "openings",
        "hours_per_week" => "hours_per_week",
        "shift" => "shift",
        "contract" => "contract",
        "start_date" => "start_date",
        "closing_date" => "closing_date",
        "skills" => "skills",
        "languages" => "languages",
        "languages[0].code" => "languages_0_code",
        "languages[0].level" => "languages_0_level",
        "languages[1].code" => "languages_1_code",
        "languages[1].level" => "languages_1_level",
        "languages[2].code" => "languages_2_code",
        "languages[2].level" => "languages_2_level",
        other if other.starts_with("benefits") => "benefits",
        _ => return None,
    })
}
