//! An admin moves a person to another centre (they moved from Centre A to Azraq):
//! Azraq's caseworkers see them from then on, Centre A's no longer; the move is in
//! the access log; what is not a move is refused and changes nothing.

use forsa_tests::{INDEX_DEADLINE, Pages, TestApp, eventually, seeker_body};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_person_moved_to_another_centre_is_seen_there_and_no_longer_here() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (azraq, azraq_caseworker) = app
        .centre_with_caseworker(&world.admin, "Azraq centre")
        .await;
    world.permitted_and_consenting(&world.seeker).await;
    let referral = world.refer(&world.seeker).await;
    let path = format!("/api/v1/seekers/{}/transfer", world.seeker);

    let (status, moved) = world.admin.post(&path, json!({ "centre_id": azraq })).await;
    assert_eq!(status, StatusCode::OK, "{moved}");
    assert_eq!(moved["centre_id"], azraq.as_str());

    let person = format!("/api/v1/seekers/{}", world.seeker);
    let (status, _) = world.caseworker.get(&person).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "the old centre no longer sees them"
    );
    let (status, seen) = azraq_caseworker.get(&person).await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    let (_, list) = azraq_caseworker.get("/api/v1/seekers").await;
    assert_eq!(list["total"], 1);
    let (_, list) = world.caseworker.get("/api/v1/seekers").await;
    assert_eq!(list["total"], 0);
    // Their referrals go with them.
    let referral_path = format!("/api/v1/referrals/{referral}");
    assert_eq!(
        world.caseworker.get(&referral_path).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(azraq_caseworker.get(&referral_path).await.0, StatusCode::OK);
    // Nothing breaks: the new centre matches them to the vacancy, and the referral
    // goes on to a hire whose follow-ups are the new centre's to make.
    let matches = format!("/api/v1/seekers/{}/matches", world.seeker);
    let found = eventually(INDEX_DEADLINE, || async {
        let (status, found) = azraq_caseworker.get(&matches).await;
        status == StatusCode::OK && found.to_string().contains(&world.vacancy)
    })
    .await;
    assert!(found, "the new centre matches them");
    world.hire_referred(&referral).await;
    let (_, hired) = azraq_caseworker.get(&referral_path).await;
    assert_eq!(hired["follow_ups"].as_array().unwrap().len(), 3, "{hired}");
    assert!(
        world
            .admin
            .audit_actions("seeker", &world.seeker)
            .await
            .contains(&"transfer".to_owned())
    );
}

#[tokio::test]
async fn what_is_not_a_move_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (azraq, azraq_caseworker) = app
        .centre_with_caseworker(&world.admin, "Azraq centre")
        .await;
    // Azraq has a person with the world's person's case reference.
    let mut namesake = seeker_body("ZA-0001");
    namesake["full_name"] = json!("Huda Saleh");
    azraq_caseworker.create("/api/v1/seekers", namesake).await;

    let path = format!("/api/v1/seekers/{}/transfer", world.seeker);
    let (status, _) = world
        .caseworker
        .post(&path, json!({ "centre_id": azraq }))
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "caseworkers do not move people"
    );
    for (body, field_problem) in [
        (json!({}), "is required"),
        (json!({ "centre_id": "not-an-id" }), "is not a valid id"),
        (
            json!({ "centre_id": uuid::Uuid::now_v7().to_string() }),
            "is not a known centre",
        ),
        (
            json!({ "centre_id": world.centre }),
            "is the centre the person is registered at already",
        ),
    ] {
        let (status, answer) = world.admin.post(&path, body.clone()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {answer}");
        assert_eq!(
            answer["error"]["fields"]["centre_id"], field_problem,
            "{answer}"
        );
    }
    let (status, answer) = world
        .admin
        .post(&path, json!({ "centre_id": azraq, "colour": "red" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    // The case reference is Azraq's already.
    let (status, answer) = world.admin.post(&path, json!({ "centre_id": azraq })).await;
    assert_eq!(status, StatusCode::CONFLICT, "{answer}");
    let (status, answer) = world
        .admin
        .post(
            &format!("/api/v1/seekers/{}/transfer", uuid::Uuid::now_v7()),
            json!({ "centre_id": azraq }),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{answer}");
    let (_, person) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{}", world.seeker))
        .await;
    assert_eq!(person["centre_id"], world.centre.as_str(), "nothing moved");
}

#[tokio::test]
async fn an_admin_moves_a_person_from_their_page() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (azraq, _) = app
        .centre_with_caseworker(&world.admin, "Azraq centre")
        .await;
    let admin = Pages::of(&world.admin, "en").await;
    let (_, page) = admin.get(&format!("/seekers/{}", world.seeker)).await;
    assert!(page.contains(&format!(r#"href="/seekers/{}/transfer""#, world.seeker)));
    let caseworker = Pages::of(&world.caseworker, "en").await;
    let (_, page) = caseworker.get(&format!("/seekers/{}", world.seeker)).await;
    assert!(!page.contains("/transfer"), "not offered to a caseworker");
    let (status, _) = caseworker
        .get(&format!("/seekers/{}/transfer", world.seeker))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, page) = admin
        .get(&format!("/seekers/{}/transfer", world.seeker))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(&format!(r#"<option value="{azraq}">Azraq centre</option>"#)),
        "{page}"
    );
    assert!(
        !page.contains(&format!(r#"<option value="{}""#, world.centre)),
        "not its own centre"
    );

    let path = format!("/seekers/{}/transfer", world.seeker);
    let (status, _, page) = admin.post(&path, &[("centre_id", "")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(r#"id="centre_id_error""#), "{page}");
    let (status, location, _) = admin.post(&path, &[("centre_id", &azraq)]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location,
        format!("/seekers/{}?done=transferred", world.seeker)
    );
    let (_, page) = admin.get(&location).await;
    assert!(
        page.contains("The person was moved to their new centre."),
        "{page}"
    );
}
