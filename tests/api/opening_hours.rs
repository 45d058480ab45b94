//! A centre's opening hours as days and times: set and changed by an admin on the
//! centres pages or through the API, refused with a message at the day that is wrong,
//! and said in each page's and kiosk screen's own language.

use forsa_tests::{Pages, TestApp};
use reqwest::{Method, StatusCode};
use serde_json::json;

/// The centre form as a browser posts it: the week's times, Sunday first, one
/// opening and one closing time per day, blank where the centre is closed.
fn centre_form<'a>(week: &[(&'a str, &'a str); 7]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("name_ar", "مركز إربد"),
        ("name_en", "Irbid centre"),
        ("location", "JO-IR"),
        ("time_zone", "Asia/Amman"),
    ];
    for (opens, closes) in week {
        form.push(("opens", opens));
        form.push(("closes", closes));
    }
    form
}

const CLOSED: (&str, &str) = ("", "");
const DAY: (&str, &str) = ("08:00", "15:00");

#[tokio::test]
async fn an_admin_sets_a_centres_week_and_every_language_says_it() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let english = Pages::of(&admin, "en").await;

    let week = [DAY, DAY, DAY, DAY, ("08:00", "13:00"), CLOSED, CLOSED];
    let (status, location, page) = english.post("/centres", &centre_form(&week)).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location, "/centres?saved=1");
    let (_, page) = english.get("/centres").await;
    assert!(
        page.contains("<bdi>Sunday–Wednesday 08:00–15:00, Thursday 08:00–13:00</bdi>"),
        "{page}"
    );
    let arabic = Pages::of(&admin, "ar").await;
    let (_, page) = arabic.get("/centres").await;
    assert!(
        page.contains("<bdi>الأحد–الأربعاء 08:00–15:00، الخميس 08:00–13:00</bdi>"),
        "{page}"
    );
    // A signed-in user's language is their record's: back to English.
    let english = Pages::of(&admin, "en").await;

    // The API gives the week in its text form.
    let (_, centres) = admin.get("/api/v1/centres").await;
    let irbid = centres
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name_en"] == "Irbid centre")
        .unwrap()
        .clone();
    assert_eq!(
        irbid["opening_hours"],
        "Sun–Wed 08:00–15:00; Thu 08:00–13:00"
    );
    let id = irbid["id"].as_str().unwrap();
    assert!(page.contains(&format!(r#"href="/centres/{id}/edit""#)));

    // The change form starts from the centre's week; Thursday becomes a full day
    // and Saturday a morning.
    let (status, form) = english.get(&format!("/centres/{id}/edit")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.contains(r#"id="opens_thu" name="opens" type="time" dir="ltr" value="08:00""#)
            && form
                .contains(r#"id="closes_thu" name="closes" type="time" dir="ltr" value="13:00""#)
            && form.contains(r#"id="opens_fri" name="opens" type="time" dir="ltr" value="""#),
        "{form}"
    );
    let week = [DAY, DAY, DAY, DAY, DAY, CLOSED, ("09:00", "12:00")];
    let (status, location, page) = english
        .post(&format!("/centres/{id}"), &centre_form(&week))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location, "/centres?saved=1");

    // The kiosk's slips say it in the screen's language.
    let kiosk = |lang: &'static str| {
        let url = app.url(&format!("/kiosk?lang={lang}&centre={id}"));
        async move { reqwest::get(url).await.unwrap().text().await.unwrap() }
    };
    assert!(
        kiosk("ar")
            .await
            .contains("الأحد–الخميس 08:00–15:00، السبت 09:00–12:00")
    );
    assert!(
        kiosk("en")
            .await
            .contains("Sunday–Thursday 08:00–15:00, Saturday 09:00–12:00")
    );
    assert!(
        kiosk("fr")
            .await
            .contains("dimanche–jeudi 08:00–15:00, samedi 09:00–12:00")
    );

    // A week with no open day clears the hours: the slips leave the line out.
    let (status, _, _) = english
        .post(&format!("/centres/{id}"), &centre_form(&[CLOSED; 7]))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, centres) = admin.get("/api/v1/centres").await;
    assert!(centres.to_string().contains(r#""opening_hours":null"#));
    assert!(!kiosk("ar").await.contains("slip-hours"));
    let (_, page) = english.get("/centres").await;
    assert!(page.contains("Opening hours: not set"), "{page}");

    // Every change is in the access log.
    assert_eq!(
        admin.audit_actions("centre", id).await,
        ["update", "update", "create"]
    );
}

#[tokio::test]
async fn a_day_with_one_time_or_backwards_hours_is_refused_at_that_day() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let english = Pages::of(&admin, "en").await;

    let week = [
        ("08:00", ""),
        ("15:00", "08:00"),
        ("8 o'clock", "15:00"),
        DAY,
        DAY,
        CLOSED,
        CLOSED,
    ];
    let mut form = centre_form(&week);
    form[0] = ("name_ar", "");
    let (status, _, page) = english.post("/centres", &form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    for (field, message) in [
        (
            "opens_sun",
            "Sunday: Enter both the opening and the closing time, or neither if the centre is closed.",
        ),
        (
            "opens_mon",
            "Monday: The closing time must be later than the opening time.",
        ),
        ("opens_tue", "Tuesday: Enter a time of day, such as 08:00."),
    ] {
        assert!(
            page.contains(&format!(r##"<a href="#{field}">{message}</a>"##)),
            "{field}: {page}"
        );
        assert!(
            page.contains(&format!(r#"id="{field}_error">{message}"#)),
            "{field}: {page}"
        );
    }
    // The name's problem is listed too, before the days, as the form shows them.
    let name = page
        .find(r##"<a href="#name_ar">"##)
        .expect("the name's problem");
    assert!(name < page.find(r##"<a href="#opens_sun">"##).unwrap());
    // What was typed stays; nothing was saved.
    assert!(
        page.contains(r#"value="8 o&#x27;clock""#) || page.contains("value=\"8 o&#39;clock\""),
        "{page}"
    );
    let (_, centres) = admin.get("/api/v1/centres").await;
    assert!(!centres.to_string().contains("Irbid centre"));

    // Extremes in the time fields are problems at their day, not failures; times
    // past the seventh day are not read.
    let giant = "9".repeat(100_000);
    let mut extremes = centre_form(&[
        (giant.as_str(), "15:00"),
        ("08:00\u{0}", "15:00"),
        ("-1:00", "15:00"),
        DAY,
        DAY,
        CLOSED,
        CLOSED,
    ]);
    extremes.extend(std::iter::repeat_n(("opens", "08:00"), 1_000));
    let (status, _, page) = english.post("/centres", &extremes).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["opens_sun", "opens_mon", "opens_tue"] {
        assert!(page.contains(&format!(r#"id="{field}_error">"#)), "{field}");
    }

    // In Arabic, the day and the words are Arabic.
    let arabic = Pages::of(&admin, "ar").await;
    let (_, _, page) = arabic.post("/centres", &form).await;
    assert!(
        page.contains("الاثنين: يجب أن يكون وقت الإغلاق بعد وقت الفتح."),
        "{page}"
    );
}

#[tokio::test]
async fn the_api_takes_a_week_as_text_and_refuses_what_is_not_one() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let centre = admin
        .create(
            "/api/v1/centres",
            json!({"name_ar": "مركز", "name_en": "Centre", "location": "JO-AM",
                   "opening_hours": "sun - thu 8:00 - 15:00"}),
        )
        .await;
    assert_eq!(centre["opening_hours"], "Sun–Thu 08:00–15:00");
    let id = centre["id"].as_str().unwrap();
    let path = format!("/api/v1/centres/{id}");

    let giant = "Sun 08:00–15:00; ".repeat(5_000);
    for (hours, message) in [
        (
            json!("every day"),
            "must be days and times such as Sun–Thu 08:00–15:00; Sat 09:00–12:00",
        ),
        (json!("Sun 15:00–08:00"), "must close after it opens"),
        (
            json!("Sun–Tue 08:00–15:00; Mon 09:00–10:00"),
            "lists Mon twice",
        ),
        (
            json!("Sun 99999999999:00–15:00"),
            "must be days and times such as Sun–Thu 08:00–15:00; Sat 09:00–12:00",
        ),
        (
            json!("Sun\u{0007} 08:00–15:00"),
            "must not contain control characters",
        ),
        (json!(giant), "must be at most 200 characters"),
    ] {
        let (status, body) = admin
            .request(
                Method::PUT,
                &path,
                Some(json!({"name_ar": "مركز", "name_en": "Centre", "location": "JO-AM", "opening_hours": hours})),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{hours}: {body}");
        assert_eq!(body["error"]["fields"]["opening_hours"], message, "{body}");
    }
    let (_, centres) = admin.get("/api/v1/centres").await;
    assert_eq!(
        centres[0]["opening_hours"], "Sun–Thu 08:00–15:00",
        "nothing changed"
    );

    let (status, changed) = admin
        .request(
            Method::PUT,
            &path,
            Some(
                json!({"name_ar": "مركز عمّان", "name_en": "Amman centre", "location": "JO-AM",
                        "opening_hours": "Sat–Wed 09:00–16:00"}),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["name_en"], "Amman centre");
    // An id that is not one, or names no centre.
    let body = json!({"name_ar": "مركز", "name_en": "Centre", "location": "JO-AM"});
    for (path, expected) in [
        (
            "/api/v1/centres/not-an-id".to_owned(),
            StatusCode::NOT_FOUND,
        ),
        (
            format!("/api/v1/centres/{}", uuid::Uuid::now_v7()),
            StatusCode::NOT_FOUND,
        ),
    ] {
        let (status, answer) = admin.request(Method::PUT, &path, Some(body.clone())).await;
        assert_eq!(status, expected, "{path}: {answer}");
    }
    // A run of days may go round the end of the week.
    assert_eq!(changed["opening_hours"], "Sat–Wed 09:00–16:00");
}
