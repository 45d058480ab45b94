//! A person registered twice is caught at the door: the same case reference or phone
//! at any centre, or a name written another way (another script, another spelling)
//! with a compatible gender and year of birth. A caseworker sees the person of their
//! own centre, and of another centre only where they are registered; going on needs a
//! reason, which is kept and audited.

use forsa_tests::{Pages, TestApp, seeker_body};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// A registration body with no reason given, as a first registration sends it.
fn person(case_reference: &str, name: &str, gender: &str, birth_year: i32) -> Value {
    let mut body = seeker_body(case_reference);
    body.as_object_mut().unwrap().remove("duplicate_reason");
    body["full_name"] = json!(name);
    body["gender"] = json!(gender);
    body["birth_year"] = json!(birth_year);
    body
}

async fn seeker_count(session: &forsa_tests::Session<'_>) -> u64 {
    let (_, list) = session.get("/api/v1/seekers").await;
    list["total"].as_u64().unwrap()
}

#[tokio::test]
async fn the_same_case_reference_at_another_centre_names_only_that_centre() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, azraq) = app
        .centre_with_caseworker(&world.admin, "Azraq centre")
        .await;
    let mut first = person("UNHCR-945-00123", "Rasha Khalidi", "female", 1990);
    first["phone"] = json!("0791234567");
    let first = world.caseworker.create("/api/v1/seekers", first).await;
    let first = first["id"].as_str().unwrap().to_owned();

    // Azraq registers the same case reference under another name.
    let second = person("UNHCR-945-00123", "Huda Saleh", "female", 1985);
    let (status, body) = azraq.post("/api/v1/seekers", second.clone()).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"]["code"], "possible_duplicate");
    let candidates = body["error"]["candidates"].as_array().unwrap();
    assert_eq!(candidates.len(), 1, "{body}");
    assert_eq!(candidates[0]["centre_name_en"], "Centre A");
    assert!(
        candidates[0].get("seeker").is_none(),
        "another centre's person is not shown: {body}"
    );
    assert!(!body.to_string().contains("Rasha"), "{body}");
    assert_eq!(seeker_count(&azraq).await, 0, "nothing was saved");
    // Being told where she is registered is an access to her record, and kept.
    let reads = world.admin.audit_actions("seeker", &first).await;
    assert_eq!(
        reads.iter().filter(|a| *a == "read").count(),
        1,
        "{reads:?}"
    );

    // With a reason, the registration goes through and the reason is audited.
    let mut explained = second;
    explained["duplicate_reason"] = json!("A different family: the case number was misread");
    let created = azraq.create("/api/v1/seekers", explained).await;
    let id = created["id"].as_str().unwrap();
    let actions = world.admin.audit_actions("seeker", id).await;
    assert!(
        actions.contains(&"register_duplicate".to_owned()),
        "{actions:?}"
    );
    let events = world.seeker_audit_events(id).await;
    assert!(
        !events.to_string().contains("misread"),
        "the reason is not in the log"
    );
}

#[tokio::test]
async fn a_phone_typed_another_way_finds_the_person_of_ones_own_centre() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut first = person("ZA-2001", "Omar Khaled", "male", 1988);
    first["phone"] = json!("0791234567");
    let first = world.caseworker.create("/api/v1/seekers", first).await;

    let mut second = person("ZA-2002", "Samer Yousef", "male", 1970);
    second["phone"] = json!("+962 79 123 4567");
    let (status, body) = world.caseworker.post("/api/v1/seekers", second).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    let seen = &body["error"]["candidates"][0]["seeker"];
    assert_eq!(seen["id"], first["id"]);
    assert_eq!(seen["full_name"], "Omar Khaled");
    assert_eq!(seen["matched"], json!(["phone"]));
}

