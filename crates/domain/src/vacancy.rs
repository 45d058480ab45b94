//! Vacancies: what employers post and seekers are matched to.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    codes::{IscoCode, LocationCode, PublicCode, SectorCode},
    dates::parse_date,
    enums::{Benefit, Contract, Shift, VacancyStatus, WagePeriod},
    errors::{FieldErrors, Problem},
    ids::{EmployerId, VacancyId},
    money::{MinimumWage, Money, WageRange},
    seeker::{LanguageInput, LanguageSkill, parse_languages},
    text,
};

/// Deserialize reads back only what forsa itself stored (the search index keeps these
/// facts); what clients send goes through `VacancyInput::parse`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VacancyDetails {
    /// At least one of the Arabic and English titles is given.
    pub title_ar: Option<String>,
    pub title_en: Option<String>,
    pub description_ar: Option<String>,
    pub description_en: Option<String>,
    pub sector: SectorCode,
    pub occupation: IscoCode,
    pub location: LocationCode,
    pub openings: u32,
    pub wage: WageRange,
    pub hours_per_week: u8,
    pub shift: Shift,
    pub contract: Contract,
    pub start_date: Option<NaiveDate>,
    pub closing_date: Option<NaiveDate>,
    pub languages: Vec<LanguageSkill>,
    pub skills: Vec<String>,
    pub benefits: BTreeSet<Benefit>,
    /// The employer will apply for an employer-specific permit for the hire.
    pub employer_arranges_permit: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Vacancy {
    pub id: VacancyId,
    pub employer_id: EmployerId,
    pub code: PublicCode,
    #[serde(flatten)]
    pub details: VacancyDetails,
    pub status: VacancyStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WageInput {
    pub min: f64,
    pub max: Option<f64>,
    #[cfg_attr(feature = "openapi", schema(value_type = WagePeriod))]
    pub period: String,
}

/// A vacancy as a client sends it: everything optional, so that the same shape serves
/// posting and partial edits.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct VacancyInput {
    #[serde(deserialize_with = "crate::nullable::text")]
    pub title_ar: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub title_en: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub description_ar: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub description_en: Option<String>,
    pub sector: Option<String>,
    pub occupation: Option<String>,
    pub location: Option<String>,
    pub openings: Option<u32>,
    pub wage: Option<WageInput>,
    pub hours_per_week: Option<u8>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Shift>))]
    pub shift: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Contract>))]
    pub contract: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub start_date: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub closing_date: Option<String>,
    pub languages: Option<Vec<LanguageInput>>,
    pub skills: Option<Vec<String>>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<Benefit>>))]
    pub benefits: Option<Vec<String>>,
    pub employer_arranges_permit: Option<bool>,
    /// `draft` (the default) or `open`; later `filled` or `closed`.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<VacancyStatus>))]
    pub status: Option<String>,
    /// Who posts it; needed when a caseworker or admin posts for an employer.
    pub employer_id: Option<String>,
    pub version: Option<i32>,
}

/// What a vacancy's validation depends on besides its own fields.
#[derive(Debug, Clone, Copy)]
pub struct VacancyContext {
    pub today: NaiveDate,
    pub minimum_wage: MinimumWage,
}

fn optional_date(errors: &mut FieldErrors, field: &str, raw: Option<String>) -> Option<NaiveDate> {
    errors
        .optional(field, raw, |raw| {
            if raw.trim().is_empty() {
                Ok(None)
            } else {
                parse_date(&raw).map(Some)
            }
        })
        .flatten()
}

