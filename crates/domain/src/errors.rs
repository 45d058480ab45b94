//! What can be wrong with an input, as values. Each kind renders itself in English
//! (what the API sends); the pages map each kind to a message of their catalogues
//! with an exhaustive `match`, so a new kind cannot reach a page untranslated, and
//! nothing anywhere reads an error's meaning from its words.

use std::{collections::BTreeMap, fmt};

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::{
    enums::{Breakdown, Indicator, ReferralStage, VacancyStatus, WagePeriod},
    money::Money,
};

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    // Presence and shape of text.
    Required,
    Empty,
    TooShort {
        min: usize,
    },
    TooLong {
        max: usize,
    },
    ControlCharacters,
    /// Not a time zone of the IANA database (`Asia/Amman`).
    UnknownTimeZone,
    TooManyEntries {
        max: usize,
    },
    /// The same item twice in a list, such as a language.
    ListedTwice {
        item: String,
    },
    /// One of a closed list of words (`female`, `male`, …).
    NotOneOf {
        allowed: &'static [&'static str],
    },
    NotTrueOrFalse,
    /// A spreadsheet's cell that says neither yes nor no (nor the day something was
    /// done, which is a yes).
    NotYesOrNo,
    /// A query parameter the address does not take.
    UnknownParameter,

    // Numbers and money.
    NotWholeNumber,
    NotANumber,
    OutOfRange {
        min: i64,
        max: i64,
    },
    AtMost {
        max: i64,
    },
    /// A year of birth that makes the person younger or older than these ages.
    AgeOutOfRange {
        youngest: u32,
        oldest: u32,
    },
    NotIscedLevel,
    NotPositiveAmount,
    TooLarge,
    TooManyDecimals,
    BelowMinimumWage {
        minimum: Money,
        period: WagePeriod,
    },
    /// The top of a wage range below its bottom.
    BelowRangeMinimum,

    // Dates.
    NotADate,
    EndBeforeStart,
    InThePast,
    /// Not the name of a month (`2026-11`), a quarter (`2026-Q4`) or a year (`2026`).
    NotAPeriod,
    /// A period given both by name and by its days.
    PeriodTwice,
    /// Not a time of day such as `08:00`.
    NotATime,
    /// Not a week's opening hours such as `Sun–Thu 08:00–15:00`.
    NotOpeningHours,
    /// A day's closing time at or before its opening time.
    ClosesBeforeOpens,
    /// One of a day's two times given without the other.
    OneTimeOfTwo,

    // Formats of identifiers and codes.
    NotAnId,
    NotEmail,
    NotPhoneNumber,
    BadCode(CodeFormat),

    /// A well-formed code or id that names nothing the caller may name.
    Unknown {
        record: Record,
        code: Option<String>,
    },

    // The rules of the domain.
    PasswordTooCommon,
    TitleNeeded,
    PledgeNeeded,
    /// Required in this situation, though not always.
    RequiredFor(Need),
    FlexiblePermitWithEmployer,
    FlexiblePermitWithoutSectors,
    EmployerPermitWithSectors,
    OwnCentreOnly,
    NoMoveToAnotherCentre,
    /// A person moved to the centre they are registered at already.
    SameCentre,
    /// A record merged into itself.
    SamePerson,
    NoMoveToAnotherEmployer,
    NewVacancyStatus,
    StatusChange {
        from: VacancyStatus,
        to: VacancyStatus,
    },
    VacancyNotOpen {
        status: VacancyStatus,
    },
    NewReferralStage,
    StageFinal {
        from: ReferralStage,
    },
    StageNotNext {
        from: ReferralStage,
        to: ReferralStage,
    },
    NotEmployersStage {
        to: ReferralStage,
    },
    SeekerArchived,
    /// The seeker may not legally take the job; why, in English, from the verdict.
    NotEligible {
        reason: String,
    },
    CannotDisableSelf,
    PledgeIrreversible,
    SubjectOrActorNeeded,
    /// A report's breakdown that its indicator does not take (vacancies by sex).
    NotABreakdownOf {
        breakdown: Breakdown,
        indicator: Indicator,
    },
    /// Search or matching ranks only so deep.
    BeyondRanked {
        max: usize,
    },
    /// A follow-up recorded long before it falls due, without saying it is early.
    FollowUpNotDue {
        due_on: NaiveDate,
    },
    /// JSON of the wrong shape, as the JSON reader put it (API only).
    Shape(String),
}

