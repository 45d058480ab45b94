//! The admin pages and the caseworker's dashboard in a real browser, on a 360 px
//! phone, in English and in Arabic: axe-core on every page, nothing scrolling
//! sideways, and a refused user form with its problem by the field.

use anyhow::{Result, ensure};
use forsa_domain::Locale;
use forsa_tests::{PASSWORD, TestApp};
use serde_json::json;

use crate::{driver::Browser, employer_referrals::fits_the_width};

const ADMIN: &str = "admin@forsa.test";
const CASEWORKER: &str = "caseworker.centre-a@forsa.test";

struct Words {
    lang: &'static str,
    required: &'static str,
}

/// The admin's and the caseworker's pages, with a permit ending soon to show.
async fn walks_the_admin_pages_and_the_dashboard(locale: Locale, words: Words) {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let soon = (chrono::Utc::now().date_naive() + chrono::Days::new(10)).to_string();
    world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{}/permits", world.seeker),
            json!({"permit_type": "flexible_construction", "valid_from": "2026-01-01", "valid_until": soon}),
        )
        .await;
    for session in [&world.admin, &world.caseworker] {
        let actor = app.service.authenticate(&session.token).await.unwrap();
        app.service.set_locale(&actor, locale).await.unwrap();
    }
    let caseworker = app
        .service
        .authenticate(&world.caseworker.token)
        .await
        .unwrap()
        .user_id;
    let seeker = world.seeker.clone();
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b: &Browser| -> Result<()> {
            b.client.set_window_size(360, 800).await?;
            b.goto("/login").await?;
            b.sign_in(ADMIN, PASSWORD).await?;
            b.wait_for("nav.main-nav").await?;
            ensure!(b.attr("html", "lang").await?.as_deref() == Some(words.lang));
            for path in [
                "/centres".to_owned(),
                "/users".to_owned(),
                "/users/new".to_owned(),
                format!("/users/{caseworker}/password"),
                "/rules".to_owned(),
                format!("/audit?subject_type=seeker&subject_id={seeker}"),
            ] {
                b.goto(&path).await?;
                b.wait_for("main h1").await?;
                b.check_accessibility().await?;
                fits_the_width(b).await?;
            }
            // A caseworker without a centre: the problem by the centre's field.
            b.goto("/users/new").await?;
            b.wait_for("#name").await?.send_keys("Rana Odeh").await?;
            b.wait_for("#role")
                .await?
                .select_by_value("caseworker")
                .await?;
            b.click("form button.primary").await?;
            let error = b.text("#centre_id_error").await?;
            ensure!(error == words.required, "{error}");
            b.check_accessibility().await?;
            fits_the_width(b).await?;

            b.click("#sign-out").await?;
            b.goto("/login").await?;
            b.sign_in(CASEWORKER, PASSWORD).await?;
            b.wait_for(".dashboard").await?;
            let expiring = b.text("li.expiring").await?;
            ensure!(expiring.contains("Amal Haddad"), "{expiring}");
            b.check_accessibility().await?;
            fits_the_width(b).await?;
            Ok(())
        })
        .await;
}

#[tokio::test]
async fn the_admin_pages_and_the_dashboard_in_english() {
    let words = Words {
        lang: "en",
        required: "This is required.",
    };
    walks_the_admin_pages_and_the_dashboard(Locale::En, words).await;
}

#[tokio::test]
async fn the_admin_pages_and_the_dashboard_in_arabic() {
    let words = Words {
        lang: "ar",
        required: "هذا الحقل مطلوب.",
    };
    walks_the_admin_pages_and_the_dashboard(Locale::Ar, words).await;
}
