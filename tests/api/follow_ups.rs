//! Recording a follow-up after a hire over the API: the outcome and a short note,
//! once; only the centre's staff; audited without what was said.

use forsa_tests::{TestApp, centre_today};
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

    // A month before it is due, a check-in cannot be marked done without saying
    // it is early.
    let due_on = follow_ups[0]["due_on"].as_str().unwrap().to_owned();
    let (status, error) = world
        .caseworker
        .patch(&path, json!({"outcome": "still_employed"}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let said = error["error"]["fields"]["early"].as_str().unwrap();
    assert!(said.contains(&format!("not due until {due_on}")), "{error}");
    let (status, error) = world
        .caseworker
        .patch(&path, json!({"outcome": "still_employed", "early": "yes"}))
        .await;
    assert!(status.is_client_error(), "{error}");
    assert!(hired(&world).await["follow_ups"][0]["done_at"].is_null());
    // The month passes: it falls due today.
    app.move_follow_up(&due_on, centre_today()).await;

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

    // An admin may record one too, months early when the outcome is known (saying
    // so); a note is optional.
    let second = referral["follow_ups"][1]["id"].as_str().unwrap();
    let (status, done) = world
        .admin
        .patch(
            &format!("/api/v1/follow-ups/{second}"),
            json!({"outcome": "left_job", "early": true}),
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

/// The follow-ups a caseworker must make, as a list to work through: those due by a
/// day, those recorded, every centre's for an admin, none for an employer.
#[tokio::test]
async fn a_caseworker_lists_the_follow_ups_due_and_those_done() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, caseworker_b) = app.centre_with_caseworker(&world.admin, "Centre B").await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let referral = hired(&world).await;
    let planned: Vec<String> = referral["follow_ups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["due_on"].as_str().unwrap().to_owned())
        .collect();
    // A month passes: the first check-in falls due yesterday.
    let today = centre_today();
    let yesterday = today.pred_opt().unwrap();
    app.move_follow_up(&planned[0], yesterday).await;
    let tomorrow = today.succ_opt().unwrap();

    let (status, due) = world
        .caseworker
        .get(&format!("/api/v1/follow-ups?due_before={tomorrow}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{due}");
    assert_eq!(due["total"], 1, "{due}");
    let first = &due["items"][0];
    assert_eq!(first["due_on"], yesterday.to_string());
    assert_eq!(first["seeker"]["full_name"], "Amal Haddad");
    assert_eq!(first["seeker"]["id"], world.seeker.as_str());
    assert_eq!(first["referral_id"], referral["id"]);
    assert_eq!(first["vacancy_id"], world.vacancy.as_str());
    assert!(first["done_at"].is_null() && first["outcome"].is_null());

    // Every open one, earliest first; paged.
    let (_, open) = world.caseworker.get("/api/v1/follow-ups").await;
    let days: Vec<&str> = open["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["due_on"].as_str().unwrap())
        .collect();
    assert_eq!(days, [&yesterday.to_string(), &planned[1], &planned[2]]);
    let (_, second) = world
        .caseworker
        .get("/api/v1/follow-ups?per_page=1&page=2")
        .await;
    assert_eq!(second["total"], 3);
    assert_eq!(second["items"][0]["due_on"], planned[1].as_str());

    // Recorded, it leaves the open list and joins the done one.
    let id = first["id"].as_str().unwrap();
    let (status, _) = world
        .caseworker
        .patch(
            &format!("/api/v1/follow-ups/{id}"),
            json!({"outcome": "still_employed"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, due) = world
        .caseworker
        .get(&format!("/api/v1/follow-ups?due_before={tomorrow}"))
        .await;
    assert_eq!(due["total"], 0, "{due}");
    let (_, done) = world.caseworker.get("/api/v1/follow-ups?status=done").await;
    assert_eq!(done["total"], 1, "{done}");
    assert_eq!(done["items"][0]["outcome"], "still_employed");
    assert!(done["items"][0]["done_at"].is_string());
    let (_, all) = world.caseworker.get("/api/v1/follow-ups?status=all").await;
    assert_eq!(all["total"], 3);

    // Another centre sees none of them; an admin sees every centre's; an employer
    // none at all; nobody without signing in.
    let (status, theirs) = caseworker_b.get("/api/v1/follow-ups?status=all").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(theirs["total"], 0, "{theirs}");
    let (_, every) = world.admin.get("/api/v1/follow-ups?status=all").await;
    assert_eq!(every["total"], 3);
    let (status, _) = world.employer_user.get("/api/v1/follow-ups").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .anonymous(reqwest::Method::GET, "/api/v1/follow-ups", None)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Listing names people: each is recorded as read.
    let audit = world.seeker_audit_events(&world.seeker).await;
    assert!(audit.to_string().contains("\"list\""), "{audit}");

    // Bad values are named, each by its parameter.
    for (query, field) in [
        ("due_before=tomorrow", "due_before"),
        ("due_before=2026-02-30", "due_before"),
        ("status=pending", "status"),
        ("page=0", "page"),
        ("page=18446744073709551615", "page"),
        ("per_page=1000", "per_page"),
        ("due_befor=2026-01-01", "due_befor"),
    ] {
        let (status, error) = world
            .caseworker
            .get(&format!("/api/v1/follow-ups?{query}"))
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}: {error}");
        assert!(
            error["error"]["fields"][field].is_string(),
            "{query}: {error}"
        );
    }
}
