//! The seeker pages over plain HTTP: the list, registering (refused input shows the
//! form again and saves nothing), a stale edit, permits, matches and referring. The
//! browser suite drives the same pages in Chromium.

use chrono::Utc;
use forsa_tests::{INDEX_DEADLINE, Pages, Session, TestApp, eventually, written};
use reqwest::StatusCode;
use serde_json::json;

fn day(offset: i64) -> String {
    (Utc::now().date_naive() + chrono::Duration::days(offset)).to_string()
}

/// The day `offset` days from today as the English pages write it.
fn written_day(offset: i64) -> String {
    written(
        Utc::now().date_naive() + chrono::Duration::days(offset),
        "en",
    )
}

async fn seeker_count(caseworker: &Session<'_>) -> u64 {
    caseworker.get("/api/v1/seekers").await.1["total"]
        .as_u64()
        .unwrap()
}

#[tokio::test]
async fn the_list_finds_seekers_by_name_or_reference_and_only_for_staff() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let (status, body) = pages.get("/seekers").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(&format!(r#"href="/seekers/{}""#, world.seeker)));
    assert!(body.contains("Amal Haddad"));
    assert!(
        body.contains(r#"href="/seekers" aria-current="page""#),
        "{body}"
    );
    let (_, found) = pages.get("/seekers?q=ZA-0001").await;
    assert!(found.contains("Amal Haddad"));
    let (_, none) = pages.get("/seekers?q=Nobody+Here&status=refugee").await;
    assert!(!none.contains("Amal Haddad"));
    assert!(none.contains("No job seekers found."));

    let (status, _) = pages.get("/seekers/not-an-id/matches").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let employer = Pages::of(&world.employer_user, "en").await;
    let (status, _) = employer.get("/seekers").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = employer.get(&format!("/seekers/{}", world.seeker)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let stranger = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = stranger.get(app.url("/seekers")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_refused_registration_shows_each_problem_by_its_field_and_saves_nothing() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let before = seeker_count(&world.caseworker).await;
    let pages = Pages::of(&world.caseworker, "ar").await;
    let (status, _, body) = pages
        .post(
            "/seekers",
            &[
                ("full_name", ""),
                ("gender", "female"),
                ("nationality", "SY"),
                ("status", "refugee"),
                ("location", "JO-MA-ZAATARI"),
                ("phone", "0791234567"),
                ("birth_year", "abc"),
                ("occupations_0_isco", "carpenter"),
                ("languages_1_code", "ar"),
                ("languages_1_level", ""),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains(r#"<html lang="ar" dir="rtl">"#));
    for field in [
        "full_name",
        "birth_year",
        "occupations_0_isco",
        "languages_1_level",
    ] {
        assert!(
            body.contains(&format!(r#"id="{field}_error""#)),
            "no problem shown by {field}: {body}"
        );
    }
    // Each problem says what is wrong with its own field, in Arabic.
    assert!(
        body.contains(r#"<p class="field-error" id="full_name_error">أدخل الاسم الكامل للشخص.</p>"#),
        "{body}"
    );
    assert!(
        body.contains(r#"<p class="field-error" id="birth_year_error">أدخل سنة الميلاد بأربعة أرقام، مثل 1990.</p>"#),
        "{body}"
    );
    assert!(body.contains(r#"aria-invalid="true" aria-describedby="full_name_error""#));
    // The summary on top links each problem to its field, in the form's order.
    let summary = &body[body.find(r#"class="error-summary""#).expect("a summary")..];
    let summary = &summary[..summary.find("</div>").unwrap()];
    assert!(
        summary.contains("هناك مشكلة") && summary.contains("autofocus"),
        "{summary}"
    );
    let links: Vec<usize> = [
        "#full_name",
        "#birth_year",
        "#languages_1_level",
        "#occupations_0_isco",
    ]
    .iter()
    .map(|anchor| {
        summary
            .find(&format!(r#"<a href="{anchor}">"#))
            .unwrap_or_else(|| panic!("no link to {anchor}: {summary}"))
    })
    .collect();
    assert!(links.is_sorted(), "in the form's order: {summary}");
    assert!(
        body.contains(r#"value="0791234567""#),
        "what was typed is kept"
    );
    assert!(body.contains(r#"value="carpenter""#));
    assert!(!body.contains("is required") && !body.contains("must be"));
    assert_eq!(
        seeker_count(&world.caseworker).await,
        before,
        "nothing saved"
    );

    // A case reference already used at the centre is told above the form.
    let (status, _, body) = pages
        .post(
            "/seekers",
            &[
                ("full_name", "Hana Saleh"),
                ("case_reference", "ZA-0001"),
                ("gender", "female"),
                ("nationality", "SY"),
                ("status", "refugee"),
                ("location", "JO-MA-ZAATARI"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body.contains(r#"id="form_problems""#), "{body}");
    assert!(body.contains(r#"value="ZA-0001""#));
    assert_eq!(seeker_count(&world.caseworker).await, before);
}

#[tokio::test]
async fn a_registration_is_saved_and_the_profile_shows_it() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let (status, form) = pages.get("/seekers/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains(r#"data-complete="occupations""#));
    assert!(form.contains("/static/occupations.js?v="));
    let (status, location, _) = pages
        .post(
            "/seekers",
            &[
                ("full_name", "Hana Saleh"),
                ("case_reference", "ZA-0002"),
                ("gender", "female"),
                ("birth_year", "1990"),
                ("nationality", "SY"),
                ("status", "refugee"),
                ("location", "JO-MA-ZAATARI"),
                ("languages_0_code", "ar"),
                ("languages_0_level", "native"),
                ("occupations_0_isco", "7115 Carpenters and joiners"),
                ("occupations_0_years", "4"),
                ("skills", "formwork, roofing"),
                ("preferences_needs_transport", "on"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location.ends_with("?done=registered"), "{location}");
    let (status, profile) = pages.get(&location).await;
    assert_eq!(status, StatusCode::OK);
    assert!(profile.contains("Hana Saleh"));
    assert!(profile.contains("The job seeker is registered."));
    // The occupation in words, not its code.
    assert!(
        profile.contains("Carpenters and joiners (4 years)"),
        "{profile}"
    );
    assert!(!profile.contains("7115"), "{profile}");
    assert!(profile.contains("formwork"));
}

#[tokio::test]
async fn a_stale_edit_is_told_and_does_not_overwrite() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let edit = format!("/seekers/{}/edit", world.seeker);
    let (status, form) = pages.get(&edit).await;
    assert_eq!(status, StatusCode::OK);
    let version = form
        .split(r#"name="version" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    // Someone else changes the record meanwhile.
    let (status, _) = world
        .caseworker
        .patch(
            &format!("/api/v1/seekers/{}", world.seeker),
            json!({ "phone": "0790000001" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, body) = pages
        .post(
            &edit,
            &[
                ("version", version.as_str()),
                ("full_name", "Amal H."),
                ("gender", "female"),
                ("nationality", "SY"),
                ("status", "refugee"),
                ("location", "JO-MA-ZAATARI"),
                ("phone", "0790000002"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body.contains(r#"id="form_problems""#), "{body}");
    assert!(body.contains("Someone else changed this record"), "{body}");
    assert!(
        body.contains(r#"value="Amal H.""#),
        "what was typed is kept"
    );
    let (_, seeker) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{}", world.seeker))
        .await;
    assert_eq!(seeker["full_name"], "Amal Haddad");
    assert_eq!(seeker["phone"], "0790000001");

    // With the current version the edit goes through.
    let current = seeker["version"].to_string();
    let (status, location, _) = pages
        .post(
            &edit,
            &[
                ("version", current.as_str()),
                ("full_name", "Amal H."),
                ("gender", "female"),
                ("nationality", "SY"),
                ("status", "refugee"),
                ("location", "JO-MA-ZAATARI"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{location}");
    assert!(location.ends_with("?done=updated"));
}

#[tokio::test]
async fn permits_and_consents_are_added_from_the_profile() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let permits = format!("/seekers/{}/permits", world.seeker);
    let (status, _, body) = pages
        .post(
            &permits,
            &[
                ("permit_type", "flexible_construction"),
                ("valid_from", &day(10)),
                ("valid_until", &day(-10)),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains(r#"id="valid_until_error""#), "{body}");
    assert!(body.contains("The end date must not be before the start date."));
    let (status, location, _) = pages
        .post(
            &permits,
            &[
                ("permit_type", "flexible_construction"),
                ("valid_from", &day(-30)),
                ("valid_until", &day(300)),
                ("number", "FC-123"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, profile) = pages.get(&location).await;
    assert!(profile.contains("The permit is added."));
    assert!(
        profile.contains(&format!(
            r##"<a href="#permits" class="tag ok" id="permit-badge">In force until {}</a>"##,
            written_day(300)
        )),
        "{profile}"
    );
    assert!(profile.contains("FC-123"));

    // How the person gave it must be said.
    let (status, _, page) = pages
        .post(
            &format!("/seekers/{}/consents", world.seeker),
            &[("purpose", "share_with_employers")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(r#"id="method_error""#), "{page}");
    let (status, location, _) = pages
        .post(
            &format!("/seekers/{}/consents", world.seeker),
            &[
                ("purpose", "share_with_employers"),
                ("method", "signed_form"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, profile) = pages.get(&location).await;
    assert!(profile.contains("The consent is recorded."));
    assert!(profile.contains("Share the profile with employers"));
    assert!(profile.contains("Signed the consent form"), "{profile}");
}

#[tokio::test]
async fn matches_show_the_verdict_in_words_and_refer() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let matches = format!("/seekers/{}/matches", world.seeker);
    // Without a permit the construction job is not eligible: shown only on request,
    // with what would change that.
    let shown = eventually(INDEX_DEADLINE, || async {
        pages
            .get(&format!("{matches}?all=1"))
            .await
            .1
            .contains(&world.vacancy)
    })
    .await;
    assert!(shown, "the vacancy reaches the index");
    let (_, body) = pages.get(&format!("{matches}?all=1")).await;
    assert!(body.contains("May not take this job yet."), "{body}");
    assert!(body.contains("No work permit of theirs covers this job."));
    assert!(body.contains("Has worked in this occupation"));

    let (status, _, _) = pages
        .post(
            &format!("/seekers/{}/permits", world.seeker),
            &[
                ("permit_type", "flexible_construction"),
                ("valid_from", &day(-30)),
                ("valid_until", &day(300)),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let eligible = eventually(INDEX_DEADLINE, || async {
        pages.get(&matches).await.1.contains("May take this job.")
    })
    .await;
    assert!(eligible);
    let (_, body) = pages.get(&matches).await;
    assert!(
        body.contains("Their work permit covers it: Flexible construction permit"),
        "{body}"
    );

    // Amal has not agreed to share her profile: the caseworker is asked first, and
    // nothing is referred until they answer.
    let (status, _, body) = pages
        .post(&matches, &[("vacancy_id", world.vacancy.as_str())])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("Refer without sharing?")
            && body.contains("will see only that the centre referred someone")
            && body.contains(r#"id="consent-and-refer""#),
        "{body}"
    );
    let (_, referrals) = world.caseworker.get("/api/v1/referrals").await;
    assert_eq!(referrals["total"], 0, "{referrals}");

    // She agrees: the consent is recorded and she is referred.
    let (status, location, _) = pages
        .post(
            &matches,
            &[
                ("vacancy_id", world.vacancy.as_str()),
                ("confirmed", "yes"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, body) = pages.get(&location).await;
    assert!(
        body.contains(r#"id="notice""#)
            && body.contains(
                "Referred to \u{2068}Carpenter for formwork\u{2069} at \u{2068}Al-Bina Contracting\u{2069}."
            ),
        "{body}"
    );
    assert!(
        body.contains(r#"<p class="tag ok referred">Referred</p>"#),
        "the card says so: {body}"
    );
    assert!(!body.contains(r#"id="not-sharing""#), "{body}");
    let (_, referrals) = world.caseworker.get("/api/v1/referrals").await;
    assert_eq!(referrals["total"], 1, "{referrals}");
    let (_, consents) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{}/consents", world.seeker))
        .await;
    assert!(
        consents.to_string().contains("share_with_employers"),
        "{consents}"
    );

    // A second referral to the same job is told, not made.
    let (status, _, body) = pages
        .post(&matches, &[("vacancy_id", world.vacancy.as_str())])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("already referred"));
}

#[tokio::test]
async fn permits_are_renewed_and_withdrawn_and_consents_withdrawn() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let permit = world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{}/permits", world.seeker),
            json!({"permit_type": "flexible_construction", "valid_from": day(-300), "valid_until": day(20)}),
        )
        .await;
    let change = format!(
        "/seekers/{}/permits/{}",
        world.seeker,
        permit["id"].as_str().unwrap()
    );
    // The renewal form stays closed until asked for.
    let (_, profile) = pages.get(&format!("/seekers/{}", world.seeker)).await;
    assert!(
        profile.contains(
            r#"<details class="disclosure">
    <summary>Renew with new dates</summary>"#
        ),
        "{profile}"
    );
    let (status, _, body) = pages
        .post(
            &change,
            &[
                ("action", "renew"),
                ("valid_from", &day(21)),
                ("valid_until", ""),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let field = format!("renew-{}-valid_until_error", permit["id"].as_str().unwrap());
    assert!(body.contains(&format!(r#"id="{field}""#)), "{body}");
    assert!(
        body.contains(
            r#"<details class="disclosure" open>
    <summary>Renew with new dates</summary>"#
        ),
        "a refused renewal is shown open: {body}"
    );
    let (status, location, _) = pages
        .post(
            &change,
            &[
                ("action", "renew"),
                ("valid_from", &day(0)),
                ("valid_until", &day(365)),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, profile) = pages.get(&location).await;
    assert!(profile.contains("The permit is renewed."));
    assert!(profile.contains(&format!("In force until {}", written_day(365))));

    // Withdrawing asks first, on a page of its own that names the permit.
    let confirm = format!("{change}/revoke");
    assert!(
        profile.contains(&format!(r#"<a href="{confirm}" class="danger-link">"#)),
        "{profile}"
    );
    let (status, page) = pages.get(&confirm).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("<h1>Withdraw a work permit</h1>"), "{page}");
    assert!(page.contains("Flexible construction permit"), "{page}");
    assert!(page.contains("will no longer match jobs"), "{page}");
    assert!(
        page.contains(&format!(r#"<form method="post" action="{change}""#)),
        "{page}"
    );
    let (status, location, _) = pages.post(&change, &[("action", "revoke")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, profile) = pages.get(&location).await;
    assert!(profile.contains("The permit is withdrawn."));
    assert!(!profile.contains("In force until"), "{profile}");
    assert!(
        profile.contains(r#"<span class="tag warn">Withdrawn</span>"#),
        "{profile}"
    );
    // A withdrawn permit is not withdrawn twice.
    let (status, _) = pages.get(&confirm).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let consent = world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{}/consents", world.seeker),
            json!({"purpose": "contact_by_sms", "method": "signed_form"}),
        )
        .await;
    let (status, location, _) = pages
        .post(
            &format!(
                "/seekers/{}/consents/{}/withdraw",
                world.seeker,
                consent["id"].as_str().unwrap()
            ),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, profile) = pages.get(&location).await;
    assert!(profile.contains("The consent is withdrawn."));
    assert!(profile.contains("withdrawn on"));
}

#[tokio::test]
async fn archiving_asks_first_and_keeps_the_record() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let archive = format!("/seekers/{}/archive", world.seeker);
    let (status, confirm) = pages.get(&archive).await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirm.contains(r#"id="confirm-archive""#));
    assert!(confirm.contains("Amal Haddad"));
    let (_, seeker) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{}", world.seeker))
        .await;
    assert!(seeker["archived_at"].is_null(), "asking archives nothing");
    let (status, location, _) = pages.post(&archive, &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, profile) = pages.get(&location).await;
    assert!(profile.contains("The record is archived."));
    assert!(profile.contains(r#"id="archived-note""#));
    let (_, list) = pages.get("/seekers").await;
    assert!(
        !list.contains("Amal Haddad"),
        "archived seekers leave the list"
    );
    let (_, list) = pages.get("/seekers?archived=1").await;
    assert!(list.contains("Amal Haddad"));
}

#[tokio::test]
async fn lists_are_joined_with_the_pages_own_comma() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut body = forsa_tests::seeker_body("ZA-0450");
    body["languages"] =
        json!([{"code": "ar", "level": "native"}, {"code": "en", "level": "basic"}]);
    body["skills"] = json!(["formwork", "tiling"]);
    let seeker = world.caseworker.create("/api/v1/seekers", body).await;
    let path = format!("/seekers/{}", seeker["id"].as_str().unwrap());
    let (_, english) = Pages::of(&world.caseworker, "en").await.get(&path).await;
    assert!(
        english.contains("Arabic (Mother tongue), English (Basic)")
            && english.contains("formwork, tiling"),
        "{english}"
    );
    assert!(
        !english.contains('،'),
        "no Arabic comma in English: {english}"
    );
    let (_, arabic) = Pages::of(&world.caseworker, "ar").await.get(&path).await;
    assert!(arabic.contains("formwork، tiling"), "{arabic}");
}
