//! A vacancy's candidates as a caseworker acts on them: each person linked, their
//! verdict and fit in words (never a code) and in the Arabic form of their gender,
//! whether they share their profile, and one or several referred at once, with those
//! refused named beside the reason.

use std::time::Duration;

use forsa_tests::{Pages, Session, TestApp, eventually, flexible_permit, seeker_body};
use reqwest::StatusCode;
use serde_json::json;

async fn seeker(session: &Session<'_>, reference: &str, name: &str, gender: &str) -> String {
    let mut body = seeker_body(reference);
    body["full_name"] = json!(name);
    body["gender"] = json!(gender);
    let created = session.create("/api/v1/seekers", body).await;
    created["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_caseworker_refers_several_candidates_at_once_and_is_told_who_was_not() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let cw = &world.caseworker;
    // A job that asks for English, which nobody here speaks.
    let mut body = forsa_tests::vacancy_body("F", "7115");
    body["languages"] = json!([{"code": "en", "level": "fluent"}]);
    body["title_en"] = json!("Formwork carpenter, site in Amman");
    let vacancy = world.employer_user.create("/api/v1/vacancies", body).await;
    let vacancy = vacancy["id"].as_str().unwrap().to_owned();
    let amal = world.seeker.clone();
    flexible_permit(cw, &amal).await;
    let omar = seeker(cw, "ZA-0002", "Omar Khalil", "male").await;
    flexible_permit(cw, &omar).await;
    cw.create(
        &format!("/api/v1/seekers/{omar}/consents"),
        json!({"purpose": "share_with_employers", "method": "spoken"}),
    )
    .await;
    // Rami has no permit: he may not take the job.
    let rami = seeker(cw, "ZA-0003", "Rami Saleh", "male").await;

    let pages = Pages::of(cw, "en").await;
    let list = format!("/vacancies/{vacancy}/matches");
    let ready = eventually(Duration::from_secs(10), || async {
        let (_, page) = pages.get(&format!("{list}?ineligible=yes")).await;
        page.contains("Amal Haddad") && page.contains("Omar Khalil") && page.contains("Rami Saleh")
    })
    .await;
    let (status, page) = pages.get(&list).await;
    assert!(ready, "{page}");
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(&format!(
            r#"<a href="/seekers/{amal}"><bdi>Amal Haddad</bdi></a>"#
        )),
        "each name leads to the person: {page}"
    );
    assert!(
        page.contains(&format!(r#"id="choose-{amal}""#))
            && page.contains(&format!(r#"id="choose-{omar}""#))
            && !page.contains("Rami Saleh"),
        "the eligible can be chosen, and only they are listed: {page}"
    );
    // Amal has not agreed to share her profile; Omar has.
    let card = |page: &str, id: &str| {
        let start = page.find(&format!(r#"id="candidate-{id}""#)).unwrap();
        let end = page[start..].find("</details>").unwrap() + start;
        page[start..end].to_owned()
    };
    assert!(
        card(&page, &amal).contains("Has not agreed to share their profile"),
        "{page}"
    );
    assert!(!card(&page, &omar).contains("Has not agreed"), "{page}");
    assert!(
        page.contains("Does not speak well enough: English") && !page.contains(": en<"),
        "languages in words: {page}"
    );
    assert!(
        page.contains("Has worked in this occupation (6 years)") && !page.contains("7115"),
        "experience in words: {page}"
    );

    // In Arabic, Amal is spoken of as a woman and Omar as a man.
    let arabic = Pages::of(cw, "ar").await;
    let (_, page) = arabic.get(&list).await;
    let amal_card = card(&page, &amal);
    assert!(
        amal_card.contains("يحق لها شغل هذه الوظيفة.")
            && amal_card.contains("لم توافق على مشاركة ملفها")
            && amal_card.contains("لا تتقن بما يكفي: الإنجليزية"),
        "{amal_card}"
    );
    let omar_card = card(&page, &omar);
    assert!(
        omar_card.contains("يحق له شغل هذه الوظيفة.")
            && omar_card.contains("لا يتقن بما يكفي: الإنجليزية"),
        "{omar_card}"
    );

    // Nobody ticked: told, nothing referred.
    let pages = Pages::of(cw, "en").await;
    let (status, _, page) = pages.post(&list, &[("page", "1")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Tick the people to refer first."), "{page}");
    let (_, referrals) = cw.get("/api/v1/referrals").await;
    assert_eq!(referrals["total"], 0, "{referrals}");

    // Three sent (Rami's by hand, as a stale page might): two referred, Rami refused
    // by name and the reason.
    let (status, _, page) = pages
        .post(
            &list,
            &[("seeker", &amal), ("seeker", &omar), ("seeker", &rami)],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("2 people referred."), "{page}");
    assert!(
        page.contains("<bdi>Rami Saleh</bdi>: The person may not legally take this job"),
        "{page}"
    );
    let (_, referrals) = cw.get("/api/v1/referrals").await;
    assert_eq!(referrals["total"], 2, "{referrals}");

    // Referred people carry the stage instead of a box to tick.
    let (_, page) = pages.get(&list).await;
    assert!(
        card(&page, &amal).contains(r#"<p class="tag ok referred">Referred</p>"#),
        "{page}"
    );
    assert!(!page.contains(&format!(r#"id="choose-{amal}""#)), "{page}");

    // One more, already referred: refused by name, nothing doubled.
    let (status, _, page) = pages.post(&list, &[("seeker", &omar)]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("<bdi>Omar Khalil</bdi>: This person is already referred"),
        "{page}"
    );
    assert!(!page.contains(r#"id="notice""#), "{page}");
    let (_, referrals) = cw.get("/api/v1/referrals").await;
    assert_eq!(referrals["total"], 2, "{referrals}");

    // All sent at once succeed: back to the list with the count.
    let hana = seeker(cw, "ZA-0004", "Hana Saleh", "female").await;
    flexible_permit(cw, &hana).await;
    let ready = eventually(Duration::from_secs(10), || async {
        pages.get(&list).await.1.contains("Hana Saleh")
    })
    .await;
    assert!(ready);
    let (status, location, _) = pages.post(&list, &[("seeker", &hana)]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, page) = pages.get(&location).await;
    assert!(page.contains("One person referred."), "{page}");
}

#[tokio::test]
async fn the_candidate_form_survives_nonsense() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.caseworker, "en").await;
    let list = format!("/vacancies/{}/matches", world.vacancy);
    let huge = "9".repeat(400);
    let control = "\u{0}\u{7}\n";
    for seeker in ["", "not-an-id", huge.as_str(), control] {
        let (status, _, page) = pages
            .post(&list, &[("seeker", seeker), ("page", &huge)])
            .await;
        assert!(
            status == StatusCode::UNPROCESSABLE_ENTITY || status == StatusCode::BAD_REQUEST,
            "{seeker:?}: {status} {page}"
        );
    }
    let unknown = uuid::Uuid::new_v4().to_string();
    let (status, _, page) = pages.post(&list, &[("seeker", &unknown)]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    let (_, referrals) = world.caseworker.get("/api/v1/referrals").await;
    assert_eq!(referrals["total"], 0, "{referrals}");
}
