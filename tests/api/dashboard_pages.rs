//! The caseworker's dashboard says what to do today: each queue of work with its count,
//! linking to the list of exactly those items, and a search and a registration at
//! the top.

use forsa_tests::{
    INDEX_DEADLINE, Pages, TestApp, eventually, queue_count as count, seeker_body, vacancy_body,
};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn every_queue_counts_its_work_and_links_to_exactly_it() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    let today = forsa_tests::centre_today();

    // A hire whose first follow-up has fallen due.
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let planned = today + chrono::Days::new(30);
    app.move_follow_up(planned, today).await;

    // A referral the employer has not answered for ten days.
    let mut waiting = seeker_body("ZA-0200");
    waiting["full_name"] = json!("Khaled Nasser");
    let waiting = cw.create("/api/v1/seekers", waiting).await;
    let waiting = waiting["id"].as_str().unwrap().to_owned();
    world.permitted_and_consenting(&waiting).await;
    let referral = world.refer(&waiting).await;
    let ten_days_ago = (chrono::Utc::now() - chrono::Duration::days(10)).to_rfc3339();
    // (The only referral still waiting: ids are stored as bytes on SQLite.)
    app.sql(&format!(
        "UPDATE referrals SET updated_at = '{ten_days_ago}' WHERE stage = 'referred'"
    ))
    .await;
    let (_, shown) = cw.get(&format!("/api/v1/referrals/{referral}")).await;
    assert!(shown["updated_at"].as_str().unwrap() < today.to_string().as_str());

    // Someone new, never referred, with a permit for the construction vacancy; and
    // someone new without one (no job they may take: not in the queue).
    let mut fresh = seeker_body("ZA-0300");
    fresh["full_name"] = json!("Rana Saeed");
    let fresh = cw.create("/api/v1/seekers", fresh).await;
    let fresh = fresh["id"].as_str().unwrap().to_owned();
    world.permitted_and_consenting(&fresh).await;
    let mut without = seeker_body("ZA-0301");
    without["full_name"] = json!("Sami Aziz");
    cw.create("/api/v1/seekers", without).await;

    // A permit ending in ten days.
    let mut ending = seeker_body("ZA-0400");
    ending["full_name"] = json!("Huda Karim");
    let ending = cw.create("/api/v1/seekers", ending).await;
    let ending = ending["id"].as_str().unwrap().to_owned();
    let soon = (today + chrono::Days::new(10)).to_string();
    cw.create(
        &format!("/api/v1/seekers/{ending}/permits"),
        json!({"permit_type": "flexible_agriculture", "valid_from": "2026-01-01", "valid_until": soon}),
    )
    .await;

    // An open vacancy of the centre's employer closing in three days, nobody referred.
    let mut closing = vacancy_body("F", "7112");
    closing["title_en"] = json!("Bricklayer for a school");
    closing["closing_date"] = json!((today + chrono::Days::new(3)).to_string());
    world
        .employer_user
        .create("/api/v1/vacancies", closing)
        .await;

    // The index has the permits before matching is asked.
    let indexed = eventually(INDEX_DEADLINE, || async {
        let (_, found) = cw.get(&format!("/api/v1/seekers/{fresh}/matches")).await;
        found.to_string().contains(&world.vacancy)
    })
    .await;
    assert!(indexed, "the index did not catch up");

    for lang in ["en", "ar"] {
        let pages = Pages::of(cw, lang).await;
        let (status, page) = pages.get("/").await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(page.contains(r#"action="/seekers""#) && page.contains(r#"name="q""#));
        assert!(page.contains(r#"href="/seekers/new""#), "{page}");
        for (queue, expected) in [
            ("follow-ups-due", 1),
            ("awaiting-employer", 1),
            ("new-unreferred", 1),
            ("permits-ending", 1),
            ("vacancies-closing", 1),
        ] {
            assert_eq!(count(&page, queue), expected, "{lang} {queue}");
        }
        // A count of one is said in the singular.
        let singular = if lang == "en" {
            "Work permit ending within 30 days"
        } else {
            "تصريح عمل ينتهي خلال 30 يوماً"
        };
        assert!(page.contains(singular), "{lang}: {page}");
    }

    // Each count's link lists exactly what it counted.
    let pages = Pages::of(cw, "en").await;
    for (address, shown, not_shown) in [
        (
            "/referrals?queue=follow-ups-due",
            "Amal Haddad",
            "Khaled Nasser",
        ),
        (
            "/referrals?queue=awaiting-employer",
            "Khaled Nasser",
            "Amal Haddad",
        ),
        ("/seekers?queue=new-unreferred", "Rana Saeed", "Sami Aziz"),
        ("/seekers?queue=permits-ending", "Huda Karim", "Rana Saeed"),
        (
            "/vacancies?queue=vacancies-closing",
            "Bricklayer for a school",
            "Carpenter for formwork",
        ),
    ] {
        let (status, list) = pages.get(address).await;
        assert_eq!(status, StatusCode::OK, "{address}");
        assert!(list.contains(shown), "{address} lacks {shown}: {list}");
        assert!(!list.contains(not_shown), "{address} shows {not_shown}");
        assert!(list.contains(r#"class="queue-banner""#), "{address}");
    }
}

#[tokio::test]
async fn the_dashboard_names_are_recorded_as_listed_and_others_keep_their_home() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let (status, page) = pages.get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Amal Haddad"), "{page}");
    // The names shown are recorded as read from a list.
    let events = world.seeker_audit_events(&world.seeker).await;
    assert!(
        events["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "list"),
        "{events}"
    );
    // Queues are a caseworker's; an employer's list of vacancies ignores them.
    let employer = Pages::of(&world.employer_user, "en").await;
    let (status, _) = employer.get("/").await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = employer.get("/vacancies?queue=vacancies-closing").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
