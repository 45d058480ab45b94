//! Reports over a large centre: 1 000 000 people (`FORSA_BENCH_REPORT_PEOPLE`)
//! registered over four years with the permits the corpus gives them, and 200 000
//! referrals (`FORSA_BENCH_REPORT_REFERRALS`) over two, a third of them interviewed,
//! a sixth offered, a tenth hired with their three follow-ups, in a running forsa on
//! SQLite under a temporary folder (or on PostgreSQL when `FORSA_BENCH_DATABASE_URL`
//! names a fresh database). Every indicator is then asked for as an admin asks (all
//! centres) and as a caseworker asks (one centre), over the last year, without a
//! breakdown, by sex × status, and by the pairs with the most groups; each three
//! times, the slowest of the three printed; then the reports page and the
//! caseworker's dashboard (with its key figures): `cargo bench -p forsa-bench --bench
//! reports`.
//!
//! Reports do not read the search index, and its follower would take many minutes
//! over a million people written at once, busy beside the reports measured: the
//! bench empties the outbox before it measures, so that the follower rests.

use std::time::Instant;

use chrono::{Days, TimeDelta, Utc};
use forsa_bench::{seekers, vacancies};
use forsa_domain::{
    Breakdown, Indicator, ReferralStage,
    employer::EmployerInput,
    organisation::Membership,
    vacancy::{VacancyInput, WageInput},
};
use forsa_service::{Actor, ReportInput};
use forsa_store::clock::as_of;

mod forsa;

/// The breakdowns each indicator is asked for with, where it takes them: none; the
/// pair every donor asks for; and the pairs with the most groups.
const SHAPES: &[&str] = &[
    "",
    "sex,status",
    "age_band,nationality",
    "month,location",
    "month,occupation_group",
];

