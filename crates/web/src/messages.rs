//! The pages' words for what the service refuses: every kind of field problem and
//! every conflict named by a catalogue key, in `match`es the compiler holds complete,
//! so a new kind cannot reach a page untranslated and no page reads an English
//! sentence to find out what went wrong.

use forsa_domain::{CodeFormat, Need, Problem, Record};
use forsa_service::{Conflict, ServiceError};

use crate::i18n::Tr;

/// A problem with the form field `field`, said of that field where the catalogue
/// has words for it ("Enter the year of birth as four digits"), else as `problem`
/// says it of any field. The field's words are under `field-{field}-{kind}`.
pub fn problem_on(field: &str, problem: &Problem, tr: Tr) -> String {
    use Problem::*;
    let kind = match problem {
        Required | Empty | RequiredFor(_) => "required",
        NotWholeNumber | NotANumber | TooLarge => "number",
        AgeOutOfRange { .. } | OutOfRange { .. } | AtMost { .. } => "range",
        NotADate => "date",
        NotOneOf { .. } | Unknown { .. } | BadCode(_) => "choose",
        NotEmail => "email",
        NotPhoneNumber => "phone",
        _ => return self::problem(problem, tr),
    };
    let key = format!("field-{field}-{kind}");
    if tr.has(&key) {
        tr.text(&key)
    } else {
        self::problem(problem, tr)
    }
}

/// Why one action (a referral) was refused, in one sentence: the conflict, or the
/// first invalid value (not eligible, no longer open). Any other error is the page's
/// to answer, and comes back.
pub fn refusal(error: ServiceError, tr: Tr) -> Result<String, ServiceError> {
    match error {
        ServiceError::Conflict(conflict) => Ok(self::conflict(conflict, tr)),
        ServiceError::Invalid(errors) => Ok(errors
            .iter()
            .next()
            .map(|(_, problem)| self::problem(problem, tr))
            .unwrap_or_default()),
        other => Err(other),
    }
}

/// A field's problem in the page's language.
pub fn problem(problem: &Problem, tr: Tr) -> String {
    use Problem::*;
    let key = match problem {
        OutOfRange { min, max } => {
            return tr.text_with_numbers("jobs-error-range", &[("min", *min), ("max", *max)]);
        }
        AtMost { max } => return tr.text_with_numbers("jobs-error-at-most", &[("max", *max)]),
        TooManyEntries { max } => {
            let max = i64::try_from(*max).unwrap_or(i64::MAX);
            return tr.text_with_numbers("jobs-error-too-many", &[("max", max)]);
        }
        Required | Empty => "jobs-error-required",
        TooShort { .. } => "jobs-error-too-short",
        TooLong { .. } => "jobs-error-too-long",
        ControlCharacters => "jobs-error-control-characters",
        UnknownTimeZone => "admin-error-time-zone",
        ListedTwice { .. } => "seekers-error-duplicate-language",
        NotOneOf { .. } | NotTrueOrFalse | NotIscedLevel | NotAnId => "jobs-error-choose",
        NotYesOrNo => "imports-error-yes-no",
        UnknownParameter | BeyondRanked { .. } | Shape(_) => "jobs-error-invalid",
        NotWholeNumber | NotANumber => "jobs-error-number",
        AgeOutOfRange { .. } => "seekers-error-birth-year",
        NotPositiveAmount | TooManyDecimals => "jobs-error-amount",
        TooLarge => "jobs-error-too-large",
        BelowMinimumWage { .. } => "jobs-error-below-minimum-wage",
        BelowRangeMinimum => "jobs-error-wage-range",
        NotADate => "jobs-error-date",
        EndBeforeStart => "permits-error-range",
        InThePast => "jobs-error-date-past",
        NotATime => "jobs-error-time",
        NotOpeningHours => "admin-error-hours",
        ClosesBeforeOpens => "admin-error-closes-before-opens",
        OneTimeOfTwo => "admin-error-one-time",
        NotEmail => "jobs-error-email",
        NotPhoneNumber => "jobs-error-phone",
        BadCode(format) => match format {
            CodeFormat::Isco | CodeFormat::IscoUnitGroup => "jobs-error-occupation",
            CodeFormat::Language => "seekers-error-language",
            CodeFormat::Country => "seekers-error-country",
            CodeFormat::PermitType => "admin-error-permit-code",
            CodeFormat::Isic | CodeFormat::Location | CodeFormat::VacancyCode => {
                "jobs-error-choose"
            }
        },
        Unknown { record, .. } => match record {
            Record::Occupation => "jobs-error-occupation",
            Record::PermitType => "permits-error-type",
            Record::Sector
            | Record::Location
            | Record::Centre
            | Record::Employer
            | Record::Vacancy
            | Record::Seeker => "jobs-error-choose",
        },
        PasswordTooCommon => "admin-error-password-common",
        TitleNeeded => "jobs-error-title-needed",
        PledgeNeeded => "jobs-error-pledge-needed",
        RequiredFor(need) => match need {
            Need::EmployerSpecificPermit => "permits-error-employer",
            Need::Outcome(_) => "jobs-error-reason-needed",
            Need::Caseworker
            | Need::EmployerUser
            | Need::AdminRegistering
            | Need::StaffPosting
            | Need::SubjectType => "jobs-error-required",
        },
        FlexiblePermitWithEmployer => "permits-error-no-employer",
        FlexiblePermitWithoutSectors => "admin-error-permit-sectors",
        EmployerPermitWithSectors => "admin-error-permit-no-sectors",
        OwnCentreOnly => "seekers-error-own-centre",
        NoMoveToAnotherCentre => "seekers-error-no-centre-move",
        SameCentre => "seekers-error-same-centre",
        SamePerson => "seekers-error-same-person",
        NoMoveToAnotherEmployer => "jobs-error-no-employer-move",
        NewVacancyStatus | StatusChange { .. } => "jobs-error-status",
        VacancyNotOpen { .. } => "jobs-error-vacancy-not-open",
        NewReferralStage | StageFinal { .. } | StageNotNext { .. } | NotEmployersStage { .. } => {
            "jobs-error-stage"
        }
        SeekerArchived => "seekers-error-archived",
        NotEligible { .. } => "matches-refer-not-eligible",
        CannotDisableSelf => "admin-error-disable-self",
        PledgeIrreversible => "jobs-error-pledge-kept",
        SubjectOrActorNeeded => "admin-audit-error-subject",
        NotAPeriod | PeriodTwice => "reports-error-period",
        NotABreakdownOf { .. } => "reports-error-breakdown",
        FollowUpNotDue { due_on } => {
            return tr.text_with_words("follow-up-error-not-due", &[("date", &tr.date(due_on))]);
        }
    };
    tr.text(key)
}

