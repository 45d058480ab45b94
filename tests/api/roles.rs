//! Every route of the API against every role: anonymous, employer, caseworker of
//! centre A (the data's centre), caseworker of centre B, admin.

use forsa_tests::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::json;

const ANON: usize = 0;

#[tokio::test]
async fn every_route_answers_each_role_as_the_policy_says() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, caseworker_b) = app.centre_with_caseworker(&world.admin, "Centre B").await;
    let other_employer = world
        .caseworker
        .create(
            "/api/v1/employers",
            json!({"name": "Green Valley Farm", "sector": "A", "location": "JO-BA"}),
        )
        .await;
    let other_employer = other_employer["id"].as_str().unwrap().to_owned();
    let (seeker, vacancy, employer) = (&world.seeker, &world.vacancy, &world.employer);
    let permit = world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{seeker}/permits"),
            json!({"permit_type": "flexible_construction", "valid_from": "2026-01-01", "valid_until": "2099-12-31"}),
        )
        .await;
    let permit = permit["id"].as_str().unwrap().to_owned();
    let consent = world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{seeker}/consents"),
            json!({"purpose": "share_with_employers", "method": "spoken"}),
        )
        .await;
    let consent = consent["id"].as_str().unwrap().to_owned();
    let referral = world
        .caseworker
        .create(
            "/api/v1/referrals",
            json!({"seeker_id": seeker, "vacancy_id": vacancy}),
        )
        .await;
    let referral = referral["id"].as_str().unwrap().to_owned();
    // The employer hires, which plans the follow-ups.
    world.hire_referred(&referral).await;
    let (_, hired) = world
        .caseworker
        .get(&format!("/api/v1/referrals/{referral}"))
        .await;
    let follow_up = hired["follow_ups"][0]["id"].as_str().unwrap().to_owned();
    let archived = world
        .caseworker
        .create("/api/v1/seekers", forsa_tests::seeker_body("ZA-0099"))
        .await;
    let archived = archived["id"].as_str().unwrap().to_owned();
    let (_, posted) = world
        .caseworker
        .get(&format!("/api/v1/vacancies/{vacancy}"))
        .await;
    let code = posted["code"].as_str().unwrap().to_owned();
    let (_, me) = world.caseworker.get("/api/v1/me").await;
    let user = me["id"].as_str().unwrap().to_owned();

    // Writes send an empty object: a role that may act gets past the policy to the
    // validation (422) or to a harmless no-op edit (200); nothing else changes.
    use StatusCode as S;
    const OK: S = S::OK;
    const NO: S = S::FORBIDDEN;
    const NF: S = S::NOT_FOUND;
    const BAD: S = S::UNPROCESSABLE_ENTITY;
    const AUTH: S = S::UNAUTHORIZED;
    let table: Vec<(Method, String, [S; 5])> = vec![
        (Method::GET, "/api/v1/me".into(), [AUTH, OK, OK, OK, OK]),
        (
            Method::GET,
            "/api/v1/centres".into(),
            [AUTH, NO, NO, NO, OK],
        ),
        (
            Method::POST,
            "/api/v1/centres".into(),
            [AUTH, NO, NO, NO, BAD],
        ),
        (
            Method::PUT,
            format!("/api/v1/centres/{}", world.centre),
            [AUTH, NO, NO, NO, BAD],
        ),
        (Method::GET, "/api/v1/users".into(), [AUTH, NO, NO, NO, OK]),
        (
            Method::POST,
            "/api/v1/users".into(),
            [AUTH, NO, NO, NO, BAD],
        ),
        (
            Method::PATCH,
            format!("/api/v1/users/{user}"),
            [AUTH, NO, NO, NO, OK],
        ),
        (
            Method::GET,
            "/api/v1/audit-events".into(),
            [AUTH, NO, NO, NO, BAD],
        ),
        (Method::GET, "/api/v1/rules".into(), [AUTH, OK, OK, OK, OK]),
        (
            Method::PUT,
            "/api/v1/rules/permit-types".into(),
            [AUTH, NO, NO, NO, BAD],
        ),
        (
            Method::POST,
            "/api/v1/rules/closed-occupations".into(),
            [AUTH, NO, NO, NO, BAD],
        ),
        (
            Method::DELETE,
            "/api/v1/rules/closed-occupations/7115".into(),
            [AUTH, NO, NO, NO, NF],
        ),
        (
            Method::PUT,
            "/api/v1/rules/minimum-wage".into(),
            [AUTH, NO, NO, NO, BAD],
        ),
        (
            Method::GET,
            "/api/v1/seekers".into(),
            [AUTH, NO, OK, OK, OK],
        ),
        (
            Method::POST,
            "/api/v1/seekers".into(),
            [AUTH, NO, BAD, BAD, BAD],
        ),
        (
            Method::GET,
            format!("/api/v1/seekers/{seeker}"),
            [AUTH, NO, OK, NF, OK],
        ),
        (
            Method::PATCH,
            format!("/api/v1/seekers/{seeker}"),
            [AUTH, NO, OK, NF, OK],
        ),
        (
            Method::POST,
            format!("/api/v1/seekers/{seeker}/transfer"),
            [AUTH, NO, NO, NO, BAD],
        ),
        (
            Method::POST,
            format!("/api/v1/seekers/{seeker}/merge"),
            [AUTH, NO, BAD, BAD, BAD],
        ),
        (
            Method::GET,
            format!("/api/v1/seekers/{seeker}/export"),
            [AUTH, NO, OK, NF, OK],
        ),
        (
            Method::POST,
            "/api/v1/imports/seekers".into(),
            [AUTH, NO, BAD, BAD, BAD],
        ),
        (
            Method::GET,
            "/api/v1/imports/seekers/template".into(),
            [AUTH, NO, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/exports/seekers.csv".into(),
            [AUTH, NO, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/exports/employers.xlsx".into(),
            [AUTH, NO, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/exports/vacancies.csv".into(),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/exports/referrals.xlsx".into(),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/exports/placements.csv".into(),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/reports/placements?by=sex,status".into(),
            [AUTH, NO, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/reports/placements.csv?by=sex,status&hxl=true".into(),
            [AUTH, NO, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/reports.xlsx?by=sex,status".into(),
            [AUTH, NO, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/duplicates".into(),
            [AUTH, NO, OK, OK, OK],
        ),
        (
            Method::POST,
            format!("/api/v1/duplicates/{seeker}/different"),
            [AUTH, NO, NF, NF, NF],
        ),
        (
            Method::DELETE,
            format!("/api/v1/seekers/{archived}"),
            [AUTH, NO, OK, NF, OK],
        ),
        (
            Method::GET,
            format!("/api/v1/seekers/{seeker}/permits"),
            [AUTH, NO, OK, NF, OK],
        ),
        (
            Method::POST,
            format!("/api/v1/seekers/{seeker}/permits"),
            [AUTH, NO, BAD, NF, BAD],
        ),
        (
            Method::PATCH,
            format!("/api/v1/permits/{permit}"),
            [AUTH, NO, OK, NF, OK],
        ),
        (
            Method::GET,
            format!("/api/v1/seekers/{seeker}/consents"),
            [AUTH, NO, OK, NF, OK],
        ),
        (
            Method::POST,
            format!("/api/v1/seekers/{seeker}/consents"),
            [AUTH, NO, BAD, NF, BAD],
        ),
        (
            Method::GET,
            "/api/v1/employers".into(),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::POST,
            "/api/v1/employers".into(),
            [AUTH, NO, BAD, BAD, BAD],
        ),
        (
            Method::GET,
            format!("/api/v1/employers/{employer}"),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            format!("/api/v1/employers/{other_employer}"),
            [AUTH, NF, OK, OK, OK],
        ),
        (
            Method::PATCH,
            format!("/api/v1/employers/{employer}"),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::PATCH,
            format!("/api/v1/employers/{other_employer}"),
            [AUTH, NF, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/vacancies".into(),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::POST,
            "/api/v1/vacancies".into(),
            [AUTH, BAD, BAD, BAD, BAD],
        ),
        (
            Method::GET,
            format!("/api/v1/vacancies/{vacancy}"),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::PATCH,
            format!("/api/v1/vacancies/{vacancy}"),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/vacancies/search?q=carpenter".into(),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            format!("/api/v1/vacancies/{vacancy}/matches"),
            [AUTH, NO, OK, OK, OK],
        ),
        (
            Method::GET,
            format!("/api/v1/seekers/{seeker}/matches"),
            [AUTH, NO, OK, NF, OK],
        ),
        (
            Method::GET,
            "/api/v1/public/vacancies?q=نجار".into(),
            [OK, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            format!("/api/v1/public/vacancies/{code}"),
            [OK, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/referrals".into(),
            [AUTH, OK, OK, OK, OK],
        ),
        (
            Method::POST,
            "/api/v1/referrals".into(),
            [AUTH, NO, BAD, BAD, BAD],
        ),
        (
            Method::GET,
            format!("/api/v1/referrals/{referral}"),
            [AUTH, OK, OK, NF, OK],
        ),
        (
            Method::PATCH,
            format!("/api/v1/referrals/{referral}"),
            [AUTH, BAD, BAD, NF, BAD],
        ),
        (
            Method::GET,
            "/api/v1/follow-ups".into(),
            [AUTH, NO, OK, OK, OK],
        ),
        (
            Method::PATCH,
            format!("/api/v1/follow-ups/{follow_up}"),
            [AUTH, NO, BAD, NF, BAD],
        ),
        (
            Method::DELETE,
            format!("/api/v1/consents/{consent}"),
            [AUTH, NO, OK, NF, OK],
        ),
        (
            Method::GET,
            "/api/v1/taxonomy/sectors".into(),
            [OK, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/taxonomy/occupations?q=نجار".into(),
            [OK, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/taxonomy/locations".into(),
            [OK, OK, OK, OK, OK],
        ),
        (
            Method::GET,
            "/api/v1/openapi.json".into(),
            [OK, OK, OK, OK, OK],
        ),
    ];

    // The table covers the whole API as its document describes it (the router serves
    // what the document lists: tests/api/openapi.rs), less sign-in and sign-out
    // (tested on their own).
    let (_, doc) = app
        .anonymous(Method::GET, "/api/v1/openapi.json", None)
        .await;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            let method = method.to_uppercase();
            if path.starts_with("/auth/") || method == "PARAMETERS" {
                continue;
            }
            let pattern = path.split('{').next().unwrap_or(path);
            assert!(
                table
                    .iter()
                    .any(|(m, p, _)| m.as_str() == method
                        && p.starts_with(&format!("/api/v1{pattern}"))),
                "{method} {path} is not in the role table"
            );
        }
    }

    let sessions = [
        None,
        Some(&world.employer_user),
        Some(&world.caseworker),
        Some(&caseworker_b),
        Some(&world.admin),
    ];
    let mut failures = Vec::new();
    for (method, path, expected) in &table {
        for (role, session) in sessions.iter().enumerate() {
            let body = (*method != Method::GET && *method != Method::DELETE).then(|| json!({}));
            let (status, answer) = match session {
                Some(session) => session.request(method.clone(), path, body).await,
                None => app.anonymous(method.clone(), path, body).await,
            };
            if status != expected[role] {
                failures.push(format!(
                    "{method} {path} as role {role}: {status}, expected {} ({answer})",
                    expected[role]
                ));
            }
            if role == ANON && status == StatusCode::OK {
                assert!(
                    !answer.to_string().contains("Amal"),
                    "anonymous read personal data at {path}"
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
