use forsa_domain::{
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
