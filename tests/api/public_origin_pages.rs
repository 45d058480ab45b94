//! The same-origin check with and without a configured public origin
//! (`FORSA_PUBLIC_ORIGIN`): when set, forms are accepted from that origin only,
//! whatever `Host` the request names; when not, from the host the request was sent to.

use forsa_tests::{PASSWORD, TestApp};
use reqwest::{StatusCode, header};

/// Posts the sign-in form with these headers; the status.
async fn sign_in(app: &TestApp, headers: &[(header::HeaderName, &str)]) -> StatusCode {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut request = client
        .post(app.url("/login"))
        .form(&[("email", "admin@forsa.test"), ("password", PASSWORD)]);
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    request.send().await.unwrap().status()
}

#[tokio::test]
async fn a_configured_public_origin_is_the_only_one_accepted() {
    let public = "https://jobs.example.org";
    let app = TestApp::spawn_with(|config| config.public_origin = Some(public.into())).await;
    app.admin().await;
    let own = app.url("");
    let own = own.trim_end_matches('/');
    // From the public address: signed in.
    assert_eq!(
        sign_in(&app, &[(header::ORIGIN, public)]).await,
        StatusCode::SEE_OTHER
    );
    let referer = format!("{public}/login");
    assert_eq!(
        sign_in(&app, &[(header::REFERER, &referer)]).await,
        StatusCode::SEE_OTHER
    );
    // The address the request was sent to is no longer enough, nor a Host to match.
    assert_eq!(
        sign_in(&app, &[(header::ORIGIN, own)]).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        sign_in(
            &app,
            &[
                (header::HOST, "evil.test"),
                (header::ORIGIN, "http://evil.test")
            ]
        )
        .await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        sign_in(&app, &[(header::ORIGIN, "http://jobs.example.org")]).await,
        StatusCode::FORBIDDEN,
        "the scheme counts"
    );
    assert_eq!(sign_in(&app, &[]).await, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn without_one_the_requests_own_host_is_trusted_as_before() {
    let app = TestApp::spawn().await;
    app.admin().await;
    let own = app.url("");
    let own = own.trim_end_matches('/');
    assert_eq!(
        sign_in(&app, &[(header::ORIGIN, own)]).await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        sign_in(&app, &[(header::ORIGIN, "https://jobs.example.org")]).await,
        StatusCode::FORBIDDEN
    );
    // What the configured origin guards against: a Host that names the foreign page.
    assert_eq!(
        sign_in(
            &app,
            &[
                (header::HOST, "evil.test"),
                (header::ORIGIN, "http://evil.test")
            ]
        )
        .await,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_public_origin_that_is_not_an_origin_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = forsa_server::Config::new(
        dir.path().to_path_buf(),
        None,
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
    );
    config.public_origin = Some("jobs.example.org/forsa".into());
    let error = forsa_server::Application::build(&config)
        .await
        .err()
        .unwrap();
    assert!(
        format!("{error:#}").contains("FORSA_PUBLIC_ORIGIN"),
        "{error:#}"
    );
}
