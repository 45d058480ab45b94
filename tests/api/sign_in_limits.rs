//! Wrong passwords slow down the address they come from, for that account, without
//! keeping the account's owner out; successful sign-ins never count.

use std::net::{IpAddr, Ipv4Addr};

use forsa_tests::{PASSWORD, TestApp};
use reqwest::StatusCode;
use serde_json::json;

/// Signs in from `address` (any of 127.0.0.0/8 reaches the server on 127.0.0.1).
async fn sign_in(app: &TestApp, from: [u8; 4], password: &str) -> StatusCode {
    let client = reqwest::Client::builder()
        .local_address(IpAddr::V4(Ipv4Addr::from(from)))
        .build()
        .unwrap();
    client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({"email": "admin@forsa.test", "password": password}))
        .send()
        .await
        .unwrap()
        .status()
}

const ATTACKER: [u8; 4] = [127, 0, 0, 7];
const OWNER: [u8; 4] = [127, 0, 0, 8];

#[tokio::test]
async fn someone_who_knows_the_email_cannot_keep_its_owner_out() {
    let app = TestApp::spawn().await;
    app.admin().await;
    for _ in 0..5 {
        assert_eq!(
            sign_in(&app, ATTACKER, "guess-guess-guess").await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        sign_in(&app, ATTACKER, "guess-guess-guess").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // The attacker waits, even with the right password...
    assert_eq!(
        sign_in(&app, ATTACKER, PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // ...while the owner, from an address that has not failed, signs in.
    assert_eq!(sign_in(&app, OWNER, PASSWORD).await, StatusCode::OK);
    assert_eq!(sign_in(&app, OWNER, PASSWORD).await, StatusCode::OK);
}

#[tokio::test]
async fn successful_sign_ins_do_not_count_against_the_limit() {
    let app = TestApp::spawn().await;
    app.admin().await;
    for _ in 0..12 {
        assert_eq!(sign_in(&app, OWNER, PASSWORD).await, StatusCode::OK);
    }
    // A typo or four, and the right password still goes through.
    for _ in 0..4 {
        assert_eq!(
            sign_in(&app, OWNER, "olive-tree-window-24").await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(sign_in(&app, OWNER, PASSWORD).await, StatusCode::OK);
    // The success forgave them: four more typos are not yet a wait.
    for _ in 0..4 {
        assert_eq!(
            sign_in(&app, OWNER, "olive-tree-window-24").await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(sign_in(&app, OWNER, PASSWORD).await, StatusCode::OK);
}
