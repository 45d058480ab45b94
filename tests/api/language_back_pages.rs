//! The language switch after a refused form: every form page's layout carries the
//! form's own page (an address that answers GET), never the POST-only address the
//! form was sent to, so switching language does not end on a 405.

use forsa_tests::{Pages, TestApp};
use reqwest::StatusCode;

/// The `back` field of the layout's language switch.
fn back(page: &str) -> String {
    page.split(r#"name="back" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// Who posts, to where, a form that is refused, and the page the form belongs to.
type Case<'p, 'a> = (
    &'p Pages<'a>,
    String,
    Vec<(&'static str, &'static str)>,
    String,
);

#[tokio::test]
async fn after_a_refused_post_the_language_switch_returns_to_the_forms_page() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let seeker = world.seeker.as_str();
    let vacancy = world.vacancy.as_str();
    let employer = world.employer.as_str();
    let own = app
        .service
        .authenticate(&world.admin.token)
        .await
        .unwrap()
        .user_id
        .to_string();
    let caseworker = Pages::of(&world.caseworker, "en").await;
    let admin = Pages::of(&world.admin, "ar").await;
    let cases: Vec<Case<'_, '_>> = vec![
        (
            &caseworker,
            "/seekers".into(),
            vec![],
            "/seekers/new".into(),
        ),
        (
            &caseworker,
            format!("/seekers/{seeker}/edit"),
            vec![("birth_year", "abc")],
            format!("/seekers/{seeker}/edit"),
        ),
        (
            &caseworker,
            format!("/seekers/{seeker}/permits"),
            vec![("permit_type", "")],
            format!("/seekers/{seeker}"),
        ),
        (
            &caseworker,
            "/vacancies".into(),
            vec![],
            "/vacancies/new".into(),
        ),
        (
            &caseworker,
            format!("/vacancies/{vacancy}"),
            vec![("wage_min", "1")],
            format!("/vacancies/{vacancy}/edit"),
        ),
        (
            &caseworker,
            "/employers".into(),
            vec![],
            "/employers/new".into(),
        ),
        (
            &caseworker,
            format!("/employers/{employer}"),
            vec![("name", "")],
            format!("/employers/{employer}/edit"),
        ),
        (&admin, "/users".into(), vec![], "/users/new".into()),
        (
            &admin,
            format!("/users/{own}/disabled"),
            vec![("disabled", "yes")],
            "/users".into(),
        ),
        (&admin, "/centres".into(), vec![], "/centres".into()),
        (
            &admin,
            "/rules/minimum-wage".into(),
            vec![("monthly", "lots")],
            "/rules".into(),
        ),
        (
            &admin,
            format!("/users/{own}/password"),
            vec![("password", "short")],
            format!("/users/{own}/password"),
        ),
    ];
    for (pages, posted, form, expected) in cases {
        let (status, _, page) = pages.post(&posted, &form).await;
        assert!(
            status.is_client_error(),
            "{posted} refused the form: {status} {page}"
        );
        let back = back(&page);
        assert_eq!(back, expected, "{posted}");
        let (status, _) = pages.get(&back).await;
        assert_eq!(status, StatusCode::OK, "{posted} -> {back}");
        let (status, location, _) = pages
            .post("/language", &[("lang", "en"), ("back", back.as_str())])
            .await;
        assert_eq!(
            (status, location.as_str()),
            (StatusCode::SEE_OTHER, back.as_str())
        );
    }

    // A list page keeps its filter through the switch.
    let (_, page) = caseworker.get("/vacancies?status=open&sector=F").await;
    assert_eq!(back(&page), "/vacancies?status=open&sector=F");
}

/// The switch's `back` as a browser could be made to send it: only a plain path of
/// this site is followed; anything else (another site, a control character, a tab
/// that a browser would drop to make `//evil.example`) goes home, never a 500.
#[tokio::test]
async fn the_switch_returns_only_to_a_plain_path_of_this_site() {
    let app = TestApp::spawn().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let own = app.url("");
    let cases = [
        ("/seekers?q=%D8%A3&page=2", "/seekers?q=%D8%A3&page=2"),
        ("/login", "/login"),
        // Percent-encoded, a line break is harmless text in a path.
        ("/%0D%0ASet-Cookie:%20x=1", "/%0D%0ASet-Cookie:%20x=1"),
        ("/\r\nSet-Cookie: x=1", "/"),
        ("/\0", "/"),
        ("/\u{7f}", "/"),
        ("/\t/evil.example", "/"),
        ("//evil.example", "/"),
        ("/\\evil.example", "/"),
        ("https://evil.example/", "/"),
        ("", "/"),
    ];
    for (back, expected) in cases {
        let response = client
            .post(app.url("/language"))
            .header(reqwest::header::ORIGIN, own.trim_end_matches('/'))
            .form(&[("lang", "en"), ("back", back)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{back:?}");
        assert_eq!(
            response.headers()[reqwest::header::LOCATION],
            expected,
            "{back:?}"
        );
    }
}
