use chrono::{DateTime, NaiveDate, Utc};
use forsa_domain::{
    FollowUpId, FollowUpOutcome, ReferralId, SeekerId, VacancyId,
    referral::{FollowUp, Referral, StageChange},
    seeker::{LanguageSkill, OccupationExperience},
};
use serde::Serialize;
use utoipa::ToSchema;

/// What an employer may learn of a referred candidate: only what the referral needs,
/// and only while the seeker's consent to share is in force.
#[derive(Serialize, ToSchema)]
pub struct Candidate {
    pub full_name: String,
    pub phone: Option<String>,
    pub languages: Vec<LanguageSkill>,
    pub occupations: Vec<OccupationExperience>,
    pub skills: Vec<String>,
}

/// A referral with its history, its follow-ups (staff only) and the candidate as the
/// caller may see them.
#[derive(Serialize, ToSchema)]
pub struct ReferralView {
    #[serde(flatten)]
    pub referral: Referral,
    pub history: Vec<StageChange>,
    pub follow_ups: Vec<FollowUp>,
    /// `null` when the seeker has not consented to share their profile with employers.
    pub candidate: Option<Candidate>,
    /// Whether the seeker's consent to share their profile with employers is in force:
    /// staff see the candidate either way, and need to know what the employer sees.
    pub shared_with_employer: bool,
    /// Whether the person's record was erased: `candidate` is then `null` for
    /// everyone.
    pub erased: bool,
}

impl From<forsa_service::ReferralView> for ReferralView {
    fn from(v: forsa_service::ReferralView) -> Self {
        ReferralView {
            referral: v.referral,
            history: v.history,
            follow_ups: v.follow_ups,
            candidate: v.candidate.map(|c| Candidate {
                full_name: c.full_name,
                phone: c.phone,
                languages: c.languages,
                occupations: c.occupations,
                skills: c.skills,
            }),
            shared_with_employer: v.shared_with_employer,
            erased: v.erased,
        }
    }
}

/// The person a follow-up is with, as a caseworker's list names them.
#[derive(Serialize, ToSchema)]
pub struct FollowUpSeeker {
    pub id: SeekerId,
    pub full_name: String,
    pub case_reference: Option<String>,
}

/// A follow-up after a hire, with the person it is with and the job they took.
#[derive(Serialize, ToSchema)]
pub struct FollowUpView {
    pub id: FollowUpId,
    pub referral_id: ReferralId,
    pub vacancy_id: VacancyId,
    pub due_on: NaiveDate,
    /// When the outcome was recorded; `null` while the follow-up is still to make.
    pub done_at: Option<DateTime<Utc>>,
    pub outcome: Option<FollowUpOutcome>,
    pub seeker: FollowUpSeeker,
}

impl From<forsa_service::FollowUpListed> for FollowUpView {
    fn from(f: forsa_service::FollowUpListed) -> Self {
        FollowUpView {
            id: f.id,
            referral_id: f.referral_id,
            vacancy_id: f.vacancy_id,
            due_on: f.due_on,
            done_at: f.done_at,
            outcome: f.outcome,
            seeker: FollowUpSeeker {
                id: f.seeker.id,
                full_name: f.seeker.full_name,
                case_reference: f.seeker.case_reference,
            },
        }
    }
}
