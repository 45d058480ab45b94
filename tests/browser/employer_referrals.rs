//! The employer's side of a referral in a real browser: signing in, finding the
//! candidate sent to them, and recording the hire with a reason — in English and in
//! Arabic, with axe-core on every page.

use anyhow::{Result, ensure};
use forsa_domain::Locale;
use forsa_tests::{PASSWORD, TestApp};
use serde_json::json;

use crate::driver::Browser;

const EMPLOYER: &str = "hr@albina.test";

/// The world of the test harness, with the seeker's permit and consent, and a
/// referral the employer has already made an offer on.
async fn offered_referral(app: &TestApp, locale: Locale) {
    let world = app.world().await;
    world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{}/permits", world.seeker),
            json!({"permit_type": "flexible_construction", "valid_from": "2026-01-01", "valid_until": "2099-12-31"}),
        )
        .await;
    world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{}/consents", world.seeker),
            json!({"purpose": "share_with_employers"}),
        )
        .await;
    let referral = world
        .caseworker
        .create(
            "/api/v1/referrals",
            json!({"seeker_id": world.seeker, "vacancy_id": world.vacancy}),
        )
        .await;
    let id = referral["id"].as_str().unwrap_or_default();
    for stage in ["interview", "offered"] {
        let (status, body) = world
            .employer_user
            .patch(&format!("/api/v1/referrals/{id}"), json!({"stage": stage}))
            .await;
        assert!(status.is_success(), "{body}");
    }
    let actor = app
        .service
        .authenticate(&world.employer_user.token)
        .await
        .unwrap();
    app.service.set_locale(&actor, locale).await.unwrap();
}

struct Words {
    lang: &'static str,
    hired: &'static str,
    saved: &'static str,
}

async fn records_the_hire(locale: Locale, words: Words) {
    let app = TestApp::spawn().await;
    offered_referral(&app, locale).await;
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b: &Browser| -> Result<()> {
            b.goto("/login").await?;
            b.sign_in(EMPLOYER, PASSWORD).await?;
            b.wait_for("nav.main-nav").await?;
            ensure!(b.attr("html", "lang").await?.as_deref() == Some(words.lang));
            b.check_accessibility().await?;

            b.click("nav.main-nav a[href='/vacancies']").await?;
            b.wait_for("ul.records").await?;
            b.check_accessibility().await?;
            b.goto("/vacancies/new").await?;
            b.wait_for("#wage_hint").await?;
            b.check_accessibility().await?;

            b.click("nav.main-nav a[href='/referrals']").await?;
            let name = b.text(".referral .candidate-name").await?;
            ensure!(name == "Amal Haddad", "{name}");
            b.check_accessibility().await?;

            let select = b.wait_for(".referral select[name=stage]").await?;
            select.select_by_value("hired").await?;
            b.wait_for(".referral textarea[name=reason]")
                .await?
                .send_keys("Starts on Sunday")
                .await?;
            b.click(".referral form.move button[type=submit]").await?;
            let notice = b.text("p.notice").await?;
            ensure!(notice == words.saved, "{notice}");
            let stage = b.text(".referral .stage").await?;
            ensure!(stage == words.hired, "{stage}");
            ensure!(b.path().await? == "/referrals");
            b.check_accessibility().await?;
            Ok(())
        })
        .await;
}

#[tokio::test]
async fn an_employer_records_a_hire_in_english() {
    let words = Words {
        lang: "en",
        hired: "Hired",
        saved: "The outcome was recorded.",
    };
    records_the_hire(Locale::En, words).await;
}

#[tokio::test]
async fn an_employer_records_a_hire_in_arabic() {
    let words = Words {
        lang: "ar",
        hired: "تم التوظيف",
        saved: "سُجلت النتيجة.",
    };
    records_the_hire(Locale::Ar, words).await;
}

/// Fails if the page is wider than the window: at 360 px nothing should scroll
/// sideways.
pub(crate) async fn fits_the_width(b: &Browser) -> Result<()> {
    let width = b
        .client
        .execute("return document.documentElement.scrollWidth;", Vec::new())
        .await?;
    let path = b.path().await?;
    ensure!(
        width.as_u64().is_some_and(|w| w <= 360),
        "{path} is {width} px wide"
    );
    Ok(())
}

/// The staff pages on a 360 px phone, in Arabic, with a refused form among them.
#[tokio::test]
async fn a_caseworkers_employer_and_vacancy_pages_are_accessible_on_a_phone() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let actor = app
        .service
        .authenticate(&world.caseworker.token)
        .await
        .unwrap();
    let email = app.service.me(&actor).await.unwrap().email.to_string();
    let vacancy = world.vacancy.clone();
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b: &Browser| -> Result<()> {
            b.client.set_window_size(360, 800).await?;
            b.goto("/login").await?;
            b.sign_in(&email, PASSWORD).await?;
            b.wait_for("nav.main-nav").await?;
            for path in [
                "/employers".to_owned(),
                "/employers/new".to_owned(),
                "/vacancies".to_owned(),
                format!("/vacancies/{vacancy}/edit"),
                format!("/vacancies/{vacancy}/matches?ineligible=yes"),
                format!("/vacancies/{vacancy}/close"),
                "/referrals".to_owned(),
            ] {
                b.goto(&path).await?;
                b.wait_for("main h1").await?;
                b.check_accessibility().await?;
                fits_the_width(b).await?;
            }
            // A refused form: each problem by its field, and still accessible.
            b.goto("/employers/new").await?;
            b.click("form button.primary").await?;
            let error = b.text("#name_error").await?;
            ensure!(error == "هذا الحقل مطلوب.", "{error}");
            ensure!(b.attr("#name", "aria-describedby").await?.as_deref() == Some("name_error"));
            b.check_accessibility().await?;
            fits_the_width(b).await?;
            Ok(())
        })
        .await;
}
