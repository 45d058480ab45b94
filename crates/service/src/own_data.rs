//! Everything forsa holds on one person, gathered for them (a data subject's access
//! request, as UNHCR's and ICRC's data protection rules give it): the record, the
//! permits, the consents with when and by whom they were given or withdrawn, the
//! referrals with every stage they went through and the follow-ups, and who read or
//! changed any of it, when, by name. Gathering it is itself audited.

use chrono::{DateTime, Utc};
use forsa_domain::{
    AuditAction, SeekerId, SubjectType, UserId,
    consent::Consent,
    organisation::{Centre, User},
    permit::{PermitType, WorkPermit},
    referral::StageChange,
    seeker::Seeker,
};
use forsa_store::AuditEvent;

use crate::{Actor, PersonReferral, Result, Service, access};

/// The most access events an export lists: years of a busy record.
const ACCESS_LIMIT: u64 = 10_000;

/// What forsa holds on one person.
#[derive(Debug, Clone)]
pub struct PersonalData {
    pub seeker: Seeker,
    pub centre: Option<Centre>,
    pub permits: Vec<WorkPermit>,
    /// Every permit type, to name a permit's.
    pub permit_types: Vec<PermitType>,
    pub consents: Vec<Consent>,
    /// Each referral with its vacancy, employer, follow-ups and every stage change.
    pub referrals: Vec<(PersonReferral, Vec<StageChange>)>,
    /// Who read or changed the record or anything attached to it, the newest first.
    pub access: Vec<AuditEvent>,
    /// The people named in the referrals' histories, the consents and the access
    /// history.
    pub users: Vec<User>,
    pub gathered_at: DateTime<Utc>,
}

impl PersonalData {
    /// The name of user `id`, if forsa still knows them.
    pub fn user_name(&self, id: UserId) -> Option<&str> {
        self.users
            .iter()
            .find(|user| user.id == id)
            .map(|user| user.name.as_str())
    }
}

impl Service {
    /// Everything held on person `id`, for the caseworkers of their centre and
    /// admins.
    pub async fn personal_data(&self, actor: &Actor, id: SeekerId) -> Result<PersonalData> {
        let tx = self.begin().await?;
        let seeker = access::seeker(&tx, actor, id).await?;
        // Gathering it is an access too, and the first line of its own history.
        actor
            .audit(&tx, AuditAction::Export, SubjectType::Seeker, id.as_uuid())
            .await?;
        let centre = tx.centre(seeker.centre_id).await?;
        let permits = tx.permits_of(id).await?;
        let permit_types = tx.rules_on(Self::today()).await?.permit_types;
        let consents = tx.consents_of(id).await?;
        let mut referrals = Vec::new();
        for referral in self.person_referrals(&tx, actor, id).await? {
            let history = tx.referral_history(referral.referral.id).await?;
            referrals.push((referral, history));
        }
        let mut subjects = vec![(SubjectType::Seeker, id.as_uuid())];
        subjects.extend(
            permits
                .iter()
                .map(|p| (SubjectType::Permit, p.id.as_uuid())),
        );
        subjects.extend(
            consents
                .iter()
                .map(|c| (SubjectType::Consent, c.id.as_uuid())),
        );
        // A follow-up's record is its referral's.
        subjects.extend(
            referrals
                .iter()
                .map(|(r, _)| (SubjectType::Referral, r.referral.id.as_uuid())),
        );
        let access = tx.audit_events_about(&subjects, ACCESS_LIMIT).await?;
        let mut user_ids: Vec<UserId> = access.iter().filter_map(|e| e.actor_id).collect();
        user_ids.extend(
            consents
                .iter()
                .flat_map(|c| [Some(c.granted_by), c.withdrawn_by])
                .flatten(),
        );
        user_ids.extend(
            referrals
                .iter()
                .flat_map(|(_, history)| history.iter().map(|h| h.actor)),
        );
        user_ids.sort_unstable_by_key(|id| id.as_uuid());
        user_ids.dedup();
        let users = tx.users_by_id(&user_ids).await?;
        tx.commit().await?;
        Ok(PersonalData {
            seeker,
            centre,
            permits,
            permit_types,
            consents,
            referrals,
            access,
            users,
            gathered_at: Utc::now(),
        })
    }
}
