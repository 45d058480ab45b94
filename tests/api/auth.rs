use forsa_tests::{PASSWORD, TestApp};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn sign_in_returns_a_token_and_the_user() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (status, me) = admin.get("/api/v1/me").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["email"], "admin@forsa.test");
    assert_eq!(me["role"], "admin");
    assert!(me.get("password_hash").is_none());
}

#[tokio::test]
async fn wrong_passwords_and_unknown_emails_get_the_same_401() {
    let app = TestApp::spawn().await;
    app.admin().await;
    let wrong = app
        .anonymous(
            Method::POST,
            "/api/v1/auth/login",
            Some(json!({"email": "admin@forsa.test", "password": "not-the-password"})),
        )
        .await;
    let unknown = app
        .anonymous(
            Method::POST,
            "/api/v1/auth/login",
            Some(json!({"email": "nobody@forsa.test", "password": "not-the-password"})),
        )
        .await;
    assert_eq!(wrong.0, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong, unknown);
}

#[tokio::test]
async fn logout_ends_the_token_at_once() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (status, _) = admin.post("/api/v1/auth/logout", json!({})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(admin.get("/api/v1/me").await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn disabling_a_user_ends_their_session_at_once() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, me) = world.caseworker.get("/api/v1/me").await;
    let id = me["id"].as_str().unwrap();
    let (status, _) = world
        .admin
        .patch(&format!("/api/v1/users/{id}"), json!({"disabled": true}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        world.caseworker.get("/api/v1/me").await.0,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_tampered_token_is_refused() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    admin.token.push('x');
    assert_eq!(admin.get("/api/v1/me").await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn repeated_failures_are_rate_limited_with_retry_after() {
    let app = TestApp::spawn().await;
    app.admin().await;
    let attempt = json!({"email": "admin@forsa.test", "password": "guess-guess-guess"});
    let mut last = StatusCode::OK;
    for _ in 0..6 {
        last = app
            .anonymous(Method::POST, "/api/v1/auth/login", Some(attempt.clone()))
            .await
            .0;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    let response = reqwest::Client::new()
        .post(app.url("/api/v1/auth/login"))
        .json(&attempt)
        .send()
        .await
        .unwrap();
    assert!(response.headers().get("retry-after").is_some());
    // Even the right password waits until the limit lifts.
    let right = app
        .anonymous(
            Method::POST,
            "/api/v1/auth/login",
            Some(json!({"email": "admin@forsa.test", "password": PASSWORD})),
        )
        .await;
    assert_eq!(right.0, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = TestApp::spawn().await;
    assert_eq!(
        reqwest::get(app.url("/healthz")).await.unwrap().status(),
        StatusCode::OK
    );
    // Ready once the (empty) index is built and following the outbox.
    let ready = forsa_tests::eventually(std::time::Duration::from_secs(10), || async {
        let response = reqwest::get(app.url("/readyz")).await.unwrap();
        response.status() == StatusCode::OK
            && response.text().await.unwrap() == "ready; index lag 0"
    })
    .await;
    assert!(ready, "/readyz never answered ready");
}
