//! An admin cannot disable their own account (the centre would lose its admin): the
//! users page does not offer it, refuses it when posted anyway, and so does the API.

use forsa_tests::{Pages, TestApp};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn an_admin_cannot_disable_their_own_account() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let own = app
        .service
        .authenticate(&admin.token)
        .await
        .unwrap()
        .user_id;
    for (lang, said, note) in [
        (
            "en",
            "You cannot disable your own account: the centre could be left without an admin. Ask another admin to do it.",
            "This is your own account: another admin can disable it.",
        ),
        (
            "ar",
            "لا يمكنك تعطيل حسابك بنفسك، فقد يبقى المركز بلا مسؤول. اطلب ذلك من مسؤول آخر.",
            "هذا حسابك: يمكن لمسؤول آخر تعطيله.",
        ),
    ] {
        let pages = Pages::of(&admin, lang).await;
        let (_, page) = pages.get("/users").await;
        assert!(
            !page.contains(&format!(r#"action="/users/{own}/disabled""#)),
            "{page}"
        );
        assert!(page.contains(note), "{page}");

        let (status, _, page) = pages
            .post(&format!("/users/{own}/disabled"), &[("disabled", "yes")])
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(
            page.contains(&format!(r#"<p class="error" role="alert">{said}</p>"#)),
            "{page}"
        );
    }

    let (status, body) = admin
        .patch(&format!("/api/v1/users/{own}"), json!({"disabled": true}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body["error"]["fields"]["disabled"].is_string(), "{body}");
    // Still signed in, still an admin.
    let (status, _) = admin.get("/api/v1/users").await;
    assert_eq!(status, StatusCode::OK);
    // Other changes to one's own account still go through.
    let (status, body) = admin
        .patch(
            &format!("/api/v1/users/{own}"),
            json!({"name": "Head admin"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}
