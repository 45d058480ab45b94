//! Who may see what. A record outside the actor's reach is reported as not found, so
//! that nobody learns what another centre holds.

use forsa_domain::{
    AuditAction, CentreId, EmployerId, FollowUpId, SeekerId, SubjectType,
    organisation::Membership,
    referral::{FollowUp, Referral},
    seeker::Seeker,
};
use forsa_store::Tx;

use crate::{Actor, Result, ServiceError};

/// The centre whose seekers the actor works with: `None` for an admin (every centre).
/// Employers never see seekers' records.
pub(crate) fn seeker_scope(actor: &Actor) -> Result<Option<CentreId>> {
    match actor.membership {
        Membership::Admin => Ok(None),
        Membership::Caseworker(centre) => Ok(Some(centre)),
        Membership::Employer(_) => Err(ServiceError::Forbidden),
    }
}

pub(crate) fn require_admin(actor: &Actor) -> Result<()> {
    if actor.is_admin() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// Staff: caseworkers and admins.
pub(crate) fn require_staff(actor: &Actor) -> Result<()> {
    seeker_scope(actor).map(|_| ())
}

/// Loads a seeker the actor may work with.
pub(crate) async fn seeker(tx: &Tx, actor: &Actor, id: SeekerId) -> Result<Seeker> {
    let scope = seeker_scope(actor)?;
    let seeker = tx.seeker(id).await?.ok_or(ServiceError::NotFound)?;
    match scope {
        Some(centre) if centre != seeker.centre_id => Err(ServiceError::NotFound),
        // A merged record only points to the one kept; an erased one only says so.
        _ => match (seeker.merged_into, seeker.erased_at) {
            (Some(kept), _) => Err(ServiceError::Merged(kept)),
            (None, Some(_)) => Err(erased(tx, id).await?),
            (None, None) => Ok(seeker),
        },
    }
}

/// Loads a seeker the actor may work with, to change them or what is theirs: their
/// row is held until the transaction ends, so that a change waits for an erasure or
/// a merge of the same person (and then finds them erased or merged) rather than
/// writing back what those removed.
pub(crate) async fn seeker_to_change(tx: &Tx, actor: &Actor, id: SeekerId) -> Result<Seeker> {
    tx.lock_seekers(&[id]).await?;
    seeker(tx, actor, id).await
}

/// Refuses a change to what is attached to an erased person (a referral's stage, a
/// follow-up): nothing may be written about them any more. Holds their row, as
/// `seeker_to_change` does.
pub(crate) async fn not_erased(tx: &Tx, id: SeekerId) -> Result<()> {
    tx.lock_seekers(&[id]).await?;
    match tx.seeker(id).await? {
        Some(person) if person.erased_at.is_some() => Err(erased(tx, id).await?),
        _ => Ok(()),
    }
}

/// What reaching erased person `id` answers: their erasure's receipt.
async fn erased(tx: &Tx, id: SeekerId) -> Result<ServiceError> {
    Ok(match tx.erasure(id).await? {
        Some(receipt) => ServiceError::Erased(Box::new(receipt)),
        None => ServiceError::NotFound,
    })
}

/// Loads a seeker the actor may work with, to show them: the read is audited.
pub(crate) async fn read_seeker(tx: &Tx, actor: &Actor, id: SeekerId) -> Result<Seeker> {
    let seeker = seeker(tx, actor, id).await?;
    actor
        .audit(tx, AuditAction::Read, SubjectType::Seeker, id.as_uuid())
        .await?;
    Ok(seeker)
}

/// Whether the actor may see this employer's records: staff see every employer, an
/// employer user only their own.
pub(crate) fn employer_visible(actor: &Actor, employer: EmployerId) -> Result<()> {
    match actor.membership {
        Membership::Employer(own) if own != employer => Err(ServiceError::NotFound),
        _ => Ok(()),
    }
}

/// Loads a follow-up and its referral for the staff who keep it: caseworkers of the
/// referral's centre and admins. Employers have no part in the centre's follow-ups.
pub(crate) async fn follow_up(
    tx: &Tx,
    actor: &Actor,
    id: FollowUpId,
) -> Result<(FollowUp, Referral)> {
    let scope = seeker_scope(actor)?;
    let follow_up = tx.follow_up(id).await?.ok_or(ServiceError::NotFound)?;
    let referral = tx
        .referral(follow_up.referral_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    match scope {
        Some(centre) if centre != referral.centre_id => Err(ServiceError::NotFound),
        _ => Ok((follow_up, referral)),
    }
}
