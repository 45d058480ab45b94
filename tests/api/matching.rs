//! Matching over real HTTP with Jordan's permit rules as shipped: each result carries
//! its verdict and explanation, and people are matched only to work they may take.

use chrono::{Days, Utc};
use forsa_server::demo;
use forsa_tests::{INDEX_DEADLINE, Session, TestApp, eventually, seeker_body, vacancy_body};
use reqwest::StatusCode;
use serde_json::{Value, json};

fn day(offset: i64) -> String {
    let today = Utc::now().date_naive();
    let day = if offset >= 0 {
        today + Days::new(offset as u64)
    } else {
        today - Days::new(offset.unsigned_abs())
    };
    day.to_string()
}

struct Jobs {
    carpentry: String,
    farm_carpentry: String,
    farm: String,
    harvest: String,
    electrician: String,
    farm_employer: String,
}

/// Vacancies beside the world's (Al-Bina's carpentry job in Amman): a farm's
/// carpentry and field jobs, a harvest whose employer arranges the permit, and an
/// electrician's job (a closed occupation).
async fn jobs(caseworker: &Session<'_>, world_vacancy: &str, builder: &str) -> Jobs {
    let farm_employer = caseworker
        .create(
            "/api/v1/employers",
            json!({"name": "Green Valley Farm", "sector": "A", "location": "JO-MA", "fee_pledge": true}),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let post = |mut body: Value, employer: &str, title: &str| {
        body["employer_id"] = json!(employer);
        body["title_en"] = json!(title);
        body["title_ar"] = Value::Null;
        async move {
            caseworker.create("/api/v1/vacancies", body).await["id"]
                .as_str()
                .unwrap()
                .to_owned()
        }
    };
    let farm_carpentry = post(
        vacancy_body("F", "7115"),
        &farm_employer,
        "Carpenter for greenhouse frames",
    )
    .await;
    let farm = post(
        vacancy_body("A", "6111"),
        &farm_employer,
        "Vegetable grower",
    )
    .await;
    let mut harvest = vacancy_body("A", "6111");
    harvest["employer_arranges_permit"] = json!(true);
    let harvest = post(harvest, &farm_employer, "Olive harvest").await;
    let electrician = post(vacancy_body("F", "7411"), builder, "Site electrician").await;
    Jobs {
        carpentry: world_vacancy.to_owned(),
        farm_carpentry,
        farm,
        harvest,
        electrician,
        farm_employer,
    }
}

async fn seeker(caseworker: &Session<'_>, reference: &str, changes: Value) -> String {
    let mut body = seeker_body(reference);
    for (key, value) in changes.as_object().unwrap() {
        body[key] = value.clone();
    }
    caseworker.create("/api/v1/seekers", body).await["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn permit(caseworker: &Session<'_>, seeker: &str, body: Value) {
    caseworker
        .create(&format!("/api/v1/seekers/{seeker}/permits"), body)
        .await;
}

/// The matches for a seeker once the index holds `expected_count` of them.
async fn matches(
    caseworker: &Session<'_>,
    seeker: &str,
    all: bool,
    expected_count: usize,
) -> Vec<Value> {
    let path = format!("/api/v1/seekers/{seeker}/matches?include_ineligible={all}");
    eventually(INDEX_DEADLINE, || async {
        caseworker.get(&path).await.1["items"]
            .as_array()
            .unwrap()
            .len()
            == expected_count
    })
    .await;
    let (status, body) = caseworker.get(&path).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["items"].as_array().unwrap().clone()
}

fn find<'a>(items: &'a [Value], vacancy: &str) -> Option<&'a Value> {
    items.iter().find(|m| m["vacancy"]["id"] == vacancy)
}

