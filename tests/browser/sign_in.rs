//! Signing in, the shell, the language switch and signing out.

use anyhow::{Result, ensure};
use forsa_tests::{PASSWORD, TestApp};
use serde_json::json;

use crate::driver::Browser;

const EMAIL: &str = "noor@centre.test";

/// A caseworker whose stored preference is English.
async fn caseworker(app: &TestApp) {
    let admin = app.admin().await;
    let centre = admin
        .create(
            "/api/v1/centres",
            json!({ "name_ar": "مركز الزعتري", "name_en": "Zaatari", "location": "JO-MA-ZAATARI" }),
        )
        .await;
    admin
        .create(
            "/api/v1/users",
            json!({ "email": EMAIL, "name": "Noor", "role": "caseworker",
                    "centre_id": centre["id"], "password": PASSWORD, "locale": "en" }),
        )
        .await;
}

/// A fresh server with the caseworker, and a browser on it for `flow`; nothing when
/// the browser pieces are missing (the harness has said so).
async fn with_caseworker(flow: impl AsyncFnOnce(&Browser) -> Result<()>) {
    let app = TestApp::spawn().await;
    caseworker(&app).await;
    if let Some(browser) = Browser::start(app.address).await {
        browser.run(flow).await;
    }
}

fn has_latin(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
}

#[tokio::test]
async fn a_caseworker_signs_in_switches_to_arabic_and_signs_out() {
    with_caseworker(async |b: &Browser| -> Result<()> {
        b.goto("/").await?;
        b.wait_for("#email").await?;
        ensure!(b.path().await? == "/login", "a stranger is sent to sign in");
        ensure!(b.attr("html", "lang").await?.as_deref() == Some("en"));
        b.check_accessibility().await?;

        b.sign_in(EMAIL, PASSWORD).await?;
        let nav = b.text("nav.main-nav").await?;
        ensure!(b.path().await? == "/");
        ensure!(b.attr("html", "dir").await?.as_deref() == Some("ltr"));
        for label in ["Home", "Job seekers", "Employers", "Vacancies", "Referrals"] {
            ensure!(nav.contains(label), "{label} missing from the nav: {nav}");
        }
        ensure!(
            !nav.contains("Users"),
            "a caseworker has no admin links: {nav}"
        );
        ensure!(b.text("h1").await? == "Centre dashboard");
        b.check_accessibility().await?;

        b.switch_language().await?;
        ensure!(b.attr("html", "lang").await?.as_deref() == Some("ar"));
        let nav = b.text("nav.main-nav").await?;
        ensure!(nav.contains("الباحثون عن عمل"), "Arabic nav: {nav}");
        ensure!(!has_latin(&nav), "English left in the Arabic nav: {nav}");
        let heading = b.text("h1").await?;
        ensure!(
            heading == "لوحة المركز" && !has_latin(&heading),
            "{heading}"
        );
        ensure!(b.text("#sign-out").await? == "تسجيل الخروج");
        b.check_accessibility().await?;

        b.click("#sign-out").await?;
        b.wait_for("#email").await?;
        ensure!(b.path().await? == "/login");
        ensure!(
            b.attr("html", "dir").await?.as_deref() == Some("rtl"),
            "the sign-in page stays Arabic"
        );
        b.check_accessibility().await?;
        // Signed out for real: home sends back to sign-in.
        b.goto("/").await?;
        b.wait_for("#email").await?;
        ensure!(b.path().await? == "/login");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_wrong_password_shows_the_error_by_the_form_in_the_pages_language() {
    with_caseworker(async |b: &Browser| -> Result<()> {
        b.goto("/login").await?;
        b.switch_language().await?;
        b.sign_in(EMAIL, "not-the-password-at-all").await?;
        let error = b.text("form[action='/login'] #login-error").await?;
        ensure!(
            error == "البريد الإلكتروني أو كلمة المرور غير صحيحة.",
            "{error}"
        );
        ensure!(b.attr("#password", "aria-describedby").await?.as_deref() == Some("login-error"));
        ensure!(
            b.attr("#email", "value").await?.as_deref() == Some(EMAIL),
            "the email is kept"
        );
        b.check_accessibility().await?;

        b.switch_language().await?;
        b.sign_in(EMAIL, "still-not-the-password").await?;
        let error = b.text("#login-error").await?;
        ensure!(error == "The email or password is not right.", "{error}");
        b.check_accessibility().await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_language_preference_survives_signing_in_again() {
    with_caseworker(async |b: &Browser| -> Result<()> {
        b.goto("/login").await?;
        b.sign_in(EMAIL, PASSWORD).await?;
        b.wait_for("nav.main-nav").await?;
        b.switch_language().await?;
        b.click("#sign-out").await?;
        b.wait_for("#email").await?;
        // Forget the browser's cookie: the choice must come from the user's record.
        b.client.delete_all_cookies().await?;
        b.goto("/login").await?;
        ensure!(b.attr("html", "dir").await?.as_deref() == Some("ltr"));
        b.sign_in(EMAIL, PASSWORD).await?;
        b.wait_for("nav.main-nav").await?;
        ensure!(
            b.attr("html", "dir").await?.as_deref() == Some("rtl"),
            "Arabic again"
        );
        ensure!(b.text("h1").await? == "لوحة المركز");
        b.check_accessibility().await?;
        Ok(())
    })
    .await;
}
