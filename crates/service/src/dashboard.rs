//! The caseworker's dashboard: what needs the centre's attention today: the queues
//! of work with their counts, referrals by stage, and the follow-ups due and coming.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Days, NaiveDate, Utc};
use forsa_domain::{
    FollowUpId, FollowUpOutcome, ReferralId, ReferralStage, SeekerId, VacancyId,
    referral::{FollowUp, Referral},
    seeker::Seeker,
};
use forsa_store::{FollowUpQuery, Page, Paged, Tx};

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

/// A follow-up, with the hired seeker it is with and the job they were hired for.
#[derive(Debug, Clone)]
pub struct FollowUpListed {
    pub id: FollowUpId,
    pub referral_id: ReferralId,
    pub vacancy_id: VacancyId,
    pub due_on: NaiveDate,
    pub done_at: Option<DateTime<Utc>>,
    pub outcome: Option<FollowUpOutcome>,
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
    pub follow_ups_due: Short<FollowUpListed>,
    /// Follow-ups due in the next 30 days (after today), earliest first.
    pub follow_ups_coming: Short<FollowUpListed>,
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
        let open = |due_after, due_before| FollowUpQuery {
            centre: Some(centre),
            done: Some(false),
            due_after,
            due_before,
        };
        let day_after = |day: NaiveDate, days| day.checked_add_days(Days::new(days)).unwrap_or(day);
        let due = tx
            .follow_ups(&open(None, Some(day_after(today, 1))), Page::first(FEW))
            .await?;
        let follow_ups_due = short(listed(&tx, due).await?);
        let coming = open(Some(today), Some(day_after(today, COMING_DAYS + 1)));
        let coming = tx.follow_ups(&coming, Page::first(FEW)).await?;
        let follow_ups_coming = short(listed(&tx, coming).await?);
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

/// The total of a page and its items.
fn short<T>(page: Paged<T>) -> Short<T> {
    Short {
        total: page.total,
        first: page.items,
    }
}

/// Follow-ups with the seekers they are with, read together; a follow-up whose
/// referral or seeker is gone is left out.
pub(crate) async fn listed(tx: &Tx, mut page: Paged<FollowUp>) -> Result<Paged<FollowUpListed>> {
    let ids: Vec<ReferralId> = page.items.iter().map(|f| f.referral_id).collect();
    let referrals: HashMap<ReferralId, Referral> = tx
        .referrals_by_id(&ids)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let ids: Vec<SeekerId> = referrals.values().map(|r| r.seeker_id).collect();
    let seekers: HashMap<SeekerId, DashboardSeeker> = tx
        .seekers_by_id(&ids)
        .await?
        .iter()
        .map(|s| (s.id, DashboardSeeker::of(s)))
        .collect();
    let items = std::mem::take(&mut page.items)
        .into_iter()
        .filter_map(|follow_up| {
            let referral = referrals.get(&follow_up.referral_id)?;
            Some(FollowUpListed {
                id: follow_up.id,
                referral_id: referral.id,
                vacancy_id: referral.vacancy_id,
                due_on: follow_up.due_on,
                done_at: follow_up.done_at,
                outcome: follow_up.outcome,
                seeker: seekers.get(&referral.seeker_id)?.clone(),
            })
        })
        .collect();
    Ok(Paged {
        items,
        total: page.total,
        page: page.page,
        per_page: page.per_page,
    })
}
