//! The caseworker's dashboard: what needs the centre's attention today: the queues
//! of work with their counts, referrals by stage, and the follow-ups due and coming.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use forsa_domain::{
    FollowUpId, ReferralId, ReferralStage, SeekerId, referral::FollowUp, seeker::Seeker,
};
use forsa_store::{Counted, Tx};

use crate::{
    Actor, KeyFigures, Queue, Result, Service, queues,
    reports::{KeyScope, key_figures},
};

/// How many of each list the dashboard shows; the totals count them all.
const FEW: u64 = 5;
/// Follow-ups this soon are shown as coming, so that a caseworker can plan them
/// (the first one after a hire falls 30 days later).
const COMING_DAYS: u64 = 30;

/// A seeker as the dashboard names them.
#[derive(Debug, Clone)]
pub struct DashboardSeeker {
    pub id: SeekerId,
    pub full_name: String,
    pub case_reference: Option<String>,
}

impl DashboardSeeker {
    fn of(seeker: &Seeker) -> Self {
        DashboardSeeker {
            id: seeker.id,
            full_name: seeker.profile.full_name.clone(),
            case_reference: seeker.profile.case_reference.clone(),
        }
    }
}

/// A follow-up not yet done, with the hired seeker it is with.
#[derive(Debug, Clone)]
pub struct FollowUpDue {
    pub id: FollowUpId,
    pub referral_id: ReferralId,
    pub due_on: NaiveDate,
    pub seeker: DashboardSeeker,
}

/// A total and the first few of what it counts.
#[derive(Debug, Clone)]
pub struct Short<T> {
    pub total: u64,
    pub first: Vec<T>,
}

#[derive(Debug, Clone)]
pub struct Dashboard {
    /// How much each queue of work holds today, in the queues' order.
    pub queues: Vec<(Queue, u64)>,
    /// Referrals in each stage that is not final.
    pub open_referrals: Vec<(ReferralStage, u64)>,
    /// Follow-ups due today or before, earliest first.
    pub follow_ups_due: Short<FollowUpDue>,
    /// Follow-ups due in the next 30 days (after today), earliest first.
    pub follow_ups_coming: Short<FollowUpDue>,
    /// The centre's registrations, referrals, interviews and placements this month
    /// against last.
    pub key_figures: KeyFigures,
}

impl Service {
    /// The dashboard of the caseworker's own centre. The seekers it names are
    /// recorded in the audit log as list reads.
    pub async fn dashboard(&self, actor: &Actor) -> Result<Dashboard> {
        let centre = queues::centre_of(actor)?;
        let tx = self.begin().await?;
        let today = queues::Clock::of_centre(&tx, centre).await?.today;
        let queues = self.queue_counts(&tx, centre).await?;
        let open_referrals = tx.open_referrals_by_stage(centre).await?;
        let due = tx.follow_ups_open(centre, None, today, FEW).await?;
        let follow_ups_due = follow_ups(&tx, due).await?;
        let coming_until = today
            .checked_add_days(Days::new(COMING_DAYS))
            .unwrap_or(today);
        let coming = tx
            .follow_ups_open(centre, Some(today), coming_until, FEW)
            .await?;
        let follow_ups_coming = follow_ups(&tx, coming).await?;
        let shown: BTreeSet<SeekerId> = follow_ups_due
            .first
            .iter()
            .map(|f| f.seeker.id)
            .chain(follow_ups_coming.first.iter().map(|f| f.seeker.id))
            .collect();
        actor.audit_listed(&tx, shown).await?;
        let key_figures = key_figures(&tx, KeyScope::Centre(centre)).await?;
        tx.commit().await?;
        Ok(Dashboard {
            queues,
            open_referrals,
            follow_ups_due,
            follow_ups_coming,
            key_figures,
        })
    }
}

/// The total of a count, its list to be filled.
fn short<T, U>(counted: &Counted<T>) -> Short<U> {
    Short {
        total: counted.total,
        first: Vec::new(),
    }
}

/// Follow-ups with the seekers they are with.
async fn follow_ups(tx: &Tx, counted: Counted<FollowUp>) -> Result<Short<FollowUpDue>> {
    let mut listed = short(&counted);
    for follow_up in counted.first {
        let Some(referral) = tx.referral(follow_up.referral_id).await? else {
            continue;
        };
        if let Some(seeker) = brief(tx, referral.seeker_id).await? {
            listed.first.push(FollowUpDue {
                id: follow_up.id,
                referral_id: referral.id,
                due_on: follow_up.due_on,
                seeker,
            });
        }
    }
    Ok(listed)
}

async fn brief(tx: &Tx, id: SeekerId) -> Result<Option<DashboardSeeker>> {
    Ok(tx.seeker(id).await?.as_ref().map(DashboardSeeker::of))
}
