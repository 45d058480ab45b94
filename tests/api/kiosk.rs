//! The kiosk over real HTTP: its page in three languages, the compact list of open
//! vacancies with nothing personal in it, QR codes, compression where it is safe, and
//! the weight of a first visit.

use forsa_server::demo;
use forsa_tests::{INDEX_DEADLINE, TestApp, eventually, vacancy_body};
use reqwest::{StatusCode, header};
use serde_json::{Value, json};

/// A client that sends what it is told and decompresses nothing, so that the bytes
/// counted are the bytes sent.
fn raw_client() -> reqwest::Client {
    reqwest::Client::new()
}

async fn get(app: &TestApp, path: &str, encoding: Option<&str>) -> reqwest::Response {
    let mut request = raw_client().get(app.url(path));
    if let Some(encoding) = encoding {
        request = request.header(header::ACCEPT_ENCODING, encoding);
    }
    request.send().await.unwrap()
}

async fn page(app: &TestApp, path: &str) -> String {
    let response = get(app, path, None).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

async fn feed(app: &TestApp) -> Value {
    let response = get(app, "/kiosk/feed.json", None).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

fn codes(feed: &Value) -> Vec<String> {
    feed["vacancies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap().to_owned())
        .collect()
}

/// Waits until the feed lists `code`: the index follows the API's writes.
async fn listed(app: &TestApp, code: &str) -> Value {
    let held = eventually(INDEX_DEADLINE, || async {
        codes(&feed(app).await).iter().any(|c| c == code)
    })
    .await;
    let last = feed(app).await;
    assert!(held, "{code} did not reach the kiosk's list: {last}");
    last
}

#[tokio::test]
async fn the_kiosk_speaks_arabic_first_then_english_and_french() {
    let app = TestApp::spawn().await;
    let arabic = page(&app, "/kiosk").await;
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#), "{arabic}");
    assert!(arabic.contains("الوظائف المتاحة الآن"));
    assert!(arabic.contains(r#"data-idle="90""#));
    // English and French a tap away, each named in its own language.
    assert!(arabic.contains(r#"href="/kiosk?lang=en""#));
    assert!(arabic.contains(r#"href="/kiosk?lang=fr""#));
    assert!(arabic.contains(">Français<") && arabic.contains(">English<"));

    let english = page(&app, "/kiosk?lang=en").await;
    assert!(english.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(english.contains("Jobs open now"));
    assert!(english.contains("Kind of work"));

    let french = page(&app, "/kiosk?lang=fr").await;
    assert!(french.contains(r#"<html lang="fr" dir="ltr">"#));
    assert!(french.contains("Type de travail"));
    assert!(
        french.contains("Employeur"),
        "the script's words are French too"
    );

    // An unknown language is Arabic; the page needs no sign-in and sets no cookie.
    let response = get(&app, "/kiosk?lang=de", None).await;
    assert!(response.headers().get(header::SET_COOKIE).is_none());
    assert!(response.text().await.unwrap().contains(r#"lang="ar""#));
}

#[tokio::test]
async fn a_kiosk_opened_for_a_centre_prints_its_name_and_opening_hours() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let centre = admin
        .create(
            "/api/v1/centres",
            json!({ "name_ar": "مركز الزعتري", "name_en": "Zaatari centre", "location": "JO-MA-ZAATARI",
                    "opening_hours": "Sun–Thu 08:00–15:00" }),
        )
        .await;
    let id = centre["id"].as_str().unwrap();

    let arabic = page(&app, &format!("/kiosk?centre={id}")).await;
    assert!(arabic.contains("مركز الزعتري"));
    assert!(arabic.contains("أوقات الدوام"));
    // The days named in the screen's language, not as they were typed.
    assert!(arabic.contains("الأحد–الخميس 08:00–15:00"), "{arabic}");
    assert!(!arabic.contains("Sun–Thu"));
    // The language links keep the centre.
    let english_link = arabic
        .split("href=\"/kiosk?lang=en")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    assert!(
        english_link.ends_with(&format!("centre={id}")),
        "{english_link}"
    );
    let english = page(&app, &format!("/kiosk?lang=en&centre={id}")).await;
    assert!(english.contains("Zaatari centre") && english.contains("Opening hours"));
    assert!(english.contains("Sunday–Thursday 08:00–15:00"), "{english}");
    let french = page(&app, &format!("/kiosk?lang=fr&centre={id}")).await;
    assert!(french.contains("dimanche–jeudi 08:00–15:00"), "{french}");

    let plain = page(&app, "/kiosk").await;
    assert!(!plain.contains("أوقات الدوام"), "no centre, no hours line");
    let unknown = page(&app, "/kiosk?centre=not-an-id").await;
    assert!(!unknown.contains("أوقات الدوام"));
}

#[tokio::test]
async fn the_list_holds_only_open_vacancies_and_only_public_facts() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut seeker = forsa_tests::seeker_body("ZA-7781");
    seeker["full_name"] = json!("Rasha Khalidi");
    seeker["phone"] = json!("+962791234567");
    world.caseworker.create("/api/v1/seekers", seeker).await;

    let mut draft = vacancy_body("C", "7531");
    draft["title_en"] = json!("Draft sewing job");
    draft["status"] = json!("draft");
    let draft = world.employer_user.create("/api/v1/vacancies", draft).await;
    let mut closed = vacancy_body("C", "7531");
    closed["title_en"] = json!("Closed sewing job");
    let closed = world
        .employer_user
        .create("/api/v1/vacancies", closed)
        .await;
    let (status, body) = world
        .employer_user
        .patch(
            &format!("/api/v1/vacancies/{}", closed["id"].as_str().unwrap()),
            json!({ "status": "closed" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let (_, open) = world
        .caseworker
        .get(&format!("/api/v1/vacancies/{}", world.vacancy))
        .await;
    let code = open["code"].as_str().unwrap();
    listed(&app, code).await;
    let held = eventually(INDEX_DEADLINE, || async {
        !codes(&feed(&app).await).contains(&closed["code"].as_str().unwrap().to_owned())
    })
    .await;
    assert!(held, "a closed vacancy stays off the kiosk");
    let list = feed(&app).await;

    assert_eq!(
        codes(&list),
        [code.to_owned()],
        "only the open vacancy: {list}"
    );
    assert!(list["generated_at"].as_str().unwrap().ends_with('Z'));
    let item = &list["vacancies"][0];
    let mut keys: Vec<&str> = item
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "benefits",
            "code",
            "contract",
            "employer_arranges_permit",
            "employer_name_en",
            "hours_per_week",
            "location",
            "posted",
            "sector",
            "title_ar",
            "title_en",
            "wage",
        ]
    );
    // The world's employer is named in English only: no Arabic name is made up.
    assert_eq!(item["employer_name_en"], "Al-Bina Contracting");
    assert_eq!(list["places"]["JO-AM"]["en"], "Amman");

    let text = list.to_string();
    for private in [
        "Amal",
        "Haddad",
        "Rasha",
        "ZA-0001",
        "ZA-7781",
        "+962791234567",
        "0791234567",
        draft["code"].as_str().unwrap(),
        "Draft sewing job",
        "Closed sewing job",
        &world.employer,
        &world.vacancy,
        "hr@albina.test",
    ] {
        assert!(!text.contains(private), "{private} is on the kiosk: {text}");
    }
}

/// The tiles of a page's home screen, as (sector, count) in their order.
fn tiles(html: &str) -> Vec<(String, String)> {
    html.split("class=\"tile\" data-sector=\"")
        .skip(1)
        .map(|tile| {
            let sector = tile.split('"').next().unwrap().to_owned();
            let count = tile
                .split("<span class=\"n\">")
                .nth(1)
                .and_then(|rest| rest.split(' ').next())
                .unwrap()
                .to_owned();
            (sector, count)
        })
        .collect()
}

#[tokio::test]
async fn the_home_screen_comes_drawn_with_each_sectors_open_jobs() {
    let app = TestApp::spawn().await;
    // Nothing open yet: no tiles, and the screen says so without its script.
    let empty = page(&app, "/kiosk?lang=en").await;
    assert!(tiles(&empty).is_empty(), "{empty}");
    assert!(
        empty.contains("There are no open jobs at the moment."),
        "{empty}"
    );

    // The world's carpenter (F), two garment jobs (C), and a draft that is not shown.
    let world = app.world().await;
    let mut last = String::new();
    for _ in 0..2 {
        let sewing = world
            .employer_user
            .create("/api/v1/vacancies", vacancy_body("C", "7533"))
            .await;
        last = sewing["code"].as_str().unwrap().to_owned();
    }
    let mut draft = vacancy_body("Q", "2221");
    draft["status"] = json!("draft");
    world.employer_user.create("/api/v1/vacancies", draft).await;
    let feed = listed(&app, &last).await;
    assert_eq!(codes(&feed).len(), 3, "{feed}");

    // The counts the feed gives, most first, in the screen's digits.
    let arabic = page(&app, "/kiosk").await;
    let expected = |two: &str, one: &str| {
        vec![
            ("C".to_owned(), two.to_owned()),
            ("F".to_owned(), one.to_owned()),
        ]
    };
    assert_eq!(tiles(&arabic), expected("٢", "١"), "{arabic}");
    assert!(arabic.contains("<span>المصانع"), "sector names in Arabic");
    assert!(!arabic.contains(r#"id="home" aria-labelledby="home-title" hidden"#));
    let english = page(&app, "/kiosk?lang=en").await;
    assert_eq!(tiles(&english), expected("2", "1"), "{english}");
    assert!(english.contains("2 <span class=\"sr\">open jobs</span>"));
    assert_eq!(
        tiles(&page(&app, "/kiosk?lang=fr").await),
        expected("2", "1")
    );
}

#[tokio::test]
async fn an_unchanged_list_is_answered_in_a_few_bytes() {
    let app = TestApp::spawn().await;
    let first = get(&app, "/kiosk/feed.json", None).await;
    assert_eq!(first.status(), StatusCode::OK);
    let etag = first.headers()[header::ETAG].to_str().unwrap().to_owned();
    assert!(
        first.headers()[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("no-cache")
    );
    let again = raw_client()
        .get(app.url("/kiosk/feed.json"))
        .header(header::IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(again.bytes().await.unwrap().is_empty());
    let stale = raw_client()
        .get(app.url("/kiosk/feed.json"))
        .header(header::IF_NONE_MATCH, "W/\"0000\"")
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), StatusCode::OK);
}

#[tokio::test]
async fn every_open_vacancy_has_a_qr_code_drawn_as_svg() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, open) = world
        .caseworker
        .get(&format!("/api/v1/vacancies/{}", world.vacancy))
        .await;
    let code = open["code"].as_str().unwrap();
    let response = get(&app, &format!("/kiosk/qr/{code}.svg"), None).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "image/svg+xml");
    let svg = response.text().await.unwrap();
    assert!(svg.contains("<svg") && svg.contains("<path"), "{svg}");

    let mut draft = vacancy_body("F", "7115");
    draft["status"] = json!("draft");
    let draft = world.employer_user.create("/api/v1/vacancies", draft).await;
    let draft_code = draft["code"].as_str().unwrap();
    for missing in [
        format!("/kiosk/qr/{draft_code}.svg"),
        "/kiosk/qr/NOPE99.svg".to_owned(),
        format!("/kiosk/qr/{code}.png"),
    ] {
        let response = get(&app, &missing, None).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{missing}");
    }
}

#[tokio::test]
async fn public_responses_are_compressed_and_signed_in_ones_never() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let css = page(&app, "/kiosk").await;
    let script = css
        .split("src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    for (path, asked, sent) in [
        ("/kiosk", "br", "br"),
        ("/kiosk", "gzip", "gzip"),
        ("/kiosk/feed.json", "br, gzip", "br"),
        (script.as_str(), "gzip", "gzip"),
        ("/api/v1/public/vacancies", "br", "br"),
    ] {
        let response = get(&app, path, Some(asked)).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            response
                .headers()
                .get(header::CONTENT_ENCODING)
                .map(|v| v.to_str().unwrap()),
            Some(sent),
            "{path} asked for {asked}"
        );
    }
    // Not asked, not compressed.
    let plain = get(&app, "/kiosk", None).await;
    assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());

    // A signed-in answer holds secrets beside what an attacker may inject (BREACH).
    let me = raw_client()
        .get(app.url("/api/v1/seekers"))
        .bearer_auth(&world.caseworker.token)
        .header(header::ACCEPT_ENCODING, "br, gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::OK);
    assert!(me.headers().get(header::CONTENT_ENCODING).is_none());
    let login = get(&app, "/login", Some("br, gzip")).await;
    assert!(login.headers().get(header::CONTENT_ENCODING).is_none());
}

/// The first visit of a kiosk on the demo's data (what `forsa demo` serves, with a
/// year of a thousand vacancies, over 200 of them open today): the page, its
/// stylesheet and script (the icons are inside the page) and the list, as a browser
/// asking for compression receives them.
#[tokio::test]
async fn a_first_visit_weighs_under_60_kb_compressed() {
    let app = TestApp::spawn().await;
    demo::populate(
        &app.service,
        demo::Size {
            seekers: 12,
            vacancies: 1_000,
        },
    )
    .await
    .unwrap();
    let held = eventually(INDEX_DEADLINE * 5, || async {
        feed(&app).await["vacancies"].as_array().unwrap().len() > 200
    })
    .await;
    assert!(held, "the demo's vacancies reach the index");

    let html = page(&app, "/kiosk").await;
    let asset = |marker: &str| {
        html.split(marker)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap()
            .replace("&amp;", "&")
    };
    // The stylesheet is inside the page.
    assert!(html.contains("<style>") && !html.contains("rel=\"stylesheet\""));
    let paths = [
        "/kiosk".to_owned(),
        asset("<script src=\""),
        "/kiosk/feed.json".to_owned(),
    ];
    let mut total = 0;
    let mut sizes = Vec::new();
    for path in &paths {
        let response = get(&app, path, Some("br, gzip")).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let bytes = response.bytes().await.unwrap().len();
        sizes.push(format!("{path}: {bytes} B"));
        total += bytes;
    }
    println!("first load: {total} B compressed ({})", sizes.join(", "));
    assert!(total < 60 * 1024, "first load is {total} B: {sizes:?}");
}