fn titles(items: &[Value]) -> Vec<&str> {
    items
        .iter()
        .map(|m| m["vacancy"]["title_en"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn permits_decide_which_jobs_a_seeker_is_matched_with() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    let jobs = jobs(cw, &world.vacancy, &world.employer).await;

    // A flexible construction permit: both carpentry jobs, not the farm's field job.
    let amal = &world.seeker;
    permit(
        cw,
        amal,
        json!({"permit_type": "flexible_construction", "valid_from": day(-30), "valid_until": day(300)}),
    )
    .await;
    let found = matches(cw, amal, false, 2).await;
    assert!(find(&found, &jobs.carpentry).is_some());
    assert!(find(&found, &jobs.farm_carpentry).is_some());
    let best = &found[0];
    assert_eq!(best["eligible"], true);
    assert_eq!(best["verdict"]["basis"]["kind"], "permit");
    assert_eq!(
        best["verdict"]["basis"]["permit_type"],
        "flexible_construction"
    );
    assert_eq!(best["explanation"]["occupation"]["closeness"], "unit_group");
    assert_eq!(best["explanation"]["occupation"]["isco"], "7115");
    // In the caseworker's language; this one reads English.
    cw.speaks("en").await;
    let found = matches(cw, amal, false, 2).await;
    let said = found[0]["verdict_text"].as_str().unwrap();
    assert!(
        said.starts_with("May take this job. Their work permit covers it:"),
        "{said}"
    );
    // Not the field job; asked for, it shows with what would open it.
    assert!(find(&found, &jobs.farm).is_none());

    // A grower with the same permit sees the field job only when asking for all.
    let grower = seeker(
        cw,
        "ZA-0002",
        json!({"occupations": [{"isco": "6111", "years": 4}], "skills": []}),
    )
    .await;
    permit(
        cw,
        &grower,
        json!({"permit_type": "flexible_construction", "valid_from": day(-30), "valid_until": day(300)}),
    )
    .await;
    let all = matches(cw, &grower, true, 2).await;
    let field = find(&all, &jobs.farm).expect("the field job, with its reasons");
    assert_eq!(field["eligible"], false);
    assert_eq!(field["verdict"]["obstacle"]["kind"], "no_permit");
    assert!(
        field["verdict"]["remedies"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["kind"] == "flexible_permit" && r["permit_type"] == "flexible_agriculture"),
        "{field}"
    );
    // The harvest's employer arranges the permit: eligible without one.
    let harvest = find(&all, &jobs.harvest).unwrap();
    assert_eq!(
        harvest["verdict"]["basis"]["kind"],
        "employer_arranges_permit"
    );
    assert_eq!(
        titles(&matches(cw, &grower, false, 1).await),
        ["Olive harvest"]
    );
}

#[tokio::test]
async fn an_expired_permit_matches_nothing_and_says_to_renew() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    let jobs = jobs(cw, &world.vacancy, &world.employer).await;
    let lapsed = seeker(cw, "ZA-0003", json!({})).await;
    permit(
        cw,
        &lapsed,
        json!({"permit_type": "flexible_construction", "valid_from": day(-400), "valid_until": day(-1)}),
    )
    .await;
    let all = matches(cw, &lapsed, true, 2).await;
    let carpentry = find(&all, &jobs.carpentry).unwrap();
    assert_eq!(carpentry["eligible"], false);
    assert_eq!(carpentry["verdict"]["remedies"][0]["kind"], "renew_permit");
    assert!(matches(cw, &lapsed, false, 0).await.is_empty());
}

#[tokio::test]
async fn an_employer_specific_permit_matches_only_its_employer() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    let jobs = jobs(cw, &world.vacancy, &world.employer).await;
    let tied = seeker(cw, "ZA-0004", json!({})).await;
    permit(
        cw,
        &tied,
        json!({"permit_type": "employer_specific", "employer_id": world.employer,
               "valid_from": day(-10), "valid_until": day(200)}),
    )
    .await;
    let found = matches(cw, &tied, false, 1).await;
    assert_eq!(found[0]["vacancy"]["id"], jobs.carpentry.as_str());
    assert_eq!(
        found[0]["verdict"]["basis"]["permit_type"],
        "employer_specific"
    );
    let all = matches(cw, &tied, true, 2).await;
    let elsewhere = find(&all, &jobs.farm_carpentry).unwrap();
    assert_eq!(elsewhere["eligible"], false);
    assert!(!jobs.farm_employer.is_empty());
}

