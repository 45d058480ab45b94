//! The whole path of a referral across roles, in a real browser, in English and in
//! Arabic (issue 4, point 7): a caseworker signs in, registers a seeker with the
//! keyboard alone (the occupation from the picker), records a flexible construction
//! permit and the consent to share, finds the employer's construction job among the
//! matches marked eligible and refers, and signs out; the employer signs in, sees the
//! candidate with only what consent allows, moves the referral through interview and
//! offer to a hire, and signs out; the caseworker signs in again and sees the
//! follow-ups the hire planned; a month on, they record the first follow-up with the
//! keyboard from the dashboard. axe-core checks every page on the way.

use std::time::Duration;

use anyhow::{Context, Result, anyhow, ensure};
use fantoccini::key::Key;
use forsa_tests::{PASSWORD, TestApp, vacancy_body, written};
use serde_json::{Value, json};

use crate::driver::Browser;

/// The harness names the caseworker of a centre after it.
const CASEWORKER: &str = "caseworker.zaatari@forsa.test";
const EMPLOYER: &str = "hr@albina.test";

/// Words of one language's flow: what is typed into the selects (browsers pick the
/// option whose label starts with what is typed) and what the pages should say.
struct Words {
    locale: &'static str,
    name: &'static str,
    gender: &'static str,
    status: &'static str,
    place: &'static str,
    level: &'static str,
    occupation: &'static str,
    registered: &'static str,
    eligible: &'static str,
    referred: &'static str,
    /// The employer's moves, each with the stage's name once recorded.
    stages: [(&'static str, &'static str); 3],
    note: &'static str,
    coming: &'static str,
    /// The follow-up's outcome as typed into its select and as shown once recorded.
    outcome: (&'static str, &'static str),
    follow_up_note: &'static str,
    recorded: &'static str,
}

const ENGLISH: Words = Words {
    locale: "en",
    name: "Yara Nasser",
    gender: "Female",
    status: "Refugee",
    place: "Zaatari",
    level: "Mother",
    occupation: "carpent",
    registered: "The job seeker is registered.",
    eligible: "May take this job.",
    referred: "Referred to",
    stages: [
        ("interview", "Interview"),
        ("offered", "Offered"),
        ("hired", "Hired"),
    ],
    note: "Starts on Sunday",
    coming: "Coming in the next 30 days",
    outcome: ("Still", "Still in the job"),
    follow_up_note: "Settled in; asks about overtime",
    recorded: "The follow-up was recorded.",
};

const ARABIC: Words = Words {
    locale: "ar",
    name: "يارا ناصر",
    gender: "أنثى",
    status: "لاجئ",
    place: "مخيم الزعتري",
    level: "لغة أم",
    occupation: "نجار",
    registered: "تم تسجيل الباحث عن عمل.",
    eligible: "يحق لها شغل هذه الوظيفة.",
    referred: "تمت الإحالة إلى",
    stages: [
        ("interview", "مقابلة"),
        ("offered", "قُدّم عرض عمل"),
        ("hired", "تم التوظيف"),
    ],
    note: "يبدأ العمل يوم الأحد",
    coming: "خلال الثلاثين يوماً القادمة",
    outcome: ("ما زال", "ما زال في العمل"),
    follow_up_note: "استقر في العمل ويسأل عن الساعات الإضافية",
    recorded: "سُجّلت المتابعة.",
};

/// A centre with a caseworker, an employer's user (both in `locale`), and the
/// employer's open construction vacancy for a carpenter; the vacancy's id. Setup
/// goes through the API; the flow itself only through the pages.
async fn world(app: &TestApp, locale: &str) -> String {
    let admin = app.admin().await;
    let (_, caseworker) = app.centre_with_caseworker(&admin, "Zaatari").await;
    caseworker.speaks(locale).await;
    let employer = caseworker
        .create(
            "/api/v1/employers",
            json!({ "name": "Al-Bina Contracting", "sector": "F", "location": "JO-AM", "fee_pledge": true }),
        )
        .await;
    admin
        .create(
            "/api/v1/users",
            json!({ "email": EMPLOYER, "name": "HR", "role": "employer",
                    "employer_id": employer["id"], "password": PASSWORD }),
        )
        .await;
    let hr = app.login(EMPLOYER, PASSWORD).await;
    hr.speaks(locale).await;
    let vacancy: Value = hr
        .create("/api/v1/vacancies", vacancy_body("F", "7115"))
        .await;
    vacancy["id"].as_str().unwrap().to_owned()
}

