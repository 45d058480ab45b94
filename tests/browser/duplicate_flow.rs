//! A caseworker registers a person who is registered already under another spelling
//! (issue 13, point 1), in English and in Arabic: the form comes back naming the
//! person, with a link to their page, and asks why; with a reason the person is
//! registered. axe-core checks the form with its warning, and it is kept as a
//! screenshot at phone and desk width.

use anyhow::{Result, ensure};
use forsa_tests::{TestApp, seeker_body};
use serde_json::json;

use crate::driver::Browser;

const CASEWORKER: &str = "caseworker.azraq@forsa.test";

/// Puts `value` in the field `id`, whatever kind of field it is.
async fn set(b: &Browser, id: &str, value: &str) -> Result<()> {
    b.client
        .execute(
            "document.getElementById(arguments[0]).value = arguments[1];",
            vec![json!(id), json!(value)],
        )
        .await?;
    Ok(())
}

async fn flow(lang: &'static str, name: &'static str, reason: &'static str) {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (_, caseworker) = app.centre_with_caseworker(&admin, "Azraq").await;
    caseworker.speaks(lang).await;
    let mut first = seeker_body("AZ-0001");
    first.as_object_mut().unwrap().remove("duplicate_reason");
    let first = caseworker.create("/api/v1/seekers", first).await;
    let first = first["id"].as_str().unwrap().to_owned();
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b| {
            b.sign_in_as(CASEWORKER).await?;
            b.goto("/seekers/new").await?;
            b.wait_for("#full_name").await?;
            for (id, value) in [
                ("full_name", name),
                ("gender", "female"),
                ("birth_year", "1993"),
                ("nationality", "SY"),
                ("status", "refugee"),
                ("location", "JO-MA-ZAATARI"),
            ] {
                set(b, id, value).await?;
            }
            b.click("#save-seeker").await?;
            b.wait_for("#duplicates-title").await?;
            let listed = b.text(".duplicates").await?;
            ensure!(listed.contains("Amal Haddad"), "{listed}");
            b.wait_for(&format!(".duplicates a[href='/seekers/{first}']"))
                .await?;
            b.looked_at(&format!("{lang}-flow-duplicate")).await?;
            set(b, "duplicate_reason", reason).await?;
            b.click("#register-anyway").await?;
            b.wait_for("#open-matches").await?;
            let path = b.path().await?;
            ensure!(
                path.starts_with("/seekers/") && !path.contains(&first),
                "registered as a new person: {path}"
            );
            // The pair waits in the queue, to be decided later.
            b.goto("/duplicates").await?;
            b.wait_for(".duplicate-pair").await?;
            let pair = b.text(".duplicate-pair").await?;
            ensure!(
                pair.contains(reason) && pair.contains("Amal Haddad"),
                "{pair}"
            );
            b.click(".duplicate-pair summary").await?;
            b.wait_for(".duplicate-pair textarea").await?;
            b.looked_at(&format!("{lang}-flow-duplicates-queue"))
                .await?;
            Ok(())
        })
        .await;
}

#[tokio::test]
async fn a_person_registered_already_is_named_and_a_reason_lets_the_caseworker_go_on_in_english() {
    flow("en", "Amal Hadad", "Her cousin: checked the ID card").await;
}

#[tokio::test]
async fn a_person_registered_already_is_named_and_a_reason_lets_the_caseworker_go_on_in_arabic() {
    flow("ar", "أمل حداد", "ابنة عمها: تحققت من البطاقة").await;
}
