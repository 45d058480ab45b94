//! A caseworker erases a person's personal data on their request (issue 13, point
//! 4), in English and in Arabic: the confirmation says what goes and what stays and
//! asks why; without a reason it asks again; with one, the person's page shows only
//! the receipt. axe-core checks both pages, kept as screenshots at phone and desk
//! width.

use anyhow::ensure;
use forsa_tests::{TestApp, seeker_body};
use serde_json::json;

use crate::driver::Browser;

const CASEWORKER: &str = "caseworker.azraq@forsa.test";

async fn flow(lang: &'static str, reason: &'static str, receipt_title: &'static str) {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (_, caseworker) = app.centre_with_caseworker(&admin, "Azraq").await;
    caseworker.speaks(lang).await;
    let person = caseworker
        .create("/api/v1/seekers", seeker_body("AZ-0009"))
        .await;
    let person = person["id"].as_str().unwrap().to_owned();
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b| {
            b.sign_in_as(CASEWORKER).await?;
            b.goto(&format!("/seekers/{person}")).await?;
            b.click("#erase-seeker").await?;
            b.wait_for("#confirm-erase").await?;
            ensure!(b.text("main").await?.contains("Amal Haddad"));
            b.click("#confirm-erase").await?;
            b.wait_for("#reason_error").await?;
            b.looked_at(&format!("{lang}-flow-erase")).await?;
            b.client
                .execute(
                    "document.getElementById('reason').value = arguments[0];",
                    vec![json!(reason)],
                )
                .await?;
            b.click("#confirm-erase").await?;
            b.wait_for("#erasure-receipt").await?;
            let receipt = b.text("main").await?;
            ensure!(
                receipt.contains(receipt_title) && receipt.contains(reason),
                "{receipt}"
            );
            ensure!(!receipt.contains("Amal Haddad"), "{receipt}");
            b.looked_at(&format!("{lang}-flow-erased")).await?;
            Ok(())
        })
        .await;
}

#[tokio::test]
async fn a_person_is_erased_with_a_reason_and_only_the_receipt_is_left_in_english() {
    flow("en", "She asked at the desk", "Record erased").await;
}

#[tokio::test]
async fn a_person_is_erased_with_a_reason_and_only_the_receipt_is_left_in_arabic() {
    flow("ar", "طلبت ذلك في المكتب", "سجلّ ممحوّ").await;
}
