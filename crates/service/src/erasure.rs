//! Erasing people's records: one on request, or every record the deployment's
//! retention rule names. What statistics need stays; the personal fields, the free
//! text written about the person and their search document go, and the database and
//! index files are rewritten so that no copy is left behind.

use std::{sync::atomic::Ordering, time::Duration};

use forsa_domain::{
    AuditAction, SeekerId, SubjectType,
    seeker::erasure::{EraseInput, Erasure, ErasureCause, RetentionRule},
};
use forsa_store::{OutboxOperation, Tx};

use crate::{Actor, Result, Service, access};

/// How long an erasure waits for the index to have purged the person.
const INDEX_PURGE_WAIT: Duration = Duration::from_secs(10);

/// What the retention rule finds, or did: how many records, by cause.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RetentionReport {
    /// Archived for longer than the rule allows.
    pub archived: u64,
    /// Nothing done on them for longer than the rule allows.
    pub inactive: u64,
}

impl RetentionReport {
    pub fn total(&self) -> u64 {
        self.archived + self.inactive
    }
}

/// Audits the erasure of each record and asks the index to purge it.
async fn record_erasure(tx: &Tx, actor: Option<&Actor>, erased: &[SeekerId]) -> Result<()> {
    for id in erased {
        let who = actor.map(|actor| (actor.user_id, actor.role()));
        tx.record_audit(who, AuditAction::Erase, SubjectType::Seeker, id.as_uuid())
            .await?;
        tx.append_outbox("seeker", id.as_uuid(), OutboxOperation::Upsert)
            .await?;
    }
    Ok(())
}

impl Service {
    /// Erases a person on request: an admin, or a caseworker of the person's centre,
    /// with a reason. Answers with the receipt once the database and (within a few
    /// seconds) the index hold nothing of them.
    pub async fn erase_seeker(
        &self,
        actor: &Actor,
        id: SeekerId,
        input: EraseInput,
    ) -> Result<Erasure> {
        access::seeker_scope(actor)?;
        let reason = input.parse()?;
        let tx = self.begin().await?;
        let seeker = access::seeker_to_change(&tx, actor, id).await?;
        let cause = ErasureCause::Requested { reason };
        let (receipt, erased) = tx
            .erase_seeker(id, seeker.centre_id, &cause, Some(actor.user_id))
            .await?;
        record_erasure(&tx, Some(actor), &erased).await?;
        let position = tx.last_outbox_position().await?;
        tx.commit().await?;
        self.leave_no_copy(position).await;
        Ok(receipt)
    }

    /// The records `rule` makes due now, by cause; with `apply`, anonymises them
    /// (audited, without an actor), one person to a transaction, each asked again
    /// once their row is held, so that a person changed meanwhile is left alone.
    pub async fn retention(&self, rule: RetentionRule, apply: bool) -> Result<RetentionReport> {
        let (archived_before, inactive_before) = rule.cutoffs(forsa_store::clock::now());
        let tx = self.begin().await?;
        let due = tx
            .retention_due(archived_before, inactive_before, None)
            .await?;
        tx.commit().await?;
        let mut report = RetentionReport::default();
        let mut count = |archived: bool| {
            *if archived {
                &mut report.archived
            } else {
                &mut report.inactive
            } += 1;
        };
        if !apply {
            for (_, _, archived) in due {
                count(archived);
            }
            return Ok(report);
        }
        let mut position = None;
        for (id, centre, _) in due {
            let tx = self.begin().await?;
            tx.lock_seekers(&[id]).await?;
            let Some((_, _, archived)) = tx
                .retention_due(archived_before, inactive_before, Some(id))
                .await?
                .pop()
            else {
                tx.commit().await?;
                continue;
            };
            let cause = if archived {
                ErasureCause::Archived {
                    months: rule.archived_months,
                }
            } else {
                ErasureCause::Inactive {
                    months: rule.inactive_months,
                }
            };
            let (_, erased) = tx.erase_seeker(id, centre, &cause, None).await?;
            record_erasure(&tx, None, &erased).await?;
            position = Some(tx.last_outbox_position().await?);
            tx.commit().await?;
            count(archived);
        }
        if let Some(position) = position {
            self.leave_no_copy(position).await;
        }
        Ok(report)
    }

    /// After an erasure has committed: the database's files are scrubbed, and the
    /// index (woken) is given a few seconds to purge what the outbox through
    /// `position` erased. The erasure has happened whatever this finds: a scrub that
    /// fails is logged (the next erasure's scrub covers it), not answered.
    async fn leave_no_copy(&self, position: i64) {
        if let Err(error) = self.store.scrub().await {
            tracing::error!(%error, "scrubbing the database after an erasure failed");
        }
        self.index_changed();
        let deadline = tokio::time::Instant::now() + INDEX_PURGE_WAIT;
        // Without a follower (a command beside a serving process) or while the index
        // is being built, there is nothing here to wait for.
        while (0..position).contains(&self.index.applied.load(Ordering::Acquire))
            && tokio::time::Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}
