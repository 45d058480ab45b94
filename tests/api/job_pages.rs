//! The employer, vacancy and referral pages over plain HTTP: forms that show each
//! problem by its field and save nothing, the no-fees pledge before publishing,
//! stale edits, verification, matches with their verdicts, and the employer's view of
//! a referral bound by consent.

use std::time::Duration;

use forsa_tests::{PASSWORD, Pages, Session, TestApp, eventually, flexible_permit, seeker_body};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// A complete vacancy form; `extra` adds or overrides fields.
fn vacancy_form<'f>(extra: &[(&'f str, &'f str)]) -> Vec<(&'f str, &'f str)> {
    let mut form = vec![
        ("title_en", "Mason for block walls"),
        ("title_ar", "بناء طوب"),
        ("occupation", "7112"),
        ("sector", "F"),
        ("location", "JO-AM"),
        ("wage_min", "350"),
        ("wage_max", "400"),
        ("wage_period", "monthly"),
        ("openings", "2"),
        ("hours_per_week", "48"),
        ("shift", "day"),
        ("contract", "fixed_term"),
        ("skills", "masonry, plastering"),
        ("benefit_transport", "yes"),
    ];
    for &(name, value) in extra {
        form.retain(|(n, _)| *n != name);
        form.push((name, value));
    }
    form
}

async fn vacancy_total(session: &Session<'_>) -> u64 {
    let (status, body) = session.get("/api/v1/vacancies").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["total"].as_u64().unwrap()
}

