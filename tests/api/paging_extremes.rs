//! Extreme numbers in every paged list, JSON and HTML: a page past the last one any
//! list can have is a 422 that names `page`, never a panic or a dropped connection.

use forsa_tests::{Pages, TestApp, walk};
use reqwest::{Method, StatusCode};
use serde_json::Value;

/// Page and page-size values a caller might send, with whether each is out of
/// bounds (a 422).
const EXTREMES: [(&str, bool); 9] = [
    ("18446744073709551615", true),
    ("99999999999999999999999999", true),
    ("100001", true),
    ("0", true),
    ("-1", true),
    ("1e9", true),
    ("%00", true),
    ("100000", false),
    ("1", false),
];

/// The API's paged lists: every GET operation of the API document with a `page`.
fn paged_routes(doc: &Value) -> Vec<String> {
    let mut routes = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let Some(get) = item.get("get") else {
            continue;
        };
        let parameters = get["parameters"].as_array().cloned().unwrap_or_default();
        if parameters.iter().any(|p| p["name"] == "page") {
            routes.push(path.clone());
        }
    }
    routes
}

#[tokio::test]
async fn every_paged_api_list_refuses_a_page_past_the_last() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, doc) = world.admin.get("/api/v1/openapi.json").await;
    let routes = paged_routes(&doc);
    assert!(routes.len() >= 8, "too few paged routes: {routes:?}");
    let mut failures = Vec::new();
    for route in &routes {
        let path = if route.starts_with("/seekers/") {
            route.replace("{id}", &world.seeker)
        } else {
            route.replace("{id}", &world.vacancy)
        };
        let session = if path.contains("/matches") {
            &world.caseworker
        } else {
            &world.admin
        };
        for (value, refused) in EXTREMES {
            for name in ["page", "per_page"] {
                // The audit log pages only once it is asked about someone.
                let asked = if path == "/audit-events" {
                    format!("subject_type=seeker&subject_id={}&", world.seeker)
                } else {
                    String::new()
                };
                let address = format!("/api/v1{path}?{asked}{name}={value}");
                let (status, body) = session.request(Method::GET, &address, None).await;
                // per_page's own bound is 100, so 100000 is too many there; search
                // and matching rank only so deep (the first 1,000 results, the best
                // 300 matches), and say so of a page past that.
                let deep =
                    path.contains("search") || path.contains("matches") || path.contains("public");
                let refused = refused || (value == "100000" && (name == "per_page" || deep));
                let expected = if refused {
                    StatusCode::UNPROCESSABLE_ENTITY
                } else {
                    StatusCode::OK
                };
                if status != expected || (refused && body["error"]["fields"][name].is_null()) {
                    failures.push(format!("{address}: {status} {body}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The staff lists that page; every other page ignores `page`.
const PAGED_PAGES: [&str; 8] = [
    "/seekers",
    "/employers",
    "/vacancies",
    "/referrals",
    "/users",
    "/audit",
    "/seekers/{id}/matches",
    "/vacancies/{id}/matches",
];

#[tokio::test]
async fn every_page_answers_extreme_page_numbers_without_failing() {
    let app = TestApp::spawn().await;
    let world = walk::populated(&app).await;
    let sessions = [
        ("caseworker", &world.caseworker),
        ("employer", &world.employer_user),
        ("admin", &world.admin),
    ];
    let tours = walk::tours(&app, &world).await;
    let mut failures = Vec::new();
    for tour in &tours {
        let Some((_, session)) = sessions.iter().find(|(role, _)| *role == tour.role) else {
            continue;
        };
        let pages = Pages::of(session, "ar").await;
        for (route, address) in &tour.pages {
            // The audit log pages only once it is asked about someone.
            let address = if *route == "/audit" {
                format!("{address}?subject_type=seeker&subject_id={}", world.seeker)
            } else {
                address.clone()
            };
            let join = if address.contains('?') { '&' } else { '?' };
            for (value, refused) in EXTREMES {
                let (status, body) = pages.get(&format!("{address}{join}page={value}")).await;
                // Pages read anything that is not a number as the first page.
                // Matching ranks only the best 300, so its pages end sooner.
                let out_of_range =
                    (refused && value.bytes().all(|b| b.is_ascii_digit()) && value != "0")
                        || (value == "100000" && route.contains("matches"));
                let expected = if out_of_range && PAGED_PAGES.contains(route) {
                    StatusCode::UNPROCESSABLE_ENTITY
                } else {
                    StatusCode::OK
                };
                if status != expected {
                    failures.push(format!("{} {address} page={value}: {status}", tour.role));
                } else if status == StatusCode::UNPROCESSABLE_ENTITY
                    && !body.contains("لا توجد في هذه القائمة صفحة بهذا الرقم")
                {
                    failures.push(format!("{address} page={value}: no message"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
