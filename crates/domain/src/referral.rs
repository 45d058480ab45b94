//! Referrals of seekers to vacancies, and how they move from stage to stage.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    enums::{FollowUpOutcome, ReferralStage, Role},
    errors::{FieldErrors, Need, Problem},
    ids::{CentreId, FollowUpId, ReferralId, SeekerId, UserId, VacancyId},
    text,
};

/// Days after a hire at which the caseworker checks how the job is going.
pub const FOLLOW_UP_DAYS: [i64; 3] = [30, 90, 180];

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Referral {
    pub id: ReferralId,
    pub seeker_id: SeekerId,
    pub vacancy_id: VacancyId,
    pub centre_id: CentreId,
    pub stage: ReferralStage,
    pub created_by: UserId,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One move of a referral, kept forever.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StageChange {
    pub from: Option<ReferralStage>,
    pub to: ReferralStage,
    pub reason: Option<String>,
    pub actor: UserId,
    pub at: DateTime<Utc>,
}

/// A check-in with a hired seeker.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FollowUp {
    pub id: FollowUpId,
    pub referral_id: ReferralId,
    pub due_on: NaiveDate,
    /// When the outcome was recorded; a follow-up is done once, then kept as it is.
    pub done_at: Option<DateTime<Utc>>,
    pub outcome: Option<FollowUpOutcome>,
    pub note: Option<String>,
}

/// The longest note a follow-up keeps: a line or two, not a case file.
pub const FOLLOW_UP_NOTE_MAX: usize = 500;

/// What a caseworker records at a follow-up.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct FollowUpInput {
    /// `still_employed`, `left_job` or `not_reached`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<FollowUpOutcome>))]
    pub outcome: Option<String>,
    /// At most 500 characters.
    pub note: Option<String>,
    /// `true` to record a follow-up more than a week before it is due: the outcome is
    /// known early (the person has left the job, say). Without it such a record is
    /// refused, so that a check-in is not marked done before it could be made.
    pub early: Option<bool>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpRecord {
    pub outcome: FollowUpOutcome,
    pub note: Option<String>,
    /// The caller said the record is early.
    pub early: bool,
}

/// How many days before it is due a follow-up may be recorded without saying so.
pub const FOLLOW_UP_EARLY_DAYS: u64 = 7;

impl FollowUp {
    /// Checks that `record`, made on `today`, is not long before this follow-up is
    /// due, or says it is early.
    pub fn check_timing(
        &self,
        record: &FollowUpRecord,
        today: NaiveDate,
    ) -> Result<(), FieldErrors> {
        let allowed_from = self
            .due_on
            .checked_sub_days(chrono::Days::new(FOLLOW_UP_EARLY_DAYS))
            .unwrap_or(self.due_on);
        if today < allowed_from && !record.early {
            return Err(FieldErrors::single(
                "early",
                Problem::FollowUpNotDue {
                    due_on: self.due_on,
                },
            ));
        }
        Ok(())
    }
}

impl FollowUpInput {
    pub fn parse(self) -> Result<FollowUpRecord, FieldErrors> {
        let mut errors = FieldErrors::new();
        let outcome = errors.require("outcome", self.outcome, |raw| FollowUpOutcome::parse(&raw));
        let note = errors
            .optional("note", self.note, |raw| {
                text::optional_paragraph(&raw, FOLLOW_UP_NOTE_MAX)
            })
            .flatten();
        errors.into_result()?;
        match outcome {
            Some(outcome) => Ok(FollowUpRecord {
                outcome,
                note,
                early: self.early.unwrap_or(false),
            }),
            None => Err(FieldErrors::single("outcome", Problem::Required)),
        }
    }
}

impl ReferralStage {
    /// A referral in a final stage does not move again.
    pub fn is_final(self) -> bool {
        use ReferralStage::*;
        matches!(self, Hired | Declined | Rejected | NoShow | Withdrawn)
    }