#[tokio::test]
async fn a_closed_occupation_is_open_to_nationals_only() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    let jobs = jobs(cw, &world.vacancy, &world.employer).await;
    let electrician = json!({"occupations": [{"isco": "7411", "years": 8}], "skills": ["wiring"]});
    let refugee = seeker(cw, "ZA-0005", electrician.clone()).await;
    permit(
        cw,
        &refugee,
        json!({"permit_type": "flexible_construction", "valid_from": day(-30), "valid_until": day(300)}),
    )
    .await;
    let all = matches(cw, &refugee, true, 3).await;
    let closed = find(&all, &jobs.electrician).unwrap();
    assert_eq!(closed["eligible"], false);
    assert_eq!(closed["verdict"]["obstacle"]["kind"], "closed_occupation");
    let eligible = matches(cw, &refugee, false, 2).await;
    assert!(find(&eligible, &jobs.electrician).is_none());

    let mut national = electrician;
    national["nationality"] = json!("JO");
    national["status"] = json!("host_community");
    national["location"] = json!("JO-AM");
    let national = seeker(cw, "AM-0001", national).await;
    let found = matches(cw, &national, false, 3).await;
    assert_eq!(found[0]["vacancy"]["id"], jobs.electrician.as_str());
    assert_eq!(found[0]["verdict"]["basis"]["kind"], "national");
}

#[tokio::test]
async fn a_host_community_national_needs_no_permit() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    let jobs = jobs(cw, &world.vacancy, &world.employer).await;
    let national = seeker(
        cw,
        "AM-0002",
        json!({"nationality": "JO", "status": "host_community", "location": "JO-AM"}),
    )
    .await;
    let found = matches(cw, &national, false, 2).await;
    assert!(
        found
            .iter()
            .all(|m| m["verdict"]["basis"]["kind"] == "national")
    );
    // At home in Amman, Al-Bina's carpentry job ranks above the one in Mafraq.
    assert_eq!(found[0]["vacancy"]["id"], jobs.carpentry.as_str());
    assert_eq!(found[0]["explanation"]["place"], "home");
}

#[tokio::test]
async fn a_vacancy_finds_the_centres_seekers_who_may_take_it() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    let (_, cw_b) = app.centre_with_caseworker(&world.admin, "Centre B").await;
    permit(
        cw,
        &world.seeker,
        json!({"permit_type": "flexible_construction", "valid_from": day(-30), "valid_until": day(300)}),
    )
    .await;
    let unpermitted = seeker(cw, "ZA-0006", json!({"full_name": "Omar Saleh"})).await;
    let other_centre = seeker(&cw_b, "ZB-0001", json!({"full_name": "Huda Nasser"})).await;
    permit(
        &cw_b,
        &other_centre,
        json!({"permit_type": "flexible_construction", "valid_from": day(-30), "valid_until": day(300)}),
    )
    .await;

    let path = format!("/api/v1/vacancies/{}/matches", world.vacancy);
    assert!(
        eventually(INDEX_DEADLINE, || async {
            cw.get(&format!("{path}?include_ineligible=true")).await.1["items"]
                .as_array()
                .unwrap()
                .len()
                == 2
        })
        .await
    );
    let (_, found) = cw.get(&path).await;
    let names: Vec<&str> = found["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["seeker"]["full_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Amal Haddad"]);
    assert_eq!(
        found["items"][0]["explanation"]["skills"]["matched"],
        json!([])
    );
    let (_, all) = cw.get(&format!("{path}?include_ineligible=true")).await;
    assert_eq!(all["items"][1]["seeker"]["id"], unpermitted.as_str());
    assert_eq!(all["items"][1]["eligible"], false);
    // Centre B's caseworker sees only their own centre's seeker.
    let (_, theirs) = cw_b.get(&path).await;
    assert!(
        eventually(INDEX_DEADLINE, || async {
            cw_b.get(&path).await.1["items"].as_array().unwrap().len() == 1
        })
        .await,
        "{theirs}"
    );
    let (_, theirs) = cw_b.get(&path).await;
    assert_eq!(theirs["items"][0]["seeker"]["full_name"], "Huda Nasser");
    // Matching is audited as a read of each seeker shown.
    let audit = world.seeker_audit_events(&world.seeker).await;
    assert!(audit.to_string().contains("\"list\""), "{audit}");
}

/// The totals of `path`'s matches (eligible only, then every one) at each page size
/// and page asked for, all of which must agree.
async fn totals(session: &Session<'_>, path: &str) -> Vec<(String, u64, usize)> {
    let mut seen = Vec::new();
    for all in [false, true] {
        for (per_page, page) in [(10, 1), (10, 2), (100, 1), (25, 3)] {
            let asked = format!("{path}?include_ineligible={all}&per_page={per_page}&page={page}");
            let (status, body) = session.get(&asked).await;
            assert_eq!(status, StatusCode::OK, "{asked}: {body}");
            let total = body["total"].as_u64().unwrap();
            let shown = body["items"].as_array().unwrap().len();
            seen.push((asked, total, shown));
        }
    }
    seen
}

