//! Moving a referral from a later page of a filtered list: a refused move is shown on
//! that same page and filter, a saved one returns to it.

use forsa_tests::{Pages, TestApp, seeker_body, vacancy_body};
use reqwest::StatusCode;

#[tokio::test]
async fn a_refused_move_keeps_the_lists_page_and_stage() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    // A national needs no permit: every referral is allowed.
    let mut body = seeker_body("ZA-0100");
    body["nationality"] = "JO".into();
    body["status"] = "host_community".into();
    let seeker = world.caseworker.create("/api/v1/seekers", body).await;
    let seeker = seeker["id"].as_str().unwrap().to_owned();
    let mut stage = String::new();
    for _ in 0..27 {
        let vacancy = world
            .employer_user
            .create("/api/v1/vacancies", vacancy_body("F", "7115"))
            .await;
        let referral = world
            .caseworker
            .create(
                "/api/v1/referrals",
                serde_json::json!({"seeker_id": seeker, "vacancy_id": vacancy["id"]}),
            )
            .await;
        stage = referral["stage"].as_str().unwrap().to_owned();
    }
    for (lang, reason_needed) in [
        ("en", "Give a reason for this outcome."),
        ("ar", "اذكر سبب هذه النتيجة."),
    ] {
        let pages = Pages::of(&world.caseworker, lang).await;
        let list = format!("/referrals?stage={stage}&page=2");
        let (status, page) = pages.get(&list).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.contains(r#"<input type="hidden" name="list_page" value="2">"#),
            "{page}"
        );
        let id = page
            .split(r#"id="referral_"#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap()
            .to_owned();

        let path = format!("/referrals/{id}/stage");
        let form = [
            ("stage", "declined"),
            ("reason", ""),
            ("list_stage", stage.as_str()),
            ("list_page", "2"),
        ];
        let (status, _, page) = pages.post(&path, &form).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(
            page.contains(&format!(r#"id="reason_error">{reason_needed}</p>"#)),
            "{page}"
        );
        // Still page 2 of the same filter: the referral is there with its problem,
        // the filter is chosen, and the language switch comes back here.
        assert!(page.contains(&format!(r#"id="referral_{id}""#)), "{page}");
        assert!(
            page.contains(&format!(r#"<option value="{stage}" selected>"#)),
            "{page}"
        );
        assert!(
            page.contains(&format!(
                r#"name="back" value="/referrals?stage={stage}&#38;page=2""#
            )),
            "{page}"
        );
        assert!(page.contains(r#"rel="prev""#), "{page}");
    }

    // A move that is saved returns to the same page and filter.
    let pages = Pages::of(&world.caseworker, "en").await;
    let (_, page) = pages.get(&format!("/referrals?stage={stage}&page=2")).await;
    let id = page
        .split(r#"id="referral_"#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let form = [
        ("stage", "withdrawn"),
        ("reason", "Took another job"),
        ("list_stage", stage.as_str()),
        ("list_page", "2"),
    ];
    let (status, location, page) = pages.post(&format!("/referrals/{id}/stage"), &form).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(
        location,
        format!("/referrals?stage={stage}&page=2&saved=closed")
    );
}
