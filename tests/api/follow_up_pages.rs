//! Follow-ups after a hire on the caseworker's pages: the dashboard shows those due
//! (marked) and those coming in the next 30 days with their dates, and the hire's row
//! on the referrals page lists all that are planned; employers do not see them. A
//! due follow-up carries a form to record it, on both pages.

use chrono::{Days, NaiveDate, Utc};
use forsa_tests::{Pages, TestApp, written};
use reqwest::StatusCode;

/// The part of `page` from the element with `id` to the end of its section.
fn part<'p>(page: &'p str, id: &str) -> &'p str {
    page.split(&format!(r#"id="{id}""#))
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap_or_else(|| panic!("no {id} in {page}"))
}

fn day(offset: u64) -> NaiveDate {
    forsa_tests::centre_today() + Days::new(offset)
}

#[tokio::test]
async fn a_hire_shows_its_follow_ups_coming_then_due_to_the_caseworker() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let pages = Pages::of(&world.caseworker, "en").await;

    // Right after the hire: nothing due, the first follow-up coming in 30 days.
    let (status, page) = pages.get("/").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let panel = part(&page, "follow-ups");
    assert!(panel.contains("No follow-up is due."), "{panel}");
    let coming = part(&page, "follow-ups-coming");
    assert!(
        coming.contains(r#"Coming in the next 30 days <span class="count">1</span>"#),
        "{coming}"
    );
    let first = day(30);
    assert!(
        coming.contains(r#"<li class="follow-up coming">"#),
        "{coming}"
    );
    assert!(coming.contains("Amal Haddad"), "{coming}");
    assert!(
        coming.contains(&format!(
            r#"datetime="{first}">{}</time>"#,
            written(first, "en")
        )),
        "{coming}"
    );
    assert!(
        !coming.contains(&day(90).to_string()),
        "only the next 30 days"
    );

    // The hire's row says when the next one is; the person's page lists every
    // follow-up planned, none due yet.
    let (status, page) = pages.get("/referrals?stage=hired").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains(&format!(
            r#"<span class="next">Follow-up on {}</span>"#,
            written(first, "en")
        )),
        "{page}"
    );
    let (status, page) = pages.get(&format!("/seekers/{}", world.seeker)).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let planned = part(&page, "referrals");
    for offset in [30, 90, 180] {
        let day = day(offset);
        assert!(
            planned.contains(&format!(
                r#"Follow-up planned on <time datetime="{day}">{}</time>"#,
                written(day, "en")
            )),
            "{planned}"
        );
    }
    assert!(!planned.contains("due since"), "{planned}");

    // The employer's page does not show the centre's follow-ups.
    let (_, page) = Pages::of(&world.employer_user, "en")
        .await
        .get("/referrals?stage=hired")
        .await;
    assert!(page.contains("candidate-name"), "{page}");
    assert!(page.contains("Nothing more to do"), "{page}");
    assert!(!page.contains("Follow-up"), "{page}");

    // Thirty-one days later the first follow-up is due: marked, and no longer coming.
    let yesterday = Utc::now().date_naive() - Days::new(1);
    app.move_follow_up(first, yesterday).await;
    let (_, page) = pages.get("/").await;
    let due = part(&page, "follow-ups");
    assert!(
        due.contains(r#"Due now <span class="count">1</span>"#),
        "{due}"
    );
    assert!(due.contains(r#"<li class="follow-up due">"#), "{due}");
    assert!(due.contains(&format!(r#"datetime="{yesterday}""#)), "{due}");
    let coming = part(&page, "follow-ups-coming");
    assert!(
        coming.contains("No follow-up falls in the next 30 days."),
        "{coming}"
    );
    let (_, page) = pages.get("/referrals?stage=hired").await;
    assert!(
        page.contains(&format!(
            r#"<span class="next urgent">Follow-up due since {}</span>"#,
            written(yesterday, "en")
        )),
        "{page}"
    );

    // In Arabic: the words translated, and the day written with the months'
    // names as Jordan says them.
    let (_, page) = Pages::of(&world.caseworker, "ar").await.get("/").await;
    let due = part(&page, "follow-ups");
    assert!(due.contains("متابعة من تم توظيفهم"), "{due}");
    assert!(due.contains("مستحقة الآن"), "{due}");
    assert!(
        due.contains(&format!(
            r#"<time datetime="{yesterday}">{}</time>"#,
            written(yesterday, "ar")
        )),
        "{due}"
    );
}

/// The follow-ups of the world's hire, as the API gives them: (id, due on).
async fn planned(world: &forsa_tests::World<'_>) -> Vec<(String, String)> {
    let (_, list) = world.caseworker.get("/api/v1/referrals?stage=hired").await;
    let id = list["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, referral) = world
        .caseworker
        .get(&format!("/api/v1/referrals/{id}"))
        .await;
    referral["follow_ups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_owned(),
                f["due_on"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_caseworker_records_due_follow_ups_from_the_dashboard_and_the_hire() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let follow_ups = planned(&world).await;
    // Time passes: the first two are due.
    for (days, (_, due_on)) in [(2, &follow_ups[0]), (1, &follow_ups[1])] {
        let past = Utc::now().date_naive() - Days::new(days);
        app.move_follow_up(due_on, past).await;
    }
    let (first, second) = (&follow_ups[0].0, &follow_ups[1].0);
    let pages = Pages::of(&world.caseworker, "en").await;

    // Each due follow-up on the dashboard carries a labelled form.
    let (_, page) = pages.get("/").await;
    let due = part(&page, "follow-ups");
    assert!(
        due.contains(&format!(r#"action="/follow-ups/{first}""#)),
        "{due}"
    );
    assert!(
        due.contains(&format!(
            r#"<label for="outcome_{first}">What did you learn?</label>"#
        )),
        "{due}"
    );
    assert!(
        due.contains(&format!(r#"<label for="note_{first}">"#)),
        "{due}"
    );
    assert!(
        due.contains(r#"<option value="still_employed">Still in the job</option>"#),
        "{due}"
    );
    assert!(due.contains(r#"<legend>Record the follow-up due"#), "{due}");

    // Nothing chosen: the problem by its field, in the page's language, nothing saved.
    let path = format!("/follow-ups/{first}");
    let (status, _, page) = pages
        .post(
            &path,
            &[
                ("outcome", ""),
                ("note", "Called twice"),
                ("from", "dashboard"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(
        page.contains(r#"<p class="field-error" id="outcome_error">Choose what you learnt: still in the job, left it, or could not reach them.</p>"#),
        "{page}"
    );
    assert!(
        page.contains(&format!(r#"id="outcome_{first}" name="outcome" required aria-invalid="true" aria-describedby="outcome_error""#)),
        "{page}"
    );
    assert!(
        page.contains(">Called twice</textarea>"),
        "typed text kept: {page}"
    );
    let long = "x".repeat(501);
    let (status, _, page) = pages
        .post(
            &path,
            &[
                ("outcome", "left_job"),
                ("note", &long),
                ("from", "dashboard"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains(r#"id="note_error">This is too long.</p>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<option value="left_job" selected>"#),
        "{page}"
    );
    assert!(planned_done(&world, 0).await.is_none(), "nothing saved");

    // Recorded from the dashboard: it leaves the due list.
    let (status, location, _) = pages
        .post(
            &path,
            &[
                ("outcome", "still_employed"),
                ("note", "Likes the work"),
                ("from", "dashboard"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location, "/?recorded=1");
    let (_, page) = pages.get(&location).await;
    assert!(page.contains("The follow-up was recorded."), "{page}");
    let due = part(&page, "follow-ups");
    assert!(
        due.contains(r#"Due now <span class="count">1</span>"#),
        "{due}"
    );
    assert!(!due.contains(first.as_str()), "{due}");

    // Recording it again is refused plainly; what was recorded stays.
    let (status, _, page) = pages
        .post(&path, &[("outcome", "left_job"), ("from", "dashboard")])
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{page}");
    assert!(
        page.contains("This follow-up was recorded already"),
        "{page}"
    );
    assert_eq!(
        planned_done(&world, 0).await.as_deref(),
        Some("still_employed")
    );

    // On the person's page: the done one with its outcome and note, a form on the
    // other.
    let person = format!("/seekers/{}", world.seeker);
    let (_, page) = pages.get(&person).await;
    assert!(
        page.contains(r#"<strong class="outcome">Still in the job</strong>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<bdi class="follow-up-note">Likes the work</bdi>"#),
        "{page}"
    );
    assert!(
        !page.contains(&format!(r#"action="/follow-ups/{first}""#)),
        "{page}"
    );
    assert!(
        page.contains(&format!(r#"action="/follow-ups/{second}""#)),
        "{page}"
    );
    // Refused on the person's page: shown there again, by its field.
    let from_person = [("from", "person"), ("seeker", world.seeker.as_str())];
    let (status, _, page) = pages
        .post(
            &format!("/follow-ups/{second}"),
            &[[("outcome", ""), ("note", "")].as_slice(), &from_person].concat(),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(
        page.contains(r#"<h1><bdi>Amal Haddad</bdi></h1>"#),
        "{page}"
    );
    assert!(page.contains(r#"id="outcome_error""#), "{page}");
    let (status, location, _) = pages
        .post(
            &format!("/follow-ups/{second}"),
            &[
                [("outcome", "not_reached"), ("note", "")].as_slice(),
                &from_person,
            ]
            .concat(),
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location, format!("{person}?done=follow-up-recorded"));
    let (_, page) = pages.get(&location).await;
    assert!(page.contains("The follow-up was recorded."), "{page}");
    assert!(
        page.contains(r#"<strong class="outcome">Could not be reached</strong>"#),
        "{page}"
    );
    let (_, page) = pages.get("/").await;
    assert!(part(&page, "follow-ups").contains("No follow-up is due."));

    // Employers have no form and cannot post one.
    let employer = Pages::of(&world.employer_user, "en").await;
    let third = &follow_ups[2].0;
    let (status, _, _) = employer
        .post(
            &format!("/follow-ups/{third}"),
            &[("outcome", "left_job"), ("from", "referrals")],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(planned_done(&world, 2).await.is_none());
}

#[tokio::test]
async fn the_follow_up_form_speaks_arabic() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let (first, due_on) = planned(&world).await.remove(0);
    let past = Utc::now().date_naive() - Days::new(1);
    app.move_follow_up(due_on, past).await;
    let pages = Pages::of(&world.caseworker, "ar").await;
    let (_, page) = pages.get("/referrals?stage=hired").await;
    assert!(page.contains("ماذا عرفت؟"), "{page}");
    assert!(page.contains("ما زال في العمل"), "{page}");
    let (status, _, page) = pages
        .post(
            &format!("/follow-ups/{first}"),
            &[("outcome", ""), ("from", "referrals")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = page
        .split(r#"id="outcome_error">"#)
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_else(|| panic!("no error on {page}"));
    assert!(
        !error.is_empty() && !error.chars().any(|c| c.is_ascii_alphabetic()),
        "{error}"
    );
}

#[tokio::test]
async fn a_row_without_consent_says_so_in_words_for_each_role() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{}/permits", world.seeker),
            serde_json::json!({"permit_type": "flexible_construction", "valid_from": "2026-01-01", "valid_until": "2099-12-31"}),
        )
        .await;
    world.refer(&world.seeker).await;
    let (_, page) = Pages::of(&world.caseworker, "en")
        .await
        .get("/referrals")
        .await;
    assert!(page.contains("Not shared with the employer"), "{page}");
    assert!(!page.contains("Ask the centre"), "{page}");
    let (_, page) = Pages::of(&world.employer_user, "en")
        .await
        .get("/referrals")
        .await;
    assert!(
        page.contains("has not agreed to share their details with employers"),
        "{page}"
    );
    assert!(!page.contains("Not shared with the employer"), "{page}");
}

/// The outcome recorded on follow-up `index` of the world's hire, if any.
async fn planned_done(world: &forsa_tests::World<'_>, index: usize) -> Option<String> {
    let (_, list) = world.caseworker.get("/api/v1/referrals?stage=hired").await;
    let id = list["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, referral) = world
        .caseworker
        .get(&format!("/api/v1/referrals/{id}"))
        .await;
    referral["follow_ups"][index]["outcome"]
        .as_str()
        .map(str::to_owned)
}