/// On the demo's year of work, the total of a seeker's matches and of a vacancy's is
/// the same whatever page and page size are asked for (it once counted only the
/// candidates gathered for the page: 39 with 10 a page, 63 with 100).
#[tokio::test]
async fn a_match_total_is_the_same_whatever_the_page_or_its_size() {
    let app = TestApp::spawn().await;
    app.demo_indexed(demo::Size {
        seekers: 200,
        vacancies: 600,
    })
    .await;
    let admin = app.admin().await;
    let (_, seekers) = admin.get("/api/v1/seekers?per_page=30").await;
    let (_, vacancies) = admin.get("/api/v1/vacancies?per_page=30&status=open").await;
    let mut paths: Vec<String> = seekers["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("/api/v1/seekers/{}/matches", s["id"].as_str().unwrap()))
        .collect();
    paths.extend(
        vacancies["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| format!("/api/v1/vacancies/{}/matches", v["id"].as_str().unwrap())),
    );
    assert_eq!(paths.len(), 60);
    let mut beyond_a_page = 0;
    for path in &paths {
        let seen = totals(&admin, path).await;
        for half in seen.chunks(4) {
            let (first, total, _) = &half[0];
            for (asked, other, shown) in half {
                assert_eq!(other, total, "{asked} against {first}");
                assert!(*shown as u64 <= *total, "{asked}: {shown} shown of {total}");
            }
            // A page of 100 shows every match there is, up to 100.
            let (asked, _, shown) = &half[2];
            assert_eq!(*shown as u64, total.min(&100).to_owned(), "{asked}");
            if *total > 10 {
                beyond_a_page += 1;
            }
        }
    }
    assert!(
        beyond_a_page >= 20,
        "{beyond_a_page} lists run past a page of 10"
    );
}

/// The verdict and the explanation of a match come in the caller's language: the
/// Arabic or English their `Accept-Language` asks for, else their account's.
#[tokio::test]
async fn a_match_is_explained_in_the_callers_language() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    let path = format!(
        "/api/v1/seekers/{}/matches?include_ineligible=true",
        world.seeker
    );
    let first = matches(cw, &world.seeker, true, 1).await.remove(0);
    assert_eq!(first["eligible"], false, "{first}");
    let said = |m: &Value| {
        let mut all = vec![m["verdict_text"].as_str().unwrap().to_owned()];
        for list in ["remedies_text", "explanation_text"] {
            let lines = m[list].as_array().unwrap();
            assert!(!lines.is_empty() || list == "remedies_text", "{m}");
            all.extend(lines.iter().map(|l| l.as_str().unwrap().to_owned()));
        }
        all.join(" ")
    };
    let arabic = |text: &str| text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let latin = |text: &str| text.chars().any(|c| c.is_ascii_alphabetic());

    // Asked in each language.
    for (asked, expect_arabic) in [
        ("ar", true),
        ("en-GB,en;q=0.9", false),
        ("fr, ar;q=0.5", true),
    ] {
        let response = reqwest::Client::new()
            .get(app.url(&path))
            .bearer_auth(&cw.token)
            .header("accept-language", asked)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let language = response.headers()["content-language"]
            .to_str()
            .unwrap()
            .to_owned();
        let body: Value = response.json().await.unwrap();
        let text = said(&body["items"][0]);
        assert_eq!(language, if expect_arabic { "ar" } else { "en" }, "{asked}");
        assert_eq!(arabic(&text), expect_arabic, "{asked}: {text}");
        if !expect_arabic {
            assert!(text.contains("May not take this job yet"), "{text}");
        }
    }
    // Not asked: the account's language, whichever it is.
    cw.speaks("en").await;
    let (_, english) = cw.get(&path).await;
    assert!(!arabic(&said(&english["items"][0])), "{english}");
    cw.speaks("ar").await;
    let (_, in_arabic) = cw.get(&path).await;
    let text = said(&in_arabic["items"][0]);
    assert!(arabic(&text), "{text}");
    // Codes and names of things stay as they are; only the sentences change.
    assert_eq!(
        in_arabic["items"][0]["verdict"],
        english["items"][0]["verdict"]
    );
    assert!(latin(&english["items"][0]["verdict_text"].to_string()));
}