/// The formats of codes from shared classifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeFormat {
    Isco,
    IscoUnitGroup,
    Isic,
    Location,
    Language,
    Country,
    VacancyCode,
    PermitType,
}

/// What a code or id may fail to name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Occupation,
    Sector,
    Location,
    PermitType,
    Centre,
    Employer,
    Vacancy,
    /// A seeker of the caller's own centre.
    Seeker,
}

/// When a field that may be left out must be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    EmployerSpecificPermit,
    Caseworker,
    EmployerUser,
    AdminRegistering,
    StaffPosting,
    /// The audit log's subject type, when a subject id is given.
    SubjectType,
    /// A referral moved to a stage that needs a reason.
    Outcome(ReferralStage),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Problem::*;
        match self {
            Required => f.write_str("is required"),
            Empty => f.write_str("must not be empty"),
            TooShort { min } => write!(f, "must be at least {min} characters"),
            TooLong { max } => write!(f, "must be at most {max} characters"),
            ControlCharacters => f.write_str("must not contain control characters"),
            UnknownTimeZone => f.write_str("must be a time zone such as Asia/Amman"),
            TooManyEntries { max } => write!(f, "must have at most {max} entries"),
            ListedTwice { item } => write!(f, "lists {item} twice"),
            NotOneOf { allowed } => write!(f, "must be one of: {}", allowed.join(", ")),
            NotTrueOrFalse => f.write_str("must be true or false"),
            NotYesOrNo => f.write_str("must be yes, no or a date such as 2026-01-31"),
            UnknownParameter => f.write_str("is not a search parameter"),
            NotWholeNumber => f.write_str("must be a whole number"),
            NotANumber => f.write_str("must be a number"),
            OutOfRange { min, max } => write!(f, "must be from {min} to {max}"),
            AtMost { max } => write!(f, "must be at most {max}"),
            AgeOutOfRange { youngest, oldest } => {
                write!(f, "must make the person {youngest} to {oldest} years old")
            }
            NotIscedLevel => f.write_str("must be an ISCED level from 0 to 8"),
            NotPositiveAmount => f.write_str("must be a positive amount in dinars"),
            TooLarge => f.write_str("is too large"),
            TooManyDecimals => f.write_str("must have at most three decimals"),
            BelowMinimumWage { minimum, period } => {
                let per = match period {
                    WagePeriod::Monthly => "month",
                    WagePeriod::Daily => "day",
                };
                write!(f, "must be at least the minimum wage of {minimum} per {per}")
            }
            BelowRangeMinimum => f.write_str("must not be below the minimum of the range"),
            NotADate => f.write_str("must be a date in the form YYYY-MM-DD"),
            EndBeforeStart => f.write_str("must not be before the start date"),
            InThePast => f.write_str("must not be in the past"),
            NotAPeriod => f.write_str(
                "must be a month (2026-11), a quarter (2026-Q4) or a year (2026)",
            ),
            PeriodTwice => f.write_str("must not be given with from and to: give one or the other"),
            NotATime => f.write_str("must be a time of day such as 08:00"),
            NotOpeningHours => f.write_str(
                "must be days and times such as Sun–Thu 08:00–15:00; Sat 09:00–12:00",
            ),
            ClosesBeforeOpens => f.write_str("must close after it opens"),
            OneTimeOfTwo => f.write_str("needs both an opening and a closing time, or neither"),
            NotAnId => f.write_str("is not a valid id"),
            NotEmail => f.write_str("must be an email address such as name@example.org"),
            NotPhoneNumber => f.write_str("must be a phone number of 7 to 15 digits"),
            BadCode(format) => f.write_str(match format {
                CodeFormat::Isco => "must be an ISCO-08 code of 1 to 4 digits",
                CodeFormat::IscoUnitGroup => "must be an ISCO-08 unit group (4 digits)",
                CodeFormat::Isic => "must be an ISIC Rev.4 section letter from A to U",
                CodeFormat::Location => "must be a location code such as JO-AM or JO-MA-ZAATARI",
                CodeFormat::Language => {
                    "must be a two-letter ISO 639-1 language code such as ar"
                }
                CodeFormat::Country => "must be a two-letter ISO 3166-1 country code such as SY",
                CodeFormat::VacancyCode => "must be a six-character vacancy code",
                CodeFormat::PermitType => {
                    "must be 2 to 40 lowercase letters, digits or underscores"
                }
            }),
            Unknown { record, code } => {
                if let Some(code) = code {
                    write!(f, "{code} ")?;
                }
                f.write_str(match record {
                    Record::Occupation => "is not an ISCO-08 occupation",
                    Record::Sector => "is not an ISIC section",
                    Record::Location => "is not a known location",
                    Record::PermitType => "is not a known permit type",
                    Record::Centre => "is not a known centre",
                    Record::Employer => "is not a known employer",
                    Record::Vacancy => "is not a known vacancy",
                    Record::Seeker => "is not a seeker of your centre",
                })
            }
            PasswordTooCommon => {
                f.write_str("is too common; choose a password that others would not guess")
            }
            TitleNeeded => f.write_str("give a title in Arabic, English or both"),
            PledgeNeeded => f.write_str(
                "the employer must pledge that workers pay no recruitment fees before a vacancy is published",
            ),
            RequiredFor(need) => match need {
                Need::EmployerSpecificPermit => {
                    f.write_str("is required for an employer-specific permit")
                }
                Need::Caseworker => f.write_str("is required for a caseworker"),
                Need::EmployerUser => f.write_str("is required for an employer user"),
                Need::AdminRegistering => {
                    f.write_str("is required when an admin registers a seeker")
                }
                Need::StaffPosting => f.write_str("is required when staff post a vacancy"),
                Need::SubjectType => f.write_str("is required with subject_id"),
                Need::Outcome(stage) => write!(f, "is required when a referral is {stage}"),
            },
            FlexiblePermitWithEmployer => f.write_str("a flexible permit is not tied to an employer"),
            FlexiblePermitWithoutSectors => {
                f.write_str("a flexible permit must cover at least one sector")
            }
            EmployerPermitWithSectors => f.write_str(
                "an employer-specific permit is tied to its employer, not to sectors",
            ),
            SameCentre => f.write_str("is the centre the person is registered at already"),
            SamePerson => f.write_str("is the record being merged; choose the other one"),
            OwnCentreOnly => f.write_str("caseworkers register seekers at their own centre"),
            NoMoveToAnotherCentre => f.write_str("a seeker cannot move centre by an edit"),
            NoMoveToAnotherEmployer => f.write_str("a vacancy cannot move to another employer"),
            NewVacancyStatus => f.write_str("a new vacancy is a draft or open"),
            StatusChange { from, to } => write!(f, "cannot go from {from} to {to}"),
            VacancyNotOpen { status } => write!(f, "is {status}, not open"),
            NewReferralStage => f.write_str("a new referral starts as proposed or referred"),
            StageFinal { from } => write!(f, "the referral is already {from} and cannot move"),
            StageNotNext { from, to } => write!(f, "cannot move from {from} to {to}"),
            NotEmployersStage { to } => write!(f, "an employer cannot move a referral to {to}"),
            SeekerArchived => f.write_str("is archived"),
            NotEligible { reason } => f.write_str(reason),
            CannotDisableSelf => {
                f.write_str("you cannot disable your own account; ask another admin")
            }
            PledgeIrreversible => f.write_str("cannot be taken back once recorded"),
            SubjectOrActorNeeded => {
                f.write_str("give a subject (subject_type and subject_id) or an actor_id")
            }
            NotABreakdownOf {
                breakdown,
                indicator,
            } => write!(
                f,
                "{indicator} cannot be broken down by {breakdown}; it takes: {}",
                indicator
                    .breakdowns()
                    .iter()
                    .map(|b| b.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            BeyondRanked { max } => write!(f, "results beyond the first {max} are not available"),
            FollowUpNotDue { due_on } => write!(
                f,
                "the follow-up is not due until {due_on}; send true to record it before then"
            ),
            Shape(message) => f.write_str(message),
        }
    }
}

impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// What was wrong with an input, one problem per field.
///
/// Field names are the input's own (`wage.min`, `languages[1].code`), so a client can
/// put each message next to the field that caused it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("invalid input in {} field(s)", .0.len())]
#[serde(transparent)]
pub struct FieldErrors(BTreeMap<String, Problem>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: impl Into<String>, problem: Problem) -> Self {
        let mut errors = Self::new();
        errors.add(field, problem);
        errors
    }

    /// Records a problem; the first for a field wins.
    pub fn add(&mut self, field: impl Into<String>, problem: Problem) {
        self.0.entry(field.into()).or_insert(problem);
    }

    /// Whether `field` has a problem.
    pub fn has(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    /// Keeps the value of a successful parse, or records why it failed.
    pub fn check<T>(&mut self, field: &str, parsed: Result<T, Problem>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(problem) => {
                self.add(field, problem);
                None
            }
        }
    }

    /// Like `check`, for a field that must be present.
    pub fn require<R, T>(
        &mut self,
        field: &str,
        raw: Option<R>,
        parse: impl FnOnce(R) -> Result<T, Problem>,
    ) -> Option<T> {
        match raw {
            Some(raw) => self.check(field, parse(raw)),
            None => {
                self.add(field, Problem::Required);
                None
            }
        }
    }

    /// Like `check`, for a field that may be left out.
    pub fn optional<R, T>(
        &mut self,
        field: &str,
        raw: Option<R>,
        parse: impl FnOnce(R) -> Result<T, Problem>,
    ) -> Option<T> {
        raw.and_then(|raw| self.check(field, parse(raw)))
    }

    pub fn merge(&mut self, other: FieldErrors) {
        for (field, problem) in other.0 {
            self.add(field, problem);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&Problem> {
        self.0.get(field)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Problem)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The fields reported missing, to check a type's list of required fields.
    #[cfg(test)]
    pub(crate) fn missing(&self) -> Vec<&str> {
        self.iter()
            .filter(|(_, problem)| **problem == Problem::Required)
            .map(|(field, _)| field)
            .collect()
    }

    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_problem_for_a_field_wins() {
        let mut errors = FieldErrors::new();
        errors.add("email", Problem::Required);
        errors.add("email", Problem::NotEmail);
        assert_eq!(errors.get("email"), Some(&Problem::Required));
    }

    #[test]
    fn require_reports_missing_fields() {
        let mut errors = FieldErrors::new();
        let value: Option<u8> = errors.require("age", None::<u8>, Ok);
        assert_eq!(value, None);
        assert_eq!(errors.get("age"), Some(&Problem::Required));
        assert!(errors.into_result().is_err());
    }

    #[test]
    fn optional_skips_absent_fields() {
        let mut errors = FieldErrors::new();
        let value: Option<u8> = errors.optional("age", None::<u8>, Ok);
        assert_eq!(value, None);
        assert!(errors.is_empty());
    }

    #[test]
    fn problems_are_sent_as_english_sentences() {
        let mut errors = FieldErrors::new();
        errors.add(
            "wage.min",
            Problem::BelowMinimumWage {
                minimum: Money::from_fils(290_000),
                period: WagePeriod::Monthly,
            },
        );
        errors.add(
            "location",
            Problem::Unknown {
                record: Record::Location,
                code: Some("JO-XX".to_owned()),
            },
        );
        assert_eq!(
            serde_json::to_value(&errors).unwrap_or_default(),
            serde_json::json!({
                "wage.min": "must be at least the minimum wage of JD 290 per month",
                "location": "JO-XX is not a known location",
            })
        );
    }
}