#[tokio::main]
async fn main() {
    let people = forsa::size("FORSA_BENCH_REPORT_PEOPLE", 1_000_000);
    let referrals = forsa::size("FORSA_BENCH_REPORT_REFERRALS", 200_000);
    let running = forsa::running("JO-MA-ZAATARI", "مركز الزعتري", "Zaatari centre").await;
    let (service, backend, admin) = (running.app.service(), running.backend, running.admin);
    let centre = running.centre;
    let store = service.store();
    let now = Utc::now();
    let today = now.date_naive();

    let started = Instant::now();
    let employer = service
        .register_employer(
            &admin,
            EmployerInput {
                name_en: Some("Bench Contracting".into()),
                sector: Some("F".into()),
                location: Some("JO-AM".into()),
                fee_pledge: Some(true),
                verified: Some(true),
                ..Default::default()
            },
        )
        .await
        .expect("the employer");
    let mut posted = Vec::new();
    for (i, (sector, occupation)) in [("F", "7115"), ("C", "8153"), ("A", "9211"), ("I", "5120")]
        .iter()
        .cycle()
        .take(40)
        .enumerate()
    {
        let input = VacancyInput {
            title_en: Some(format!("Bench vacancy {i}")),
            sector: Some((*sector).into()),
            occupation: Some((*occupation).into()),
            location: Some(["JO-AM", "JO-MA-ZAATARI", "JO-IR"][i % 3].into()),
            openings: Some(1 + (i % 5) as u32),
            wage: Some(WageInput {
                min: 350.0,
                max: Some(420.0),
                period: "monthly".into(),
            }),
            contract: Some("fixed_term".into()),
            status: Some("open".into()),
            employer_id: Some(employer.id.to_string()),
            ..Default::default()
        };
        let vacancy = service
            .post_vacancy(&admin, input)
            .await
            .expect("a vacancy");
        posted.push(vacancy.id);
    }

    // People, registered over four years, in batches as an import writes them.
    let corpus = vacancies(10, today);
    let mut ids = Vec::with_capacity(referrals);
    let batch = 10_000;
    let generated: Vec<_> = seekers(people, &corpus.employers, today).collect();
    let batches = people.div_ceil(batch).max(1) as i64;
    for (n, chunk) in generated.chunks(batch).enumerate() {
        let day = now - TimeDelta::days(4 * 365) + TimeDelta::days(4 * 365 * n as i64 / batches);
        let written = as_of(day, async {
            let tx = store.begin_batch().await.expect("a transaction");
            let mut written = Vec::new();
            for (i, (seeker, permits)) in chunk.iter().enumerate() {
                let mut profile = seeker.profile.clone();
                profile.phone = Some(format!(
                    "07{}{:07}",
                    7 + i % 3,
                    (n * batch + i) * 7919 % 10_000_000
                ));
                let id = tx
                    .insert_seeker(centre, &profile)
                    .await
                    .expect("a person")
                    .id;
                // Those tied to an employer name the corpus's, not recorded here.
                for permit in permits.iter().filter(|p| p.details.employer_id.is_none()) {
                    tx.insert_permit(id, &permit.details)
                        .await
                        .expect("a permit");
                }
                written.push(id);
            }
            tx.commit().await.expect("the commit");
            written
        })
        .await;
        if ids.len() < referrals {
            ids.extend(
                written
                    .into_iter()
                    .step_by((people / referrals.max(1)).max(1)),
            );
        }
    }
    drop(generated);
    println!(
        "{people} people recorded in forsa on {backend} in {:.0} s",
        started.elapsed().as_secs_f64()
    );

    // Referrals over the last two years, moved on as the employers answered.
    let started = Instant::now();
    ids.truncate(referrals);
    let count = ids.len();
    let batches = count.div_ceil(batch).max(1) as i64;
    for (n, chunk) in ids.chunks(batch).enumerate() {
        let day = now - TimeDelta::days(730) + TimeDelta::days(730 * n as i64 / batches);
        as_of(day, async {
            let tx = store.begin_batch().await.expect("a transaction");
            for (i, seeker) in chunk.iter().enumerate() {
                let k = n * batch + i;
                let vacancy = posted[k % posted.len()];
                let referral = tx
                    .insert_referral(
                        *seeker,
                        vacancy,
                        centre,
                        ReferralStage::Referred,
                        None,
                        admin.user_id,
                    )
                    .await
                    .expect("a referral");
                let stages: &[ReferralStage] = match k % 30 {
                    0..=2 => &[
                        ReferralStage::Interview,
                        ReferralStage::Offered,
                        ReferralStage::Hired,
                    ],
                    3..=4 => &[ReferralStage::Interview, ReferralStage::Offered],
                    5..=9 => &[ReferralStage::Interview],
                    _ => &[],
                };
                for stage in stages {
                    tx.move_referral(referral.id, *stage, None, admin.user_id)
                        .await
                        .expect("a move");
                }
                if stages.last() == Some(&ReferralStage::Hired) {
                    for days in [30, 90, 180] {
                        let due = day.date_naive() + Days::new(days);
                        tx.insert_follow_up(referral.id, due)
                            .await
                            .expect("a follow-up");
                    }
                }
            }
            tx.commit().await.expect("the commit");
        })
        .await;
    }
    store.refresh_statistics().await.expect("the statistics");
    println!(
        "{count} referrals recorded in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    store
        .execute_unprepared("DELETE FROM outbox")
        .await
        .expect("the outbox emptied");
    tokio::time::sleep(std::time::Duration::from_secs(5)).await;

    let caseworker = Actor {
        membership: Membership::Caseworker(centre),
        ..admin
    };
    let year = ReportInput {
        from: Some((today - Days::new(364)).to_string()),
        to: Some(today.to_string()),
        ..ReportInput::default()
    };
    println!("indicator | breakdowns | all centres (admin) | one centre (caseworker)");
    let mut slowest: f64 = 0.0;
    for indicator in Indicator::ALL.iter().copied() {
        let shapes: Vec<&str> = SHAPES
            .iter()
            .copied()
            .filter(|shape| {
                shape
                    .split(',')
                    .filter(|b| !b.is_empty())
                    .all(|b| Breakdown::parse(b).is_ok_and(|b| indicator.breaks_down_by(b)))
            })
            .collect();
        for by in shapes {
            let mut cells = Vec::new();
            for actor in [&admin, &caseworker] {
                let input = ReportInput {
                    by: Some(by.to_owned()),
                    ..year.clone()
                };
                let mut worst: f64 = 0.0;
                for _ in 0..3 {
                    let start = Instant::now();
                    let report = service
                        .report(actor, indicator, &input)
                        .await
                        .expect("a report");
                    std::hint::black_box(&report);
                    worst = worst.max(start.elapsed().as_secs_f64() * 1000.0);
                }
                slowest = slowest.max(worst);
                cells.push(format!("{worst:.0} ms"));
            }
            let shown = if by.is_empty() { "—" } else { by };
            println!("{indicator} | {shown} | {} | {}", cells[0], cells[1]);
        }
    }
    println!("the slowest report: {slowest:.0} ms");

    // What pages ask for: the reports page (every indicator and the trend) and the
    // dashboard (its key figures are four reports of this month and four of last).
    let this_month = ReportInput {
        by: Some("sex,status".to_owned()),
        ..ReportInput::default()
    };
    for (name, actor) in [("admin", &admin), ("caseworker", &caseworker)] {
        let mut worst: f64 = 0.0;
        for _ in 0..3 {
            let start = Instant::now();
            let page = service
                .reports_page(actor, &this_month)
                .await
                .expect("the reports page");
            std::hint::black_box(&page);
            worst = worst.max(start.elapsed().as_secs_f64() * 1000.0);
        }
        println!("the reports page, this month by sex × status ({name}): {worst:.0} ms");
    }
    let mut worst: f64 = 0.0;
    for _ in 0..3 {
        let start = Instant::now();
        let board = service.dashboard(&caseworker).await.expect("the dashboard");
        std::hint::black_box(&board);
        worst = worst.max(start.elapsed().as_secs_f64() * 1000.0);
    }
    println!("the caseworker's dashboard with its key figures: {worst:.0} ms");
}
