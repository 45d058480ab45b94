//! A vacancy's code is six digits, so a visitor to the kiosk can read it out in
//! Arabic; the caseworker finds the vacancy by it however it is typed.

use forsa_tests::{Pages, TestApp, arabic_digits, urlencode};
use reqwest::StatusCode;

#[tokio::test]
async fn a_vacancy_is_found_by_its_code_in_either_digits() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (_, vacancy) = world
        .caseworker
        .get(&format!("/api/v1/vacancies/{}", world.vacancy))
        .await;
    let code = vacancy["code"].as_str().unwrap().to_owned();
    assert!(
        code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
        "{code}"
    );
    let grouped = format!("{} {}", &code[..3], &code[3..]);
    let read_out = arabic_digits(&grouped);

    // The public address takes the code in Arabic-Indic digits.
    let (status, found) = world
        .caseworker
        .get(&format!(
            "/api/v1/public/vacancies/{}",
            urlencode(&arabic_digits(&code))
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{found}");
    assert_eq!(found["code"], code.as_str());

    // So do the list in the API and the vacancies page, in groups.
    let (_, listed) = world
        .caseworker
        .get(&format!("/api/v1/vacancies?code={}", urlencode(&read_out)))
        .await;
    assert_eq!(listed["total"], 1, "{listed}");
    let pages = Pages::of(&world.caseworker, "ar").await;
    let (status, page) = pages
        .get(&format!("/vacancies?code={}", urlencode(&read_out)))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!(">{grouped}</bdi>")), "{page}");
    assert_eq!(page.matches(r#"class="record""#).count(), 1, "{page}");

    // A code nobody has is said to be nobody's; one that cannot be a code is
    // explained at its field, and lists nothing.
    let other = if code == "000000" { "111111" } else { "000000" };
    let pages = Pages::of(&world.caseworker, "en").await;
    let (_, page) = pages.get(&format!("/vacancies?code={other}")).await;
    let other_grouped = format!("{} {}", &other[..3], &other[3..]);
    assert!(
        page.contains(&format!("No vacancy has the code {other_grouped}"))
            || page.contains(&format!(
                "No vacancy has the code \u{2068}{other_grouped}\u{2069}"
            )),
        "{page}"
    );
    for bad in ["12", "ABC10O", &"9".repeat(5_000), "%00%01"] {
        let (status, page) = pages.get(&format!("/vacancies?code={bad}")).await;
        assert_eq!(status, StatusCode::OK, "{bad}");
        assert!(
            page.contains(r#"id="code_error""#)
                && page.contains("Enter the code as six digits, such as 482 915")
                && !page.contains(r#"class="record""#),
            "{bad}: {page}"
        );
        let (status, body) = world
            .caseworker
            .get(&format!("/api/v1/vacancies?code={bad}"))
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {body}");
        assert!(body.to_string().contains("code"), "{body}");
    }
}
