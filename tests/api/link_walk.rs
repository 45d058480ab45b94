//! Every link a signed-in user is shown leads to a page they may open: walked from
//! their home page, breadth first, in both languages (the admin's home once linked to
//! `/admin/…` pages that did not exist).

use std::collections::{BTreeSet, VecDeque};

use forsa_tests::{Pages, TestApp};
use reqwest::StatusCode;

/// How many pages a walk opens at most: enough to reach every kind of page of the
/// small world the tests build.
const PAGES: usize = 150;

/// The same-site links of a page that a browser would follow with a GET: pages, not
/// the stylesheet, scripts or the API.
fn links(page: &str) -> Vec<String> {
    page.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|href| href.replace("&amp;", "&"))
        .filter_map(|href| href.split('#').next().map(str::to_owned))
        .filter(|href| {
            href.starts_with('/')
                && !href.starts_with("//")
                && !href.starts_with("/static/")
                && !href.starts_with("/api/")
        })
        .collect()
}

#[tokio::test]
async fn every_link_shown_to_staff_and_employers_leads_to_a_page() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    for (who, session) in [
        ("admin", &world.admin),
        ("caseworker", &world.caseworker),
        ("employer", &world.employer_user),
    ] {
        for lang in ["en", "ar"] {
            let pages = Pages::of(session, lang).await;
            let mut seen = BTreeSet::new();
            let mut waiting = VecDeque::from(["/".to_owned()]);
            while let Some(path) = waiting.pop_front() {
                if seen.len() >= PAGES || !seen.insert(path.clone()) {
                    continue;
                }
                let (status, page) = pages.get(&path).await;
                assert!(
                    status == StatusCode::OK || status.is_redirection(),
                    "{who} ({lang}): {path} answered {status}"
                );
                waiting.extend(links(&page).into_iter().filter(|l| !seen.contains(l)));
            }
            assert!(seen.len() >= 8, "{who} ({lang}) reached only {seen:?}");
        }
    }
}
