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
            b.wait_for_job("#import-summary").await?;
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
            b.wait_for_job("#import-summary").await?;
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

/// Employers, one of them in a sector nobody knows, and vacancies for the first.
const EMPLOYERS: &str = "\
Registration number,Name in English,Name in Arabic,Sector,Place,No-fees pledge on
200100001,Zaatari Bakery,مخبز الزعتري,Manufacturing,Mafraq,yes
200100002,Odd Ltd,,Underwater basket weaving,Amman,
";
const VACANCIES: &str = "\
Employer,Title in English,Title in Arabic,Status,Sector,Occupation,Place,Lowest wage (JD),Contract
Zaatari Bakery,Baker,خباز,open,C,7512,JO-MA-ZAATARI,300,fixed_term
";

/// A caseworker reaches the upload page from the list of `list`, imports `sheet`
/// (checked first when it has a problem, `problem`), and sees `done`.
async fn kind_flow(
    lang: &'static str,
    list: &'static str,
    problem: &'static str,
    done: &'static str,
) {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (_, caseworker) = app.centre_with_caseworker(&admin, "Azraq").await;
    caseworker.speaks(lang).await;
    let dir = tempfile::tempdir().unwrap();
    let employers = dir.path().join("employers.csv");
    std::fs::write(&employers, EMPLOYERS).unwrap();
    let vacancies = dir.path().join("vacancies.csv");
    std::fs::write(&vacancies, VACANCIES).unwrap();
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b| {
            b.sign_in_as(CASEWORKER).await?;
            for (kind, file) in [("employers", &employers), ("vacancies", &vacancies)] {
                b.goto(&format!("/{kind}")).await?;
                b.click(&format!("#import-{kind}")).await?;
                b.wait_for("#check-file").await?;
                if kind == list {
                    b.looked_at(&format!("{lang}-flow-import-{kind}-form"))
                        .await?;
                }
                let path = file.to_str().context("a path")?;
                b.client
                    .find(Locator::Css("#file"))
                    .await?
                    .send_keys(path)
                    .await?;
                b.click(if kind == "employers" {
                    "#check-file"
                } else {
                    "#import-file"
                })
                .await?;
                b.wait_for_job("#import-summary").await?;
                if kind == "employers" {
                    let page = b.text("main").await?;
                    ensure!(page.contains(problem), "{page}");
                    if kind == list {
                        b.looked_at(&format!("{lang}-flow-import-{kind}-checked"))
                            .await?;
                    }
                    b.click_away("#import-checked").await?;
                    b.wait_for_job("#import-summary").await?;
                }
                let page = b.text("main").await?;
                ensure!(page.contains(done), "{page}");
                if kind == list {
                    b.looked_at(&format!("{lang}-flow-import-{kind}-done"))
                        .await?;
                }
            }
            Ok(())
        })
        .await;
    let (_, vacancies) = caseworker.get("/api/v1/vacancies").await;
    assert_eq!(vacancies["total"], 1, "the bakery's vacancy imported");
}

#[tokio::test]
async fn a_caseworker_imports_employers_then_their_vacancies_in_arabic() {
    kind_flow(
        "ar",
        "employers",
        "Underwater basket weaving",
        "انتهى الاستيراد.",
    )
    .await;
}

#[tokio::test]
async fn a_caseworker_imports_employers_then_their_vacancies_in_english() {
    kind_flow(
        "en",
        "vacancies",
        "Underwater basket weaving",
        "The import is done.",
    )
    .await;
}