    fn successors(self) -> &'static [ReferralStage] {
        use ReferralStage::*;
        match self {
            Proposed => &[Referred, Declined, Withdrawn],
            Referred => &[Interview, Offered, Declined, Rejected, NoShow, Withdrawn],
            Interview => &[Offered, Declined, Rejected, NoShow, Withdrawn],
            Offered => &[Hired, Declined, Rejected, Withdrawn],
            Hired | Declined | Rejected | NoShow | Withdrawn => &[],
        }
    }

    /// Moving here needs a reason: the outcome is a loss someone will want explained.
    pub fn needs_reason(self) -> bool {
        use ReferralStage::*;
        matches!(self, Declined | Rejected | NoShow | Withdrawn)
    }
}

/// Whether someone in `role` may move a referral from `from` to `to`. Employers
/// record what happens on their side (interview, offer, hire, rejection, no-show);
/// caseworkers and admins may record anything.
pub fn check_move(role: Role, from: ReferralStage, to: ReferralStage) -> Result<(), Problem> {
    use ReferralStage::*;
    if from.is_final() {
        return Err(Problem::StageFinal { from });
    }
    if !from.successors().contains(&to) {
        return Err(Problem::StageNotNext { from, to });
    }
    if role == Role::Employer && !matches!(to, Interview | Offered | Hired | Rejected | NoShow) {
        return Err(Problem::NotEmployersStage { to });
    }
    Ok(())
}

/// A new referral as a caseworker sends it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct ReferralInput {
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub seeker_id: Option<String>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub vacancy_id: Option<String>,
    /// `proposed` (to discuss with the seeker first) or `referred` (the default).
    #[cfg_attr(feature = "openapi", schema(value_type = Option<ReferralStage>))]
    pub stage: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewReferral {
    pub seeker_id: SeekerId,
    pub vacancy_id: VacancyId,
    pub stage: ReferralStage,
    pub note: Option<String>,
}

impl ReferralInput {
    pub fn parse(self) -> Result<NewReferral, FieldErrors> {
        let mut errors = FieldErrors::new();
        let seeker_id = errors.require("seeker_id", self.seeker_id, |raw| raw.parse::<SeekerId>());
        let vacancy_id = errors.require("vacancy_id", self.vacancy_id, |raw| {
            raw.parse::<VacancyId>()
        });
        let stage = errors
            .optional("stage", self.stage, |raw| {
                match ReferralStage::parse(&raw)? {
                    stage @ (ReferralStage::Proposed | ReferralStage::Referred) => Ok(stage),
                    _ => Err(Problem::NewReferralStage),
                }
            })
            .unwrap_or(ReferralStage::Referred);
        let note = errors
            .optional("note", self.note, |raw| {
                text::optional_paragraph(&raw, 1000)
            })
            .flatten();
        errors.into_result()?;
        match (seeker_id, vacancy_id) {
            (Some(seeker_id), Some(vacancy_id)) => Ok(NewReferral {
                seeker_id,
                vacancy_id,
                stage,
                note,
            }),
            _ => Err(FieldErrors::single("input", Problem::Required)),
        }
    }
}

/// A move to another stage.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct StageChangeInput {
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<ReferralStage>))]
    pub stage: Option<String>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StageMove {
    pub to: ReferralStage,
    pub reason: Option<String>,
}