impl VacancyInput {
    /// The fields a creation must give. The type leaves every field optional so that
    /// each missing one gets its own message and edits may send only what changes;
    /// the API document marks these required for the create request.
    pub const REQUIRED_TO_CREATE: &'static [&'static str] =
        &["contract", "location", "occupation", "sector", "wage"];

    pub fn parse(&self, context: VacancyContext) -> Result<VacancyDetails, FieldErrors> {
        let input = self.clone();
        let mut errors = FieldErrors::new();
        let title_ar = errors
            .optional("title_ar", input.title_ar, |raw| {
                text::optional_line(&raw, 140)
            })
            .flatten();
        let title_en = errors
            .optional("title_en", input.title_en, |raw| {
                text::optional_line(&raw, 140)
            })
            .flatten();
        if title_ar.is_none()
            && title_en.is_none()
            && errors.get("title_ar").is_none()
            && errors.get("title_en").is_none()
        {
            errors.add("title_ar", Problem::TitleNeeded);
            errors.add("title_en", Problem::TitleNeeded);
        }
        let description_ar = errors
            .optional("description_ar", input.description_ar, |raw| {
                text::optional_paragraph(&raw, 5000)
            })
            .flatten();
        let description_en = errors
            .optional("description_en", input.description_en, |raw| {
                text::optional_paragraph(&raw, 5000)
            })
            .flatten();
        let sector = errors.require("sector", input.sector, |raw| SectorCode::parse(&raw));
        let occupation = errors.require("occupation", input.occupation, |raw| {
            IscoCode::parse_unit_group(&raw)
        });
        let location = errors.require("location", input.location, |raw| LocationCode::parse(&raw));
        let openings = errors.check(
            "openings",
            match input.openings.unwrap_or(1) {
                n @ 1..=1000 => Ok(n),
                _ => Err(Problem::OutOfRange { min: 1, max: 1000 }),
            },
        );
        let wage = match input.wage {
            None => {
                errors.add("wage", Problem::Required);
                None
            }
            Some(raw) => {
                let min = errors.check("wage.min", Money::from_dinars(raw.min));
                let max = errors.check("wage.max", Money::from_dinars(raw.max.unwrap_or(raw.min)));
                let period = errors.check("wage.period", WagePeriod::parse(&raw.period));
                match (min, max, period) {
                    (Some(min), Some(max), Some(period)) => {
                        match WageRange::new(min, max, period, &context.minimum_wage) {
                            Ok(range) => Some(range),
                            Err((field, problem)) => {
                                errors.add(format!("wage.{field}"), problem);
                                None
                            }
                        }
                    }
                    _ => None,
                }
            }
        };
        let hours_per_week = errors.check(
            "hours_per_week",
            match input.hours_per_week.unwrap_or(48) {
                h @ 1..=60 => Ok(h),
                _ => Err(Problem::OutOfRange { min: 1, max: 60 }),
            },
        );
        let shift = errors
            .optional("shift", input.shift, |raw| Shift::parse(&raw))
            .unwrap_or(Shift::Day);
        let contract = errors.require("contract", input.contract, |raw| Contract::parse(&raw));
        let start_date = optional_date(&mut errors, "start_date", input.start_date);
        let closing_date = optional_date(&mut errors, "closing_date", input.closing_date);
        if let Some(closing) = closing_date
            && closing < context.today
        {
            errors.add("closing_date", Problem::InThePast);
        }
        let languages = parse_languages(
            &mut errors,
            "languages",
            input.languages.unwrap_or_default(),
        );
        let skills = errors
            .check(
                "skills",
                text::labels(&input.skills.unwrap_or_default(), 20, 60),
            )
            .unwrap_or_default();
        let mut benefits = BTreeSet::new();
        for (i, raw) in input.benefits.unwrap_or_default().iter().enumerate() {
            if let Some(benefit) = errors.check(&format!("benefits[{i}]"), Benefit::parse(raw)) {
                benefits.insert(benefit);
            }
        }
        errors.into_result()?;
        match (
            sector,
            occupation,
            location,
            openings,
            wage,
            hours_per_week,
            contract,
        ) {
            (
                Some(sector),
                Some(occupation),
                Some(location),
                Some(openings),
                Some(wage),
                Some(hours_per_week),
                Some(contract),
            ) => Ok(VacancyDetails {
                title_ar,
                title_en,
                description_ar,
                description_en,
                sector,
                occupation,
                location,
                openings,
                wage,
                hours_per_week,
                shift,
                contract,
                start_date,
                closing_date,
                languages,
                skills,
                benefits,
                employer_arranges_permit: input.employer_arranges_permit.unwrap_or(false),
            }),
            _ => Err(FieldErrors::single("input", Problem::Required)),
        }
    }

    pub fn overlay(self, patch: VacancyInput) -> VacancyInput {
        VacancyInput {
            title_ar: patch.title_ar.or(self.title_ar),
            title_en: patch.title_en.or(self.title_en),
            description_ar: patch.description_ar.or(self.description_ar),
            description_en: patch.description_en.or(self.description_en),
            sector: patch.sector.or(self.sector),
            occupation: patch.occupation.or(self.occupation),
            location: patch.location.or(self.location),
            openings: patch.openings.or(self.openings),
            wage: patch.wage.or(self.wage),
            hours_per_week: patch.hours_per_week.or(self.hours_per_week),
            shift: patch.shift.or(self.shift),
            contract: patch.contract.or(self.contract),
            start_date: patch.start_date.or(self.start_date),
            closing_date: patch.closing_date.or(self.closing_date),
            languages: patch.languages.or(self.languages),
            skills: patch.skills.or(self.skills),
            benefits: patch.benefits.or(self.benefits),
            employer_arranges_permit: patch
                .employer_arranges_permit
                .or(self.employer_arranges_permit),
            status: patch.status.or(self.status),
            employer_id: patch.employer_id.or(self.employer_id),
            version: patch.version.or(self.version),
        }
    }
}

