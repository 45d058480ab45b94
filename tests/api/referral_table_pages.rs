//! The referrals as a table to work from: open ones by default, each with the
//! person, vacancy and employer linked, the stage, since when, and what happens
//! next; a stage moves only when one is chosen, and the choices that need a reason
//! say so.

use forsa_tests::{Pages, TestApp, seeker_body, vacancy_body, written};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn open_referrals_are_a_table_with_the_next_step() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    world.permitted_and_consenting(&world.seeker).await;
    let open = world.refer(&world.seeker).await;
    // A second person, referred and then withdrawn: closed, so not shown at first.
    let mut body = seeker_body("ZA-0500");
    body["full_name"] = json!("Nour Khalil");
    let other = cw.create("/api/v1/seekers", body).await;
    let other = other["id"].as_str().unwrap().to_owned();
    world.permitted_and_consenting(&other).await;
    let closed = world.refer(&other).await;
    let (status, body) = cw
        .patch(
            &format!("/api/v1/referrals/{closed}"),
            json!({"stage": "withdrawn", "reason": "Found work elsewhere"}),
        )
        .await;
    assert!(status.is_success(), "{body}");

    let pages = Pages::of(cw, "en").await;
    let (status, page) = pages.get("/referrals").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    for column in [
        "Person",
        "Vacancy",
        "Employer",
        "Stage",
        "Since",
        "What happens next",
    ] {
        assert!(
            page.contains(&format!(r#"<th scope="col">{column}</th>"#)),
            "{column}: {page}"
        );
    }
    assert!(page.contains(&format!(r#"id="referral_{open}""#)), "{page}");
    assert!(
        !page.contains(&format!(r#"id="referral_{closed}""#)),
        "{page}"
    );
    assert!(
        page.contains(r#"<option value="" selected>Open referrals</option>"#),
        "{page}"
    );
    // The person, the vacancy and the employer lead to their pages.
    assert!(
        page.contains(&format!(
            r#"<a href="/seekers/{}"><bdi class="candidate-name">Amal Haddad</bdi></a>"#,
            world.seeker
        )),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            r#"<a href="/referrals?vacancy={}">"#,
            world.vacancy
        )),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            r#"<a href="/vacancies?employer={}"><bdi>Al-Bina Contracting</bdi></a>"#,
            world.employer
        )),
        "{page}"
    );
    let today = forsa_tests::centre_today();
    assert!(
        page.contains(&format!(
            r#"<time datetime="{today}">{}</time>"#,
            written(today, "en")
        )),
        "{page}"
    );
    assert!(
        page.contains(r#"<span class="next">Waiting for the employer's answer</span>"#)
            || page.contains(r#"<span class="next">Waiting for the employer&#39;s answer</span>"#),
        "{page}"
    );
    // No stage is chosen before the caseworker chooses one; those that need a
    // reason say so beside the choice.
    let form = page
        .split(&format!(r#"action="/referrals/{open}/stage""#))
        .nth(1)
        .and_then(|rest| rest.split("</form>").next())
        .unwrap();
    assert!(
        form.contains(r#"<option value="">Choose what happened…</option>"#),
        "{form}"
    );
    assert!(!form.contains(" selected>"), "{form}");
    assert!(
        form.contains(r#"<option value="rejected">Not selected (give a reason)</option>"#),
        "{form}"
    );
    assert!(
        form.contains(r#"<option value="interview">Interview</option>"#),
        "{form}"
    );

    // Record without a choice: told to choose, and nothing moves.
    let (status, _, page) = pages
        .post(
            &format!("/referrals/{open}/stage"),
            &[("stage", ""), ("reason", "")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(page.contains(r#"id="stage_error""#), "{page}");
    assert!(
        page.contains(r#"<details class="disclosure" open>"#),
        "the refused form is shown open: {page}"
    );
    let (_, shown) = cw.get(&format!("/api/v1/referrals/{open}")).await;
    assert_eq!(shown["stage"], "referred");

    // Every referral, closed ones too, when asked for.
    let (_, page) = pages.get("/referrals?stage=all").await;
    assert!(
        page.contains(&format!(r#"id="referral_{closed}""#)),
        "{page}"
    );
    assert!(page.contains(">Closed</span>"), "{page}");

    // A week and more without the employer's answer: call them.
    let ten_days_ago = (chrono::Utc::now() - chrono::Duration::days(10)).to_rfc3339();
    app.sql(&format!(
        "UPDATE referrals SET updated_at = '{ten_days_ago}' WHERE stage = 'referred'"
    ))
    .await;
    let (_, page) = pages.get("/referrals").await;
    assert!(
        page.contains(
            r#"<span class="next urgent">10 days without an answer: call the employer</span>"#
        ),
        "{page}"
    );
    let (_, page) = Pages::of(cw, "ar").await.get("/referrals").await;
    assert!(
        page.contains("مضت 10 أيام دون رد: اتصل بصاحب العمل"),
        "{page}"
    );
}

#[tokio::test]
async fn one_vacancys_referrals_and_one_employers_vacancies() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    let referral = world.refer(&world.seeker).await;
    let other = world
        .employer_user
        .create("/api/v1/vacancies", vacancy_body("F", "7112"))
        .await;
    let other = other["id"].as_str().unwrap().to_owned();

    for pages in [
        Pages::of(&world.caseworker, "en").await,
        Pages::of(&world.employer_user, "en").await,
    ] {
        let (status, page) = pages
            .get(&format!("/referrals?vacancy={}", world.vacancy))
            .await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(page.contains(r#"class="queue-banner""#), "{page}");
        assert!(page.contains("Referrals to <strong><bdi>"), "{page}");
        assert!(
            page.contains(&format!(r#"id="referral_{referral}""#)),
            "{page}"
        );
        assert!(
            page.contains(&format!(
                r#"<input type="hidden" name="vacancy" value="{}">"#,
                world.vacancy
            )),
            "the filter keeps the vacancy: {page}"
        );
        let (_, page) = pages.get(&format!("/referrals?vacancy={other}")).await;
        assert!(!page.contains("id=\"referral_"), "{page}");
        assert!(page.contains("No referrals."), "{page}");
    }

    // The employer sees no employer column: every row is theirs.
    let (_, page) = Pages::of(&world.employer_user, "en")
        .await
        .get("/referrals")
        .await;
    assert!(!page.contains(r#"<th scope="col">Employer</th>"#), "{page}");
    assert!(
        page.contains("Invite to an interview, make an offer or say no"),
        "{page}"
    );
    assert!(
        !page.contains(&format!(r#"href="/seekers/{}""#, world.seeker)),
        "{page}"
    );

    let pages = Pages::of(&world.caseworker, "en").await;
    let (status, page) = pages
        .get(&format!("/vacancies?employer={}", world.employer))
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains("Vacancies of <strong><bdi>Al-Bina Contracting</bdi></strong>"),
        "{page}"
    );
}

#[tokio::test]
async fn odd_list_addresses_show_the_open_referrals_or_refuse_plainly() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    let referral = world.refer(&world.seeker).await;
    let pages = Pages::of(&world.caseworker, "en").await;
    for address in [
        "/referrals?vacancy=not-an-id",
        "/referrals?stage=%00%01",
        "/referrals?stage=x&queue=y&vacancy=z",
        "/referrals?vacancy=%E2%80%AE",
        "/vacancies?employer=99999999999999999999",
    ] {
        let (status, page) = pages.get(address).await;
        assert_eq!(status, StatusCode::OK, "{address}: {page}");
        if address.starts_with("/referrals") {
            assert!(
                page.contains(&format!(r#"id="referral_{referral}""#)),
                "{address}: {page}"
            );
        }
    }
    let giant = format!("/referrals?vacancy={}", "9".repeat(5000));
    let (status, _) = pages.get(&giant).await;
    assert!(status == StatusCode::OK || status == StatusCode::BAD_REQUEST);
    let (status, _) = pages.get("/referrals?page=99999999999999999999").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}
