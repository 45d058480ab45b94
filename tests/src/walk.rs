//! A walk over every staff page (`forsa_http::PAGE_ROUTES`) with every role, in a
//! world where the lists have something in them. The page suite weighs each page;
//! the browser suite looks at each on a phone with axe-core.

use std::collections::BTreeSet;

use serde_json::json;

use crate::{TestApp, World, seeker_body, vacancy_body};

/// Who walks: their sign-in (none for the anonymous visitor) and the pages, each as
/// (route, address).
pub struct Tour {
    pub role: &'static str,
    pub email: Option<&'static str>,
    pub pages: Vec<(&'static str, String)>,
}

/// The world of the harness, filled out: seekers enough for a list, a permit and
/// the consent to share, a permit running out, a referral hired (so follow-ups are planned) and one still
/// open, a second vacancy and one closed.
pub async fn populated(app: &TestApp) -> World<'_> {
    let world = app.world().await;
    let cw = &world.caseworker;
    cw.create(
        &format!("/api/v1/seekers/{}/permits", world.seeker),
        json!({"permit_type": "flexible_construction", "valid_from": "2026-01-01", "valid_until": "2099-12-31"}),
    )
    .await;
    cw.create(
        &format!("/api/v1/seekers/{}/consents", world.seeker),
        json!({"purpose": "share_with_employers"}),
    )
    .await;
    let mut others = Vec::new();
    for (n, name) in [
        "Omar Khaled",
        "Huda Saleh",
        "سامر يوسف",
        "Layla Fares",
        "Rami Odeh",
    ]
    .into_iter()
    .enumerate()
    {
        let mut body = seeker_body(&format!("ZA-01{n:02}"));
        body["full_name"] = json!(name);
        let seeker = cw.create("/api/v1/seekers", body).await;
        others.push(seeker["id"].as_str().unwrap().to_owned());
    }
    // A permit running out, for the dashboard's renewals.
    let soon = (chrono::Utc::now().date_naive() + chrono::Days::new(10)).to_string();
    cw.create(
        &format!("/api/v1/seekers/{}/permits", others[1]),
        json!({"permit_type": "flexible_agriculture", "valid_from": "2026-01-01", "valid_until": soon}),
    )
    .await;
    let hr = &world.employer_user;
    let mut farm = vacancy_body("A", "9211");
    farm["title_en"] = json!("Farm hand for the olive harvest");
    farm["title_ar"] = json!("عامل قطف زيتون");
    hr.create("/api/v1/vacancies", farm).await;
    let closed = hr
        .create("/api/v1/vacancies", vacancy_body("F", "7112"))
        .await;
    let (status, body) = hr
        .patch(
            &format!("/api/v1/vacancies/{}", closed["id"].as_str().unwrap()),
            json!({"status": "closed", "version": closed["version"]}),
        )
        .await;
    assert!(status.is_success(), "{body}");
    let hired = cw
        .create(
            "/api/v1/referrals",
            json!({"seeker_id": world.seeker, "vacancy_id": world.vacancy}),
        )
        .await;
    let path = format!("/api/v1/referrals/{}", hired["id"].as_str().unwrap());
    for stage in ["interview", "offered", "hired"] {
        let (status, body) = hr.patch(&path, json!({"stage": stage})).await;
        assert!(status.is_success(), "{body}");
    }
    cw.create(
        &format!("/api/v1/seekers/{}/permits", others[0]),
        json!({"permit_type": "flexible_construction", "valid_from": "2026-01-01", "valid_until": "2099-12-31"}),
    )
    .await;
    cw.create(
        "/api/v1/referrals",
        json!({"seeker_id": others[0], "vacancy_id": world.vacancy}),
    )
    .await;
    // The matches pages show what the index holds: wait until it has the permits.
    let matches = format!("/api/v1/seekers/{}/matches", world.seeker);
    let indexed = crate::eventually(crate::INDEX_DEADLINE, || async {
        let (_, found) = cw.get(&matches).await;
        found.to_string().contains(&world.vacancy)
    })
    .await;
    assert!(indexed, "the index did not catch up");
    world
}

/// Every page of `PAGE_ROUTES`, each with a role that may open it, in `world`.
pub async fn tours(app: &TestApp, world: &World<'_>) -> Vec<Tour> {
    let caseworker = app
        .service
        .authenticate(&world.caseworker.token)
        .await
        .unwrap()
        .user_id
        .to_string();
    let address = |route: &'static str| {
        let id = if route.starts_with("/seekers/") {
            world.seeker.as_str()
        } else if route.starts_with("/vacancies/") {
            world.vacancy.as_str()
        } else if route.starts_with("/employers/") {
            world.employer.as_str()
        } else {
            caseworker.as_str()
        };
        (route, route.replace("{id}", id))
    };
    let tour = |role, email, routes: &[&'static str]| Tour {
        role,
        email,
        pages: routes.iter().map(|&r| address(r)).collect(),
    };
    let tours = vec![
        tour("anonymous", None, &["/login"]),
        tour(
            "caseworker",
            Some("caseworker.centre-a@forsa.test"),
            &[
                "/",
                "/seekers",
                "/seekers/new",
                "/seekers/{id}",
                "/seekers/{id}/edit",
                "/seekers/{id}/archive",
                "/seekers/{id}/matches",
                "/employers",
                "/employers/new",
                "/employers/{id}/edit",
                "/vacancies",
                "/vacancies/new",
                "/vacancies/{id}/edit",
                "/vacancies/{id}/close",
                "/vacancies/{id}/matches",
                "/referrals",
            ],
        ),
        tour(
            "employer",
            Some("hr@albina.test"),
            &[
                "/",
                "/vacancies",
                "/vacancies/new",
                "/vacancies/{id}/edit",
                "/vacancies/{id}/close",
                "/referrals",
            ],
        ),
        tour(
            "admin",
            Some("admin@forsa.test"),
            &[
                "/",
                "/centres",
                "/users",
                "/users/new",
                "/users/{id}/password",
                "/rules",
                "/audit",
            ],
        ),
    ];
    let walked: BTreeSet<&str> = tours
        .iter()
        .flat_map(|t| t.pages.iter().map(|(route, _)| *route))
        .collect();
    let routed: BTreeSet<&str> = forsa_http::PAGE_ROUTES.iter().copied().collect();
    assert_eq!(
        walked, routed,
        "the walk and the page routes differ: give a new page a role here"
    );
    tours
}
