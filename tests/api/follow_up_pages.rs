//! Follow-ups after a hire on the caseworker's pages: the dashboard shows those due
//! (marked) and those coming in the next 30 days with their dates, and the hire's row
//! on the referrals page lists all that are planned; employers do not see them.

use chrono::{Days, NaiveDate, Utc};
use forsa_tests::{Pages, TestApp};
use reqwest::StatusCode;

/// The part of `page` from the element with `id` to the end of its section.
fn part<'p>(page: &'p str, id: &str) -> &'p str {
    page.split(&format!(r#"id="{id}""#))
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap_or_else(|| panic!("no {id} in {page}"))
}

fn day(offset: u64) -> NaiveDate {
    Utc::now().date_naive() + Days::new(offset)
}

#[tokio::test]
async fn a_hire_shows_its_follow_ups_coming_then_due_to_the_caseworker() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let pages = Pages::of(&world.caseworker, "en").await;

    // Right after the hire: nothing due, the first follow-up coming in 30 days.
    let (status, page) = pages.get("/").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let panel = part(&page, "follow-ups");
    assert!(panel.contains("No follow-up is due."), "{panel}");
    let coming = part(&page, "follow-ups-coming");
    assert!(
        coming.contains(r#"Coming in the next 30 days <span class="count">1</span>"#),
        "{coming}"
    );
    let first = day(30);
    assert!(
        coming.contains(r#"<li class="follow-up coming">"#),
        "{coming}"
    );
    assert!(coming.contains("Amal Haddad"), "{coming}");
    assert!(
        coming.contains(&format!(r#"datetime="{first}">{first}</time>"#)),
        "{coming}"
    );
    assert!(
        !coming.contains(&day(90).to_string()),
        "only the next 30 days"
    );

    // The hire's row lists every follow-up planned, none due yet.
    let (status, page) = pages.get("/referrals?stage=hired").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let planned = page
        .split(r#"class="follow-ups-scheduled""#)
        .nth(1)
        .and_then(|rest| rest.split("</div>").next())
        .unwrap_or_else(|| panic!("no follow-ups on {page}"));
    assert!(planned.contains("Follow-ups planned"), "{planned}");
    for offset in [30, 90, 180] {
        assert!(planned.contains(&day(offset).to_string()), "{planned}");
    }
    assert!(!planned.contains("(due)"), "{planned}");

    // The employer's page does not show the centre's follow-ups.
    let (_, page) = Pages::of(&world.employer_user, "en")
        .await
        .get("/referrals")
        .await;
    assert!(page.contains("candidate-name"), "{page}");
    assert!(!page.contains("follow-ups-scheduled"), "{page}");

    // Thirty-one days later the first follow-up is due: marked, and no longer coming.
    let yesterday = Utc::now().date_naive() - Days::new(1);
    app.sql(&format!(
        "UPDATE follow_ups SET due_on = '{yesterday}' WHERE due_on = '{first}'"
    ))
    .await;
    let (_, page) = pages.get("/").await;
    let due = part(&page, "follow-ups");
    assert!(
        due.contains(r#"Due now <span class="count">1</span>"#),
        "{due}"
    );
    assert!(due.contains(r#"<li class="follow-up due">"#), "{due}");
    assert!(due.contains(&format!(r#"datetime="{yesterday}""#)), "{due}");
    let coming = part(&page, "follow-ups-coming");
    assert!(
        coming.contains("No follow-up falls in the next 30 days."),
        "{coming}"
    );
    let (_, page) = pages.get("/referrals?stage=hired").await;
    assert!(
        page.contains(&format!(
            r#"<li class="due"><time dir="ltr" datetime="{yesterday}">{yesterday}</time> (due)</li>"#
        )),
        "{page}"
    );

    // In Arabic: the words translated; dates as everywhere on the pages, ISO
    // with Western digits, kept left to right.
    let (_, page) = Pages::of(&world.caseworker, "ar").await.get("/").await;
    let due = part(&page, "follow-ups");
    assert!(due.contains("متابعة من تم توظيفهم"), "{due}");
    assert!(due.contains("مستحقة الآن"), "{due}");
    assert!(
        due.contains(&format!(
            r#"<time dir="ltr" datetime="{yesterday}">{yesterday}</time>"#
        )),
        "{due}"
    );
}