/// Types into whatever has the focus, as a keyboard does.
pub(crate) async fn keys(b: &Browser, text: &str) -> Result<()> {
    b.client.active_element().await?.send_keys(text).await?;
    Ok(())
}

async fn tab(b: &Browser, times: usize) -> Result<()> {
    for _ in 0..times {
        keys(b, &char::from(Key::Tab).to_string()).await?;
    }
    Ok(())
}

pub(crate) async fn focused_id(b: &Browser) -> Result<String> {
    Ok(b.client
        .active_element()
        .await?
        .attr("id")
        .await?
        .unwrap_or_default())
}

/// Sets a date field's value: date pickers take typing in the browser's own date
/// order, which is not what this flow is about.
async fn set_value(b: &Browser, id: &str, value: &str) -> Result<()> {
    b.client
        .execute(
            "document.getElementById(arguments[0]).value = arguments[1];",
            vec![json!(id), json!(value)],
        )
        .await?;
    Ok(())
}

fn day(offset: i64) -> String {
    (forsa_tests::centre_today() + chrono::Duration::days(offset)).to_string()
}

/// The day `offset` days from today as the pages in `locale` write it.
fn written_day(offset: i64, locale: &str) -> String {
    written(
        forsa_tests::centre_today() + chrono::Duration::days(offset),
        locale,
    )
}

/// The registration form with the keyboard alone, from the skip link on.
async fn register(b: &Browser, w: &Words) -> Result<()> {
    b.wait_for("#full_name").await?;
    b.check_accessibility().await?;
    b.fits_a_phone().await?;
    tab(b, 1).await?;
    ensure!(focused_id(b).await?.is_empty(), "the skip link comes first");
    keys(b, &char::from(Key::Enter).to_string()).await?;
    tab(b, 1).await?;
    ensure!(focused_id(b).await? == "full_name", "then the name");
    keys(b, w.name).await?;
    tab(b, 1).await?;
    keys(b, "ZA-0777").await?;
    tab(b, 1).await?;
    keys(b, w.gender).await?;
    tab(b, 1).await?;
    keys(b, "1991").await?;
    tab(b, 1).await?;
    keys(b, "SY").await?;
    tab(b, 1).await?;
    keys(b, w.status).await?;
    tab(b, 1).await?;
    keys(b, w.place).await?;
    tab(b, 2).await?;
    ensure!(focused_id(b).await? == "languages_0_code");
    keys(b, "ar").await?;
    tab(b, 1).await?;
    keys(b, w.level).await?;
    tab(b, 5).await?;
    ensure!(
        focused_id(b).await? == "occupations_0_isco",
        "at {}",
        focused_id(b).await?
    );
    keys(b, w.occupation).await?;
    // The picker's suggestions come from the taxonomy as the caseworker types;
    // the arrow key moves to the first and Enter picks it.
    b.wait_for("#occupations_0_isco-suggestions li[data-code='7115']")
        .await?;
    b.check_accessibility().await?;
    for key in [Key::Down, Key::Enter] {
        keys(b, &char::from(key).to_string()).await?;
    }
    // The property, not the attribute: the attribute is what the page was sent.
    let picked = b
        .client
        .execute(
            "return document.getElementById('occupations_0_isco').value;",
            vec![],
        )
        .await?;
    // The field shows the occupation's code and its name in the page's language.
    let picked = picked.as_str().unwrap_or_default();
    ensure!(
        picked
            .strip_prefix("7115 ")
            .is_some_and(|name| name.to_lowercase().contains(w.occupation)),
        "the picker put {picked} in the field"
    );
    tab(b, 1).await?;
    keys(b, "6").await?;
    tab(b, 4).await?;
    ensure!(
        focused_id(b).await? == "skills",
        "at {}",
        focused_id(b).await?
    );
    keys(b, "formwork").await?;
    keys(b, &char::from(Key::Enter).to_string()).await?;
    let notice = b.text("#notice").await?;
    ensure!(notice == w.registered, "{notice}");
    ensure!(b.text("h1").await? == w.name);
    b.check_accessibility().await
}

