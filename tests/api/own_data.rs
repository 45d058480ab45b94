//! Everything held on a person, gathered for them: the record, permits, consents
//! with who recorded them, referrals with every stage and follow-up, and who read or
//! changed any of it, by name; as JSON for the API and as a page to print, for the
//! caseworkers of their centre and admins only, and the gathering itself audited.

use forsa_tests::{Pages, TestApp};
use reqwest::StatusCode;

#[tokio::test]
async fn a_persons_data_holds_every_piece_and_who_saw_it() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let path = format!("/api/v1/seekers/{}/export", world.seeker);

    let (status, data) = world.caseworker.get(&path).await;
    assert_eq!(status, StatusCode::OK, "{data}");
    assert_eq!(data["seeker"]["full_name"], "Amal Haddad");
    assert_eq!(data["centre"]["name_en"], "Centre A");
    assert_eq!(data["permits"].as_array().unwrap().len(), 1);
    assert_eq!(data["consents"][0]["purpose"], "share_with_employers");
    assert_eq!(data["consents"][0]["method"], "spoken");
    assert_eq!(data["consents"][0]["granted_by"], "Caseworker");
    let referral = &data["referrals"][0];
    assert_eq!(referral["employer"]["name_en"], "Al-Bina Contracting");
    let stages: Vec<&str> = referral["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["to"].as_str().unwrap())
        .collect();
    assert_eq!(stages, ["referred", "interview", "offered", "hired"]);
    assert_eq!(referral["stages"][3]["by"], "HR");
    assert_eq!(referral["follow_ups"].as_array().unwrap().len(), 3);

    // The access history covers the person and what is attached, by name.
    let access = data["access"].as_array().unwrap();
    assert_eq!(access[0]["action"], "export", "the gathering comes first");
    assert_eq!(access[0]["by"], "Caseworker");
    for kind in ["seeker", "permit", "consent", "referral"] {
        assert!(
            access.iter().any(|e| e["subject_type"] == kind),
            "{kind} in {access:?}"
        );
    }
    assert!(
        access
            .iter()
            .any(|e| e["by"] == "HR" && e["subject_type"] == "referral")
    );

    // Only the person's centre and admins.
    let (_, azraq) = app
        .centre_with_caseworker(&world.admin, "Azraq centre")
        .await;
    assert_eq!(azraq.get(&path).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        world.employer_user.get(&path).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(world.admin.get(&path).await.0, StatusCode::OK);
}

#[tokio::test]
async fn the_page_to_hand_over_reads_in_the_persons_language() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let path = format!("/seekers/{}/data", world.seeker);
    let (status, page) = Pages::of(&world.caseworker, "en").await.get(&path).await;
    assert_eq!(status, StatusCode::OK);
    for words in [
        "What forsa holds on",
        "Amal Haddad",
        "Work permits",
        "recorded by \u{2068}Caseworker\u{2069}",
        "Al-Bina Contracting",
        "Who read or changed it",
    ] {
        assert!(page.contains(words), "{words}: {page}");
    }
    let (status, page) = Pages::of(&world.caseworker, "ar").await.get(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("ما تحفظه فرصة عن") && page.contains("تصاريح العمل"),
        "{page}"
    );
}

#[tokio::test]
async fn admins_read_the_access_history_across_everything_attached_on_its_own_page() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let path = format!("/seekers/{}/access", world.seeker);
    let (status, page) = Pages::of(&world.admin, "en").await.get(&path).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    for words in [
        "Who read or changed a person&#39;s record",
        "Amal Haddad",
        "<bdi>HR</bdi>",
        "<bdi>Caseworker</bdi>",
        "Work permit",
        "Consent",
        "Referral",
    ] {
        assert!(page.contains(words), "{words}: {page}");
    }
    // Reading it is itself a read of the record, by the admin.
    let events = world.seeker_audit_events(&world.seeker).await;
    assert!(events.to_string().contains("\"read\""), "{events}");
    let (status, _) = Pages::of(&world.caseworker, "en").await.get(&path).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, page) = Pages::of(&world.admin, "ar").await.get(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("من اطّلع على سجلّ شخص أو عدّله"), "{page}");
}
