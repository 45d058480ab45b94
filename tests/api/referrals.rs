use forsa_tests::TestApp;
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_referral_goes_from_caseworker_to_hire_with_consent_bound_candidate_data() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    // Without a permit the seeker may not take the job: the referral is refused.
    let refer = json!({"seeker_id": world.seeker, "vacancy_id": world.vacancy});
    let (status, error) = world
        .caseworker
        .post("/api/v1/referrals", refer.clone())
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        error["error"]["fields"]["seeker_id"]
            .as_str()
            .unwrap()
            .contains("Flexible construction permit")
    );

    world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{}/permits", world.seeker),
            json!({"permit_type": "flexible_construction", "valid_from": "2026-01-01", "valid_until": "2099-12-31"}),
        )
        .await;
    let referral = world
        .caseworker
        .create("/api/v1/referrals", refer.clone())
        .await;
    let id = referral["id"].as_str().unwrap();
    assert_eq!(referral["stage"], "referred");
    assert_eq!(
        world.caseworker.post("/api/v1/referrals", refer).await.0,
        StatusCode::CONFLICT
    );

    // No consent yet: the employer sees the referral but not the person.
    let (status, seen) = world
        .employer_user
        .get(&format!("/api/v1/referrals/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(seen["candidate"].is_null());
    let consent = world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{}/consents", world.seeker),
            json!({"purpose": "share_with_employers", "method": "spoken"}),
        )
        .await;
    let (_, seen) = world
        .employer_user
        .get(&format!("/api/v1/referrals/{id}"))
        .await;
    assert_eq!(seen["candidate"]["full_name"], "Amal Haddad");
    assert!(seen["candidate"].get("case_reference").is_none());

    // The employer records its side; it needs a reason to reject, and cannot withdraw.
    let path = format!("/api/v1/referrals/{id}");
    assert_eq!(
        world
            .employer_user
            .patch(&path, json!({"stage": "withdrawn", "reason": "x"}))
            .await
            .0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        world
            .employer_user
            .patch(&path, json!({"stage": "rejected"}))
            .await
            .0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    for stage in ["interview", "offered", "hired"] {
        let (status, moved) = world
            .employer_user
            .patch(&path, json!({"stage": stage}))
            .await;
        assert_eq!(status, StatusCode::OK, "{moved}");
    }
    let (_, done) = world.caseworker.get(&path).await;
    assert_eq!(done["stage"], "hired");
    assert_eq!(done["history"].as_array().unwrap().len(), 4);
    assert_eq!(done["follow_ups"].as_array().unwrap().len(), 3);

    // Withdrawn consent hides the candidate again.
    let consent_id = consent["id"].as_str().unwrap();
    assert_eq!(
        world
            .caseworker
            .delete(&format!("/api/v1/consents/{consent_id}"))
            .await
            .0,
        StatusCode::OK
    );
    let (_, seen) = world.employer_user.get(&path).await;
    assert!(seen["candidate"].is_null());
}