async fn permit_and_consent(b: &Browser) -> Result<()> {
    b.wait_for("#permit_type")
        .await?
        .select_by_value("flexible_construction")
        .await?;
    set_value(b, "valid_from", &day(-10)).await?;
    set_value(b, "valid_until", &day(355)).await?;
    b.click("#add-permit-submit").await?;
    b.wait_for(".permit").await?;
    b.check_accessibility().await?;
    b.wait_for("#purpose")
        .await?
        .select_by_value("share_with_employers")
        .await?;
    b.click("#grant-consent-submit").await?;
    b.wait_for(".consents li").await?;
    b.fits_a_phone().await?;
    b.check_accessibility().await
}

/// Opens the matches until the index has the new permit (it follows the database a
/// moment later), then refers to the construction job.
async fn refer(b: &Browser, w: &Words, vacancy: &str) -> Result<()> {
    b.click("#open-matches").await?;
    let card = format!("#match-{vacancy}.eligible");
    let mut found = false;
    for _ in 0..30 {
        if b.client.find(fantoccini::Locator::Css(&card)).await.is_ok() {
            found = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        b.client.refresh().await?;
    }
    ensure!(
        found,
        "the construction job is not among the eligible matches"
    );
    let text = b.text(&card).await?;
    ensure!(text.contains(w.eligible), "{text}");
    b.check_accessibility().await?;
    b.fits_a_phone().await?;
    b.click(&format!("{card} button.refer")).await?;
    let notice = b.text("#notice").await.context("no confirmation")?;
    ensure!(notice.starts_with(w.referred), "{notice}");
    b.check_accessibility().await
}

/// Waits until nothing matches `css`: a form's answer replaces the page.
async fn wait_for_none(b: &Browser, css: &str) -> Result<()> {
    for _ in 0..50 {
        let found = b.client.find_all(fantoccini::Locator::Css(css)).await?;
        if found.is_empty() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Err(anyhow!("{css} is still on the page"))
}

/// Waits until the element shows `expected`: a form's answer replaces the page.
async fn wait_for_text(b: &Browser, css: &str, expected: &str) -> Result<()> {
    let mut seen = String::new();
    for _ in 0..50 {
        if let Ok(element) = b.client.find(fantoccini::Locator::Css(css)).await {
            seen = element.text().await.unwrap_or_default();
            if seen == expected {
                return Ok(());
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Err(anyhow!("{css} shows {seen:?}, not {expected:?}"))
}

/// The employer's side: the candidate with only what consent allows, then
/// interview, offer and hire, the hire with a note.
async fn employer_hires(b: &Browser, w: &Words) -> Result<()> {
    b.sign_in_as(EMPLOYER).await?;
    ensure!(b.attr("html", "lang").await?.as_deref() == Some(w.locale));
    b.check_accessibility().await?;
    b.click("nav.main-nav a[href='/referrals']").await?;
    let name = b.text(".referral .candidate-name").await?;
    ensure!(name == w.name, "{name}");
    // What the candidate shared is one step away, beside their name.
    b.click(".referral th details > summary").await?;
    let card = b.text(".referral").await?;
    ensure!(card.contains("formwork"), "the shared skills: {card}");
    for private in ["ZA-0777", "1991"] {
        ensure!(
            !card.contains(private),
            "{private} is not the employer's: {card}"
        );
    }
    b.check_accessibility().await?;
    b.fits_a_phone().await?;
    for (stage, shown) in w.stages {
        b.click(".referral td.act details > summary").await?;
        b.wait_for(".referral select[name=stage]")
            .await?
            .select_by_value(stage)
            .await?;
        if stage == "hired" {
            b.wait_for(".referral textarea[name=reason]")
                .await?
                .send_keys(w.note)
                .await?;
        }
        b.click(".referral form.move button[type=submit]").await?;
        if stage == "hired" {
            // A hire closes the referral: it leaves the open ones, which were it.
            wait_for_none(b, ".referral").await?;
            b.check_accessibility().await?;
            b.goto("/referrals?stage=hired").await?;
        }
        wait_for_text(b, ".referral .stage", shown).await?;
        b.check_accessibility().await?;
    }
    b.sign_out().await
}

/// The caseworker's side after the hire: the first follow-up, 30 days on, is among
/// those coming on the dashboard, the hire's row says when it is, and the person's
/// page lists all three.
async fn caseworker_sees_the_follow_ups(b: &Browser, w: &Words) -> Result<()> {
    b.sign_in_as(CASEWORKER).await?;
    b.wait_for(".dashboard").await?;
    let heading = b.text("#follow-ups-coming").await?;
    ensure!(heading.starts_with(w.coming), "{heading}");
    let coming = b.text("li.follow-up.coming").await?;
    ensure!(coming.contains(w.name), "{coming}");
    let first = day(30);
    ensure!(
        b.attr("li.follow-up.coming time", "datetime")
            .await?
            .as_deref()
            == Some(first.as_str())
    );
    b.check_accessibility().await?;
    b.fits_a_phone().await?;
    b.click("a[href='/referrals?stage=hired']").await?;
    let next = b.text(".referral .next").await?;
    let date = written_day(30, w.locale);
    ensure!(next.contains(&date), "{date} not in {next}");
    b.check_accessibility().await?;
    b.click(".referral th a").await?;
    let planned = b.text("#referrals").await?;
    for offset in forsa_domain::referral::FOLLOW_UP_DAYS {
        let date = written_day(offset, w.locale);
        ensure!(planned.contains(&date), "{date} not in {planned}");
    }
    b.check_accessibility().await
}

/// A month later (the stored date moved back): the first follow-up is due on the
/// dashboard, and the caseworker records it with the keyboard alone; it leaves the
/// due list and shows, with its outcome, on the hire's row.
async fn caseworker_records_the_first_follow_up(
    b: &Browser,
    app: &TestApp,
    w: &Words,
) -> Result<()> {
    let (first, yesterday) = (day(30), day(-1));
    app.move_follow_up(first, yesterday).await;
    b.goto("/").await?;
    b.wait_for("li.follow-up.due form.follow-up-form").await?;
    b.check_accessibility().await?;
    b.fits_a_phone().await?;
    b.client
        .execute(
            "document.querySelector('li.follow-up.due select[name=outcome]').focus();",
            vec![],
        )
        .await?;
    keys(b, w.outcome.0).await?;
    tab(b, 1).await?;
    let note = focused_id(b).await?;
    ensure!(note.starts_with("note_"), "focus on {note}");
    keys(b, w.follow_up_note).await?;
    tab(b, 1).await?;
    keys(b, &char::from(Key::Enter).to_string()).await?;
    wait_for_text(b, "p.notice", w.recorded).await?;
    ensure!(
        b.client
            .find_all(fantoccini::Locator::Css("li.follow-up.due"))
            .await?
            .is_empty(),
        "the follow-up is still due"
    );
    b.check_accessibility().await?;
    // Nothing else is due or coming, so the dashboard links to no hires: go there,
    // and on to the person.
    b.goto("/referrals?stage=hired").await?;
    b.click(".referral th a").await?;
    wait_for_text(b, "#referrals .outcome", w.outcome.1).await?;
    let planned = b.text("#referrals").await?;
    ensure!(planned.contains(w.follow_up_note), "{planned}");
    b.check_accessibility().await
}

async fn flow(w: &'static Words) {
    let app = TestApp::spawn().await;
    let vacancy = world(&app, w.locale).await;
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b: &Browser| -> Result<()> {
            b.sign_in_as(CASEWORKER).await?;
            b.wait_for(".dashboard").await?;
            b.check_accessibility().await?;
            b.click("nav.main-nav a[href='/seekers']").await?;
            b.wait_for("#register-seeker").await?;
            ensure!(b.attr("html", "lang").await?.as_deref() == Some(w.locale));
            b.check_accessibility().await?;
            b.fits_a_phone().await?;
            b.click("#register-seeker").await?;
            register(b, w).await?;
            permit_and_consent(b).await?;
            refer(b, w, &vacancy).await?;
            b.sign_out().await?;
            b.check_accessibility().await?;
            employer_hires(b, w).await?;
            caseworker_sees_the_follow_ups(b, w).await?;
            caseworker_records_the_first_follow_up(b, &app, w).await
        })
        .await;
}

#[tokio::test]
async fn a_referral_from_registration_to_hire_and_follow_up_in_english() {
    flow(&ENGLISH).await;
}

#[tokio::test]
async fn a_referral_from_registration_to_hire_and_follow_up_in_arabic() {
    flow(&ARABIC).await;
}
