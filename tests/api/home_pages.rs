//! The employer's and the admin's home pages: what each should look at first, counted
//! from the records, in both languages; no page says it is being built.

use std::time::Duration;

use forsa_tests::{PASSWORD, Pages, TestApp, eventually, seeker_body, vacancy_body, written};
use reqwest::{Method, StatusCode};
use serde_json::json;

/// The text of the element with `id` up to its closing tag `end`.
fn part(page: &str, id: &str, end: &str) -> String {
    let start = page
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no {id}: {page}"));
    let stop = page[start..].find(end).unwrap() + start;
    page[start..stop].to_owned()
}

#[tokio::test]
async fn an_employer_sees_who_waits_for_an_answer_on_each_open_vacancy() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.employer_user, "en").await;
    let (status, page) = pages.get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Nobody is waiting for your answer.") && !page.contains("being built"),
        "{page}"
    );

    // Amal shares her profile; Omar does not. Both are referred to the open job.
    world.permitted_and_consenting(&world.seeker).await;
    let mut omar = seeker_body("ZA-0002");
    omar["full_name"] = json!("Omar Khalil");
    omar["gender"] = json!("male");
    let omar = world.caseworker.create("/api/v1/seekers", omar).await;
    let omar = omar["id"].as_str().unwrap().to_owned();
    forsa_tests::flexible_permit(&world.caseworker, &omar).await;
    let amal_referral = world.refer(&world.seeker).await;
    let omar_referral = world.refer(&omar).await;
    // A draft, and another employer's open job with its own referral: neither counts.
    let mut draft = vacancy_body("F", "7115");
    draft["status"] = json!("draft");
    world.employer_user.create("/api/v1/vacancies", draft).await;
    let other = world
        .caseworker
        .create(
            "/api/v1/employers",
            json!({"name": "Green Valley Farms", "sector": "A", "location": "JO-MA", "fee_pledge": true}),
        )
        .await;
    let mut elsewhere = vacancy_body("F", "7115");
    elsewhere["employer_id"] = other["id"].clone();
    elsewhere["title_en"] = json!("Farm carpenter");
    let elsewhere = world
        .caseworker
        .create("/api/v1/vacancies", elsewhere)
        .await;
    world
        .caseworker
        .create(
            "/api/v1/referrals",
            json!({"seeker_id": world.seeker, "vacancy_id": elsewhere["id"]}),
        )
        .await;

    let (_, page) = pages.get("/").await;
    assert!(page.contains("Al-Bina Contracting"), "{page}");
    assert!(!page.contains("Farm carpenter"), "{page}");
    let waiting = part(&page, "waiting", "</table>");
    assert!(
        waiting.contains("<bdi>Amal Haddad</bdi>")
            && waiting.contains("Name not shared")
            && !waiting.contains("Omar Khalil"),
        "consent decides what the employer reads: {waiting}"
    );
    assert!(
        waiting.contains(&format!(r#"href="/referrals/{amal_referral}""#))
            && waiting.contains(&written(forsa_tests::centre_today(), "en")),
        "{waiting}"
    );
    let count = |page: &str, id: &str| {
        let tile = part(page, id, "</li>");
        let start = tile.find(r#"queue-count">"#).unwrap() + r#"queue-count">"#.len();
        tile[start..start + tile[start..].find('<').unwrap()].to_owned()
    };
    assert_eq!(count(&page, "queue-waiting"), "2", "{page}");
    assert_eq!(count(&page, "queue-open"), "1", "{page}");
    assert_eq!(count(&page, "queue-drafts"), "1", "{page}");
    let row = part(&page, &format!("vacancy-{}", world.vacancy), "</tr>");
    assert!(
        row.contains("Carpenter for formwork")
            && row.contains(r#"number new">2<"#)
            && row.contains(r#"waiting">2<"#),
        "{row}"
    );

    // Answering one (an interview) leaves one waiting; both are still new this week.
    let (status, moved) = world
        .employer_user
        .patch(
            &format!("/api/v1/referrals/{omar_referral}"),
            json!({"stage": "interview"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{moved}");
    let (_, page) = pages.get("/").await;
    assert_eq!(count(&page, "queue-waiting"), "1", "{page}");
    let row = part(&page, &format!("vacancy-{}", world.vacancy), "</tr>");
    assert!(
        row.contains(r#"number new">2<"#) && row.contains(r#"waiting">1<"#),
        "{row}"
    );

    let (_, arabic) = Pages::of(&world.employer_user, "ar").await.get("/").await;
    assert!(
        arabic.contains("بانتظار ردّك") && arabic.contains("نجار قوالب"),
        "{arabic}"
    );
    assert!(!arabic.contains("Waiting for your answer"), "{arabic}");
}

#[tokio::test]
async fn an_admin_sees_the_centres_the_users_the_rule_changes_and_the_index() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.admin, "en").await;
    let current = eventually(Duration::from_secs(10), || async {
        pages
            .get("/")
            .await
            .1
            .contains("The search index is up to date.")
    })
    .await;
    let (status, page) = pages.get("/").await;
    assert!(current, "{page}");
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("being built"), "{page}");
    // Every link the page leads with goes somewhere.
    assert!(
        page.contains(r#"href="/users/new" id="add-user""#),
        "{page}"
    );
    let (status, form) = pages.get("/users/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("<h1>Add a user</h1>"), "{form}");
    let centres = part(&page, "centres", "</table>");
    assert!(
        centres.contains("<bdi>Centre A</bdi>") && centres.contains("Zaatari"),
        "{centres}"
    );
    // One caseworker, one person registered, no referral yet.
    assert!(
        centres.contains(r#"class="number">1</td>"#)
            && centres.contains(r#"class="number">0</td>"#),
        "{centres}"
    );
    assert!(
        part(&page, "users-admin", "</li>")
            .contains(">1</span> <span class=\"queue-label\">admin<"),
        "{page}"
    );
    assert!(
        part(&page, "users-employer", "</li>").contains("employer user"),
        "{page}"
    );
    assert!(
        page.contains("The rules have not been changed since forsa was installed."),
        "{page}"
    );

    // The admin changes two rules through the API; the home says what, who and when.
    let (status, body) = world
        .admin
        .request(
            Method::PUT,
            "/api/v1/rules/minimum-wage",
            Some(json!({"monthly": 300, "valid_from": "2027-01-01"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    world
        .admin
        .create("/api/v1/rules/closed-occupations", json!({"code": "7126"}))
        .await;
    // A disabled caseworker is counted apart.
    let quiet = world
        .admin
        .create(
            "/api/v1/users",
            json!({"email": "quiet@forsa.test", "name": "Quiet", "role": "caseworker", "centre_id": world.centre, "password": PASSWORD}),
        )
        .await;
    world
        .admin
        .patch(
            &format!("/api/v1/users/{}", quiet["id"].as_str().unwrap()),
            json!({"disabled": true}),
        )
        .await;

    let (_, page) = pages.get("/").await;
    let changes = part(&page, "rule-changes", "</ul>");
    assert!(
        changes.contains("Minimum wage set to 300 dinars a month from 1 January 2027")
            && changes.contains("Occupation closed to non-citizens: Plumbers and pipe fitters")
            && changes.contains("<bdi>Admin</bdi>"),
        "{changes}"
    );
    assert!(
        changes.find("Occupation closed").unwrap() < changes.find("Minimum wage").unwrap(),
        "latest first: {changes}"
    );
    assert!(
        part(&page, "users-caseworker", "</li>").contains("1 disabled"),
        "{page}"
    );

    let (_, arabic) = Pages::of(&world.admin, "ar").await.get("/").await;
    assert!(
        arabic.contains("حُدّد الحد الأدنى للأجور بـ300 دينارًا شهريًا اعتبارًا من 1 كانون الثاني 2027"),
        "{arabic}"
    );
    assert!(arabic.contains("فهرس البحث محدَّث."), "{arabic}");

    // The others' homes are theirs: a caseworker gets the dashboard.
    let (status, page) = Pages::of(&world.caseworker, "en").await.get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Centre dashboard") && !page.contains("rule-changes"),
        "{page}"
    );
}
