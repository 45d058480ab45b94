//! The work a centre has to do today, as queues: each is a count on the dashboard and
//! a filter of the list it links to, defined here once for both.

use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use forsa_domain::{
    CentreId, SeekerId, VacancyStatus,
    matching::SeekerTraits,
    organisation::{Membership, TimeZone},
};
use forsa_search::MatchOptions;
use forsa_store::{ReferralQuery, SeekerQuery, Tx, VacancyQuery};

use crate::{Actor, Page, Result, Service, ServiceError, search::blocking};

/// A referral waits for the employer's answer this long before it is chased.
const AWAITING_DAYS: i64 = 7;
/// People registered this recently and never referred are to be found a job.
const NEW_DAYS: i64 = 30;
/// Permits ending this soon are to be renewed.
const PERMIT_DAYS: u64 = 30;
/// Open vacancies closing this soon with nobody referred are to be filled.
const CLOSING_DAYS: u64 = 7;
/// At most this many of the newest unreferred people are matched for the queue of
/// those with jobs waiting for them: a month of a busy centre's registrations.
const NEW_MATCHED: u64 = 200;

/// One queue of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    /// Referrals with a follow-up due today or before, not yet recorded.
    FollowUpsDue,
    /// Referrals waiting for the employer's answer for more than a week.
    AwaitingEmployer,
    /// People registered in the last 30 days, never referred, for whom there are jobs
    /// they may take.
    NewUnreferred,
    /// People whose permit ends within 30 days.
    PermitsEnding,
    /// The centre's open vacancies closing within 7 days with nobody referred.
    VacanciesClosing,
}

impl Queue {
    pub const ALL: [Queue; 5] = [
        Queue::FollowUpsDue,
        Queue::AwaitingEmployer,
        Queue::NewUnreferred,
        Queue::PermitsEnding,
        Queue::VacanciesClosing,
    ];

    /// Its name in an address (`/referrals?queue=awaiting-employer`).
    pub fn as_str(self) -> &'static str {
        match self {
            Queue::FollowUpsDue => "follow-ups-due",
            Queue::AwaitingEmployer => "awaiting-employer",
            Queue::NewUnreferred => "new-unreferred",
            Queue::PermitsEnding => "permits-ending",
            Queue::VacanciesClosing => "vacancies-closing",
        }
    }

    pub fn parse(raw: &str) -> Option<Queue> {
        Queue::ALL
            .into_iter()
            .find(|queue| queue.as_str() == raw.trim())
    }

    /// The list it is a filter of.
    pub fn list(self) -> &'static str {
        match self {
            Queue::FollowUpsDue | Queue::AwaitingEmployer => "/referrals",
            Queue::NewUnreferred | Queue::PermitsEnding => "/seekers",
            Queue::VacanciesClosing => "/vacancies",
        }
    }
}

/// The queue's moments, taken once: `now`, and `today` as the centre's calendar has
/// it (in Amman, 01:00 on the 6th is still the 5th in UTC).
pub(crate) struct Clock {
    pub(crate) today: NaiveDate,
    now: DateTime<Utc>,
}

impl Clock {
    fn in_zone(zone: TimeZone) -> Self {
        let now = forsa_store::clock::now();
        Clock {
            today: zone.today(now),
            now,
        }
    }

    /// The clock of `centre`'s time zone.
    pub(crate) async fn of_centre(tx: &Tx, centre: CentreId) -> Result<Self> {
        let zone = tx
            .centre(centre)
            .await?
            .map_or(TimeZone::JORDAN, |c| c.time_zone);
        Ok(Self::in_zone(zone))
    }

    /// The clock of `actor`'s centre; admins and employers keep Jordan's.
    pub(crate) async fn of_actor(tx: &Tx, actor: &Actor) -> Result<Self> {
        match actor.membership {
            Membership::Caseworker(centre) => Self::of_centre(tx, centre).await,
            _ => Ok(Self::in_zone(TimeZone::JORDAN)),
        }
    }

    fn days_ahead(&self, days: u64) -> NaiveDate {
        self.today
            .checked_add_days(Days::new(days))
            .unwrap_or(self.today)
    }
}

/// The centre whose queues these are: a caseworker's own.
pub(crate) fn centre_of(actor: &Actor) -> Result<CentreId> {
    match actor.membership {
        Membership::Caseworker(centre) => Ok(centre),
        _ => Err(ServiceError::Forbidden),
    }
}

