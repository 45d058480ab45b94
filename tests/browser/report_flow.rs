//! A caseworker opens the reports from the menu, breaks this month down by sex and
//! status, and reads the figures as a table and a chart, in English and in Arabic (in
//! Arabic-Indic digits there), at a phone's width and a desk's.

use anyhow::ensure;
use forsa_tests::{TestApp, walk::populated};

use crate::driver::Browser;

async fn flow(lang: &'static str) {
    let app = TestApp::spawn().await;
    let world = populated(&app).await;
    world.caseworker.speaks(lang).await;
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b| {
            b.client.set_window_size(1366, 900).await?;
            b.sign_in_as("caseworker.centre-a@forsa.test").await?;
            b.click_away("nav a[href='/reports']").await?;
            b.wait_for("#indicator-registered").await?;
            for (id, value) in [("by", "sex"), ("then", "status")] {
                b.wait_for(&format!("#{id}"))
                    .await?
                    .select_by_value(value)
                    .await?;
            }
            b.click(".report-form button[type='submit']").await?;
            let asked = forsa_tests::eventually(std::time::Duration::from_secs(10), || async {
                b.client
                    .current_url()
                    .await
                    .is_ok_and(|url| url.as_str().contains("then=status"))
            })
            .await;
            ensure!(asked, "the form asked for the breakdowns");
            b.wait_for("#registered-table").await?;
            let total = b.text("#indicator-registered .report-total").await?;
            let arabic = total
                .chars()
                .all(|c| ('\u{0660}'..='\u{0669}').contains(&c));
            let western = total.chars().all(|c| c.is_ascii_digit());
            ensure!(
                !total.is_empty() && if lang == "ar" { arabic } else { western },
                "registered this month, in the page's digits: {total}"
            );
            ensure!(
                b.attr("#indicator-registered svg", "role")
                    .await?
                    .as_deref()
                    == Some("img"),
                "the chart is an image described by its table"
            );
            b.looked_at(&format!("{lang}-reports")).await?;
            // Printed, it is A4 pages of figures, the form left off.
            let pdf = b.printed(&format!("{lang}-reports")).await?;
            let pages = pages_of(&pdf);
            ensure!(pdf.starts_with(b"%PDF-"), "a PDF");
            ensure!((1..=20).contains(&pages), "{pages} pages");
            ensure!(
                a4(&pdf),
                "every page is A4: {}",
                String::from_utf8_lossy(&pdf).matches("/MediaBox").count()
            );
            b.goto("/reports?by=age_band&then=").await?;
            b.wait_for("#registered-table").await?;
            b.looked_at(&format!("{lang}-reports-by-age")).await
        })
        .await;
}

/// How many pages a PDF has: its page objects (`/Type /Page`, not `/Pages`).
fn pages_of(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

/// Whether every page of a PDF is A4: 595 × 842 points, give or take one.
fn a4(pdf: &[u8]) -> bool {
    let text = String::from_utf8_lossy(pdf);
    let boxes: Vec<Vec<f64>> = text
        .split("/MediaBox [")
        .skip(1)
        .map(|rest| {
            rest.split(']')
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect()
        })
        .collect();
    !boxes.is_empty()
        && boxes.iter().all(|b| {
            b.len() == 4 && (b[2] - b[0] - 595.0).abs() <= 1.5 && (b[3] - b[1] - 842.0).abs() <= 1.5
        })
}

#[tokio::test]
async fn a_caseworker_reads_this_months_figures_in_english() {
    flow("en").await;
}

#[tokio::test]
async fn a_caseworker_reads_this_months_figures_in_arabic() {
    flow("ar").await;
}