#[tokio::test]
async fn a_name_in_the_other_script_with_a_near_birth_year_is_the_same_person() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world
        .caseworker
        .create(
            "/api/v1/seekers",
            person("ZA-3001", "محمد أحمد الحريري", "male", 1990),
        )
        .await;

    for (name, gender, year, alike) in [
        ("Mohammad Ahmad Al-Hariri", "male", 1991, true),
        ("Al-Hariri Mohammed Ahmed", "male", 1990, true),
        ("محمد احمد سعيد الحريري", "male", 1989, true),
        // Ten years apart, a woman, or a different family: someone else.
        ("Mohammad Ahmad Al-Hariri", "male", 1980, false),
        ("Mohammad Ahmad Al-Hariri", "female", 1990, false),
        ("محمد أحمد الزعبي", "male", 1990, false),
        // A father and son swap the first two names.
        ("أحمد محمد الحريري", "male", 1990, false),
    ] {
        let (status, body) = world
            .caseworker
            .post(
                "/api/v1/seekers",
                person(
                    &format!("ZA-{year}-{gender}-{}", name.len()),
                    name,
                    gender,
                    year,
                ),
            )
            .await;
        if alike {
            assert_eq!(status, StatusCode::CONFLICT, "{name} {year}: {body}");
            assert_eq!(
                body["error"]["candidates"][0]["seeker"]["matched"],
                json!(["name"]),
                "{body}"
            );
        } else {
            assert_eq!(
                status,
                StatusCode::CREATED,
                "{name} {gender} {year}: {body}"
            );
            // Registered, so later ones are checked against it too: take it out of
            // the way by archiving is not needed, since none of these is alike to
            // another.
        }
    }
}

/// A year of birth nobody wrote down is any year: a person registered without one is
/// found by a registration with one, and the other way round.
#[tokio::test]
async fn a_year_of_birth_left_unknown_on_either_side_is_any_year() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut unknown = person("ZA-4001", "Huda Salem Al-Masri", "female", 1990);
    unknown.as_object_mut().unwrap().remove("birth_year");
    world.caseworker.create("/api/v1/seekers", unknown).await;
    let (status, body) = world
        .caseworker
        .post(
            "/api/v1/seekers",
            person("ZA-4002", "هدى سالم المصري", "female", 1975),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");

    world
        .caseworker
        .create(
            "/api/v1/seekers",
            person("ZA-4003", "Rana Fawzi Al-Khatib", "female", 2001),
        )
        .await;
    let mut unknown = person("ZA-4004", "رنا فوزي الخطيب", "female", 1990);
    unknown.as_object_mut().unwrap().remove("birth_year");
    let (status, body) = world.caseworker.post("/api/v1/seekers", unknown).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
}

/// The interdentals as each country writes them, the Sudanese g and a slip of the
/// keyboard find the person registered under another spelling.
#[tokio::test]
async fn names_written_as_another_country_says_them_or_mistyped_are_the_same_person() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    for (reference, name) in [
        ("ZA-4001", "كاظم جواد الزبيدي"),
        ("ZA-4002", "الصادق آدم عثمان"),
        ("ZA-4003", "وسام جواد الجعفري"),
    ] {
        world
            .caseworker
            .create("/api/v1/seekers", person(reference, name, "male", 1985))
            .await;
    }
    for (reference, name) in [
        ("ZA-4101", "Kazem Jawad Al-Zubaidi"),
        ("ZA-4102", "Kadhim Jawad Al Zubaidi"),
        ("ZA-4103", "Elsadig Adam Osman"),
        ("ZA-4104", "وسام جواد الجغفري"),
    ] {
        let (status, body) = world
            .caseworker
            .post("/api/v1/seekers", person(reference, name, "male", 1986))
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{name}: {body}");
        assert_eq!(
            body["error"]["candidates"][0]["seeker"]["matched"],
            json!(["name"]),
            "{body}"
        );
    }
}

