//! The queue of people registered although alike to an earlier record: a caseworker
//! sees their own centre's pairs, an admin every centre's; each is decided as two
//! people or merged from the page, and leaves the queue; the decision is audited.

use forsa_tests::{Pages, TestApp, seeker_body};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_pair_registered_anyway_waits_in_the_queue_until_decided() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, azraq) = app
        .centre_with_caseworker(&world.admin, "Azraq centre")
        .await;
    // The world's Amal Haddad and a namesake registered with a reason at the same
    // centre; and one at Azraq, alike to her too.
    let mut namesake = seeker_body("ZA-0777");
    namesake["duplicate_reason"] = json!("Her cousin, born the same year");
    let namesake = world.caseworker.create("/api/v1/seekers", namesake).await;
    let namesake = namesake["id"].as_str().unwrap().to_owned();
    let mut elsewhere = seeker_body("AZ-0777");
    elsewhere["duplicate_reason"] = json!("Another Amal Haddad");
    azraq.create("/api/v1/seekers", elsewhere).await;

    let (status, pairs) = world.caseworker.get("/api/v1/duplicates").await;
    assert_eq!(status, StatusCode::OK);
    let pairs = pairs.as_array().unwrap();
    assert_eq!(pairs.len(), 1, "only the centre's own pair: {pairs:?}");
    assert_eq!(pairs[0]["seeker"]["id"], namesake.as_str());
    assert_eq!(pairs[0]["other"]["id"], world.seeker.as_str());
    assert_eq!(pairs[0]["reason"], "Her cousin, born the same year");
    let (_, all) = world.admin.get("/api/v1/duplicates").await;
    // Azraq's Amal Haddad is alike to both of Centre A's.
    assert_eq!(
        all.as_array().unwrap().len(),
        3,
        "an admin sees every centre's"
    );
    let (_, azraq_pairs) = azraq.get("/api/v1/duplicates").await;
    assert_eq!(
        azraq_pairs,
        json!([]),
        "Azraq's person is alike to another centre's"
    );

    let pages = Pages::of(&world.caseworker, "en").await;
    let (status, page) = pages.get("/duplicates").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Her cousin, born the same year") && page.contains("ZA-0777"),
        "{page}"
    );
    let pair = pairs[0]["id"].as_str().unwrap();
    let (status, location, _) = pages
        .post(&format!("/duplicates/{pair}/different"), &[])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, page) = pages.get(&location).await;
    assert!(page.contains("Marked as two different people."), "{page}");
    assert!(page.contains(r#"id="no-duplicates""#), "{page}");
    assert!(
        world
            .admin
            .audit_actions("seeker", &namesake)
            .await
            .contains(&"not_duplicate".to_owned())
    );
    // Decided once: a second decision finds nothing to decide.
    let (status, _) = world
        .caseworker
        .post(&format!("/api/v1/duplicates/{pair}/different"), json!({}))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn one_person_is_merged_from_the_queue_with_a_reason() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut again = seeker_body("ZA-0888");
    again["full_name"] = json!("أمل حداد");
    again["duplicate_reason"] = json!("Not sure: she gave another case number");
    let again = world.caseworker.create("/api/v1/seekers", again).await;
    let again = again["id"].as_str().unwrap().to_owned();
    let (_, pairs) = world.caseworker.get("/api/v1/duplicates").await;
    let pair = pairs[0]["id"].as_str().unwrap().to_owned();

    let pages = Pages::of(&world.caseworker, "ar").await;
    let merge = format!("/seekers/{again}/merge");
    let (status, _, page) = pages
        .post(
            &merge,
            &[("into", &world.seeker), ("pair", &pair), ("reason", " ")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains(&format!(r#"id="reason-{pair}_error""#)),
        "{page}"
    );
    let (status, location, _) = pages
        .post(
            &merge,
            &[
                ("into", &world.seeker),
                ("pair", &pair),
                ("reason", "نفس رقم المفوضية"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location, format!("/seekers/{}?done=merged", world.seeker));
    let (_, page) = pages.get(&location).await;
    assert!(page.contains("دُمج السجلان في هذا السجل."), "{page}");
    let (_, pairs) = world.caseworker.get("/api/v1/duplicates").await;
    assert_eq!(pairs, json!([]), "the merge decided the pair");
}

#[tokio::test]
async fn a_look_through_every_record_queues_the_pairs_never_found_before_once() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    // Three alike records from before the check at registration (their flags are
    // taken away, as if they had never been made), and a fourth decided to be
    // someone else.
    for reference in ["ZA-0801", "ZA-0802", "ZA-0803"] {
        world
            .caseworker
            .create("/api/v1/seekers", seeker_body(reference))
            .await;
    }
    app.sql("DELETE FROM duplicate_flags").await;
    let (_, queue) = world.admin.get("/api/v1/duplicates").await;
    assert_eq!(queue, json!([]));

    app.command(&["find-duplicates"]).await;
    let (_, queue) = world.admin.get("/api/v1/duplicates").await;
    let pairs = queue.as_array().unwrap();
    // Four Amal Haddads: each pair once, from the later record's side.
    assert_eq!(pairs.len(), 6, "{queue}");
    assert!(pairs.iter().all(|pair| pair["reason"].is_null()));
    let (_, page) = Pages::of(&world.caseworker, "en")
        .await
        .get("/duplicates")
        .await;
    assert!(
        page.contains("Found alike by a look through every record"),
        "{page}"
    );

    // Decided pairs stay decided; a second look adds nothing.
    let pair = pairs[0]["id"].as_str().unwrap();
    let (status, _) = world
        .caseworker
        .post(&format!("/api/v1/duplicates/{pair}/different"), json!({}))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    app.command(&["find-duplicates"]).await;
    let (_, queue) = world.admin.get("/api/v1/duplicates").await;
    assert_eq!(queue.as_array().unwrap().len(), 5, "{queue}");
}
