//! The access log page names who acted and labels the record: a seeker by their case
//! reference (never their name), a user, employer or vacancy by its name.

use forsa_tests::{Pages, TestApp};
use reqwest::StatusCode;

#[tokio::test]
async fn the_log_shows_names_and_case_references_not_ids() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let caseworker = app
        .service
        .authenticate(&world.caseworker.token)
        .await
        .unwrap()
        .user_id;
    for (lang, reference, role) in [
        (
            "en",
            "Job seeker with case reference ZA-0001",
            "(Caseworker)",
        ),
        ("ar", "باحث عن عمل رقم ملفه ZA-0001", "(موظف حالة)"),
    ] {
        let pages = Pages::of(&world.admin, lang).await;
        let path = format!("/audit?subject_type=seeker&subject_id={}", world.seeker);
        let (status, page) = pages.get(&path).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(page.contains(&format!("<bdi>{reference}</bdi>")), "{page}");
        assert!(
            page.contains(r#"<bdi>Caseworker</bdi> <bdi dir="ltr">&lt;caseworker.centre-a@forsa.test&gt;</bdi>"#),
            "{page}"
        );
        assert!(page.contains(role), "{page}");
        // The log says whose events it shows, and the way back to all of them.
        assert!(
            page.contains(&format!("\u{2068}{reference}\u{2069}</strong>"))
                && page.contains(r#"<a href="/audit">"#),
            "{page}"
        );
        // Neither the seeker's name nor bare ids as the links' words.
        assert!(!page.contains("Amal Haddad"), "{page}");
        assert!(!page.contains(&format!(">{}</a>", world.seeker)), "{page}");

        // By actor: the caseworker's events name the employer and the seeker.
        let (status, page) = pages.get(&format!("/audit?actor_id={caseworker}")).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(page.contains("<bdi>Al-Bina Contracting</bdi>"), "{page}");
        assert!(page.contains(reference), "{page}");
        assert!(!page.contains("Amal Haddad"), "{page}");
    }

    // A vacancy by its title and code; the employer's user by name.
    let pages = Pages::of(&world.admin, "en").await;
    let path = format!("/audit?subject_type=vacancy&subject_id={}", world.vacancy);
    let (_, vacancy) = world
        .employer_user
        .get(&format!("/api/v1/vacancies/{}", world.vacancy))
        .await;
    let code = vacancy["code"].as_str().unwrap();
    let (_, page) = pages.get(&path).await;
    assert!(
        page.contains(&format!("<bdi>Carpenter for formwork ({code})</bdi>")),
        "{page}"
    );
    assert!(
        page.contains(r#"<bdi>HR</bdi> <bdi dir="ltr">&lt;hr@albina.test&gt;</bdi>"#),
        "{page}"
    );

    // Opened without a question, the log shows the newest events of all.
    let (status, page) = pages.get("/audit").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Carpenter for formwork") && page.contains("ZA-0001"),
        "{page}"
    );
    assert!(!page.contains("Events of:"), "{page}");

    // Showing a seeker's reference in the log is itself logged, without personal data.
    let events = world.seeker_audit_events(&world.seeker).await;
    assert!(
        events["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "list"),
        "{events}"
    );
    assert!(!events.to_string().contains("ZA-0001"), "{events}");
}
