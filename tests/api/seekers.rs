use forsa_tests::{TestApp, seeker_body};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_caseworker_registers_and_reads_a_seeker() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (status, seeker) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{}", world.seeker))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seeker["full_name"], "Amal Haddad");
    assert_eq!(seeker["centre_id"], world.centre.as_str());
    assert_eq!(seeker["occupations"][0]["isco"], "7115");
}

#[tokio::test]
async fn invalid_values_get_a_message_per_field_and_change_nothing() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut body = seeker_body("ZA-0002");
    body["occupations"] = json!([{"isco": "9999", "years": 1}]);
    body["nationality"] = json!("Syria");
    body["location"] = json!("JO-XX");
    let (status, error) = world.caseworker.post("/api/v1/seekers", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error["error"]["fields"]["nationality"].is_string());
    let (_, list) = world.caseworker.get("/api/v1/seekers").await;
    assert_eq!(list["total"], 1);

    // Unknown codes are caught once the format is right.
    let mut body = seeker_body("ZA-0002");
    body["occupations"] = json!([{"isco": "9999", "years": 1}]);
    body["location"] = json!("JO-XX");
    let (status, error) = world.caseworker.post("/api/v1/seekers", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        error["error"]["fields"]["occupations[0].isco"],
        "9999 is not an ISCO-08 occupation"
    );
    assert_eq!(
        error["error"]["fields"]["location"],
        "JO-XX is not a known location"
    );
}

#[tokio::test]
async fn malformed_json_is_a_400_and_unknown_fields_a_422() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let response = reqwest::Client::new()
        .post(app.url("/api/v1/seekers"))
        .bearer_auth(&world.caseworker.token)
        .header("content-type", "application/json")
        .body("{\"full_name\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let mut body = seeker_body("ZA-0003");
    body["favourite_colour"] = json!("green");
    let (status, error) = world.caseworker.post("/api/v1/seekers", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error["error"]["fields"]["favourite_colour"].is_string());
}

#[tokio::test]
async fn a_case_reference_is_unique_within_a_centre() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (status, _) = world
        .caseworker
        .post("/api/v1/seekers", seeker_body("ZA-0001"))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Another centre may use the same reference.
    let (_, other) = app.centre_with_caseworker(&world.admin, "Centre B").await;
    let (status, _) = other.post("/api/v1/seekers", seeker_body("ZA-0001")).await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_stale_edit_is_refused() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let path = format!("/api/v1/seekers/{}", world.seeker);
    let (status, edited) = world
        .caseworker
        .patch(&path, json!({"phone": "0791234567", "version": 1}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(edited["version"], 2);
    let (status, _) = world
        .caseworker
        .patch(&path, json!({"phone": "0797654321", "version": 1}))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_permit_cannot_end_before_it_starts() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (status, error) = world
        .caseworker
        .post(
            &format!("/api/v1/seekers/{}/permits", world.seeker),
            json!({"permit_type": "flexible_construction", "valid_from": "2026-06-01", "valid_until": "2026-01-01"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        error["error"]["fields"]["valid_until"],
        "must not be before the start date"
    );
}

#[tokio::test]
async fn every_read_and_change_of_a_seeker_is_audited_without_personal_data() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world
        .caseworker
        .get(&format!("/api/v1/seekers/{}", world.seeker))
        .await;
    world
        .caseworker
        .patch(
            &format!("/api/v1/seekers/{}", world.seeker),
            json!({"phone": "0791234567"}),
        )
        .await;
    let events = world.seeker_audit_events(&world.seeker).await;
    let actions: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"create") && actions.contains(&"read") && actions.contains(&"update"),
        "{actions:?}"
    );
    let text = events.to_string();
    assert!(!text.contains("Amal") && !text.contains("0791234567"));
}

#[tokio::test]
async fn vacancies_below_the_minimum_wage_or_closing_in_the_past_are_refused() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut body = forsa_tests::vacancy_body("F", "7115");
    body["wage"] = json!({"min": 200, "period": "monthly"});
    body["closing_date"] = json!("2020-01-01");
    let (status, error) = world.employer_user.post("/api/v1/vacancies", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        error["error"]["fields"]["wage.min"],
        "must be at least the minimum wage of JD 290 per month"
    );
    assert_eq!(
        error["error"]["fields"]["closing_date"],
        "must not be in the past"
    );
}