/// A phone typed for someone who has none (one digit over and over) makes nobody
/// alike; a real number still does.
#[tokio::test]
async fn a_placeholder_phone_makes_nobody_alike() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut first = person("ZA-5001", "Huda Saleh Odeh", "female", 1990);
    first["phone"] = json!("0790000000");
    world.caseworker.create("/api/v1/seekers", first).await;
    let mut second = person("ZA-5002", "Rami Nasser Khalil", "male", 1975);
    second["phone"] = json!("079 000 0000");
    let (status, body) = world.caseworker.post("/api/v1/seekers", second).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");

    let mut third = person("ZA-5003", "Samer Fadi Awad", "male", 1980);
    third["phone"] = json!("0795551234");
    world.caseworker.create("/api/v1/seekers", third).await;
    let mut fourth = person("ZA-5004", "Nabil Omar Haddad", "male", 1960);
    fourth["phone"] = json!("+962 79 555 1234");
    let (status, body) = world.caseworker.post("/api/v1/seekers", fourth).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(
        body["error"]["candidates"][0]["seeker"]["matched"],
        json!(["phone"])
    );
}

#[tokio::test]
async fn an_admin_sees_every_centres_person_and_bad_reasons_are_refused() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (azraq_id, azraq) = app
        .centre_with_caseworker(&world.admin, "Azraq centre")
        .await;
    let first = azraq
        .create(
            "/api/v1/seekers",
            person("AZ-1", "Layla Fares", "female", 1995),
        )
        .await;
    let mut again = person("AZ-2", "ليلى فارس", "female", 1995);
    again["centre_id"] = json!(azraq_id);
    let (status, body) = world.admin.post("/api/v1/seekers", again.clone()).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"]["candidates"][0]["seeker"]["id"], first["id"]);

    let giant = "x".repeat(5_000);
    for (reason, problem) in [
        (json!(giant), "must be at most 1000 characters"),
        (
            json!("checked\u{0007}"),
            "must not contain control characters",
        ),
    ] {
        let mut body = again.clone();
        body["duplicate_reason"] = reason;
        let (status, answer) = world.admin.post("/api/v1/seekers", body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
        assert_eq!(answer["error"]["fields"]["duplicate_reason"], problem);
    }
    // A blank reason is no reason.
    let mut blank = again.clone();
    blank["duplicate_reason"] = json!("   ");
    let (status, _) = world.admin.post("/api/v1/seekers", blank).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(seeker_count(&azraq).await, 1);
}

#[tokio::test]
async fn the_registration_page_shows_the_person_and_asks_why() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let form = [
        ("full_name", "Amal Hadad"),
        ("case_reference", "ZA-9001"),
        ("gender", "female"),
        ("birth_year", "1993"),
        ("nationality", "SY"),
        ("status", "refugee"),
        ("location", "JO-MA-ZAATARI"),
    ];
    let (status, _, page) = pages.post("/seekers", &form).await;
    assert_eq!(status, StatusCode::CONFLICT, "{page}");
    assert!(
        page.contains("This person may be registered already"),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            r#"<a href="/seekers/{}"><bdi>Amal Haddad · ZA-0001 · 1992</bdi></a>, registered at"#,
            world.seeker
        )),
        "{page}"
    );
    assert!(page.contains("similar name and age"), "{page}");
    assert!(
        page.contains(r#"value="Amal Hadad""#),
        "what was typed stays"
    );

    let mut explained = form.to_vec();
    explained.push(("duplicate_reason", "Her cousin: checked the ID card"));
    let (status, location, page) = pages.post("/seekers", &explained).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert!(location.starts_with("/seekers/"), "{location}");

    // In Arabic, the other centre's person is only a centre.
    let (_, azraq) = app
        .centre_with_caseworker(&world.admin, "Azraq centre")
        .await;
    let arabic = Pages::of(&azraq, "ar").await;
    let (status, _, page) = arabic.post("/seekers", &form).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("يوجد شخص ببيانات مطابقة مسجل في"), "{page}");
    assert!(!page.contains("Amal Haddad"), "{page}");
}
