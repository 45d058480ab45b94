//! The vacancy form's required languages over plain HTTP: chosen with a level, shown
//! on the list, kept on an edit, each problem by its own row, in both languages.

use forsa_tests::{Pages, TestApp};
use reqwest::StatusCode;
use serde_json::Value;

fn form<'f>(extra: &[(&'f str, &'f str)]) -> Vec<(&'f str, &'f str)> {
    let mut form = vec![
        ("title_en", "Tailor for a garment line"),
        ("occupation", "7533"),
        ("sector", "C"),
        ("location", "JO-IR"),
        ("wage_min", "300"),
        ("wage_period", "monthly"),
        ("openings", "3"),
        ("hours_per_week", "48"),
        ("shift", "day"),
        ("contract", "permanent"),
    ];
    for &(name, value) in extra {
        form.retain(|(n, _)| *n != name);
        form.push((name, value));
    }
    form
}

fn languages(vacancy: &Value) -> Vec<(String, String)> {
    vacancy["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["code"].as_str().unwrap().to_owned(),
                l["level"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn an_employer_names_the_languages_a_job_needs_and_edits_them() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.employer_user, "en").await;
    let (status, page) = pages.get("/vacancies/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(r#"<label for="languages_0_code">Language 1</label>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<label for="languages_0_level">Level of language 1</label>"#),
        "{page}"
    );

    // The second row left blank, the third filled: blank rows are simply not sent.
    let sent = form(&[
        ("languages_0_code", "ar"),
        ("languages_0_level", "fluent"),
        ("languages_2_code", "en Engl"),
        ("languages_2_level", "basic"),
    ]);
    let (status, location, page) = pages.post("/vacancies", &sent).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location, "/vacancies?saved=1");
    let (_, list) = world.employer_user.get("/api/v1/vacancies").await;
    let vacancy = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["title_en"] == "Tailor for a garment line")
        .unwrap()
        .clone();
    assert_eq!(
        languages(&vacancy),
        [
            ("ar".into(), "fluent".into()),
            ("en".into(), "basic".into())
        ]
    );
    let (_, page) = pages.get("/vacancies").await;
    assert!(
        page.contains("Languages: Arabic (Fluent), English (Basic)"),
        "{page}"
    );

    // The edit form shows them; clearing a row drops that language.
    let id = vacancy["id"].as_str().unwrap();
    let (_, page) = pages.get(&format!("/vacancies/{id}/edit")).await;
    // By its name, not its code.
    assert!(
        page.contains(
            r#"name="languages_1_code" list="languages-list" autocomplete="off" value="English""#
        ),
        "{page}"
    );
    assert!(
        page.contains(r#"<option value="basic" selected>Basic</option>"#),
        "{page}"
    );
    let version = vacancy["version"].to_string();
    let sent = form(&[
        ("languages_0_code", ""),
        ("languages_0_level", ""),
        ("languages_1_code", "en"),
        ("languages_1_level", "conversational"),
        ("version", &version),
    ]);
    let (status, _, page) = pages.post(&format!("/vacancies/{id}"), &sent).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    let (_, vacancy) = world
        .employer_user
        .get(&format!("/api/v1/vacancies/{id}"))
        .await;
    assert_eq!(
        languages(&vacancy),
        [("en".into(), "conversational".into())]
    );
}

#[tokio::test]
async fn a_wrong_language_row_is_shown_by_that_row_and_nothing_is_saved() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, before) = world.caseworker.get("/api/v1/vacancies").await;
    for (lang, unknown, no_level, twice) in [
        (
            "en",
            "Choose a language from the list, or type its two-letter code.",
            "Choose one of the options.",
            "The same language is listed twice.",
        ),
        (
            "ar",
            "اختر لغة من القائمة، أو اكتب رمزها المكوّن من حرفين.",
            "اختر أحد الخيارات.",
            "اللغة نفسها مذكورة مرتين.",
        ),
    ] {
        let pages = Pages::of(&world.caseworker, lang).await;
        let employer = world.employer.as_str();
        // Row 1 blank: the problems of the rows sent land on rows 2 and 3.
        let sent = form(&[
            ("employer_id", employer),
            ("languages_1_code", "Klingon"),
            ("languages_1_level", "fluent"),
            ("languages_2_code", "ar"),
        ]);
        let (status, _, page) = pages.post("/vacancies", &sent).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(
            page.contains(&format!(
                r#"<p class="field-error" id="languages_1_code_error">{unknown}</p>"#
            )),
            "{page}"
        );
        assert!(
            page.contains(
                r#"value="Klingon" aria-invalid="true" aria-describedby="languages_1_code_error""#
            ),
            "{page}"
        );
        assert!(
            page.contains(&format!(
                r#"<p class="field-error" id="languages_2_level_error">{no_level}</p>"#
            )),
            "{page}"
        );
        assert!(!page.contains(r#"id="languages_0_code_error""#), "{page}");

        let sent = form(&[
            ("employer_id", employer),
            ("languages_0_code", "ar"),
            ("languages_0_level", "fluent"),
            ("languages_1_code", "ar"),
            ("languages_1_level", "basic"),
        ]);
        let (status, _, page) = pages.post("/vacancies", &sent).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(
            page.contains(&format!(
                r#"<p class="field-error" id="languages_error">{twice}</p>"#
            )),
            "{page}"
        );
    }
    let (_, after) = world.caseworker.get("/api/v1/vacancies").await;
    assert_eq!(after["total"], before["total"]);
}
