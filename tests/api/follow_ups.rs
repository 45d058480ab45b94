//! Recording a follow-up after a hire over the API: the outcome and a short note,
//! once; only the centre's staff; audited without what was said.

use forsa_tests::TestApp;
use reqwest::StatusCode;
use serde_json::{Value, json};

/// The hire's referral as the caseworker sees it.
async fn hired(world: &forsa_tests::World<'_>) -> Value {
    let (_, list) = world.caseworker.get("/api/v1/referrals?stage=hired").await;
    let id = list["items"][0]["id"].as_str().unwrap().to_owned();
    let (status, referral) = world
        .caseworker
        .get(&format!("/api/v1/referrals/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{referral}");
    referral
}

#[tokio::test]
async fn a_caseworker_records_a_follow_up_once_with_its_outcome_and_note() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let referral = hired(&world).await;
    let follow_ups = referral["follow_ups"].as_array().unwrap();
    assert_eq!(follow_ups.len(), 3);
    assert!(follow_ups.iter().all(|f| f["done_at"].is_null()));
    let first = follow_ups[0]["id"].as_str().unwrap();
    let path = format!("/api/v1/follow-ups/{first}");

    // Bad values: each problem by its field, nothing recorded.
    let (status, error) = world
        .caseworker
        .patch(&path, json!({"outcome": "fine", "note": "x".repeat(501)}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let fields = &error["error"]["fields"];
    assert!(
        fields["outcome"]
            .as_str()
            .unwrap()
            .contains("still_employed"),
        "{error}"
    );
    assert!(
        fields["note"].as_str().unwrap().contains("at most 500"),
        "{error}"
    );
    let (status, error) = world.caseworker.patch(&path, json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["error"]["fields"]["outcome"], "is required");
    let (status, _) = world
        .caseworker
        .patch(&path, json!({"outcome": "left_job", "extra": 1}))
        .await;
    assert!(status.is_client_error(), "unknown fields are refused");
    assert!(hired(&world).await["follow_ups"][0]["done_at"].is_null());

    // Recorded: done, with its outcome and note.
    let (status, done) = world
        .caseworker
        .patch(
            &path,
            json!({"outcome": "still_employed", "note": "Happy with the site; asks about a night shift."}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["id"], first);
    assert_eq!(done["outcome"], "still_employed");
    assert_eq!(
        done["note"],
        "Happy with the site; asks about a night shift."
    );
    assert!(done["done_at"].is_string(), "{done}");
    let referral = hired(&world).await;
    assert_eq!(referral["follow_ups"][0]["outcome"], "still_employed");
    assert!(referral["follow_ups"][1]["done_at"].is_null());

    // Twice: refused, and what was recorded stays.
    let (status, error) = world
        .caseworker
        .patch(&path, json!({"outcome": "left_job"}))
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("already recorded"),
        "{error}"
    );
    assert_eq!(
        hired(&world).await["follow_ups"][0]["outcome"],
        "still_employed"
    );

    // An admin may record one too; a note is optional.
    let second = referral["follow_ups"][1]["id"].as_str().unwrap();
    let (status, done) = world
        .admin
        .patch(
            &format!("/api/v1/follow-ups/{second}"),
            json!({"outcome": "not_reached"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert!(done["note"].is_null());

    // Audited as a change to the referral, without the outcome or the note.
    let referral_id = referral["id"].as_str().unwrap();
    let (_, audit) = world
        .admin
        .get(&format!(
            "/api/v1/audit-events?subject_type=referral&subject_id={referral_id}&per_page=100"
        ))
        .await;
    let text = audit.to_string();
    let updates = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "update")
        .count();
    // Three moves to the hire, two follow-ups.
    assert_eq!(updates, 5, "{audit}");
    assert!(!text.contains("night shift"), "{audit}");
    assert!(!text.contains("still_employed"), "{audit}");
}

#[tokio::test]
async fn only_the_centres_staff_record_follow_ups_and_employers_never_see_them() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, caseworker_b) = app.centre_with_caseworker(&world.admin, "Centre B").await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let referral = hired(&world).await;
    let first = referral["follow_ups"][0]["id"].as_str().unwrap();
    let path = format!("/api/v1/follow-ups/{first}");
    let body = json!({"outcome": "still_employed"});

    let (status, _) = world.employer_user.patch(&path, body.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Another centre learns nothing of this one's records.
    let (status, _) = caseworker_b.patch(&path, body.clone()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .anonymous(reqwest::Method::PATCH, &path, Some(body.clone()))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    for unknown in [
        "/api/v1/follow-ups/not-an-id".to_owned(),
        format!("/api/v1/follow-ups/{}", uuid_like()),
    ] {
        let (status, _) = world.caseworker.patch(&unknown, body.clone()).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{unknown}");
    }
    assert!(hired(&world).await["follow_ups"][0]["done_at"].is_null());

    // The employer's view of the hire carries none of the centre's follow-ups.
    let id = referral["id"].as_str().unwrap();
    let (_, seen) = world
        .employer_user
        .get(&format!("/api/v1/referrals/{id}"))
        .await;
    assert_eq!(seen["follow_ups"], json!([]), "{seen}");
    assert_eq!(seen["shared_with_employer"], true);
}

/// A well-formed id that names no follow-up.
fn uuid_like() -> &'static str {
    "01930000-0000-7000-8000-000000000000"
}
