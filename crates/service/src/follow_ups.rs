//! Follow-ups after a hire: the caseworker records what they learnt, once.

use forsa_domain::{
    AuditAction, FollowUpId, SubjectType,
    referral::{FollowUp, FollowUpInput},
};

use crate::{Actor, Conflict, Result, Service, ServiceError, access};

impl Service {
    /// Records a follow-up's outcome. A follow-up is done once: recording it again
    /// is refused as a conflict rather than overwriting what a colleague wrote.
    pub async fn record_follow_up(
        &self,
        actor: &Actor,
        id: FollowUpId,
        input: FollowUpInput,
    ) -> Result<FollowUp> {
        let tx = self.begin().await?;
        let (current, referral) = access::follow_up(&tx, actor, id).await?;
        access::not_erased(&tx, referral.seeker_id).await?;
        let record = input.parse()?;
        if current.done_at.is_some()
            || !tx
                .record_follow_up(id, &record, forsa_store::clock::now())
                .await?
        {
            return Err(ServiceError::Conflict(Conflict::AlreadyRecorded));
        }
        // The follow-up belongs to the referral's record; the event names it, never
        // the outcome or the note.
        actor
            .audit(
                &tx,
                AuditAction::Update,
                SubjectType::Referral,
                referral.id.as_uuid(),
            )
            .await?;
        let recorded = tx.follow_up(id).await?.ok_or(ServiceError::NotFound)?;
        tx.commit().await?;
        tracing::info!(follow_up = %id, "follow-up recorded");
        Ok(recorded)
    }
}
