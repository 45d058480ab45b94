//! Reports count what the records say: a known centre's March 2026 (people registered
//! either side of midnight in Amman, archived, merged, erased, moved in from another
//! centre; referrals, interviews, offers and hires either side of the month's end;
//! follow-ups reached and not) checked figure by figure, as a caseworker sees them
//! (exact) and as the API lets them leave (counts under five hidden, and enough
//! others that no total gives them away).

use std::collections::BTreeMap;

use forsa_domain::{
    CentreId, Indicator, UserId,
    organisation::Membership,
    report::{Figure, Key},
};
use forsa_service::{Actor, ReportInput};
use forsa_tests::{Session, TestApp, World, centre_today, seeker_body};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Registers a person at a centre through `session`; their id.
async fn register(
    session: &Session<'_>,
    reference: &str,
    gender: &str,
    status: &str,
    birth_year: i32,
) -> String {
    let mut body = seeker_body(reference);
    body["gender"] = json!(gender);
    body["status"] = json!(status);
    body["birth_year"] = json!(birth_year);
    if status == "host_community" {
        body["nationality"] = json!("JO");
        body["location"] = json!("JO-AM");
    }
    let person = session.create("/api/v1/seekers", body).await;
    person["id"].as_str().unwrap().to_owned()
}

/// Dates the registration of the person with case reference `reference`.
async fn registered_at(app: &TestApp, reference: &str, at: &str) {
    app.sql(&format!(
        "UPDATE seekers SET created_at = '{at}' WHERE case_reference = '{reference}'"
    ))
    .await;
}

/// Dates every move of the referrals of the person `reference` to `stage`.
async fn reached_at(app: &TestApp, reference: &str, stage: &str, at: &str) {
    app.sql(&format!(
        "UPDATE referral_events SET at = '{at}' WHERE to_stage = '{stage}' AND referral_id IN \
         (SELECT r.id FROM referrals r JOIN seekers s ON s.id = r.seeker_id \
          WHERE s.case_reference = '{reference}')"
    ))
    .await;
}

async fn actor(session: &Session<'_>, membership: Membership) -> Actor {
    let (_, me) = session.get("/api/v1/me").await;
    Actor {
        user_id: me["id"].as_str().unwrap().parse::<UserId>().unwrap(),
        membership,
    }
}

/// The exact figures a caseworker is shown, by the values of the breakdowns.
async fn figures(
    app: &TestApp,
    actor: &Actor,
    indicator: Indicator,
    period: &str,
    by: &str,
) -> BTreeMap<Key, Figure> {
    let input = ReportInput {
        period: Some(period.to_owned()),
        by: Some(by.to_owned()).filter(|by| !by.is_empty()),
        ..ReportInput::default()
    };
    let report = app.service.report(actor, indicator, &input).await.unwrap();
    report.figures.cells
}

fn key(values: &[Option<&str>]) -> Key {
    values.iter().map(|v| v.map(str::to_owned)).collect()
}

fn count(figures: &BTreeMap<Key, Figure>, values: &[Option<&str>]) -> u64 {
    match figures.get(&key(values)) {
        Some(Figure::Count(n)) => *n,
        None => 0,
        Some(other) => panic!("not a count: {other:?}"),
    }
}

