//! What every answer carries (security headers, `no-store` where personal data may
//! be), the session cookie's `Secure` flag behind https, and the same-origin rule for
//! API writes carried by the session cookie alone.

use forsa_tests::{PASSWORD, TestApp};
use reqwest::{StatusCode, header};
use sha2::{Digest, Sha256};

fn has(response: &reqwest::Response, name: header::HeaderName, value: &str) -> bool {
    response
        .headers()
        .get(&name)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == value)
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    // (address, signed in, whether it may be cached)
    let answers = [
        ("/api/v1/me", true, false),
        ("/api/v1/seekers", true, false),
        ("/api/v1/no-such-thing", false, false),
        ("/api/v1/openapi.json", false, false),
        ("/login", false, false),
        ("/", true, false),
        ("/seekers", true, false),
        ("/no-such-page", false, false),
        ("/healthz", false, false),
        ("/kiosk", false, true),
        ("/kiosk/feed.json", false, true),
        ("/static/forsa.css", false, true),
    ];
    for (path, signed_in, cacheable) in answers {
        let mut request = client.get(app.url(path));
        if signed_in {
            request = request.header(header::COOKIE, format!("forsa_session={}", admin.token));
        }
        let response = request.send().await.unwrap();
        assert!(
            response.status() != StatusCode::INTERNAL_SERVER_ERROR,
            "{path}"
        );
        let policy = response.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            policy.contains("default-src 'self'")
                && policy.contains("script-src 'self';")
                && policy.contains("frame-ancestors 'none'")
                && !policy.contains("unsafe-inline"),
            "{path}: {policy}"
        );
        assert!(
            has(&response, header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            "{path}"
        );
        assert!(has(&response, header::X_FRAME_OPTIONS, "DENY"), "{path}");
        assert!(
            has(&response, header::REFERRER_POLICY, "same-origin"),
            "{path}"
        );
        let cache = response.headers()[header::CACHE_CONTROL].to_str().unwrap();
        assert_eq!(cache == "no-store", !cacheable, "{path}: {cache}");
    }
}

/// The policy allows the kiosk's inline stylesheet (and nothing else inline) by its
/// hash: the hash of what the page actually carries.
#[tokio::test]
async fn the_kiosks_inline_stylesheet_is_allowed_by_its_hash() {
    let app = TestApp::spawn().await;
    for path in ["/kiosk", "/no-such-page"] {
        let response = reqwest::get(app.url(path)).await.unwrap();
        let policy = response.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_owned();
        let page = response.text().await.unwrap();
        let style = page
            .split("<style>")
            .nth(1)
            .and_then(|rest| rest.split("</style>").next())
            .unwrap();
        use base64::Engine;
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style));
        assert!(
            policy.contains(&format!("'sha256-{hash}'")),
            "{path}: {policy}"
        );
        assert!(!page.contains("<script>"), "{path} has an inline script");
    }
}

/// A sign-in through the API and through the page; the `Set-Cookie` of each.
async fn session_cookies(app: &TestApp, origin: &str) -> Vec<String> {
    app.admin().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let api = client
        .post(app.url("/api/v1/auth/login"))
        .json(&serde_json::json!({"email": "admin@forsa.test", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let page = client
        .post(app.url("/login"))
        .header(header::ORIGIN, origin)
        .form(&[("email", "admin@forsa.test"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::SEE_OTHER);
    [api, page]
        .iter()
        .flat_map(|response| response.headers().get_all(header::SET_COOKIE))
        .map(|value| value.to_str().unwrap().to_owned())
        .filter(|cookie| cookie.starts_with("forsa_session="))
        .collect()
}

#[tokio::test]
async fn the_session_cookie_is_secure_behind_https() {
    let public = "https://jobs.example.org";
    let app = TestApp::spawn_with(|config| config.public_origin = Some(public.into())).await;
    let cookies = session_cookies(&app, public).await;
    assert_eq!(cookies.len(), 2);
    for cookie in cookies {
        assert!(cookie.contains("; Secure"), "{cookie}");
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    }
    // Plain http on a laptop: a Secure cookie would never come back.
    let app = TestApp::spawn().await;
    let own = app.url("");
    for cookie in session_cookies(&app, own.trim_end_matches('/')).await {
        assert!(!cookie.contains("Secure"), "{cookie}");
    }
}

#[tokio::test]
async fn an_api_write_carried_by_the_cookie_alone_must_come_from_this_site() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let client = reqwest::Client::new();
    let cookie = format!("forsa_session={}", admin.token);
    let logout = |origin: Option<&'static str>| {
        let mut request = client
            .post(app.url("/api/v1/auth/logout"))
            .header(header::COOKIE, &cookie);
        if let Some(origin) = origin {
            request = request.header(header::ORIGIN, origin);
        }
        request.send()
    };
    for foreign in [Some("http://evil.test"), Some("null"), None] {
        let response = logout(foreign).await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{foreign:?}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], "forbidden");
    }
    // Still signed in: the cross-site request changed nothing.
    assert_eq!(admin.get("/api/v1/me").await.0, StatusCode::OK);
    // Reading with the cookie needs no Origin; a program's Bearer token needs none
    // to write.
    let me = client
        .get(app.url("/api/v1/me"))
        .header(header::COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::OK);
    let own = app.url("");
    let response = client
        .post(app.url("/api/v1/auth/logout"))
        .header(header::COOKIE, &cookie)
        .header(header::ORIGIN, own.trim_end_matches('/'))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let admin = app.login("admin@forsa.test", PASSWORD).await;
    let response = client
        .post(app.url("/api/v1/auth/logout"))
        .bearer_auth(&admin.token)
        .header(header::ORIGIN, "http://evil.test")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
}
