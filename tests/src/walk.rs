//! A walk over every staff page (`forsa_web::PAGE_ROUTES`) with every role that may
//! open it, in a world where the lists have something in them. The page suite
//! weighs each page; the browser suite looks at each on a phone with axe-core.

use serde_json::json;

use crate::{INDEX_DEADLINE, TestApp, World, eventually, seeker_body, vacancy_body};

/// Who walks: their sign-in (none for the anonymous visitor) and the pages, each as
/// (route, address).
pub struct Tour {
    pub role: &'static str,
    pub email: Option<&'static str>,
    pub pages: Vec<(&'static str, String)>,
}

/// The roles in the order they walk, with their sign-in in the harness's world.
const WALKERS: [(&str, Option<&str>); 4] = [
    ("anonymous", None),
    ("caseworker", Some("caseworker.centre-a@forsa.test")),
    ("employer", Some("hr@albina.test")),
    ("admin", Some("admin@forsa.test")),
];

/// The roles that open a page; a page no rule here knows fails the walk, so a new
/// page is given its roles here.
fn openers(route: &str) -> &'static [&'static str] {
    let under = |prefixes: &[&str]| prefixes.iter().any(|p| route.starts_with(p));
    match route {
        "/login" => &["anonymous"],
        "/" => &["caseworker", "employer", "admin"],
        "/vacancies/{id}/matches" => &["caseworker"],
        "/seekers/{id}/transfer" | "/seekers/{id}/access" => &["admin"],
        "/duplicates" | "/imports" | "/reports" => &["caseworker", "admin"],
        // A job's page is its user's only: the caseworker's check of a file.
        "/imports/{id}" => &["caseworker"],
        "/seekers/{id}/data" | "/seekers/{id}/erase" => &["caseworker", "admin"],
        _ if under(&["/vacancies", "/referrals"]) => &["caseworker", "employer"],
        _ if under(&["/seekers", "/employers"]) => &["caseworker"],
        _ if under(&["/centres", "/users", "/rules", "/audit"]) => &["admin"],
        _ => &[],
    }
}

/// The world of the harness, filled out: seekers enough for a list, a permit and
/// the consent to share, a permit running out, a referral hired (so follow-ups are
/// planned) and one still open, a second vacancy and one closed.
pub async fn populated(app: &TestApp) -> World<'_> {
    let world = app.world().await;
    let cw = &world.caseworker;
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
            json!({"status": "closed"}),
        )
        .await;
    assert!(status.is_success(), "{body}");
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    world.permitted_and_consenting(&others[0]).await;
    world.refer(&others[0]).await;
    // The matches pages show what the index holds: wait until it has the permits.
    let matches = format!("/api/v1/seekers/{}/matches", world.seeker);
    let indexed = eventually(INDEX_DEADLINE, || async {
        let (_, found) = cw.get(&matches).await;
        found.to_string().contains(&world.vacancy)
    })
    .await;
    assert!(indexed, "the index did not catch up");
    world
}

/// Every page of `PAGE_ROUTES` with each role that may open it, in `world`.
pub async fn tours(app: &TestApp, world: &World<'_>) -> Vec<Tour> {
    let caseworker = app
        .service
        .authenticate(&world.caseworker.token)
        .await
        .unwrap()
        .user_id
        .to_string();
    // The permit a revocation is confirmed for: the first of the person's.
    let (_, permits) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{}/permits", world.seeker))
        .await;
    let permit = permits[0]["id"].as_str().unwrap_or_default().to_owned();
    // A check of a small file, for the job's page.
    let (_, job, _) = crate::upload(
        app,
        &world.caseworker,
        "seekers",
        b"Full name,Gender,Nationality,Status,Place\nNour Hamdan,female,SY,refugee,JO-IR\n",
        "people.csv",
        "check",
    )
    .await;
    let job = job.trim_start_matches("/imports/").to_owned();
    let address = |route: &str| {
        let id = if route.starts_with("/imports/") {
            &job
        } else if route.starts_with("/seekers/") {
            &world.seeker
        } else if route.starts_with("/vacancies/") {
            &world.vacancy
        } else if route.starts_with("/employers/") {
            &world.employer
        } else if route.starts_with("/centres/") {
            &world.centre
        } else {
            &caseworker
        };
        route.replace("{id}", id).replace("{permit}", &permit)
    };
    for route in forsa_web::PAGE_ROUTES {
        assert!(
            !openers(route).is_empty(),
            "{route} is routed but not walked: give it its roles in tests/src/walk.rs"
        );
    }
    WALKERS
        .iter()
        .map(|&(role, email)| Tour {
            role,
            email,
            pages: forsa_web::PAGE_ROUTES
                .iter()
                .filter(|route| openers(route).contains(&role))
                .map(|&route| (route, address(route)))
                .collect(),
        })
        .collect()
}
