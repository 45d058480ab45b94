//! Follow-ups after a hire: the list a caseworker works through, and the outcome
//! they record, once.

use chrono::NaiveDate;
use forsa_domain::{
    AuditAction, FollowUpId, FollowUpState, SeekerId, SubjectType,
    referral::{FollowUp, FollowUpInput},
};
use forsa_store::{FollowUpQuery, Page, Paged};

use crate::{
    Actor, Conflict, FollowUpListed, Result, Service, ServiceError, access, dashboard,
    queues::Clock,
};

/// Which follow-ups to list.
#[derive(Debug, Clone, Copy)]
pub struct FollowUpFilter {
    /// Only those due before this day.
    pub due_before: Option<NaiveDate>,
    pub state: FollowUpState,
}

impl Service {
    /// The follow-ups of the caseworker's centre (an admin: every centre's), earliest
    /// due first, with the people they are with; employers never see follow-ups.
    /// Every person listed is recorded in the audit log as a list read.
    pub async fn follow_ups(
        &self,
        actor: &Actor,
        filter: FollowUpFilter,
        page: Page,
    ) -> Result<Paged<FollowUpListed>> {
        let centre = access::seeker_scope(actor)?;
        let query = FollowUpQuery {
            centre,
            done: match filter.state {
                FollowUpState::Open => Some(false),
                FollowUpState::Done => Some(true),
                FollowUpState::All => None,
            },
            due_after: None,
            due_before: filter.due_before,
        };
        let tx = self.begin().await?;
        let found = tx.follow_ups(&query, page).await?;
        let listed = dashboard::listed(&tx, found).await?;
        let people: Vec<SeekerId> = listed.items.iter().map(|f| f.seeker.id).collect();
        actor.audit_listed(&tx, people).await?;
        tx.commit().await?;
        Ok(listed)
    }

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
        let today = Clock::of_centre(&tx, referral.centre_id).await?.today;
        current.check_timing(&record, today)?;
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
