//! Each centre keeps its days in its own time zone: the API takes and returns it
//! (Jordan's when not given), refuses what is not one, and a caseworker's pages
//! write days as they fall where their centre is.

use chrono::{Duration, Utc};
use forsa_tests::{PASSWORD, Pages, TestApp, flexible_permit, queue_count, seeker_body, written};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_centre_has_a_time_zone_and_its_pages_keep_its_days() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let jordan = admin
        .create(
            "/api/v1/centres",
            json!({"name_ar": "الزعتري", "name_en": "Zaatari", "location": "JO-MA-ZAATARI"}),
        )
        .await;
    assert_eq!(jordan["time_zone"], "Asia/Amman", "{jordan}");
    let (status, refused) = admin
        .post(
            "/api/v1/centres",
            json!({"name_ar": "م", "name_en": "Nowhere", "location": "JO-AM", "time_zone": "Mars/Olympus"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(
        refused["error"]["fields"]["time_zone"],
        "must be a time zone such as Asia/Amman"
    );

    // Two centres a day apart: fourteen hours ahead of UTC, and eleven behind.
    let mut days = Vec::new();
    for (zone, offset, name) in [
        ("Pacific/Kiritimati", 14, "Line Islands"),
        ("Pacific/Pago_Pago", -11, "Samoa"),
    ] {
        let centre = admin
            .create(
                "/api/v1/centres",
                json!({"name_ar": "مركز", "name_en": name, "location": "JO-AM", "time_zone": zone}),
            )
            .await;
        assert_eq!(centre["time_zone"], zone);
        let email = format!("{}@forsa.test", zone.replace('/', "."));
        admin
            .create(
                "/api/v1/users",
                json!({"email": email, "name": "Caseworker", "role": "caseworker", "centre_id": centre["id"], "password": PASSWORD}),
            )
            .await;
        let caseworker = app.login(&email, PASSWORD).await;
        caseworker
            .create("/api/v1/seekers", seeker_body(&format!("TZ-{offset}")))
            .await;
        let (_, list) = Pages::of(&caseworker, "en").await.get("/seekers").await;
        let day = (Utc::now() + Duration::hours(offset)).date_naive();
        assert!(
            list.contains(&written(day, "en")),
            "{zone}: last activity on {day}: {list}"
        );
        days.push(day);
    }
    assert_ne!(
        days[0], days[1],
        "a day apart, so the pages told them apart"
    );

    let (_, page) = Pages::of(&admin, "en").await.get("/centres").await;
    assert!(page.contains("Time zone: <bdi>Jordan</bdi>"), "{page}");
    assert!(page.contains("<bdi>Pacific/Kiritimati</bdi>"), "{page}");
    let (status, _, page) = Pages::of(&admin, "en")
        .await
        .post(
            "/centres",
            &[
                ("name_ar", "بيروت"),
                ("name_en", "Beirut"),
                ("location", "JO-AM"),
                ("time_zone", "Asia/Beirut"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    let (_, page) = Pages::of(&admin, "ar").await.get("/centres").await;
    assert!(page.contains("<bdi>لبنان</bdi>"), "{page}");
}

/// A hire's follow-ups fall due on the centre's days, and its dashboard counts what
/// is due on its own today: of two centres a day apart, at least one is on another
/// date than UTC at any hour.
#[tokio::test]
async fn follow_ups_fall_due_on_the_centres_days() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    for (zone, offset) in [("Pacific/Kiritimati", 14), ("Pacific/Pago_Pago", -11)] {
        let centre = world
            .admin
            .create(
                "/api/v1/centres",
                json!({"name_ar": "مركز", "name_en": zone, "location": "JO-AM", "time_zone": zone}),
            )
            .await;
        let email = format!("{}@forsa.test", zone.replace('/', "."));
        world
            .admin
            .create(
                "/api/v1/users",
                json!({"email": email, "name": "Caseworker", "role": "caseworker", "centre_id": centre["id"], "password": PASSWORD}),
            )
            .await;
        let caseworker = app.login(&email, PASSWORD).await;
        let seeker = caseworker
            .create("/api/v1/seekers", seeker_body(&format!("TZ-{offset}")))
            .await;
        let seeker = seeker["id"].as_str().unwrap();
        flexible_permit(&caseworker, seeker).await;
        let referral = caseworker
            .create(
                "/api/v1/referrals",
                json!({"seeker_id": seeker, "vacancy_id": world.vacancy}),
            )
            .await;
        let path = format!("/api/v1/referrals/{}", referral["id"].as_str().unwrap());
        for stage in ["interview", "offered", "hired"] {
            let (status, body) = caseworker.patch(&path, json!({"stage": stage})).await;
            assert_eq!(status, StatusCode::OK, "{body}");
        }
        let today = (Utc::now() + Duration::hours(offset)).date_naive();
        let (_, hired) = caseworker.get(&path).await;
        let first = (today + Duration::days(30)).to_string();
        assert_eq!(hired["follow_ups"][0]["due_on"], first.as_str(), "{zone}");

        // Due on the centre's today: on its dashboard now.
        app.move_follow_up(&first, today).await;
        let (_, dashboard) = Pages::of(&caseworker, "en").await.get("/").await;
        assert_eq!(queue_count(&dashboard, "follow-ups-due"), 1, "{zone}");
    }
}

#[tokio::test]
async fn an_admin_makes_a_screen_a_centres_kiosk_and_its_slips_name_the_centre() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let centre = admin
        .create(
            "/api/v1/centres",
            json!({"name_ar": "مركز الأزرق", "name_en": "Azraq centre", "location": "JO-ZA", "opening_hours": "Sun–Thu 08:00–15:00"}),
        )
        .await;
    let id = centre["id"].as_str().unwrap();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    // Posted from a page of this site, as `session`.
    let post = |centre: String, session: String| {
        client
            .post(app.url(&format!("/centres/{centre}/kiosk")))
            .header(reqwest::header::COOKIE, format!("forsa_session={session}"))
            .header(reqwest::header::ORIGIN, app.url(""))
            .send()
    };
    let response = post(id.to_owned(), admin.token.clone()).await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[reqwest::header::LOCATION], "/kiosk");
    let cookies: Vec<String> = response
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let kiosk = cookies
        .iter()
        .find(|c| c.starts_with("forsa_kiosk_centre="))
        .expect("the kiosk cookie");
    assert!(kiosk.contains(&format!("forsa_kiosk_centre={id};")) && kiosk.contains("Path=/kiosk"));
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("forsa_session=;") && c.contains("Max-Age=0")),
        "the screen is left signed out: {cookies:?}"
    );

    // The kiosk, with nothing in its address, names the centre on its slips.
    let page = client
        .get(app.url("/kiosk"))
        .header(reqwest::header::COOKIE, format!("forsa_kiosk_centre={id}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<bdi>مركز الأزرق</bdi>") && page.contains("الأحد–الخميس 08:00–15:00"),
        "{page}"
    );
    let plain = client.get(app.url("/kiosk")).send().await.unwrap();
    assert!(!plain.text().await.unwrap().contains("مركز الأزرق"));

    // Only an admin makes a kiosk; an unknown centre is not found.
    let (_, caseworker) = app.centre_with_caseworker(&admin, "Zaatari").await;
    let refused = post(id.to_owned(), caseworker.token.clone()).await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let unknown = post(uuid::Uuid::new_v4().to_string(), admin.token.clone())
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let nonsense = post("not-an-id".to_owned(), admin.token.clone())
        .await
        .unwrap();
    assert_eq!(nonsense.status(), StatusCode::NOT_FOUND);
}
