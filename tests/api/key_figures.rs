//! The key figures of the caseworker's dashboard and the employer's home: this month
//! so far against last month, counted as the reports count them (registrations,
//! referrals, interviews and placements of the centre; an employer's own vacancies,
//! the referrals to them, interviews and hires, and nobody else's).

use chrono::{Datelike, Days};
use forsa_tests::{Pages, TestApp, centre_today, seeker_body, vacancy_body};
use reqwest::StatusCode;
use serde_json::json;

/// The text of the key figure `id`, up to the end of its box.
fn figure(page: &str, id: &str) -> String {
    let start = page
        .find(&format!(r#"id="key-{id}""#))
        .unwrap_or_else(|| panic!("no key figure {id}: {page}"));
    let rest = &page[start..];
    rest[..rest.find("</div>").unwrap()].to_owned()
}

/// Noon (UTC) on the tenth of last month, as the database writes a moment.
fn last_month() -> (String, String) {
    let today = centre_today();
    let first = today.with_day(1).unwrap();
    let day = first
        .checked_sub_days(Days::new(1))
        .unwrap()
        .with_day(10)
        .unwrap();
    (
        format!("{day}T12:00:00+00:00"),
        day.format("%B %Y").to_string(),
    )
}

#[tokio::test]
async fn the_dashboard_shows_the_centres_month_against_the_last() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (moment, last) = last_month();
    // Three people registered last month; the world's own this month, referred and
    // hired.
    for n in 1..=3 {
        world
            .caseworker
            .create("/api/v1/seekers", seeker_body(&format!("LM-{n}")))
            .await;
    }
    app.sql(&format!(
        "UPDATE seekers SET created_at = '{moment}' WHERE case_reference LIKE 'LM-%'"
    ))
    .await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;

    let pages = Pages::of(&world.caseworker, "en").await;
    let (status, page) = pages.get("/").await;
    assert_eq!(status, StatusCode::OK);
    let this = centre_today().format("%B %Y");
    assert!(
        page.contains(&format!("{this} so far, against {last}")),
        "{page}"
    );
    let registered = figure(&page, "registered");
    assert!(
        registered.contains("<dt>People registered</dt><dd>1</dd>"),
        "{registered}"
    );
    assert!(registered.contains(&format!("{last}: 3")), "{registered}");
    assert!(
        registered.contains(r#"<dd class="change down">2 fewer</dd>"#),
        "{registered}"
    );
    for id in ["referrals", "interviews", "placements"] {
        let shown = figure(&page, id);
        assert!(shown.contains("<dd>1</dd>"), "{shown}");
        assert!(shown.contains(&format!("{last}: 0")), "{shown}");
        assert!(shown.contains("1 more"), "{shown}");
    }
    assert!(page.contains(r#"<a href="/reports" id="all-figures">"#));

    // In Arabic, in Arabic digits.
    let pages = Pages::of(&world.caseworker, "ar").await;
    let (_, page) = pages.get("/").await;
    let registered = figure(&page, "registered");
    assert!(registered.contains("<dd>١</dd>"), "{registered}");
    assert!(registered.contains("بنقص ٢"), "{registered}");
}

#[tokio::test]
async fn an_employer_sees_their_own_vacancies_and_referrals_this_month_and_last() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (moment, last) = last_month();
    // The world's vacancy went up last month; this month one person was referred to
    // it and interviewed.
    app.sql(&format!("UPDATE vacancies SET created_at = '{moment}'"))
        .await;
    world.permitted_and_consenting(&world.seeker).await;
    let referral = world.refer(&world.seeker).await;
    let (status, body) = world
        .employer_user
        .patch(
            &format!("/api/v1/referrals/{referral}"),
            json!({"stage": "interview"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Another employer's vacancy and referral this month are not theirs.
    let other = world
        .caseworker
        .create(
            "/api/v1/employers",
            json!({"name": "Other Builders", "sector": "F", "location": "JO-AM", "fee_pledge": true}),
        )
        .await;
    let mut body = vacancy_body("F", "7115");
    body["employer_id"] = other["id"].clone();
    let vacancy = world.caseworker.create("/api/v1/vacancies", body).await;
    world
        .caseworker
        .create(
            "/api/v1/referrals",
            json!({"seeker_id": world.seeker, "vacancy_id": vacancy["id"]}),
        )
        .await;

    let pages = Pages::of(&world.employer_user, "en").await;
    let (status, page) = pages.get("/").await;
    assert_eq!(status, StatusCode::OK);
    let posted = figure(&page, "vacancies_posted");
    assert!(posted.contains("<dd>0</dd>"), "{posted}");
    assert!(posted.contains(&format!("{last}: 1")), "{posted}");
    assert!(posted.contains("1 fewer"), "{posted}");
    let referrals = figure(&page, "referrals");
    assert!(referrals.contains("<dd>1</dd>"), "{referrals}");
    let interviews = figure(&page, "interviews");
    assert!(interviews.contains("<dd>1</dd>"), "{interviews}");
    let placements = figure(&page, "placements");
    assert!(placements.contains("<dd>0</dd>"), "{placements}");
    assert!(placements.contains("as many"), "{placements}");
    // Employers get no reports.
    assert!(!page.contains("all-figures"));
}
