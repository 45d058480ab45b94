//! The year's referrals. Some days after registering, a person is referred to open
//! jobs of their trade, and each referral goes on as referrals do (the employer
//! interviews, offers, hires or turns down; the person declines or does not come) as
//! far as the days since have allowed, or waits on an answer nobody recorded (a few
//! at each stage, so that the demo shows every stage on any day). A hire's
//! follow-ups are recorded when due, except the last three weeks', which wait on the
//! dashboard; vacancies then fill, or close when their closing date has passed.

use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use forsa_domain::{
    VacancyStatus,
    referral::{FollowUp, FollowUpInput, ReferralInput, StageChangeInput},
    vacancy::VacancyInput,
};
use forsa_service::ServiceError;
use forsa_store::clock::as_of;
use rand::{Rng, seq::IndexedRandom, seq::SliceRandom};

use super::{Demo, DemoSeeker, DemoVacancy};
use crate::progress;

/// A reason as said of a man and of a woman.
type Reason = (&'static str, &'static str);

const DECLINED: &[Reason] = &[
    (
        "مكان العمل بعيد ولا تتوفر مواصلات",
        "مكان العمل بعيد ولا تتوفر مواصلات",
    ),
    ("الأجر لا يكفي لإعالة أسرته", "الأجر لا يكفي لإعالة أسرتها"),
    ("لا يناسبه دوام الليل", "لا يناسبها دوام الليل"),
];
const REJECTED: &[Reason] = &[
    (
        "يحتاج خبرة أطول في هذا العمل",
        "تحتاج خبرة أطول في هذا العمل",
    ),
    ("اختار صاحب العمل مرشحاً آخر", "اختار صاحب العمل مرشحة أخرى"),
    ("لم ينجح في الاختبار العملي", "لم تنجح في الاختبار العملي"),
];
const NO_SHOW: &[Reason] = &[
    ("لم يحضر إلى المقابلة", "لم تحضر إلى المقابلة"),
    ("لم يحضر في أول يوم عمل", "لم تحضر في أول يوم عمل"),
];
const WITHDRAWN: &[Reason] = &[
    ("وجد عملاً في مكان آخر", "وجدت عملاً في مكان آخر"),
    (
        "انتقل مع أسرته إلى مخيم آخر",
        "انتقلت مع أسرتها إلى مخيم آخر",
    ),
];

/// What may follow a stage: the next stage (none: nobody answers), how often, after
/// how many days, and the reasons given for it.
struct Step {
    to: Option<&'static str>,
    weight: u32,
    days: (i64, i64),
    reasons: &'static [Reason],
}

const fn step(to: &'static str, weight: u32, days: (i64, i64), reasons: &'static [Reason]) -> Step {
    Step {
        to: Some(to),
        weight,
        days,
        reasons,
    }
}

/// Nobody has answered yet.
const WAITS: Step = Step {
    to: None,
    weight: 0,
    days: (0, 0),
    reasons: &[],
};

const AFTER_PROPOSED: &[Step] = &[
    Step { weight: 2, ..WAITS },
    step("referred", 6, (1, 4), &[]),
    step("withdrawn", 2, (2, 8), WITHDRAWN),
    step("declined", 2, (1, 5), DECLINED),
];
const AFTER_REFERRED: &[Step] = &[
    Step { weight: 8, ..WAITS },
    step("interview", 55, (3, 14), &[]),
    step("offered", 10, (5, 12), &[]),
    step("rejected", 12, (4, 14), REJECTED),
    step("declined", 8, (2, 7), DECLINED),
    step("no_show", 7, (3, 10), NO_SHOW),
];
const AFTER_INTERVIEW: &[Step] = &[
    Step { weight: 6, ..WAITS },
    step("offered", 50, (5, 21), &[]),
    step("rejected", 25, (3, 14), REJECTED),
    step("no_show", 15, (0, 2), NO_SHOW),
    step("declined", 10, (1, 4), DECLINED),
];
const AFTER_OFFERED: &[Step] = &[
    Step {
        weight: 10,
        ..WAITS
    },
    step("hired", 75, (1, 6), &[]),
    step("declined", 15, (1, 4), DECLINED),
    step("withdrawn", 10, (2, 6), WITHDRAWN),
];

