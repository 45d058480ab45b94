//! The seeker form's preferred sectors and places (checkbox groups, edited and shown
//! on the profile), and optional fields that a blank clears, on the form and with
//! `null` over the API.

use forsa_tests::{Pages, TestApp};
use reqwest::StatusCode;
use serde_json::json;

/// The seeker's form as the edit page holds it, with `extra` on top; repeated names
/// (a checkbox group) are sent once per ticked box.
fn edit_form<'f>(version: &'f str, extra: &[(&'f str, &'f str)]) -> Vec<(&'f str, &'f str)> {
    let mut form = vec![
        ("version", version),
        ("full_name", "Amal Haddad"),
        ("gender", "female"),
        ("nationality", "SY"),
        ("status", "refugee"),
        ("location", "JO-MA-ZAATARI"),
    ];
    form.extend_from_slice(extra);
    form
}

#[tokio::test]
async fn preferred_sectors_and_places_are_ticked_saved_and_shown() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let url = format!("/api/v1/seekers/{}", world.seeker);
    for (lang, sectors_shown, places_shown, chosen) in [
        ("en", "Construction, Manufacturing", "Irbid", "(2 chosen)"),
        (
            "ar",
            "التشييد والإنشاءات، الصناعات التحويلية",
            "إربد",
            "(المختارة: 2)",
        ),
    ] {
        let pages = Pages::of(&world.caseworker, lang).await;
        let edit = format!("/seekers/{}/edit", world.seeker);
        let (status, page) = pages.get(&edit).await;
        assert_eq!(status, StatusCode::OK);
        // Plain checkboxes with labels, in a disclosure that starts closed.
        assert!(page.contains(r#"<details class="choices">"#), "{page}");
        assert!(page.contains(r#"<input id="preferences_sectors_A" name="preferences_sectors" type="checkbox" value="A">"#), "{page}");
        assert!(
            page.contains(r#"<label for="preferences_locations_JO-IR">"#),
            "{page}"
        );

        let version = world.caseworker.get(&url).await.1["version"].to_string();
        let form = edit_form(
            &version,
            &[
                ("preferences_sectors", "F"),
                ("preferences_sectors", "C"),
                ("preferences_locations", "JO-IR"),
            ],
        );
        let (status, location, body) = pages.post(&edit, &form).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
        let (_, profile) = pages.get(&location).await;
        assert!(profile.contains(sectors_shown), "{profile}");
        assert!(profile.contains(places_shown), "{profile}");
        let (_, seeker) = world.caseworker.get(&url).await;
        assert_eq!(seeker["preferences"]["sectors"], json!(["F", "C"]));
        assert_eq!(seeker["preferences"]["locations"], json!(["JO-IR"]));

        // The edit form shows them ticked, and says how many.
        let (_, page) = pages.get(&edit).await;
        assert!(page.contains(r#"value="F" checked>"#), "{page}");
        assert!(page.contains(r#"value="C" checked>"#), "{page}");
        assert!(!page.contains(r#"value="A" checked>"#), "{page}");
        assert!(page.contains(chosen), "{page}");
    }

    // Unticking every box clears them.
    let pages = Pages::of(&world.caseworker, "en").await;
    let version = world.caseworker.get(&url).await.1["version"].to_string();
    let edit = format!("/seekers/{}/edit", world.seeker);
    let (status, _, _) = pages.post(&edit, &edit_form(&version, &[])).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, seeker) = world.caseworker.get(&url).await;
    assert_eq!(seeker["preferences"]["sectors"], json!([]));
    assert_eq!(seeker["preferences"]["locations"], json!([]));
}

/// The pickers show a country, a language and an occupation by name, and take a name
/// typed in either language (or the code a picker or the API uses).
#[tokio::test]
async fn pickers_show_names_and_take_them_in_either_language() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let url = format!("/api/v1/seekers/{}", world.seeker);
    let edit = format!("/seekers/{}/edit", world.seeker);
    let version = world.caseworker.get(&url).await.1["version"].to_string();
    let pages = Pages::of(&world.caseworker, "en").await;
    let mut form = edit_form(
        &version,
        &[
            ("languages_0_code", "العربية"),
            ("languages_0_level", "native"),
            ("languages_1_code", " english "),
            ("languages_1_level", "basic"),
            ("occupations_0_isco", "7115 Carpenters and joiners"),
            ("occupations_0_years", "4"),
        ],
    );
    form.retain(|(name, _)| *name != "nationality");
    form.push(("nationality", "سوريا"));
    let (status, _, body) = pages.post(&edit, &form).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let (_, seeker) = world.caseworker.get(&url).await;
    assert_eq!(seeker["nationality"], "SY");
    assert_eq!(seeker["languages"][0]["code"], "ar");
    assert_eq!(seeker["languages"][1]["code"], "en");
    assert_eq!(seeker["occupations"][0]["isco"], "7115");

    for (lang, country, language, occupation) in [
        ("en", "Syria", "English", "7115 Carpenters and joiners"),
        ("ar", "سوريا", "الإنجليزية", "7115 نجارون"),
    ] {
        let (_, page) = Pages::of(&world.caseworker, lang).await.get(&edit).await;
        for shown in [
            format!(
                r#"name="nationality" type="text" list="countries-list" autocomplete="off" value="{country}""#
            ),
            format!(
                r#"name="languages_1_code" type="text" list="languages-list" autocomplete="off" value="{language}""#
            ),
            format!(r#"data-complete="occupations" autocomplete="off" value="{occupation}"#),
        ] {
            assert!(page.contains(&shown), "{lang}: {shown}: {page}");
        }
    }

    // A name the lists do not know is refused at its field, nothing saved.
    let version = world.caseworker.get(&url).await.1["version"].to_string();
    let mut form = edit_form(&version, &[]);
    form.retain(|(name, _)| *name != "nationality");
    form.push(("nationality", "Atlantis"));
    let (status, _, page) = pages.post(&edit, &form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(r#"id="nationality_error""#), "{page}");
    assert_eq!(world.caseworker.get(&url).await.1["nationality"], "SY");
}

#[tokio::test]
async fn an_unknown_sector_is_shown_by_its_group_and_nothing_is_saved() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let url = format!("/api/v1/seekers/{}", world.seeker);
    let pages = Pages::of(&world.caseworker, "ar").await;
    let version = world.caseworker.get(&url).await.1["version"].to_string();
    let edit = format!("/seekers/{}/edit", world.seeker);
    let form = edit_form(
        &version,
        &[("preferences_sectors", "F"), ("preferences_sectors", "ZZ")],
    );
    let (status, _, page) = pages.post(&edit, &form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(page.contains(r#"<details class="choices" open>"#), "{page}");
    assert!(
        page.contains(
            r#"<p class="field-error" id="preferences_sectors_error">اختر أحد الخيارات.</p>"#
        ),
        "{page}"
    );
    assert!(
        page.contains(r#"value="F" checked>"#),
        "what was ticked stays ticked: {page}"
    );
    let (_, seeker) = world.caseworker.get(&url).await;
    assert_eq!(seeker["preferences"]["sectors"], json!([]));
}

#[tokio::test]
async fn a_blank_field_clears_the_year_of_birth_and_education() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let url = format!("/api/v1/seekers/{}", world.seeker);
    let (status, seeker) = world
        .caseworker
        .patch(&url, json!({"education_level": 3, "phone": "0790000001"}))
        .await;
    assert_eq!(status, StatusCode::OK, "{seeker}");
    assert_eq!(seeker["birth_year"], 1992);
    let pages = Pages::of(&world.caseworker, "en").await;
    let edit = format!("/seekers/{}/edit", world.seeker);
    let (_, page) = pages.get(&edit).await;
    assert!(page.contains(r#"value="1992""#), "{page}");
    assert!(page.contains(r#"<option value="3" selected>"#), "{page}");

    let version = seeker["version"].to_string();
    let form = edit_form(
        &version,
        &[("birth_year", ""), ("education_level", ""), ("phone", "")],
    );
    let (status, location, body) = pages.post(&edit, &form).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let (_, seeker) = world.caseworker.get(&url).await;
    assert!(seeker["birth_year"].is_null(), "{seeker}");
    assert!(seeker["education_level"].is_null(), "{seeker}");
    assert!(seeker["phone"].is_null(), "{seeker}");
    let (_, profile) = pages.get(&location).await;
    assert!(!profile.contains("1992"), "{profile}");
}

#[tokio::test]
async fn null_clears_an_optional_field_over_the_api_and_absent_keeps_it() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let url = format!("/api/v1/seekers/{}", world.seeker);
    let (status, seeker) = world
        .caseworker
        .patch(
            &url,
            json!({"education_level": 4, "experience": "Six years of formwork"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{seeker}");

    // Absent: kept.
    let (_, seeker) = world
        .caseworker
        .patch(&url, json!({"skills": ["roofing"]}))
        .await;
    assert_eq!(seeker["birth_year"], 1992);
    assert_eq!(seeker["education_level"], 4);
    assert_eq!(seeker["case_reference"], "ZA-0001");

    // Null: cleared, for numbers and text alike.
    let (status, seeker) = world
        .caseworker
        .patch(
            &url,
            json!({"birth_year": null, "education_level": null, "experience": null,
                   "case_reference": null}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{seeker}");
    for field in [
        "birth_year",
        "education_level",
        "experience",
        "case_reference",
    ] {
        assert!(seeker[field].is_null(), "{field}: {seeker}");
    }
    assert_eq!(seeker["skills"], json!(["roofing"]));

    // Employers and vacancies: null clears their optional fields too.
    let employer = format!("/api/v1/employers/{}", world.employer);
    let (status, body) = world
        .caseworker
        .patch(
            &employer,
            json!({"contact_name": "Rana", "registration_number": "200-1"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = world
        .caseworker
        .patch(&employer, json!({"registration_number": null}))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body["registration_number"].is_null(), "{body}");
    assert_eq!(body["contact_name"], "Rana");
    let vacancy = format!("/api/v1/vacancies/{}", world.vacancy);
    let (status, body) = world
        .employer_user
        .patch(
            &vacancy,
            json!({"title_ar": null, "start_date": "2030-01-01"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body["title_ar"].is_null(), "{body}");
    let (_, body) = world
        .employer_user
        .patch(&vacancy, json!({"start_date": null}))
        .await;
    assert!(body["start_date"].is_null(), "{body}");
    assert_eq!(body["title_en"], "Carpenter for formwork");
}

#[tokio::test]
async fn emptying_a_required_field_on_the_edit_form_is_refused_not_ignored() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let url = format!("/api/v1/seekers/{}", world.seeker);
    let version = world.caseworker.get(&url).await.1["version"].to_string();
    let edit = format!("/seekers/{}/edit", world.seeker);
    for (lang, required) in [
        ("en", "Enter the person&#39;s full name."),
        ("ar", "أدخل الاسم الكامل للشخص."),
    ] {
        let pages = Pages::of(&world.caseworker, lang).await;
        let mut form = edit_form(&version, &[]);
        form.retain(|(name, _)| *name != "full_name");
        form.push(("full_name", " "));
        let (status, _, page) = pages.post(&edit, &form).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(
            page.contains(&format!(
                r#"<p class="field-error" id="full_name_error">{required}</p>"#
            )),
            "{page}"
        );
    }
    let (_, seeker) = world.caseworker.get(&url).await;
    assert_eq!(seeker["full_name"], "Amal Haddad");
}

/// A second registration under a case reference the centre already holds is refused
/// by its own kind of conflict: the form says so in the page's language, the API
/// with a 409 that says which rule, and nothing is saved.
#[tokio::test]
async fn a_case_reference_already_registered_is_named_on_the_form_and_in_the_api() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let form = [
        ("case_reference", "ZA-0001"),
        ("full_name", "Huda Saleh"),
        ("gender", "female"),
        ("nationality", "SY"),
        ("status", "refugee"),
        ("location", "JO-MA-ZAATARI"),
    ];
    for (lang, said) in [
        (
            "ar",
            "يوجد شخص مسجل في هذا المركز بالرقم المرجعي نفسه للحالة.",
        ),
        (
            "en",
            "A person with this case reference is already registered at this centre.",
        ),
    ] {
        let pages = Pages::of(&world.caseworker, lang).await;
        let (status, _, page) = pages.post("/seekers", &form).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(page.contains(said), "{page}");
    }
    let mut body = forsa_tests::seeker_body("ZA-0001");
    body["full_name"] = json!("Huda Saleh");
    let (status, error) = world.caseworker.post("/api/v1/seekers", body).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        error["error"]["message"],
        "a seeker with this case reference is already registered at the centre"
    );
    let (_, list) = world.caseworker.get("/api/v1/seekers").await;
    assert_eq!(list["total"], 1);
}
