//! The caseworker's core task with the keyboard alone (issue 12, point 10), in
//! English and in Arabic: from the dashboard, find a person by their phone typed the
//! way people say it, open them, find jobs, refer to one after the consent prompt
//! (she agrees: the consent is recorded), and see the referral on her page. Every
//! step moves by Tab and Enter; axe-core checks each page, and each is kept as a
//! screenshot.

use anyhow::{Context, Result, anyhow, ensure};
use fantoccini::key::Key;
use forsa_tests::{TestApp, flexible_permit, seeker_body, vacancy_body};
use serde_json::json;

use crate::driver::Browser;
use crate::referral_flow::keys;

const CASEWORKER: &str = "caseworker.azraq@forsa.test";

struct Words {
    lang: &'static str,
    phone: &'static str,
    prompt: &'static str,
    referred: &'static str,
    stage: &'static str,
    shares: &'static str,
}

const ENGLISH: Words = Words {
    lang: "en",
    phone: "+962 79 555 0142",
    prompt: "Refer without sharing?",
    // Names set apart from the sentence (first-strong isolates), so that its full
    // stop stays on its side.
    referred: "Referred to \u{2068}Carpenter for formwork\u{2069} at \u{2068}Al-Bina Contracting\u{2069}.",
    stage: "Referred",
    shares: "Shares their profile with employers",
};

const ARABIC: Words = Words {
    lang: "ar",
    phone: "0795550142",
    prompt: "إحالة دون مشاركة الملف؟",
    referred: "تمت الإحالة إلى \u{2068}نجار قوالب\u{2069} لدى \u{2068}Al-Bina Contracting\u{2069}.",
    stage: "محال",
    shares: "تشارك ملفها مع أصحاب العمل",
};

/// Presses Tab until the element `css` has the focus, then Enter: how a keyboard
/// user reaches and uses a link or a button.
async fn tab_to_and_enter(b: &Browser, css: &str) -> Result<()> {
    tab_to(b, css).await?;
    keys(b, &char::from(Key::Enter).to_string()).await
}

/// Presses Tab until the element `css` has the focus.
async fn tab_to(b: &Browser, css: &str) -> Result<()> {
    for _ in 0..80 {
        keys(b, &char::from(Key::Tab).to_string()).await?;
        let there = b
            .client
            .execute(
                "return document.activeElement.matches(arguments[0]);",
                vec![json!(css)],
            )
            .await?;
        if there == json!(true) {
            return Ok(());
        }
    }
    Err(anyhow!("Tab never reached {css} on {}", b.path().await?))
}

async fn step(b: &Browser, w: &Words, name: &str) -> Result<()> {
    b.wait_for("main h1").await?;
    b.check_accessibility()
        .await
        .with_context(|| format!("{name}: accessibility"))?;
    b.fits_a_phone().await?;
    b.screenshots(&format!("{}-flow-{name}", w.lang)).await
}

async fn flow(w: &Words) {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (_, caseworker) = app.centre_with_caseworker(&admin, "Azraq").await;
    caseworker.speaks(w.lang).await;
    let employer = caseworker
        .create(
            "/api/v1/employers",
            json!({ "name": "Al-Bina Contracting", "sector": "F", "location": "JO-AM", "fee_pledge": true }),
        )
        .await;
    let mut job = vacancy_body("F", "7115");
    job["employer_id"] = employer["id"].clone();
    let vacancy = caseworker.create("/api/v1/vacancies", job).await;
    let vacancy = vacancy["id"].as_str().unwrap().to_owned();
    let mut person = seeker_body("AZ-0142");
    person["phone"] = json!("0795550142");
    let person = caseworker.create("/api/v1/seekers", person).await;
    let person = person["id"].as_str().unwrap().to_owned();
    flexible_permit(&caseworker, &person).await;
    // Another person, so that the search has someone to leave out.
    caseworker
        .create("/api/v1/seekers", seeker_body("AZ-0143"))
        .await;
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b| {
            b.sign_in_as(CASEWORKER).await?;
            step(b, w, "dashboard").await?;
            // The search box on the dashboard: the phone typed with the country code
            // and spaces, or as it is dialled at home.
            tab_to(b, "#find").await?;
            keys(b, w.phone).await?;
            keys(b, &char::from(Key::Enter).to_string()).await?;
            b.wait_for(&format!("a[href='/seekers/{person}']")).await?;
            step(b, w, "found-by-phone").await?;
            let found = b
                .client
                .find_all(fantoccini::Locator::Css("main tbody tr, main li.record"))
                .await?;
            ensure!(
                found.len() == 1,
                "the phone finds one person, not {}",
                found.len()
            );
            tab_to_and_enter(b, &format!("a[href='/seekers/{person}']")).await?;
            b.wait_for("#open-matches").await?;
            step(b, w, "person").await?;
            tab_to_and_enter(b, "#open-matches").await?;
            // The index follows the permit a moment later.
            let card = format!("#match-{vacancy} button.refer");
            for _ in 0..30 {
                if b.client.find(fantoccini::Locator::Css(&card)).await.is_ok() {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                b.client.refresh().await?;
            }
            ensure!(b.text("#not-sharing").await.is_ok(), "the warning is shown");
            step(b, w, "matches").await?;
            tab_to_and_enter(b, &card).await?;
            // She has not agreed to share: asked first.
            b.wait_for("#consent-and-refer").await?;
            ensure!(b.text("h1").await? == w.prompt, "{}", b.text("h1").await?);
            step(b, w, "consent-prompt").await?;
            tab_to_and_enter(b, "#consent-and-refer").await?;
            let notice = b.text("#notice").await?;
            ensure!(notice == w.referred, "{notice}");
            step(b, w, "referred").await?;
            tab_to_and_enter(b, &format!("a[href='/seekers/{person}']")).await?;
            b.wait_for(".person-referrals").await?;
            let referrals = b.text(".person-referrals").await?;
            ensure!(
                referrals.contains("Al-Bina Contracting") && referrals.contains(w.stage),
                "{referrals}"
            );
            let sharing = b.text("#sharing-badge").await?;
            ensure!(sharing == w.shares, "{sharing}");
            step(b, w, "person-referred").await
        })
        .await;
}

#[tokio::test]
async fn a_caseworker_finds_a_person_by_phone_and_refers_them_with_the_keyboard_in_english() {
    flow(&ENGLISH).await;
}

#[tokio::test]
async fn a_caseworker_finds_a_person_by_phone_and_refers_them_with_the_keyboard_in_arabic() {
    flow(&ARABIC).await;
}
