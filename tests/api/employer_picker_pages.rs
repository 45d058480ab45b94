//! Choosing an employer among more than a hundred, on the staff vacancy form and the
//! admin's new-user form: found by name, several matches offered to choose from, none
//! said so by the field; no page lists every employer.

use forsa_tests::{PASSWORD, Pages, TestApp};
use reqwest::StatusCode;
use serde_json::json;

fn vacancy<'f>(extra: &[(&'f str, &'f str)]) -> Vec<(&'f str, &'f str)> {
    let mut form = vec![
        ("title_en", "Picker for a packing line"),
        ("occupation", "9321"),
        ("sector", "C"),
        ("location", "JO-IR"),
        ("wage_min", "300"),
        ("wage_period", "monthly"),
        ("contract", "permanent"),
        ("shift", "day"),
        ("hours_per_week", "48"),
    ];
    form.extend_from_slice(extra);
    form
}

#[tokio::test]
async fn an_employer_is_found_by_name_among_more_than_a_hundred() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut last = String::new();
    for i in 1..=105 {
        let employer = world
            .caseworker
            .create(
                "/api/v1/employers",
                json!({"name": format!("Packer {i:03}"), "sector": "C", "location": "JO-IR"}),
            )
            .await;
        last = employer["id"].as_str().unwrap().to_owned();
    }
    let total = |items: serde_json::Value| items["items"].as_array().unwrap().len();
    for (lang, several, none, many) in [
        (
            "en",
            "Several employers match this name: choose one from the list below.",
            "No employer has this name.",
            "Many employers match this name: type more of it",
        ),
        (
            "ar",
            "يطابق هذا الاسم أكثر من صاحب عمل: اختر أحدهم من القائمة أدناه.",
            "لا يوجد صاحب عمل بهذا الاسم.",
            "يطابق هذا الاسم أصحاب عمل كثيرون",
        ),
    ] {
        let pages = Pages::of(&world.caseworker, lang).await;
        let (status, page) = pages.get("/vacancies/new").await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.contains(r#"<input id="employer" name="employer""#),
            "{page}"
        );
        assert!(!page.contains("Packer 050"), "no list of every employer");

        // Too many, a few, none: each said by the field, nothing saved.
        let (status, _, page) = pages
            .post("/vacancies", &vacancy(&[("employer", "Packer")]))
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(page.contains(many), "{page}");
        let (status, _, page) = pages
            .post("/vacancies", &vacancy(&[("employer", "Packer 10")]))
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(
            page.contains(&format!(r#"id="employer_error">{several}</p>"#)),
            "{page}"
        );
        assert!(
            page.contains(r#"<select id="employer_id" name="employer_id">"#),
            "{page}"
        );
        assert!(
            page.contains(&format!(r#"<option value="{last}">Packer 105</option>"#)),
            "{page}"
        );
        assert!(
            page.contains(
                r#"value="Packer 10" autocomplete="off" aria-required="true" aria-invalid="true""#
            ),
            "{page}"
        );
        let (status, _, page) = pages
            .post("/vacancies", &vacancy(&[("employer", "Nobody Ltd")]))
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(page.contains(none), "{page}");
    }
    let (_, before) = world.caseworker.get("/api/v1/vacancies").await;
    assert_eq!(total(before), 1);

    // Chosen from the matches: the 105th employer's vacancy.
    let pages = Pages::of(&world.caseworker, "en").await;
    let form = vacancy(&[("employer", "Packer 10"), ("employer_id", &last)]);
    let (status, _, page) = pages.post("/vacancies", &form).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    // An exact name is enough on its own.
    let (status, _, page) = pages
        .post("/vacancies", &vacancy(&[("employer", "packer 104")]))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    let (_, list) = world
        .caseworker
        .get(&format!("/api/v1/vacancies?employer_id={last}"))
        .await;
    assert!(list.to_string().contains(&last), "{list}");

    // The admin's new employer user, for the 105th employer.
    let admin = Pages::of(&world.admin, "en").await;
    let (_, page) = admin.get("/users/new").await;
    assert!(!page.contains("Packer 050"), "{page}");
    let user = [
        ("name", "Packing HR"),
        ("email", "hr@packer105.test"),
        ("role", "employer"),
        ("password", PASSWORD),
        ("employer", "Packer 105"),
    ];
    let (status, location, page) = admin.post("/users", &user).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location, "/users?saved=1");
    let hr = app.login("hr@packer105.test", PASSWORD).await;
    let (_, me) = hr.get("/api/v1/me").await;
    assert_eq!(me["employer_id"], last.as_str(), "{me}");
    // No employer named: said by the field.
    let user = [
        ("name", "Nobody's HR"),
        ("email", "hr@nobody.test"),
        ("role", "employer"),
        ("password", PASSWORD),
    ];
    let (status, _, page) = admin.post("/users", &user).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(
        page.contains(r#"id="employer_error">This is required.</p>"#),
        "{page}"
    );
}
