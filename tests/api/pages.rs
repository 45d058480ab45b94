//! The web pages over plain HTTP: redirects, cookies, the same-origin check on forms,
//! the language preference and the stylesheet. The browser suite drives the same
//! pages in Chromium.

use forsa_domain::Locale;
use forsa_tests::{PASSWORD, TestApp};
use reqwest::{StatusCode, header};

/// A browser-like client that shows redirects instead of following them.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn location(response: &reqwest::Response) -> &str {
    response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn cookie<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix(&format!("{name}=")))
        .and_then(|v| v.split(';').next())
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    browser()
        .post(app.url("/login"))
        .header(header::ORIGIN, app.url(""))
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn home_sends_strangers_and_dead_sessions_to_sign_in() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let response = browser().get(app.url("/")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login");

    // A token that logout has revoked: back to sign-in, told why, cookie cleared.
    let (status, _) = admin
        .post("/api/v1/auth/logout", serde_json::json!({}))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let response = browser()
        .get(app.url("/"))
        .header(header::COOKIE, format!("forsa_session={}", admin.token))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login?session=ended");
    assert_eq!(cookie(&response, "forsa_session"), Some(""));
}

#[tokio::test]
async fn signing_in_sets_the_session_and_language_cookies() {
    let app = TestApp::spawn().await;
    let _admin = app.admin().await;
    let response = sign_in(&app, "admin@forsa.test", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/");
    let session = cookie(&response, "forsa_session")
        .unwrap_or_else(|| panic!("{:?}", response.headers()))
        .to_owned();
    assert!(!session.is_empty());
    assert!(cookie(&response, "forsa_lang").is_some());
    let set_cookie = format!("{:?}", response.headers().get_all(header::SET_COOKIE));
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"));

    let home = browser()
        .get(app.url("/"))
        .header(header::COOKIE, format!("forsa_session={session}"))
        .send()
        .await
        .unwrap();
    assert_eq!(home.status(), StatusCode::OK);
    assert_eq!(home.headers()[header::CACHE_CONTROL], "no-store");
    let body = home.text().await.unwrap();
    assert!(body.contains(r#"href="/users""#), "an admin's navigation");
}

#[tokio::test]
async fn a_wrong_password_shows_the_form_again_in_the_pages_language() {
    let app = TestApp::spawn().await;
    let _admin = app.admin().await;
    let response = browser()
        .post(app.url("/login"))
        .header(header::ORIGIN, app.url(""))
        .header(header::COOKIE, "forsa_lang=ar")
        .form(&[
            ("email", "admin@forsa.test"),
            ("password", "not the password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let body = response.text().await.unwrap();
    assert!(body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(body.contains("البريد الإلكتروني أو كلمة المرور غير صحيحة."));
    assert!(
        body.contains(r#"value="admin@forsa.test""#),
        "the email is kept"
    );
}

#[tokio::test]
async fn too_many_attempts_are_told_on_the_page_with_a_wait() {
    let app = TestApp::spawn().await;
    let _admin = app.admin().await;
    let mut last = None;
    for _ in 0..8 {
        let response = sign_in(&app, "admin@forsa.test", "wrong-password-again").await;
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            last = Some(response);
            break;
        }
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let response = last.expect("the account's limit is reached within eight attempts");
    let wait: u64 = response.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait >= 1);
    let body = response.text().await.unwrap();
    assert!(body.contains(r#"id="login-error""#), "{body}");
    assert!(
        body.contains("Too many attempts") || body.contains("محاولات كثيرة"),
        "{body}"
    );
}

#[tokio::test]
async fn forms_from_another_origin_are_refused() {
    let app = TestApp::spawn().await;
    let _admin = app.admin().await;
    let client = browser();
    for (name, value) in [
        (header::ORIGIN, "http://evil.test".to_owned()),
        (header::REFERER, "http://evil.test/page".to_owned()),
    ] {
        let response = client
            .post(app.url("/login"))
            .header(name, value)
            .form(&[("email", "admin@forsa.test"), ("password", PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        assert!(cookie(&response, "forsa_session").is_none());
    }
    // Neither header: refused too.
    let response = client
        .post(app.url("/language"))
        .form(&[("lang", "en"), ("back", "/login")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // The page's own Referer is enough when Origin is withheld.
    let response = client
        .post(app.url("/language"))
        .header(header::REFERER, app.url("/login"))
        .form(&[("lang", "en"), ("back", "/login")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login");
    assert_eq!(cookie(&response, "forsa_lang"), Some("en"));
}

#[tokio::test]
async fn a_user_sets_their_own_language_and_it_is_audited() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (_, caseworker) = app.centre_with_caseworker(&admin, "Centre L").await;
    let actor = app.service.authenticate(&caseworker.token).await.unwrap();
    let before = app.service.me(&actor).await.unwrap();
    let target = if before.locale == Locale::Ar {
        Locale::En
    } else {
        Locale::Ar
    };
    let user = app.service.set_locale(&actor, target).await.unwrap();
    assert_eq!(user.locale, target);
    assert_eq!(app.service.me(&actor).await.unwrap().locale, target);
    // Changing one's language is not a sign-out.
    assert!(app.service.authenticate(&caseworker.token).await.is_ok());
    let (status, events) = admin
        .get(&format!(
            "/api/v1/audit-events?subject_type=user&subject_id={}",
            user.id
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{events}");
    assert!(events.to_string().contains("update"), "{events}");
}

#[tokio::test]
async fn the_stylesheet_is_cached_for_a_year_and_unknown_pages_are_html() {
    let app = TestApp::spawn().await;
    let response = browser()
        .get(app.url("/static/forsa.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(
        response.headers()[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("max-age=31536000")
    );
    let response = browser().get(app.url("/nowhere")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(
        response.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
}