impl From<&VacancyDetails> for VacancyInput {
    fn from(details: &VacancyDetails) -> Self {
        VacancyInput {
            title_ar: details.title_ar.clone(),
            title_en: details.title_en.clone(),
            description_ar: details.description_ar.clone(),
            description_en: details.description_en.clone(),
            sector: Some(details.sector.to_string()),
            occupation: Some(details.occupation.to_string()),
            location: Some(details.location.to_string()),
            openings: Some(details.openings),
            wage: Some(WageInput {
                min: details.wage.min.dinars(),
                max: Some(details.wage.max.dinars()),
                period: details.wage.period.as_str().to_owned(),
            }),
            hours_per_week: Some(details.hours_per_week),
            shift: Some(details.shift.as_str().to_owned()),
            contract: Some(details.contract.as_str().to_owned()),
            start_date: details.start_date.map(|d| d.to_string()),
            closing_date: details.closing_date.map(|d| d.to_string()),
            languages: Some(
                details
                    .languages
                    .iter()
                    .map(|l| LanguageInput {
                        code: l.code.to_string(),
                        level: l.level.as_str().to_owned(),
                    })
                    .collect(),
            ),
            skills: Some(details.skills.clone()),
            benefits: Some(
                details
                    .benefits
                    .iter()
                    .map(|b| b.as_str().to_owned())
                    .collect(),
            ),
            employer_arranges_permit: Some(details.employer_arranges_permit),
            status: None,
            employer_id: None,
            version: None,
        }
    }
}

/// Whether a vacancy may move from one status to another.
pub fn status_change_allowed(from: VacancyStatus, to: VacancyStatus) -> bool {
    use VacancyStatus::*;
    from == to
        || matches!(
            (from, to),
            (Draft, Open)
                | (Draft, Closed)
                | (Open, Filled)
                | (Open, Closed)
                | (Closed, Open)
                | (Filled, Open)
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_to_create_is_what_parse_demands() {
        let errors = VacancyInput::default().parse(context()).unwrap_err();
        assert_eq!(errors.missing(), VacancyInput::REQUIRED_TO_CREATE);
    }

    fn context() -> VacancyContext {
        VacancyContext {
            today: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            minimum_wage: MinimumWage {
                monthly: Money::from_fils(290_000),
                valid_from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            },
        }
    }

    fn valid() -> VacancyInput {
        VacancyInput {
            title_en: Some("Carpenter for formwork".into()),
            sector: Some("F".into()),
            occupation: Some("7115".into()),
            location: Some("JO-AM".into()),
            wage: Some(WageInput {
                min: 350.0,
                max: Some(420.0),
                period: "monthly".into(),
            }),
            contract: Some("fixed_term".into()),
            closing_date: Some("2026-12-31".into()),
            benefits: Some(vec!["transport".into(), "meals".into()]),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_vacancy_parses_with_defaults() {
        let details = valid().parse(context()).unwrap();
        assert_eq!(details.openings, 1);
        assert_eq!(details.hours_per_week, 48);
        assert_eq!(details.shift, Shift::Day);
        assert!(details.benefits.contains(&Benefit::Transport));
    }

    #[test]
    fn a_wage_under_the_minimum_is_refused() {
        let input = VacancyInput {
            wage: Some(WageInput {
                min: 200.0,
                max: None,
                period: "monthly".into(),
            }),
            ..valid()
        };
        let errors = input.parse(context()).unwrap_err();
        assert_eq!(
            errors.get("wage.min").map(ToString::to_string).as_deref(),
            Some("must be at least the minimum wage of JD 290 per month")
        );
    }

    #[test]
    fn a_closing_date_in_the_past_is_refused() {
        let input = VacancyInput {
            closing_date: Some("2026-11-21".into()),
            ..valid()
        };
        assert_eq!(
            input.parse(context()).unwrap_err().get("closing_date"),
            Some(&Problem::InThePast)
        );
    }

    #[test]
    fn a_title_is_needed_in_some_language() {
        let input = VacancyInput {
            title_en: None,
            title_ar: Some("  ".into()),
            ..valid()
        };
        assert!(
            input
                .parse(context())
                .unwrap_err()
                .get("title_ar")
                .is_some()
        );
        let arabic_only = VacancyInput {
            title_en: None,
            title_ar: Some("نجار قوالب".into()),
            ..valid()
        };
        assert!(arabic_only.parse(context()).is_ok());
    }

    #[test]
    fn unknown_benefits_and_contracts_are_named() {
        let input = VacancyInput {
            benefits: Some(vec!["transport".into(), "gym".into()]),
            contract: Some("forever".into()),
            ..valid()
        };
        let errors = input.parse(context()).unwrap_err();
        assert!(errors.get("benefits[1]").is_some());
        assert!(errors.get("contract").is_some());
    }

    #[test]
    fn status_changes_follow_the_life_of_a_vacancy() {
        use VacancyStatus::*;
        assert!(status_change_allowed(Draft, Open));
        assert!(status_change_allowed(Open, Closed));
        assert!(!status_change_allowed(Filled, Draft));
        assert!(!status_change_allowed(Open, Draft));
    }
}
