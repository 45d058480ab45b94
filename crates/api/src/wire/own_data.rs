use chrono::{DateTime, NaiveDate, Utc};
use forsa_domain::{
    AuditAction, CentreId, ConsentMethod, ConsentPurpose, FollowUpOutcome, PublicCode,
    ReferralStage, Role, SubjectType, VacancyId, employer::EmployerName, permit::WorkPermit,
    seeker::Seeker,
};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// Everything forsa holds on one person, as it is handed to them: their record, permits,
/// consents, referrals with every stage and follow-up, and who read or changed any of
/// it, by name. Gathering it is recorded in the access history too.
#[derive(Serialize, ToSchema)]
pub struct PersonalDataView {
    pub gathered_at: DateTime<Utc>,
    pub seeker: Seeker,
    pub centre: Option<CentreView>,
    pub permits: Vec<WorkPermit>,
    pub consents: Vec<ConsentRecord>,
    pub referrals: Vec<ReferralRecord>,
    /// The newest first.
    pub access: Vec<AccessRecord>,
}

#[derive(Serialize, ToSchema)]
pub struct CentreView {
    pub id: CentreId,
    pub name_ar: String,
    pub name_en: String,
}

/// A consent, with who recorded it and, if withdrawn, who recorded that.
#[derive(Serialize, ToSchema)]
pub struct ConsentRecord {
    pub purpose: ConsentPurpose,
    /// How the person gave it; absent for consents recorded before forsa asked.
    pub method: Option<ConsentMethod>,
    pub granted_at: DateTime<Utc>,
    pub granted_by: Option<String>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub withdrawn_by: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ReferralRecord {
    pub id: Uuid,
    pub vacancy_id: VacancyId,
    #[schema(value_type = String)]
    pub vacancy_code: PublicCode,
    pub vacancy_title_ar: Option<String>,
    pub vacancy_title_en: Option<String>,
    pub employer: EmployerName,
    pub stage: ReferralStage,
    /// Every move, the first (the referral) first.
    pub stages: Vec<StageRecord>,
    pub follow_ups: Vec<FollowUpRecord>,
}

#[derive(Serialize, ToSchema)]
pub struct StageRecord {
    pub from: Option<ReferralStage>,
    pub to: ReferralStage,
    pub reason: Option<String>,
    pub at: DateTime<Utc>,
    pub by: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct FollowUpRecord {
    pub due_on: NaiveDate,
    pub done_at: Option<DateTime<Utc>>,
    pub outcome: Option<FollowUpOutcome>,
    pub note: Option<String>,
}

/// Who did what to the record, or to something attached to it, and when.
#[derive(Serialize, ToSchema)]
pub struct AccessRecord {
    pub at: DateTime<Utc>,
    pub action: AuditAction,
    pub subject_type: SubjectType,
    pub subject_id: Uuid,
    /// The user's name; absent for what no user did (the system) or a user forsa no
    /// longer knows.
    pub by: Option<String>,
    pub by_role: Option<Role>,
}

impl From<forsa_service::PersonalData> for PersonalDataView {
    fn from(data: forsa_service::PersonalData) -> Self {
        let name = |id| data.user_name(id).map(str::to_owned);
        PersonalDataView {
            gathered_at: data.gathered_at,
            centre: data.centre.as_ref().map(|c| CentreView {
                id: c.id,
                name_ar: c.name_ar.clone(),
                name_en: c.name_en.clone(),
            }),
            consents: data
                .consents
                .iter()
                .map(|c| ConsentRecord {
                    purpose: c.purpose,
                    method: c.method,
                    granted_at: c.granted_at,
                    granted_by: name(c.granted_by),
                    withdrawn_at: c.withdrawn_at,
                    withdrawn_by: c.withdrawn_by.and_then(name),
                })
                .collect(),
            referrals: data
                .referrals
                .iter()
                .map(|(r, history)| ReferralRecord {
                    id: r.referral.id.as_uuid(),
                    vacancy_id: r.vacancy.id,
                    vacancy_code: r.vacancy.code.clone(),
                    vacancy_title_ar: r.vacancy.details.title_ar.clone(),
                    vacancy_title_en: r.vacancy.details.title_en.clone(),
                    employer: r.employer_name.clone(),
                    stage: r.referral.stage,
                    stages: history
                        .iter()
                        .map(|h| StageRecord {
                            from: h.from,
                            to: h.to,
                            reason: h.reason.clone(),
                            at: h.at,
                            by: name(h.actor),
                        })
                        .collect(),
                    follow_ups: r
                        .follow_ups
                        .iter()
                        .map(|f| FollowUpRecord {
                            due_on: f.due_on,
                            done_at: f.done_at,
                            outcome: f.outcome,
                            note: f.note.clone(),
                        })
                        .collect(),
                })
                .collect(),
            access: data
                .access
                .iter()
                .map(|e| AccessRecord {
                    at: e.at,
                    action: e.action,
                    subject_type: e.subject_type,
                    subject_id: e.subject_id,
                    by: e.actor_id.and_then(name),
                    by_role: e.actor_role,
                })
                .collect(),
            permits: data.permits.clone(),
            seeker: data.seeker.clone(),
        }
    }
}