/// Narrows a referral list to a queue, as of `clock`.
pub(crate) fn narrow_referrals(query: &mut ReferralQuery, queue: Queue, clock: &Clock) {
    match queue {
        Queue::FollowUpsDue => query.follow_up_due_by = Some(clock.today),
        Queue::AwaitingEmployer => {
            query.stage = Some(forsa_domain::ReferralStage::Referred);
            query.unchanged_since = Some(clock.now - Duration::days(AWAITING_DAYS));
        }
        _ => {}
    }
}

/// Narrows a vacancy list to a queue of `centre`, as of `clock`.
pub(crate) fn narrow_vacancies(
    query: &mut VacancyQuery,
    queue: Queue,
    centre: CentreId,
    clock: &Clock,
) {
    if queue == Queue::VacanciesClosing {
        query.centre = Some(centre);
        query.status = Some(VacancyStatus::Open);
        query.closing = Some((clock.today, clock.days_ahead(CLOSING_DAYS)));
        query.without_referrals = true;
    }
}

impl Service {
    /// Narrows a seeker list to a queue of `centre`: people registered lately and
    /// never referred are matched, and only those with a job they may take are kept.
    pub(crate) async fn narrow_seekers(
        &self,
        tx: &Tx,
        query: &mut SeekerQuery,
        queue: Queue,
        centre: CentreId,
    ) -> Result<()> {
        let clock = Clock::of_centre(tx, centre).await?;
        match queue {
            Queue::PermitsEnding => {
                query.permit_ending = Some((clock.today, clock.days_ahead(PERMIT_DAYS)));
            }
            Queue::NewUnreferred => {
                query.ids = Some(self.new_unreferred_with_jobs(tx, centre, &clock).await?);
            }
            _ => {}
        }
        Ok(())
    }

    /// People of `centre` registered in the last 30 days and never referred (the
    /// newest 200), for whom matching finds a job they may legally take.
    async fn new_unreferred_with_jobs(
        &self,
        tx: &Tx,
        centre: CentreId,
        clock: &Clock,
    ) -> Result<Vec<SeekerId>> {
        let recent = SeekerQuery {
            centre: Some(centre),
            registered_since: Some(clock.now - Duration::days(NEW_DAYS)),
            never_referred: true,
            ..SeekerQuery::default()
        };
        let people = tx.seekers(&recent, Page::first(NEW_MATCHED)).await?.items;
        let ids: Vec<SeekerId> = people.iter().map(|s| s.id).collect();
        let mut permits = tx.permits_of_seekers(&ids).await?;
        let rules = tx.rules_on(clock.today).await?;
        let candidates: Vec<(SeekerId, SeekerTraits, Vec<_>)> = people
            .iter()
            .map(|s| {
                let held = permits.remove(&s.id).unwrap_or_default();
                (s.id, SeekerTraits::from(&s.profile), held)
            })
            .collect();
        let today = clock.today;
        blocking(self.search_index(), move |index| {
            let options = MatchOptions {
                include_ineligible: false,
                offset: 0,
                limit: 1,
            };
            let mut with_jobs = Vec::new();
            for (id, traits, held) in candidates {
                let found = index.match_vacancies(&traits, &held, &rules, today, &options)?;
                if !found.matches.is_empty() {
                    with_jobs.push(id);
                }
            }
            Ok(with_jobs)
        })
        .await
    }

    /// How many items each queue of the caseworker's centre holds today.
    pub(crate) async fn queue_counts(
        &self,
        tx: &Tx,
        centre: CentreId,
    ) -> Result<Vec<(Queue, u64)>> {
        let mut counts = Vec::with_capacity(Queue::ALL.len());
        let one = Page::first(1);
        let clock = Clock::of_centre(tx, centre).await?;
        for queue in Queue::ALL {
            let count = match queue {
                Queue::FollowUpsDue | Queue::AwaitingEmployer => {
                    let mut query = ReferralQuery::of(forsa_store::ReferralScope::Centre(centre));
                    narrow_referrals(&mut query, queue, &clock);
                    tx.referrals(&query, one).await?.total
                }
                Queue::NewUnreferred | Queue::PermitsEnding => {
                    let mut query = SeekerQuery {
                        centre: Some(centre),
                        ..SeekerQuery::default()
                    };
                    self.narrow_seekers(tx, &mut query, queue, centre).await?;
                    tx.seekers(&query, one).await?.total
                }
                Queue::VacanciesClosing => {
                    let mut query = VacancyQuery::default();
                    narrow_vacancies(&mut query, queue, centre, &clock);
                    tx.vacancies(&query, one).await?.total
                }
            };
            counts.push((queue, count));
        }
        Ok(counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_queue_is_named_in_addresses_and_read_back() {
        for queue in Queue::ALL {
            assert_eq!(Queue::parse(queue.as_str()), Some(queue));
        }
        assert_eq!(Queue::parse("nothing"), None);
    }
}
