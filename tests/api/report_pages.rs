//! The reports page: a caseworker's March in both languages, in the page's digits,
//! with a chart and a table for each figure; an admin's choice of centre; a period
//! asked for wrongly; and no reports for employers.

use forsa_tests::{Pages, TestApp};
use reqwest::StatusCode;

use crate::reports::march;

/// The text of the element with `id`, up to the tag that closes it.
fn section<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no #{id} in {page}"));
    let rest = &page[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

#[tokio::test]
async fn a_caseworker_sees_the_centres_month_in_figures_tables_and_charts() {
    let app = TestApp::spawn().await;
    let march = march(&app).await;
    let world = &march.world;
    let pages = Pages::of(&world.caseworker, "en").await;
    let (status, page) = pages
        .get("/reports?period=2026-03&by=sex&then=status")
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains("From 1 March 2026 to 31 March 2026, Centre A"),
        "{page}"
    );
    let registered = section(&page, "indicator-registered");
    assert!(
        registered.contains(r#"People registered: <span class="report-total">14</span>"#),
        "{registered}"
    );
    // The table: women refugees 7, men 7 of whom 5 of the host community; exact, on
    // screen, however small.
    assert!(registered.contains(r#"<table class="report-table" id="registered-table">"#));
    assert!(
        registered.contains("<th scope=\"row\">Female</th>"),
        "{registered}"
    );
    assert!(
        registered.contains(r#"<td class="number">7</td>"#),
        "{registered}"
    );
    assert!(
        registered.contains(r#"<td class="number">2</td>"#),
        "{registered}"
    );
    assert!(!registered.contains("&lt;5"), "{registered}");
    // The chart: a bar for each sex, in pieces for each status, described by the table.
    assert!(registered.contains(
        r#"role="img" aria-labelledby="registered-heading" aria-describedby="registered-table""#
    ));
    assert_eq!(registered.matches("<rect ").count(), 3, "{registered}");
    // Rates, medians, follow-ups in words; vacancies by sector, having no sex.
    assert!(
        section(&page, "indicator-placement_rate").contains("6.7% (1 of 15)"),
        "{page}"
    );
    assert!(section(&page, "indicator-days_to_placement").contains("11 days (of 1)"));
    assert!(section(&page, "indicator-employed_30").contains("1 of 1 reached, of 2 placed"));
    let vacancies = section(&page, "indicator-vacancies_posted");
    assert!(
        vacancies.contains("Not broken down by Sex, Status"),
        "{vacancies}"
    );
    assert!(vacancies.contains("Construction"), "{vacancies}");
    // The trend: twelve months to March, the table of the line chart.
    let trend = section(&page, "trend-heading");
    assert!(trend.contains(r#"id="trend-chart""#));
    assert_eq!(trend.matches("<polyline").count(), 2);
    assert!(trend.contains("<th scope=\"row\">March 2026</th><td class=\"number\">14</td><td class=\"number\">1</td>")
        || trend.contains("<th scope=\"row\">March 2026</th>\n    <td class=\"number\">14</td>"), "{trend}");
    assert!(trend.contains("April 2025"), "{trend}");
    // No names of people, ever.
    assert!(!page.contains("Amal Haddad"));

    let arabic = Pages::of(&world.caseworker, "ar").await;
    let (status, page) = arabic
        .get("/reports?period=2026-03&by=sex&then=status")
        .await;
    assert_eq!(status, StatusCode::OK);
    let registered = section(&page, "indicator-registered");
    assert!(
        registered.contains(r#"الأشخاص المسجَّلون: <span class="report-total">١٤</span>"#),
        "{registered}"
    );
    assert!(page.contains("آذار"), "{page}");
    assert!(
        section(&page, "indicator-placement_rate").contains("٦٫٧٪"),
        "{page}"
    );
}

#[tokio::test]
async fn an_admin_chooses_a_centre_and_employers_have_no_reports() {
    let app = TestApp::spawn().await;
    let march = march(&app).await;
    let world = &march.world;
    let pages = Pages::of(&world.admin, "en").await;
    let (status, page) = pages.get("/reports?period=2026-03&by=centre&then=").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains(r#"<select id="centre" name="centre""#),
        "{page}"
    );
    assert!(page.contains("All centres"));
    let registered = section(&page, "indicator-registered");
    assert!(
        registered.contains(r#"<span class="report-total">15</span>"#),
        "{registered}"
    );
    assert!(registered.contains("Centre B"), "{registered}");
    let (_, page) = pages
        .get(&format!(
            "/reports?period=2026-03&centre={}",
            march.centre_b
        ))
        .await;
    assert!(
        section(&page, "indicator-registered").contains(r#"<span class="report-total">1</span>"#),
        "{page}"
    );

    // A caseworker has no choice of centre: theirs is the only one.
    let (_, page) = Pages::of(&world.caseworker, "en")
        .await
        .get("/reports")
        .await;
    assert!(!page.contains(r#"<select id="centre""#));

    // A period that is none is said so, next to its field, and nothing is counted.
    let (status, page) = pages.get("/reports?period=2026-13").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("Choose a month, a quarter or a year"),
        "{page}"
    );
    assert!(!page.contains("indicator-registered"));
    let (status, page) = pages
        .get("/reports?period=dates&from=2026-04-01&to=2026-03-01")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    let (status, page) = pages.get("/reports?by=sex&then=sex").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");

    let (status, _) = Pages::of(&world.employer_user, "en")
        .await
        .get("/reports")
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
