//! Everything forsa holds on one person, gathered for them (a data subject's access
//! request, as UNHCR's and ICRC's data protection rules give it): the record, the
//! permits, the consents with when and by whom they were given or withdrawn, the
//! referrals with every stage they went through and the follow-ups, and who read or
//! changed any of it, when, by name. Gathering it is itself audited.

use chrono::{DateTime, Utc};
use forsa_domain::{
    AuditAction, ReferralId, SeekerId, SubjectType, UserId,
    consent::Consent,
    organisation::{Centre, User},
    permit::{PermitType, WorkPermit},
    referral::StageChange,
    seeker::Seeker,
};
use forsa_store::{AuditEvent, Tx};

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
        user_name(&self.users, id)
    }
}

/// Who read or changed a person's record or anything attached to it, the newest
/// first, by name.
#[derive(Debug, Clone)]
pub struct AccessHistory {
    pub seeker: Seeker,
    pub access: Vec<AuditEvent>,
    /// The people who did.
    pub users: Vec<User>,
}

/// The name of user `id` among `users`, if forsa still knows them.
pub fn user_name(users: &[User], id: UserId) -> Option<&str> {
    users
        .iter()
        .find(|user| user.id == id)
        .map(|user| user.name.as_str())
}

/// The events about person `id` and what is attached to them: their permits,
/// consents and referrals (a follow-up's record is its referral's).
async fn attached_access(
    tx: &Tx,
    id: SeekerId,
    permits: &[WorkPermit],
    consents: &[Consent],
    referrals: impl Iterator<Item = ReferralId>,
) -> Result<Vec<AuditEvent>> {
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
    subjects.extend(referrals.map(|r| (SubjectType::Referral, r.as_uuid())));
    Ok(tx.audit_events_about(&subjects, ACCESS_LIMIT).await?)
}

impl Service {
    /// The access history of person `id` across everything attached to them, for
    /// admins; reading it is audited.
    pub async fn access_history(&self, actor: &Actor, id: SeekerId) -> Result<AccessHistory> {
        access::require_admin(actor)?;
        let tx = self.begin().await?;
        let seeker = access::read_seeker(&tx, actor, id).await?;
        let permits = tx.permits_of(id).await?;
        let consents = tx.consents_of(id).await?;
        let referrals = self.person_referrals(&tx, actor, id).await?;
        let referral_ids = referrals.iter().map(|r| r.referral.id);
        let access = attached_access(&tx, id, &permits, &consents, referral_ids).await?;
        let mut user_ids: Vec<UserId> = access.iter().filter_map(|e| e.actor_id).collect();
        user_ids.sort_unstable_by_key(|id| id.as_uuid());
        user_ids.dedup();
        let users = tx.users_by_id(&user_ids).await?;
        tx.commit().await?;
        Ok(AccessHistory {
            seeker,
            access,
            users,
        })
    }

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
        let referral_ids = referrals.iter().map(|(r, _)| r.referral.id);
        let access = attached_access(&tx, id, &permits, &consents, referral_ids).await?;
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