impl StageChangeInput {
    pub fn parse(self) -> Result<StageMove, FieldErrors> {
        let mut errors = FieldErrors::new();
        let to = errors.require("stage", self.stage, |raw| ReferralStage::parse(&raw));
        let reason = errors
            .optional("reason", self.reason, |raw| {
                text::optional_paragraph(&raw, 1000)
            })
            .flatten();
        if let Some(to) = to
            && to.needs_reason()
            && reason.is_none()
            && errors.get("reason").is_none()
        {
            errors.add("reason", Problem::RequiredFor(Need::Outcome(to)));
        }
        errors.into_result()?;
        match to {
            Some(to) => Ok(StageMove { to, reason }),
            None => Err(FieldErrors::single("stage", Problem::Required)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferralStage::*;

    #[test]
    fn the_happy_path_is_allowed() {
        for (from, to) in [
            (Proposed, Referred),
            (Referred, Interview),
            (Interview, Offered),
            (Offered, Hired),
        ] {
            assert_eq!(check_move(Role::Caseworker, from, to), Ok(()));
        }
    }

    #[test]
    fn final_stages_do_not_move() {
        assert!(check_move(Role::Admin, Hired, Withdrawn).is_err());
        assert!(check_move(Role::Caseworker, Rejected, Referred).is_err());
    }

    #[test]
    fn stages_cannot_be_skipped_backwards() {
        assert_eq!(
            check_move(Role::Caseworker, Offered, Interview),
            Err(Problem::StageNotNext {
                from: Offered,
                to: Interview
            })
        );
    }

    #[test]
    fn employers_record_only_their_side() {
        assert!(check_move(Role::Employer, Referred, Interview).is_ok());
        assert!(check_move(Role::Employer, Offered, Hired).is_ok());
        assert!(check_move(Role::Employer, Proposed, Referred).is_err());
        assert!(check_move(Role::Employer, Referred, Withdrawn).is_err());
    }

    #[test]
    fn losses_need_a_reason() {
        let input = StageChangeInput {
            stage: Some("rejected".into()),
            reason: None,
        };
        assert_eq!(
            input.parse().unwrap_err().get("reason"),
            Some(&Problem::RequiredFor(Need::Outcome(
                ReferralStage::Rejected
            )))
        );
        let input = StageChangeInput {
            stage: Some("interview".into()),
            reason: None,
        };
        assert!(input.parse().is_ok());
    }

    #[test]
    fn a_follow_up_recorded_over_a_week_early_must_say_so() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
        let follow_up = FollowUp {
            id: FollowUpId::from_uuid(uuid::Uuid::from_u128(1)),
            referral_id: ReferralId::from_uuid(uuid::Uuid::from_u128(2)),
            due_on: day(20),
            done_at: None,
            outcome: None,
            note: None,
        };
        let record = |early| FollowUpRecord {
            outcome: FollowUpOutcome::LeftJob,
            note: None,
            early,
        };
        assert!(follow_up.check_timing(&record(false), day(13)).is_ok());
        assert!(follow_up.check_timing(&record(false), day(25)).is_ok());
        let refused = follow_up.check_timing(&record(false), day(12)).unwrap_err();
        assert_eq!(
            refused.get("early"),
            Some(&Problem::FollowUpNotDue { due_on: day(20) })
        );
        assert!(follow_up.check_timing(&record(true), day(1)).is_ok());
    }

    #[test]
    fn a_follow_up_needs_a_known_outcome_and_a_short_note() {
        let parsed = FollowUpInput {
            outcome: Some("still_employed".into()),
            note: Some("  ".into()),
            early: None,
        }
        .parse();
        assert_eq!(
            parsed,
            Ok(FollowUpRecord {
                outcome: FollowUpOutcome::StillEmployed,
                note: None,
                early: false,
            })
        );
        let errors = FollowUpInput {
            outcome: Some("fine".into()),
            note: Some("x".repeat(FOLLOW_UP_NOTE_MAX + 1)),
            early: None,
        }
        .parse()
        .unwrap_err();
        assert!(
            errors
                .get("outcome")
                .is_some_and(|p| matches!(p, Problem::NotOneOf { .. }))
        );
        assert!(
            errors
                .get("note")
                .is_some_and(|p| matches!(p, Problem::TooLong { .. }))
        );
        let errors = FollowUpInput::default().parse().unwrap_err();
        assert_eq!(errors.get("outcome"), Some(&Problem::Required));
    }

    #[test]
    fn new_referrals_start_early() {
        let input = ReferralInput {
            seeker_id: Some(SeekerId::generate().to_string()),
            vacancy_id: Some(VacancyId::generate().to_string()),
            stage: Some("hired".into()),
            note: None,
        };
        assert!(input.parse().unwrap_err().get("stage").is_some());
    }
}
