//! Two records of one person merged into one: the permits, consents, referrals and
//! access history of the record merged move to the record kept, which the merged one
//! points to from then on (the API answers 308, the page goes there); who merged and
//! why is kept. What is not a merge is refused and changes nothing.

use forsa_tests::{INDEX_DEADLINE, Pages, TestApp, eventually, seeker_body};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_merged_record_gives_everything_to_the_one_kept_and_points_there() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    // The same person registered twice at the centre, the second time under another
    // case reference; she has a permit and consent on the second record, and a
    // referral from it.
    let mut again = seeker_body("ZA-0999");
    again["full_name"] = json!("أمل حداد");
    let again = world.caseworker.create("/api/v1/seekers", again).await;
    let again = again["id"].as_str().unwrap().to_owned();
    world.permitted_and_consenting(&again).await;
    let referral = world.refer(&again).await;

    let (status, kept) = world
        .caseworker
        .post(
            &format!("/api/v1/seekers/{again}/merge"),
            json!({ "into": world.seeker, "reason": "Same UNHCR case: she was registered twice" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{kept}");
    assert_eq!(kept["id"], world.seeker.as_str());

    // Everything is on the record kept.
    let (_, permits) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{}/permits", world.seeker))
        .await;
    assert_eq!(permits.as_array().unwrap().len(), 1, "{permits}");
    let (_, consents) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{}/consents", world.seeker))
        .await;
    assert_eq!(consents.as_array().unwrap().len(), 1, "{consents}");
    let (_, moved) = world
        .caseworker
        .get(&format!("/api/v1/referrals/{referral}"))
        .await;
    assert_eq!(moved["seeker_id"], world.seeker.as_str(), "{moved}");
    // Its access history too: both registrations are the kept record's now.
    let actions = world.admin.audit_actions("seeker", &world.seeker).await;
    assert_eq!(
        actions.iter().filter(|a| *a == "create").count(),
        2,
        "{actions:?}"
    );
    assert!(actions.contains(&"merge".to_owned()));

    // Nothing breaks: the vacancy's matches find the record kept (its permit came
    // with the merge), never the merged one; the referral moved goes on to a hire,
    // whose follow-ups are the kept record's.
    let matches = format!("/api/v1/vacancies/{}/matches", world.vacancy);
    let found = eventually(INDEX_DEADLINE, || async {
        let text = world.caseworker.get(&matches).await.1.to_string();
        text.contains(&world.seeker) && !text.contains(&again)
    })
    .await;
    assert!(found, "the kept record matches, the merged one does not");
    world.hire_referred(&referral).await;
    let (_, data) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{}/export", world.seeker))
        .await;
    assert_eq!(
        data["referrals"][0]["follow_ups"].as_array().unwrap().len(),
        3,
        "{data}"
    );

    // The merged record points to the one kept (a client that follows redirects
    // reads the kept record), and leaves lists.
    let (status, body) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{again}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["id"], world.seeker.as_str());
    let (_, list) = world.caseworker.get("/api/v1/seekers").await;
    assert_eq!(list["total"], 1, "{list}");
    let pages = Pages::of(&world.caseworker, "en").await;
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url(&format!("/api/v1/seekers/{again}")))
        .bearer_auth(&world.caseworker.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        response.headers()[reqwest::header::LOCATION],
        format!("/api/v1/seekers/{}", world.seeker).as_str()
    );
    let (status, _) = pages.get(&format!("/seekers/{again}")).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "the page goes to the record kept"
    );
}

#[tokio::test]
async fn what_is_not_a_merge_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, azraq) = app
        .centre_with_caseworker(&world.admin, "Azraq centre")
        .await;
    let elsewhere = azraq.create("/api/v1/seekers", seeker_body("AZ-1")).await;
    let elsewhere = elsewhere["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/seekers/{}/merge", world.seeker);
    let reason = "The same person";
    let giant = "x".repeat(2_000);
    for (body, field, problem) in [
        (
            json!({ "into": world.seeker, "reason": reason }),
            "into",
            "is the record being merged; choose the other one",
        ),
        (
            json!({ "into": "not-an-id", "reason": reason }),
            "into",
            "is not a valid id",
        ),
        (
            json!({ "into": elsewhere, "reason": reason }),
            "into",
            "is not a seeker of your centre",
        ),
        (json!({ "into": elsewhere }), "reason", "is required"),
        (
            json!({ "into": elsewhere, "reason": "  " }),
            "reason",
            "is required",
        ),
        (
            json!({ "into": elsewhere, "reason": giant }),
            "reason",
            "must be at most 1000 characters",
        ),
    ] {
        let (status, answer) = world.caseworker.post(&path, body.clone()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {answer}");
        assert_eq!(answer["error"]["fields"][field], problem, "{answer}");
    }
    // Another centre's caseworker does not see the record at all.
    let (status, _) = azraq
        .post(&path, json!({ "into": elsewhere, "reason": reason }))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{}", world.seeker))
        .await;
    assert_eq!(status, StatusCode::OK, "nothing was merged");
}
