//! A caseworker brings people in from a spreadsheet on the upload page (issue 14,
//! point 6), in English and in Arabic: the check of a file with a problem lists it by
//! row and column and writes nothing; the file fixed and imported, the result says
//! what was created. axe-core checks each page, kept as screenshots at phone and
//! desk width.

use anyhow::{Context, ensure};
use fantoccini::Locator;
use forsa_tests::TestApp;

use crate::driver::Browser;

const CASEWORKER: &str = "caseworker.azraq@forsa.test";

/// Two people, the second without a year of birth that is one.
const WITH_A_PROBLEM: &str = "\
Case reference,Full name,Gender,Year of birth,Nationality,Status,Place
AZ-101,Nour Hamdan,female,1991,SY,refugee,JO-ZA
AZ-102,Bilal Saeed,male,nineteen eighty,SY,refugee,JO-ZA
";

async fn flow(lang: &'static str, problem: &'static str, done: &'static str) {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (_, caseworker) = app.centre_with_caseworker(&admin, "Azraq").await;
    caseworker.speaks(lang).await;
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("people.csv");
    std::fs::write(&first, WITH_A_PROBLEM).unwrap();
    let fixed = dir.path().join("people-fixed.csv");
    std::fs::write(&fixed, WITH_A_PROBLEM.replace("nineteen eighty", "1980")).unwrap();
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b| {
            b.sign_in_as(CASEWORKER).await?;
            b.goto("/seekers").await?;
            b.click("#import-seekers").await?;
            b.wait_for("#check-file").await?;
            b.looked_at(&format!("{lang}-flow-import-form")).await?;
            let path = first.to_str().context("a path")?;
            b.client
                .find(Locator::Css("#file"))
                .await?
                .send_keys(path)
                .await?;
            b.click("#check-file").await?;
            // The job's page reloads itself until the check is done.
            b.wait_for("#import-summary").await?;
            let page = b.text("main").await?;
            ensure!(page.contains(problem), "{page}");
            ensure!(b.attr("#download-problems", "href").await?.is_some());
            b.looked_at(&format!("{lang}-flow-import-checked")).await?;

            b.click("#another-file").await?;
            b.wait_for("#import-file").await?;
            let path = fixed.to_str().context("a path")?;
            b.client
                .find(Locator::Css("#file"))
                .await?
                .send_keys(path)
                .await?;
            b.click("#import-file").await?;
            b.wait_for("#import-summary").await?;
            let page = b.text("main").await?;
            ensure!(page.contains(done), "{page}");
            ensure!(!page.contains(problem), "{page}");
            b.looked_at(&format!("{lang}-flow-imported")).await?;
            Ok(())
        })
        .await;
    let (_, people) = caseworker.get("/api/v1/seekers").await;
    assert_eq!(people["total"], 2, "both imported once fixed");
}

#[tokio::test]
async fn a_caseworker_checks_a_file_fixes_it_and_imports_it_in_english() {
    flow("en", "nineteen eighty", "The import is done.").await;
}

#[tokio::test]
async fn a_caseworker_checks_a_file_fixes_it_and_imports_it_in_arabic() {
    flow("ar", "nineteen eighty", "انتهى الاستيراد.").await;
}
