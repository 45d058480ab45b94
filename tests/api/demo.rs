//! `forsa demo` looks like a year of a real centre's work: employers of different
//! trades can sign in and see jobs of their own trade in their own town, the records
//! are dated through the year, referrals have reached every stage, and every queue of
//! a caseworker's dashboard has work in it today.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use forsa_server::demo;
use forsa_tests::{Pages, TestApp, queue_count};
use reqwest::StatusCode;
use serde_json::Value;

#[tokio::test]
async fn the_demo_is_a_year_of_a_centres_work() {
    let app = TestApp::spawn().await;
    let logins = demo::populate(
        &app.service,
        demo::Size {
            seekers: 600,
            vacancies: 400,
        },
    )
    .await
    .unwrap();
    let now = Utc::now();
    let roles: Vec<&str> = logins.iter().map(|login| login.role).collect();
    assert_eq!(
        roles,
        [
            "admin",
            "caseworker",
            "caseworker",
            "caseworker",
            "employer",
            "employer",
            "employer",
            "employer"
        ]
    );

    // Each employer login sees its own vacancies, all of its trade and in its town.
    let mut trades = BTreeSet::new();
    for login in logins.iter().filter(|login| login.role == "employer") {
        let session = app.login(&login.email, &login.password).await;
        let (_, me) = session.get("/api/v1/me").await;
        let employer_id = me["employer_id"].as_str().unwrap().to_owned();
        let (status, employer) = session
            .get(&format!("/api/v1/employers/{employer_id}"))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            employer["name_en"].as_str().unwrap() == login.of && employer["name_ar"].is_string(),
            "{employer}"
        );
        trades.insert(employer["sector"].as_str().unwrap().to_owned());
        let (_, vacancies) = session.get("/api/v1/vacancies?per_page=100").await;
        let vacancies = vacancies["items"].as_array().unwrap();
        assert!(vacancies.len() >= 3, "{} posts {vacancies:?}", login.of);
        for vacancy in vacancies {
            assert_eq!(vacancy["sector"], employer["sector"], "{vacancy}");
            assert_eq!(vacancy["location"], employer["location"], "{vacancy}");
        }
        let statuses: BTreeSet<&str> = vacancies
            .iter()
            .map(|v| v["status"].as_str().unwrap())
            .collect();
        assert!(statuses.contains("open"), "{} has {statuses:?}", login.of);
    }
    assert_eq!(trades.len(), 4, "one login for each of four trades");

    // The referrals go back a year, none in the future, and have reached every stage.
    let by_role = |role: &str| logins.iter().find(|login| login.role == role).unwrap();
    let admin = by_role("admin");
    let session = app.login(&admin.email, &admin.password).await;
    let mut referrals: Vec<Value> = Vec::new();
    for page in 1.. {
        let (_, listed) = session
            .get(&format!("/api/v1/referrals?per_page=100&page={page}"))
            .await;
        let items = listed["items"].as_array().unwrap().clone();
        if items.is_empty() {
            break;
        }
        referrals.extend(items);
    }
    assert!(referrals.len() >= 100, "{} referrals", referrals.len());
    let created: Vec<DateTime<Utc>> = referrals
        .iter()
        .map(|r| r["created_at"].as_str().unwrap().parse().unwrap())
        .collect();
    assert!(created.iter().all(|at| *at <= now));
    let oldest = created.iter().min().unwrap();
    assert!(*oldest < now - Duration::days(300), "oldest {oldest}");
    let stages: BTreeSet<&str> = referrals
        .iter()
        .map(|r| r["stage"].as_str().unwrap())
        .collect();
    for stage in [
        "proposed",
        "referred",
        "interview",
        "offered",
        "hired",
        "rejected",
        "declined",
        "no_show",
        "withdrawn",
    ] {
        assert!(stages.contains(stage), "no referral {stage}: {stages:?}");
    }

    // Every queue of a caseworker's dashboard has work in it.
    let caseworker = by_role("caseworker");
    let session = app.login(&caseworker.email, &caseworker.password).await;
    let pages = Pages::of(&session, "en").await;
    let (status, dashboard) = pages.get("/").await;
    assert_eq!(status, StatusCode::OK);
    for queue in [
        "follow-ups-due",
        "awaiting-employer",
        "new-unreferred",
        "permits-ending",
        "vacancies-closing",
    ] {
        assert!(queue_count(&dashboard, queue) > 0, "{queue} is empty");
    }
}