fn steps(stage: &str) -> &'static [Step] {
    match stage {
        "proposed" => AFTER_PROPOSED,
        "referred" => AFTER_REFERRED,
        "interview" => AFTER_INTERVIEW,
        "offered" => AFTER_OFFERED,
        _ => &[],
    }
}

/// Stages an employer records on their side, themselves when they have a login.
fn employers_stage(stage: &str) -> bool {
    matches!(
        stage,
        "interview" | "offered" | "hired" | "rejected" | "no_show"
    )
}

/// How long an employer who signs in leaves a referral unanswered at most.
const ANSWERED_WITHIN: Duration = Duration::days(21);

/// Follow-ups due this recently are still to be made.
const FOLLOW_UPS_WAITING_DAYS: i64 = 21;

impl Demo<'_> {
    /// Refers each person a few times over the weeks after registering (a few of
    /// the last month's newcomers only: the rest are the dashboard's to find jobs
    /// for), and takes each referral as far as it has come.
    pub(super) async fn referrals(
        &mut self,
        seekers: &[DemoSeeker],
        vacancies: &mut [DemoVacancy],
    ) -> anyhow::Result<()> {
        let month_ago = self.calendar.now() - Duration::days(30);
        let bar = progress(seekers.len(), "referrals");
        for person in seekers {
            let tries: u32 = if person.registered > month_ago {
                u32::from(self.rng.random_bool(0.25))
            } else {
                *[0, 1, 1, 2, 2, 3, 4].choose(&mut self.rng).unwrap_or(&1)
            };
            let mut at = person.registered;
            for _ in 0..tries {
                let wait = self.rng.random_range(1..40);
                let Some(when) = self.calendar.after(at, wait, &mut self.rng) else {
                    break;
                };
                at = when;
                self.refer(person, vacancies, when).await?;
            }
            bar.inc(1);
        }
        bar.finish();
        Ok(())
    }

    /// Refers `person` at `when` to one of the open jobs of their trade they may
    /// take, and goes on from there.
    async fn refer(
        &mut self,
        person: &DemoSeeker,
        vacancies: &mut [DemoVacancy],
        when: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let day = when.date_naive();
        let mut open: Vec<usize> = (0..vacancies.len())
            .filter(|&v| {
                let demo = &vacancies[v];
                demo.vacancy.status == VacancyStatus::Open
                    && demo.sector == person.job.sector
                    && demo.posted < when
                    && person.papers.allow(&demo.vacancy)
                    && demo.vacancy.details.closing_date.is_none_or(|c| c >= day)
            })
            .collect();
        // Jobs of the person's own occupation first, then others of their trade.
        open.shuffle(&mut self.rng);
        open.sort_by_key(|&v| vacancies[v].vacancy.details.occupation.as_str() != person.job.isco);
        let proposed = self.rng.random_bool(0.08);
        for v in open.into_iter().take(8) {
            let input = ReferralInput {
                seeker_id: Some(person.seeker.id.to_string()),
                vacancy_id: Some(vacancies[v].vacancy.id.to_string()),
                stage: Some(if proposed { "proposed" } else { "referred" }.into()),
                note: None,
            };
            match as_of(when, self.service.refer(&person.caseworker, input)).await {
                Ok(view) => {
                    let stage = if proposed { "proposed" } else { "referred" };
                    return self
                        .go_on(person, &mut vacancies[v], view.referral.id, stage, when)
                        .await;
                }
                // Not allowed this job (its permit, a closed occupation): another.
                Err(ServiceError::Invalid(_) | ServiceError::Conflict(_)) => continue,
                Err(error) => return Err(error).context("referring a demo seeker"),
            }
        }
        Ok(())
    }

    /// Takes a referral from `stage` as far as the days since `when` allow.
    async fn go_on(
        &mut self,
        person: &DemoSeeker,
        vacancy: &mut DemoVacancy,
        id: forsa_domain::ReferralId,
        mut stage: &'static str,
        mut when: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        loop {
            let Ok(step) = steps(stage).choose_weighted(&mut self.rng, |s| s.weight) else {
                return Ok(());
            };
            let Some(to) = step.to else {
                // An employer with a login answers within weeks.
                if vacancy.answered_by().is_some() && when < self.calendar.now() - ANSWERED_WITHIN {
                    continue;
                }
                return Ok(());
            };
            let days = self.rng.random_range(step.days.0..=step.days.1);
            let Some(next) = self.calendar.after(when, days, &mut self.rng) else {
                return Ok(());
            };
            let reason = step
                .reasons
                .choose(&mut self.rng)
                .map(|(man, woman)| if person.female { *woman } else { *man }.to_owned());
            let actor = match vacancy.answered_by() {
                Some(employer) if employers_stage(to) => employer,
                _ => person.caseworker,
            };
            let change = StageChangeInput {
                stage: Some(to.into()),
                reason,
            };
            as_of(next, self.service.move_referral(&actor, id, change))
                .await
                .with_context(|| format!("moving a demo referral to {to}"))?;
            if to == "hired" {
                vacancy.hires.push(next);
                // The follow-ups are the caseworker's (an employer does not see them).
                let view = self.service.referral(&person.caseworker, id).await?;
                self.follow_ups(person, &view.follow_ups).await?;
            }
            stage = to;
            when = next;
        }
    }

    /// Records the follow-ups that came due, but the last three weeks'.
    async fn follow_ups(&mut self, person: &DemoSeeker, due: &[FollowUp]) -> anyhow::Result<()> {
        let today = self.calendar.today();
        for follow_up in due {
            let overdue = (today - follow_up.due_on).num_days();
            if overdue < FOLLOW_UPS_WAITING_DAYS {
                continue;
            }
            let (outcome, note) = match self.rng.random_range(0..20) {
                0..14 => ("still_employed", None),
                14..17 => (
                    "left_job",
                    Some(if person.female {
                        "تركت العمل بسبب بعد المسافة"
                    } else {
                        "ترك العمل بسبب بعد المسافة"
                    }),
                ),
                _ => ("not_reached", Some("الهاتف مغلق")),
            };
            let late = self.rng.random_range(0..5);
            let when = self.calendar.ago(overdue - late, &mut self.rng);
            let input = FollowUpInput {
                outcome: Some(outcome.into()),
                note: note.map(str::to_owned),
                early: None,
            };
            as_of(
                when,
                self.service
                    .record_follow_up(&person.caseworker, follow_up.id, input),
            )
            .await
            .context("recording a demo follow-up")?;
        }
        Ok(())
    }

    /// Vacancies with as many hires as openings are filled; open ones whose closing
    /// date has passed are closed the next working day.
    pub(super) async fn fill_and_close(&mut self, vacancies: &[DemoVacancy]) -> anyhow::Result<()> {
        let today = self.calendar.today();
        for demo in vacancies {
            let vacancy = &demo.vacancy;
            if vacancy.status != VacancyStatus::Open {
                continue;
            }
            let filled = demo.hires.len() >= vacancy.details.openings as usize;
            let (status, when) = match (filled, vacancy.details.closing_date) {
                (true, _) => ("filled", demo.hires.iter().max().copied()),
                (false, Some(closing)) if closing < today => {
                    let days_ago = (today - closing).num_days() - 1;
                    ("closed", Some(self.calendar.ago(days_ago, &mut self.rng)))
                }
                _ => continue,
            };
            let Some(when) = when else { continue };
            let patch = VacancyInput {
                status: Some(status.into()),
                version: Some(vacancy.version),
                ..Default::default()
            };
            as_of(
                when,
                self.service.update_vacancy(&demo.poster, vacancy.id, patch),
            )
            .await
            .with_context(|| format!("marking a demo vacancy {status}"))?;
        }
        Ok(())
    }
}