/// The value of the API's cell whose breakdowns are `by`.
fn cell(report: &Value, by: Value) -> &Value {
    report["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|cell| cell["by"] == by)
        .map(|cell| &cell["value"])
        .unwrap_or_else(|| panic!("no cell {by} in {report}"))
}

/// Each report `/api/v1/reports/{query}` is refused, naming `field`.
pub(crate) async fn refused(session: &Session<'_>, cases: &[(&str, &str)]) {
    for (query, field) in cases {
        let (status, body) = session.get(&format!("/api/v1/reports/{query}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}: {body}");
        assert!(
            body["error"]["fields"][field].is_string(),
            "{query}: {body}"
        );
    }
}

pub(crate) struct March<'a> {
    pub(crate) world: World<'a>,
    pub(crate) centre_b: String,
}

/// A centre's March 2026 (and the people and moves around it).
pub(crate) async fn march(app: &TestApp) -> March<'_> {
    let world = app.world().await;
    let cw = &world.caseworker;
    let (centre_b, cw_b) = app.centre_with_caseworker(&world.admin, "Centre B").await;
    // The world's own person came in June 2025 and is still active.
    registered_at(app, "ZA-0001", "2025-06-01T09:00:00+00:00").await;
    let mut refugees = Vec::new();
    for n in 1..=6 {
        let reference = format!("RF-{n}");
        refugees.push(register(cw, &reference, "female", "refugee", 1992).await);
        registered_at(app, &reference, "2026-03-10T08:00:00+00:00").await;
    }
    for n in 1..=5 {
        let reference = format!("HM-{n}");
        register(cw, &reference, "male", "host_community", 1980).await;
        registered_at(app, &reference, "2026-03-12T08:00:00+00:00").await;
    }
    // 01:00 on 1 March in Amman is still February in UTC: March's.
    register(cw, "EDGE-IN", "male", "refugee", 2001).await;
    registered_at(app, "EDGE-IN", "2026-02-28T22:00:00+00:00").await;
    // 00:30 on 1 April in Amman is still March in UTC: April's.
    register(cw, "EDGE-OUT", "female", "refugee", 1992).await;
    registered_at(app, "EDGE-OUT", "2026-03-31T21:30:00+00:00").await;
    // Archived in February: not active in March.
    register(cw, "ARCH", "female", "refugee", 1992).await;
    registered_at(app, "ARCH", "2026-01-05T08:00:00+00:00").await;
    app.sql("UPDATE seekers SET archived_at = '2026-02-20T08:00:00+00:00' WHERE case_reference = 'ARCH'")
        .await;
    // Registered twice: counted once, as the record kept.
    let twice = register(cw, "MERGED", "female", "refugee", 1992).await;
    registered_at(app, "MERGED", "2026-03-15T08:00:00+00:00").await;
    let (status, body) = cw
        .post(
            &format!("/api/v1/seekers/{twice}/merge"),
            json!({"into": refugees[0], "reason": "the same person, registered twice"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Erased: still counted, their age no longer known.
    let erased = register(cw, "ERASED", "male", "refugee", 1990).await;
    registered_at(app, "ERASED", "2026-03-16T08:00:00+00:00").await;
    let (status, body) = cw
        .post(
            &format!("/api/v1/seekers/{erased}/erase"),
            json!({"reason": "asked to be forgotten"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Registered at centre B, then moved to A: A's now.
    let moved = register(&cw_b, "MOVED", "female", "refugee", 1992).await;
    registered_at(app, "MOVED", "2026-03-18T08:00:00+00:00").await;
    let (status, body) = world
        .admin
        .post(
            &format!("/api/v1/seekers/{moved}/transfer"),
            json!({"centre_id": world.centre}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    register(&cw_b, "B-1", "female", "refugee", 1992).await;
    registered_at(app, "B-1", "2026-03-20T08:00:00+00:00").await;

    // The vacancy was posted on 3 March; a draft is not posted.
    app.sql("UPDATE vacancies SET created_at = '2026-03-03T08:00:00+00:00'")
        .await;
    let mut draft = forsa_tests::vacancy_body("F", "7115");
    draft["status"] = json!("draft");
    world.employer_user.create("/api/v1/vacancies", draft).await;

    // Four referrals in March; RF-1 hired in March, RF-2 on 2 April, RF-3 only
    // interviewed.
    let mut referrals = Vec::new();
    for person in &refugees[..3] {
        world.permitted_and_consenting(person).await;
        referrals.push(world.refer(person).await);
    }
    let (_, host) = cw.get("/api/v1/seekers?q=HM-1").await;
    let host = host["items"][0]["id"].as_str().unwrap().to_owned();
    world.permitted_and_consenting(&host).await;
    world.refer(&host).await;
    world.hire_referred(&referrals[0]).await;
    world.hire_referred(&referrals[1]).await;
    let (status, body) = world
        .employer_user
        .patch(
            &format!("/api/v1/referrals/{}", referrals[2]),
            json!({"stage": "interview"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    app.sql("UPDATE referrals SET created_at = '2026-03-20T08:00:00+00:00'")
        .await;
    app.sql("UPDATE referral_events SET at = '2026-03-21T10:00:00+00:00'")
        .await;
    reached_at(app, "RF-2", "hired", "2026-04-02T10:00:00+00:00").await;

    // Their first follow-ups fell due in March: RF-1 still employed, RF-2 not reached.
    let planned = centre_today() + chrono::Days::new(30);
    app.move_follow_up(planned, "2026-03-25").await;
    app.move_follow_up(planned + chrono::Days::new(60), "2026-05-20")
        .await;
    app.move_follow_up(planned + chrono::Days::new(150), "2026-08-18")
        .await;
    for (referral, outcome) in [
        (&referrals[0], "still_employed"),
        (&referrals[1], "not_reached"),
    ] {
        let (_, shown) = cw.get(&format!("/api/v1/referrals/{referral}")).await;
        let first = shown["follow_ups"][0]["id"].as_str().unwrap();
        let (status, body) = cw
            .patch(
                &format!("/api/v1/follow-ups/{first}"),
                json!({"outcome": outcome}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    March { world, centre_b }
}

#[tokio::test]
async fn every_indicator_counts_what_the_records_say() {
    let app = TestApp::spawn().await;
    let march = march(&app).await;
    let world = &march.world;
    let centre: CentreId = world.centre.parse().unwrap();
    let cw = actor(&world.caseworker, Membership::Caseworker(centre)).await;
    let admin = actor(&world.admin, Membership::Admin).await;

    // Registered in March, at A: six refugee women, five host-community men, the man
    // registered at 01:00 on 1 March, the man erased and the woman who moved in.
    let registered = figures(&app, &cw, Indicator::Registered, "2026-03", "sex,status").await;
    assert_eq!(count(&registered, &[None, None]), 14);
    assert_eq!(count(&registered, &[Some("female"), Some("refugee")]), 7);
    assert_eq!(
        count(&registered, &[Some("male"), Some("host_community")]),
        5
    );
    assert_eq!(count(&registered, &[Some("male"), Some("refugee")]), 2);
    assert_eq!(count(&registered, &[Some("male"), None]), 7);
    assert_eq!(count(&registered, &[None, Some("refugee")]), 9);
    assert_eq!(registered.len(), 3 + 2 + 2 + 1);
    let ages = figures(&app, &cw, Indicator::Registered, "2026-03", "age_band").await;
    assert_eq!(count(&ages, &[Some("25_34")]), 8);
    assert_eq!(count(&ages, &[Some("45_54")]), 5);
    assert_eq!(count(&ages, &[Some("unknown")]), 1);
    let months = figures(&app, &cw, Indicator::Registered, "2026-Q1", "month").await;
    assert_eq!(count(&months, &[Some("2026-01")]), 1);
    assert_eq!(count(&months, &[Some("2026-02")]), 0);
    assert_eq!(count(&months, &[Some("2026-03")]), 14);
    let april = figures(&app, &cw, Indicator::Registered, "2026-04", "").await;
    assert_eq!(count(&april, &[]), 1);
    let places = figures(&app, &cw, Indicator::Registered, "2026-03", "location").await;
    assert_eq!(count(&places, &[Some("JO-MA-ZAATARI")]), 9);
    assert_eq!(count(&places, &[Some("JO-AM")]), 5);

    // Active in March: all of those and the world's first person; not the woman
    // archived in February, nor the one registered in April, nor the merged record.
    let active = figures(&app, &cw, Indicator::Active, "2026-03", "").await;
    assert_eq!(count(&active, &[]), 15);

    // Centre B keeps its own; an admin sees both.
    let b: CentreId = march.centre_b.parse().unwrap();
    let input = ReportInput {
        period: Some("2026-03".to_owned()),
        centre: Some(march.centre_b.clone()),
        ..ReportInput::default()
    };
    let of_b = app
        .service
        .report(&admin, Indicator::Registered, &input)
        .await
        .unwrap();
    assert_eq!(of_b.centre, Some(b));
    assert_eq!(of_b.figures.total(), Figure::Count(1));
    let all = figures(&app, &admin, Indicator::Registered, "2026-03", "centre").await;
    assert_eq!(count(&all, &[None]), 15);
    assert_eq!(count(&all, &[Some(&world.centre)]), 14);
    assert_eq!(count(&all, &[Some(&march.centre_b)]), 1);

    // Vacancies: one posted (the draft is not), one opening, in construction.
    let posted = figures(&app, &cw, Indicator::VacanciesPosted, "2026-03", "sector").await;
    assert_eq!(count(&posted, &[Some("F")]), 1);
    assert_eq!(count(&posted, &[None]), 1);
    let openings = figures(&app, &cw, Indicator::Openings, "2026-03", "").await;
    assert_eq!(count(&openings, &[]), 1);

    // Referrals and their stages in March.
    let referrals = figures(&app, &cw, Indicator::Referrals, "2026-03", "status").await;
    assert_eq!(count(&referrals, &[Some("refugee")]), 3);
    assert_eq!(count(&referrals, &[Some("host_community")]), 1);
    let interviews = figures(&app, &cw, Indicator::Interviews, "2026-03", "").await;
    assert_eq!(count(&interviews, &[]), 3);
    let offers = figures(&app, &cw, Indicator::Offers, "2026-03", "").await;
    assert_eq!(count(&offers, &[]), 2);
    let placements = figures(
        &app,
        &cw,
        Indicator::Placements,
        "2026-03",
        "occupation_group",
    )
    .await;
    assert_eq!(count(&placements, &[Some("7")]), 1);
    let placed_in_april = figures(&app, &cw, Indicator::Placements, "2026-04", "").await;
    assert_eq!(count(&placed_in_april, &[]), 1);
    let rate = figures(&app, &cw, Indicator::PlacementRate, "2026-03", "sex").await;
    assert_eq!(
        rate[&key(&[Some("female")])],
        Figure::Rate { part: 1, whole: 8 }
    );
    assert_eq!(rate[&key(&[None])], Figure::Rate { part: 1, whole: 15 });
    // RF-1: registered 10 March, hired 21 March.
    let days = figures(&app, &cw, Indicator::DaysToPlacement, "2026-03", "").await;
    assert_eq!(
        days[&key(&[])],
        Figure::MedianDays {
            median: Some(11.0),
            of: 1
        }
    );

    // The 30-day follow-ups due in March: one still employed, one not reached.
    let kept = figures(&app, &cw, Indicator::Employed30, "2026-03", "").await;
    assert_eq!(
        kept[&key(&[])],
        Figure::Retention {
            employed: 1,
            reached: 1,
            placed: 2
        }
    );
    let later = figures(&app, &cw, Indicator::Employed90, "2026-05", "").await;
    assert_eq!(
        later[&key(&[])],
        Figure::Retention {
            employed: 0,
            reached: 0,
            placed: 2
        }
    );
    let none = figures(&app, &cw, Indicator::Employed90, "2026-03", "").await;
    assert_eq!(
        none[&key(&[])],
        Figure::Retention {
            employed: 0,
            reached: 0,
            placed: 0
        }
    );

    // Permits: the four recorded today are valid at the end of this month.
    let this_month = centre_today().format("%Y-%m").to_string();
    let permits = figures(&app, &cw, Indicator::PermitsValid, &this_month, "").await;
    assert_eq!(count(&permits, &[]), 4);
    let recorded = figures(&app, &cw, Indicator::PermitsRecorded, &this_month, "sex").await;
    assert_eq!(count(&recorded, &[Some("female")]), 3);
}

#[tokio::test]
async fn what_leaves_forsa_hides_counts_under_five_and_what_would_give_them_away() {
    let app = TestApp::spawn().await;
    let march = march(&app).await;
    let world = &march.world;
    let (status, report) = world
        .caseworker
        .get("/api/v1/reports/registered?period=2026-03&by=age_band")
        .await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(report["indicator"], "registered");
    assert_eq!(
        report["period"],
        json!({"from": "2026-03-01", "to": "2026-03-31"})
    );
    assert_eq!(report["centre_id"], world.centre.as_str());
    assert_eq!(report["total"], 14);
    assert_eq!(cell(&report, json!({"age_band": "25_34"})), 8);
    // One person of unknown age is hidden; the five aged 45–54 are hidden too, or
    // 14 − 8 would give the one away.
    assert_eq!(cell(&report, json!({"age_band": "unknown"})), "<5");
    assert_eq!(cell(&report, json!({"age_band": "45_54"})), "<5");
    assert_eq!(cell(&report, json!({"age_band": null})), 14);
    assert!(!report.to_string().contains("RF-"));

    let (_, report) = world
        .caseworker
        .get("/api/v1/reports/placement_rate?period=2026-03")
        .await;
    assert_eq!(
        report["total"],
        json!({"part": "<5", "whole": "<5", "percent": null}),
        "one placed of fifteen: the rate would tell"
    );
    let (_, report) = world
        .admin
        .get("/api/v1/reports/active?period=2026-03&by=centre")
        .await;
    assert_eq!(report["centre_id"], Value::Null);
    assert_eq!(report["total"], 16);
    assert_eq!(cell(&report, json!({"centre": null})), 16);
    // Centre B's one person is hidden, and so, with it, A's fifteen: 16 − 15
    // would give it away.
    assert_eq!(cell(&report, json!({"centre": march.centre_b})), "<5");
    assert_eq!(cell(&report, json!({"centre": world.centre})), "<5");
}

#[tokio::test]
async fn a_report_asked_for_wrongly_says_what_is_wrong() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (centre_b, _) = app.centre_with_caseworker(&world.admin, "Centre B").await;
    let huge = "9".repeat(5_000);
    let cases = [
        ("registered?period=2026-13", "period"),
        ("registered?period=2026-Q5", "period"),
        ("registered?period=18446744073709551615", "period"),
        ("registered?period=%00", "period"),
        ("registered?period=2026&from=2026-01-01", "period"),
        ("registered?from=2026-03-01", "to"),
        ("registered?from=2026-03-01&to=2026-02-01", "to"),
        ("registered?from=0001-01-01&to=9999-12-31", "from"),
        ("registered?by=sector", "by"),
        ("registered?by=sex,status,age_band", "by"),
        ("registered?by=sex,sex", "by"),
        ("active?by=month", "by"),
        ("vacancies_posted?by=sex", "by"),
        ("registered?colour=blue", "colour"),
        ("registered?centre=not-an-id", "centre"),
    ];
    refused(&world.caseworker, &cases).await;
    let (status, body) = world
        .caseworker
        .get(&format!("/api/v1/reports/registered?period={huge}"))
        .await;
    assert!(
        matches!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY | StatusCode::URI_TOO_LONG
        ),
        "{status} {body}"
    );
    // A caseworker reports on their own centre only; an admin on any that exists.
    let (status, body) = world
        .caseworker
        .get(&format!("/api/v1/reports/registered?centre={centre_b}"))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body["error"]["fields"]["centre"].is_string(), "{body}");
    let (status, body) = world
        .admin
        .get(&format!(
            "/api/v1/reports/registered?centre={}",
            uuid::Uuid::now_v7()
        ))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, _) = world.employer_user.get("/api/v1/reports/registered").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .anonymous(reqwest::Method::GET, "/api/v1/reports/registered", None)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = world.caseworker.get("/api/v1/reports/happiness").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Every indicator answers, with every breakdown it takes, for this month.
    for indicator in Indicator::ALL {
        for breakdown in indicator.breakdowns() {
            let path = format!("/api/v1/reports/{indicator}?by={breakdown}");
            let (status, body) = world.admin.get(&path).await;
            assert_eq!(status, StatusCode::OK, "{path}: {body}");
        }
    }
}