#[tokio::test]
async fn a_wage_below_the_minimum_is_shown_by_the_wage_field_and_nothing_is_saved() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let before = vacancy_total(&world.employer_user).await;
    let pages = Pages::of(&world.employer_user, "ar").await;
    let (status, page) = pages.get("/vacancies/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("290"), "the minimum is on the form: {page}");

    let form = vacancy_form(&[("wage_min", "200"), ("publish", "yes")]);
    let (status, _, page) = pages.post("/vacancies", &form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(page.contains(r#"<p class="field-error" id="wage_min_error">الأجر أقل من الحد الأدنى للأجور المبين أعلاه.</p>"#), "{page}");
    assert!(
        page.contains(
            r#"value="200" aria-required="true" aria-invalid="true" aria-describedby="wage_hint wage_min_error""#
        ),
        "the field is marked and keeps what was typed: {page}"
    );
    assert!(page.contains(r#"value="Mason for block walls""#));
    assert_eq!(vacancy_total(&world.employer_user).await, before);

    // Not a number at all: said in the page's language too.
    let form = vacancy_form(&[("wage_min", "lots"), ("occupation", "")]);
    let (status, _, page) = pages.post("/vacancies", &form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains(r#"id="wage_min_error">أدخل أدنى أجر بالدينار، مثل 350 أو 12.5.</p>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"id="occupation_error">اختر مهنة من الاقتراحات"#),
        "{page}"
    );
    assert_eq!(vacancy_total(&world.employer_user).await, before);
}

#[tokio::test]
async fn publishing_needs_the_pledge_which_the_form_records_first() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let employer = world
        .caseworker
        .create(
            "/api/v1/employers",
            json!({"name": "Green Valley Farms", "sector": "A", "location": "JO-MA"}),
        )
        .await;
    let employer_id = employer["id"].as_str().unwrap();
    world
        .admin
        .create(
            "/api/v1/users",
            json!({"email": "hr@valley.test", "name": "Valley HR", "role": "employer",
                   "employer_id": employer_id, "password": PASSWORD}),
        )
        .await;
    let user = app.login("hr@valley.test", PASSWORD).await;
    let pages = Pages::of(&user, "en").await;
    let (_, page) = pages.get("/vacancies/new").await;
    assert!(page.contains(r#"id="fee_pledge""#), "the pledge is offered");
    // In the employer's own words to the employer, as the employer's to staff.
    assert!(page.contains("We pledge that workers never pay"), "{page}");
    let (_, staff_form) = Pages::of(&world.caseworker, "en")
        .await
        .get(&format!("/employers/{employer_id}/edit"))
        .await;
    assert!(
        staff_form.contains("The employer pledges that workers never pay"),
        "{staff_form}"
    );

    let form = vacancy_form(&[("sector", "A"), ("occupation", "6111"), ("publish", "yes")]);
    let (status, _, page) = pages.post("/vacancies", &form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(page.contains(r#"id="publish_error""#), "{page}");
    assert!(
        page.contains("only be published after the no-fees pledge"),
        "{page}"
    );
    assert_eq!(vacancy_total(&user).await, 0);

    let form = vacancy_form(&[
        ("sector", "A"),
        ("occupation", "6111"),
        ("publish", "yes"),
        ("fee_pledge", "yes"),
    ]);
    let (status, location, page) = pages.post("/vacancies", &form).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location, "/vacancies?saved=1");
    let (_, list) = user.get("/api/v1/vacancies").await;
    assert_eq!(list["items"][0]["status"], "open", "{list}");
    let (_, employer) = user.get(&format!("/api/v1/employers/{employer_id}")).await;
    assert!(!employer["fee_pledge_at"].is_null(), "{employer}");
    let (_, page) = pages.get("/vacancies").await;
    assert!(
        page.contains("Mason for block walls") && page.contains("Open"),
        "{page}"
    );
    // Editing it again says it is published rather than offering to publish it.
    let id = list["items"][0]["id"].as_str().unwrap();
    let (_, page) = pages.get(&format!("/vacancies/{id}/edit")).await;
    assert!(
        page.contains("Status: Open. It has been published."),
        "{page}"
    );
    assert!(!page.contains(r#"id="publish""#), "{page}");
}

#[tokio::test]
async fn a_stale_vacancy_edit_is_shown_not_written_over() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.employer_user, "en").await;
    let vacancy = &world.vacancy;
    let (status, page) = pages.get(&format!("/vacancies/{vacancy}/edit")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"name="version" value="1""#), "{page}");

    // Someone else saves first.
    let (status, _) = world
        .caseworker
        .patch(
            &format!("/api/v1/vacancies/{vacancy}"),
            json!({"title_en": "Formwork carpenter", "version": 1}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);

    let form = vacancy_form(&[("title_en", "My late edit"), ("version", "1")]);
    let (status, _, page) = pages.post(&format!("/vacancies/{vacancy}"), &form).await;
    assert_eq!(status, StatusCode::CONFLICT, "{page}");
    assert!(page.contains("Someone else changed this record"), "{page}");
    assert!(
        page.contains(r#"value="My late edit""#),
        "what was typed is kept"
    );
    let (_, stored) = world
        .caseworker
        .get(&format!("/api/v1/vacancies/{vacancy}"))
        .await;
    assert_eq!(stored["title_en"], "Formwork carpenter");

    // With the current version the edit goes through.
    let form = vacancy_form(&[("title_en", "My edit"), ("version", "2")]);
    let (status, _, page) = pages.post(&format!("/vacancies/{vacancy}"), &form).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");

    // Closing asks first, then closes.
    let (status, page) = pages.get(&format!("/vacancies/{vacancy}/close")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"name="version" value="3""#), "{page}");
    // It names the vacancy by its title and the code it is known by.
    let (_, stored) = world
        .caseworker
        .get(&format!("/api/v1/vacancies/{vacancy}"))
        .await;
    let code = stored["code"].as_str().unwrap();
    let grouped = format!("{} {}", &code[..3], &code[3..]);
    assert!(
        page.contains("<strong><bdi>My edit</bdi></strong>")
            && page.contains(&format!(
                r#"Code: <bdi dir="ltr" class="nowrap">{grouped}</bdi>"#
            )),
        "{page}"
    );
    let (status, _, _) = pages
        .post(&format!("/vacancies/{vacancy}/close"), &[("version", "3")])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, stored) = world
        .caseworker
        .get(&format!("/api/v1/vacancies/{vacancy}"))
        .await;
    assert_eq!(stored["status"], "closed");
}

#[tokio::test]
async fn a_caseworker_registers_and_verifies_an_employer_and_an_employer_may_not() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let (status, _, page) = pages
        .post(
            "/employers",
            &[
                ("name_en", "X"),
                ("sector", "F"),
                ("location", "JO-AM"),
                ("contact_email", "nope"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains(r#"id="name_en_error">This is too short.</p>"#),
        "{page}"
    );
    assert!(page.contains(r#"id="contact_email_error""#), "{page}");
    // No name in either language: said of the names together, linked from the summary.
    let (status, _, page) = pages
        .post(
            "/employers",
            &[
                ("name_ar", " "),
                ("name_en", ""),
                ("sector", "C"),
                ("location", "JO-AM"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains(r##"href="#names""##)
            && page
                .contains(r#"id="names_error">Enter the name in Arabic, in English or both.</p>"#),
        "{page}"
    );
    let (status, _, page) = pages
        .post(
            "/employers",
            &[
                ("name_ar", "مصانع الزرقاء للألبسة"),
                ("name_en", "Zarqa Garments"),
                ("sector", "C"),
                ("location", "JO-AM"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    // Each page shows the name in its own language.
    let (_, page) = pages.get("/employers?q=Zarqa").await;
    assert!(page.contains("<bdi>Zarqa Garments</bdi>") && !page.contains("مصانع الزرقاء"));
    let arabic = Pages::of(&world.caseworker, "ar").await;
    let (_, page) = arabic.get("/employers?q=Zarqa").await;
    assert!(page.contains("<bdi>مصانع الزرقاء للألبسة</bdi>"), "{page}");
    let pages = Pages::of(&world.caseworker, "en").await;
    let (_, list) = world.caseworker.get("/api/v1/employers?q=Zarqa").await;
    let employer = &list["items"][0];
    let id = employer["id"].as_str().unwrap();
    assert!(employer["verified_at"].is_null());

    let (_, page) = pages.get("/employers?q=Zarqa").await;
    assert!(
        page.contains(&format!(r#"action="/employers/{id}/verify""#)),
        "{page}"
    );
    let employer_pages = Pages::of(&world.employer_user, "en").await;
    let (status, _, _) = employer_pages
        .post(&format!("/employers/{id}/verify"), &[("version", "1")])
        .await;
    assert_ne!(status, StatusCode::SEE_OTHER, "an employer verifies nobody");

    let (status, location, _) = pages
        .post(&format!("/employers/{id}/verify"), &[("version", "1")])
        .await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/employers?saved=1")
    );
    let (_, employer) = world
        .caseworker
        .get(&format!("/api/v1/employers/{id}"))
        .await;
    assert!(!employer["verified_at"].is_null(), "{employer}");
}

#[tokio::test]
async fn vacancy_matches_show_each_verdict_in_words() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let second = world
        .caseworker
        .create("/api/v1/seekers", seeker_body("ZA-0002"))
        .await;
    let second_id = second["id"].as_str().unwrap();
    let (status, _) = world
        .caseworker
        .patch(
            &format!("/api/v1/seekers/{second_id}"),
            json!({"full_name": "Omar Khalil"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    flexible_permit(&world.caseworker, &world.seeker).await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let path = format!("/vacancies/{}/matches?ineligible=yes", world.vacancy);
    // Both seekers indexed, and Amal's permit too: the verdict reads the index.
    let found = eventually(Duration::from_secs(10), || async {
        let (_, page) = pages.get(&path).await;
        page.contains("Amal Haddad")
            && page.contains("Omar Khalil")
            && page.contains("May take this job.")
    })
    .await;
    let (status, page) = pages.get(&path).await;
    assert!(found, "{page}");
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("May take this job.") && page.contains("Their work permit covers it:"),
        "{page}"
    );
    assert!(
        page.contains("May not take this job yet.") && page.contains("a flexible permit:"),
        "{page}"
    );
    assert!(page.contains("Has worked in this occupation"), "{page}");

    let (_, page) = pages
        .get(&format!("/vacancies/{}/matches", world.vacancy))
        .await;
    assert!(
        page.contains("Amal Haddad") && !page.contains("Omar Khalil"),
        "eligible only: {page}"
    );
    let (_, arabic) = Pages::of(&world.caseworker, "ar").await.get(&path).await;
    assert!(
        arabic.contains("يحق لها شغل هذه الوظيفة.") && !arabic.contains("May take"),
        "Amal is told of in the feminine: {arabic}"
    );
    let (status, _) = Pages::of(&world.employer_user, "en").await.get(&path).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "matches are for staff");
}

async fn refer(world: &forsa_tests::World<'_>, seeker: &str) -> String {
    let referral = world
        .caseworker
        .create(
            "/api/v1/referrals",
            json!({"seeker_id": seeker, "vacancy_id": world.vacancy}),
        )
        .await;
    referral["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_employer_records_a_hire_with_a_reason_and_sees_only_consented_candidates() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    flexible_permit(&world.caseworker, &world.seeker).await;
    world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{}/consents", world.seeker),
            json!({"purpose": "share_with_employers", "method": "spoken"}),
        )
        .await;
    let consented = refer(&world, &world.seeker).await;
    let mut quiet = seeker_body("ZA-0003");
    quiet["full_name"] = Value::from("Hidden Person");
    quiet["phone"] = Value::from("+962790000000");
    let quiet = world.caseworker.create("/api/v1/seekers", quiet).await;
    let quiet = quiet["id"].as_str().unwrap().to_owned();
    flexible_permit(&world.caseworker, &quiet).await;
    refer(&world, &quiet).await;

    let pages = Pages::of(&world.employer_user, "en").await;
    let (status, page) = pages.get("/referrals").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Amal Haddad"), "{page}");
    assert!(
        !page.contains("Hidden Person") && !page.contains("+962790000000"),
        "{page}"
    );
    assert!(
        page.contains("has not agreed to share their details"),
        "{page}"
    );
    assert!(!page.contains("ZA-0001"), "no case reference for employers");

    // A rejection needs a reason: shown by the field, nothing moved.
    let path = format!("/referrals/{consented}/stage");
    let (status, _, page) = pages
        .post(&path, &[("stage", "rejected"), ("reason", "")])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains(r#"id="reason_error">Give a reason for this outcome.</p>"#),
        "{page}"
    );

    for stage in ["interview", "offered"] {
        let (status, _, page) = pages.post(&path, &[("stage", stage), ("reason", "")]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{stage}: {page}");
    }
    let (status, location, _) = pages
        .post(
            &path,
            &[
                ("stage", "hired"),
                ("reason", "Starts on Sunday at the Abdali site"),
            ],
        )
        .await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/referrals?saved=closed")
    );
    // The hire closes the referral: the open list says where it went.
    let (_, page) = pages.get(&location).await;
    assert!(
        page.contains("The referral is closed now: it is among every referral"),
        "{page}"
    );
    assert!(!page.contains("Amal Haddad"), "{page}");
    let (_, referral) = world
        .caseworker
        .get(&format!("/api/v1/referrals/{consented}"))
        .await;
    assert_eq!(referral["stage"], "hired");
    assert!(
        referral["history"].to_string().contains("Starts on Sunday"),
        "{referral}"
    );
    let (_, page) = pages.get("/referrals?stage=hired").await;
    assert!(
        page.contains("Hired") && page.contains("Amal Haddad"),
        "{page}"
    );
}

/// An employer has a name per language: the API sorts a name written both ways into
/// them, and each page shows the one of its language, falling back to the other.
#[tokio::test]
async fn an_employer_is_named_in_the_language_of_each_page() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    let employer = cw
        .create(
            "/api/v1/employers",
            json!({"name": "مصنع الحسن · Al-Hassan Factory", "sector": "C", "location": "JO-IR", "fee_pledge": true}),
        )
        .await;
    assert_eq!(employer["name_ar"], "مصنع الحسن");
    assert_eq!(employer["name_en"], "Al-Hassan Factory");
    let id = employer["id"].as_str().unwrap().to_owned();
    let mut vacancy = forsa_tests::vacancy_body("C", "8153");
    vacancy["employer_id"] = json!(id);
    cw.create("/api/v1/vacancies", vacancy).await;

    let shown = |page: &str, name: &str| page.contains(&format!("<bdi>{name}</bdi>"));
    let arabic = Pages::of(cw, "ar").await;
    let (_, page) = arabic.get(&format!("/vacancies?employer={id}")).await;
    assert!(
        shown(&page, "مصنع الحسن") && !page.contains("Al-Hassan"),
        "{page}"
    );
    let english = Pages::of(cw, "en").await;
    let (_, page) = english.get(&format!("/vacancies?employer={id}")).await;
    assert!(
        shown(&page, "Al-Hassan Factory") && !page.contains("مصنع الحسن"),
        "{page}"
    );

    // Without an English name, the English page shows the Arabic one.
    let (status, edited) = cw
        .patch(
            &format!("/api/v1/employers/{id}"),
            json!({"name_en": null, "version": employer["version"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{edited}");
    assert!(edited["name_en"].is_null(), "{edited}");
    let (_, page) = english.get(&format!("/vacancies?employer={id}")).await;
    assert!(shown(&page, "مصنع الحسن"), "{page}");
    // Neither name is refused, and changes nothing.
    let (status, refused) = cw
        .patch(
            &format!("/api/v1/employers/{id}"),
            json!({"name_ar": "", "version": edited["version"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert!(refused.to_string().contains("name"), "{refused}");
    let (_, kept) = cw.get(&format!("/api/v1/employers/{id}")).await;
    assert_eq!(kept["name_ar"], "مصنع الحسن");
}