/// A conflict in the page's language: the form is shown again with this on top.
pub fn conflict(conflict: Conflict, tr: Tr) -> String {
    tr.text(match conflict {
        Conflict::StaleEdit { .. } => "jobs-error-stale",
        Conflict::DuplicateCaseReference => "seekers-error-duplicate-case-reference",
        Conflict::EmailTaken => "admin-error-email-taken",
        Conflict::AlreadyReferred => "matches-already-referred",
        Conflict::AlreadyRecorded => "follow-up-error-recorded",
        Conflict::Duplicate => "jobs-error-duplicate",
        Conflict::PossibleDuplicate(_) => "seekers-error-possible-duplicate",
        Conflict::SeveralEmployersNamed => "imports-error-several-employers",
    })
}

#[cfg(test)]
mod tests {
    use forsa_domain::{Locale, Money, WagePeriod};

    use super::*;

    #[test]
    fn every_kind_has_words_in_both_languages() {
        let problems = [
            Problem::OutOfRange { min: 1, max: 60 },
            Problem::AtMost { max: 60 },
            Problem::TooManyEntries { max: 10 },
            Problem::BelowMinimumWage {
                minimum: Money::from_fils(290_000),
                period: WagePeriod::Monthly,
            },
            Problem::RequiredFor(Need::EmployerSpecificPermit),
            Problem::BadCode(CodeFormat::PermitType),
            Problem::SubjectOrActorNeeded,
            Problem::NotYesOrNo,
            Problem::NotATime,
            Problem::NotOpeningHours,
            Problem::ClosesBeforeOpens,
            Problem::OneTimeOfTwo,
        ];
        for locale in [Locale::Ar, Locale::En] {
            let tr = Tr::new(locale);
            for kind in &problems {
                let text = problem(kind, tr);
                assert!(!text.contains("-error-"), "{kind:?}: {text}");
            }
            assert!(!conflict(Conflict::DuplicateCaseReference, tr).contains("-error-"));
            assert!(!conflict(Conflict::PossibleDuplicate(Vec::new()), tr).contains("-error-"));
        }
        let english = Tr::new(Locale::En);
        assert_eq!(
            problem(&Problem::OutOfRange { min: 1, max: 60 }, english),
            "Enter a number from 1 to 60."
        );
        let arabic = problem(
            &Problem::OutOfRange { min: 1, max: 60 },
            Tr::new(Locale::Ar),
        );
        assert!(!arabic.chars().any(|c| c.is_ascii_alphabetic()), "{arabic}");
    }
}
