//! The kiosk in a real Chromium: browse by sector, search in Arabic with a spelling
//! variant, open a vacancy and see its code and QR; lose the network and keep
//! browsing from the saved list, then get it back; wait out the idle time and find
//! the home screen in Arabic with nothing of the last visitor left. axe-core checks
//! each screen, and no screen scrolls sideways on a phone or a landscape kiosk.
//!
//! The browser reaches the server through a link of the test's own (a TCP relay), so
//! that cutting it is a real loss of network — refused connections, not emulation —
//! and restoring it brings the same address back.

use std::{net::SocketAddr, time::Duration};

use anyhow::{Context, Result, anyhow, ensure};
use forsa_tests::{
    INDEX_DEADLINE, JORDAN_MONTHS, TestApp, arabic_digits, eventually, vacancy_body,
};
use serde_json::{Value, json};
use tokio::{net::TcpListener, task::JoinSet};

use crate::driver::Browser;

/// A TCP relay from `address` to the server: the kiosk's network.
struct Link {
    address: SocketAddr,
    target: SocketAddr,
    relay: Option<tokio::task::JoinHandle<()>>,
}

impl Link {
    async fn up(target: SocketAddr) -> Link {
        let mut link = Link {
            address: SocketAddr::from(([127, 0, 0, 1], 0)),
            target,
            relay: None,
        };
        link.restore().await;
        link
    }

    /// Listens again (on the same port after a cut) and relays each connection.
    async fn restore(&mut self) {
        let listener = TcpListener::bind(self.address).await.unwrap();
        self.address = listener.local_addr().unwrap();
        let target = self.target;
        self.relay = Some(tokio::spawn(async move {
            // Dropped with the relay: a cut ends every open connection too.
            let mut connections = JoinSet::new();
            while let Ok((mut inbound, _)) = listener.accept().await {
                connections.spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
        }));
    }

    /// The network drops: nothing listens, open connections are closed.
    async fn cut(&mut self) {
        if let Some(relay) = self.relay.take() {
            relay.abort();
            let _ = relay.await;
        }
    }
}

/// Runs `script` (which returns a boolean) until it holds.
async fn until(b: &Browser, script: &str, what: &str) -> Result<()> {
    // Long enough for the kiosk's retry while offline (every 10 s).
    let deadline = tokio::time::Instant::now() + Duration::from_secs(25);
    loop {
        let held = b.client.execute(script, Vec::new()).await?;
        if held == Value::Bool(true) {
            return Ok(());
        }
        if tokio::time::Instant::now() >= deadline {
            return Err(anyhow!("timed out waiting for {what}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn js(b: &Browser, script: &str) -> Result<Value> {
    Ok(b.client.execute(script, Vec::new()).await?)
}

/// The current screen on a phone and on a landscape kiosk: nothing runs off the side.
/// Fits a phone, a 1920×1080 landscape screen and a 1080×1920 portrait one; `shot`
/// names the screenshots kept of each.
async fn fits_everywhere(b: &Browser, shot: &str) -> Result<()> {
    b.fits_a_phone().await?;
    b.client.set_window_size(360, 800).await?;
    b.screenshot(&format!("{shot}-phone")).await?;
    for (width, height, name) in [(1920, 1080, "landscape"), (1080, 1920, "portrait")] {
        b.client.set_window_size(width, height).await?;
        b.fits_the_width()
            .await
            .with_context(|| format!("at {width}×{height}"))?;
        b.screenshot(&format!("{shot}-{name}")).await?;
    }
    b.client.set_window_size(1280, 900).await?;
    Ok(())
}

/// A vacancy's code as the kiosk shows it to be read out to a caseworker: two groups
/// of three, in Arabic-Indic digits on an Arabic screen.
fn read_out(code: &str, arabic: bool) -> String {
    let grouped = format!("{} {}", &code[..3], &code[3..]);
    if arabic {
        arabic_digits(&grouped)
    } else {
        grouped
    }
}

/// Two open vacancies, one garment job and the world's carpenter; their codes.
async fn jobs(app: &TestApp) -> (String, String) {
    let world = app.world().await;
    let mut sewing = vacancy_body("C", "7533");
    sewing["title_ar"] = json!("خياطة ملابس");
    sewing["title_en"] = json!("Garment sewing machinist");
    sewing["benefits"] = json!(["transport", "meals"]);
    sewing["employer_arranges_permit"] = json!(true);
    let sewing = world
        .employer_user
        .create("/api/v1/vacancies", sewing)
        .await;
    let (_, carpenter) = world
        .caseworker
        .get(&format!("/api/v1/vacancies/{}", world.vacancy))
        .await;
    let codes = (
        sewing["code"].as_str().unwrap().to_owned(),
        carpenter["code"].as_str().unwrap().to_owned(),
    );
    // Both reach the index before the kiosk is opened.
    let listed = eventually(INDEX_DEADLINE, || async {
        let (_, feed) = app
            .anonymous(reqwest::Method::GET, "/kiosk/feed.json", None)
            .await;
        feed["vacancies"].as_array().is_some_and(|v| v.len() == 2)
    })
    .await;
    assert!(listed, "both vacancies reach the kiosk's list");
    codes
}

/// The list screen's cards, as text.
async fn cards(b: &Browser) -> Result<String> {
    until(
        b,
        "return !document.getElementById('list').hidden",
        "the list",
    )
    .await?;
    Ok(js(b, "return document.getElementById('jobs').innerText")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

#[tokio::test]
async fn a_visitor_browses_by_sector_searches_in_arabic_and_takes_a_job_away() {
    let app = TestApp::spawn().await;
    let (sewing, _) = jobs(&app).await;
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b: &Browser| -> Result<()> {
            b.goto("/kiosk").await?;
            b.wait_for(".tile[data-sector='C']").await?;
            ensure!(b.attr("html", "lang").await?.as_deref() == Some("ar"));
            ensure!(b.attr("html", "dir").await?.as_deref() == Some("rtl"));
            let tile = b.text(".tile[data-sector='C']").await?;
            ensure!(tile.contains("المصانع") && tile.contains('١'), "{tile}");
            // Below the sectors, the newest jobs, the newest first.
            until(
                b,
                "return document.querySelectorAll('#newest a.card').length === 2",
                "the newest jobs",
            )
            .await?;
            let newest = b.text("#newest").await?;
            ensure!(
                newest.contains("خياطة ملابس") && newest.contains("نجار"),
                "{newest}"
            );
            b.check_accessibility().await?;
            fits_everywhere(b, "ar-kiosk-home").await?;

            // Browse by sector.
            b.click(".tile[data-sector='C']").await?;
            let list = cards(b).await?;
            ensure!(list.contains("خياطة ملابس") && !list.contains("نجار"), "{list}");
            ensure!(list.contains("المواصلات"), "benefits show: {list}");
            ensure!(list.contains("صاحب العمل يستخرج تصريح العمل"), "{list}");
            // Each card says whose job it is and how recent, so that cards with one
            // title can be told apart.
            ensure!(
                list.contains("Al-Bina Contracting") && list.contains("اليوم"),
                "employer and age on the card: {list}"
            );
            // The chosen sector stays in sight as a chip; a tap removes it.
            let chip = b.text("#chips .chip[data-v='C']").await?;
            ensure!(chip.contains("المصانع"), "{chip}");
            b.check_accessibility().await?;
            fits_everywhere(b, "ar-kiosk-list-sector").await?;
            b.click("#chips .chip[data-v='C']").await?;
            until(
                b,
                "return document.getElementById('jobs').innerText.includes('نجار')",
                "every sector again",
            )
            .await?;
            ensure!(
                js(b, "return document.getElementById('chips').children.length").await?
                    == 0,
                "no chip once the sector is removed"
            );
            b.click("#filters summary").await?;
            b.wait_for("[data-f='benefit'][data-v='permit']").await?;
            b.check_accessibility().await?;
            fits_everywhere(b, "ar-kiosk-list-filters").await?;

            // Search with ه for ة: the server folds spellings.
            b.click("#home-link").await?;
            b.wait_for("#q").await?.send_keys("خياطه").await?;
            b.click("#search button[type=submit]").await?;
            until(
                b,
                "return document.getElementById('jobs').innerText.includes('خياطة ملابس')",
                "the sewing job found",
            )
            .await?;
            let list = cards(b).await?;
            ensure!(!list.contains("نجار"), "{list}");

            // Open it: its code and QR.
            b.click("#jobs a.card").await?;
            let shown = b.text("#code").await?;
            ensure!(shown == read_out(&sewing, true), "the code in Arabic digits: {shown}");
            // Read left to right like any number, on a right-to-left screen too: the
            // first group is drawn to the left of the second.
            let in_order = js(
                b,
                "const t = document.getElementById('code').firstChild; \
                 const at = (i) => { const r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + 3); return r.getBoundingClientRect().left; }; \
                 return at(0) < at(4);",
            )
            .await?;
            ensure!(in_order == json!(true), "the code's groups are drawn in reading order");
            until(
                b,
                "const q = document.querySelector('#job img.qr'); return !!q && q.complete && q.naturalWidth > 0",
                "the QR code",
            )
            .await?;
            // Not only the attribute: the button is not drawn (a class that sets
            // `display` once beat `hidden`).
            let speak_hidden = js(
                b,
                "return getComputedStyle(document.getElementById('speak')).display === 'none'",
            )
            .await?;
            let has_voice = js(
                b,
                "return speechSynthesis.getVoices().some(v => v.lang.toLowerCase().startsWith('ar'))",
            )
            .await?;
            ensure!(
                speak_hidden == Value::Bool(has_voice != Value::Bool(true)),
                "read-aloud shows only with an Arabic voice"
            );
            // The slip the print button prints carries the code and the QR too.
            b.wait_for("#print").await?;
            let slip = js(b, "return document.getElementById('slip-job').innerHTML").await?;
            let slip = slip.as_str().unwrap_or_default();
            ensure!(slip.contains(&read_out(&sewing, true)) && slip.contains("img class=\"qr\""), "{slip}");
            let wage = b.text("#job").await?;
            ensure!(wage.contains("٣٥٠") && !wage.contains("350"), "Arabic digits: {wage}");
            // The month as Jordan names it (كانون الأول, not ديسمبر).
            let month = JORDAN_MONTHS[chrono::Datelike::month0(&chrono::Utc::now()) as usize];
            ensure!(wage.contains(month), "the posting month is {month}: {wage}");
            b.check_accessibility().await?;
            fits_everywhere(b, "ar-kiosk-job").await?;

            // Nothing of the visitor is kept in the browser.
            let kept = js(b, "return [localStorage.length, sessionStorage.length, document.cookie]").await?;
            ensure!(kept == json!([0, 0, ""]), "stored: {kept}");

            // French: Latin digits, French words.
            b.click("a[hreflang='fr']").await?;
            b.wait_for("html[lang='fr'] .tile").await?;
            b.click(".tile[data-sector='C']").await?;
            let list = cards(b).await?;
            ensure!(list.contains("350") && list.contains("par mois"), "{list}");
            b.check_accessibility().await?;

            // The address in the QR code opens the kiosk on that vacancy.
            b.goto(&format!("/kiosk?code={sewing}")).await?;
            let shown = b.text("#code").await?;
            ensure!(shown == read_out(&sewing, true), "the QR address opens the vacancy: {shown}");
            Ok(())
        })
        .await;
}

#[tokio::test]
async fn without_a_network_the_kiosk_keeps_browsing_and_catches_up_when_it_returns() {
    let app = TestApp::spawn().await;
    let (sewing, carpenter) = jobs(&app).await;
    let mut link = Link::up(app.address).await;
    let Some(browser) = Browser::start(link.address).await else {
        return;
    };
    let link = &mut link;
    browser
        .run(async |b: &Browser| -> Result<()> {
            b.goto("/kiosk?lang=en").await?;
            b.wait_for(".tile").await?;
            // The worker has kept the pages, the assets and the list.
            until(
                b,
                "return !!navigator.serviceWorker.controller",
                "the service worker",
            )
            .await?;
            b.client
                .execute_async(
                    "const done = arguments[0];
                     const wanted = ['/kiosk', '/kiosk?lang=en', '/kiosk?lang=fr', '/kiosk/feed.json'];
                     const check = () => caches.open('forsa-kiosk')
                       .then(c => Promise.all(wanted.map(u => c.match(u))))
                       .then(r => r.every(Boolean) ? done(true) : setTimeout(check, 100));
                     check();",
                    Vec::new(),
                )
                .await
                .context("the kiosk's copies")?;
            ensure!(js(b, "return document.getElementById('offline').hidden").await? == Value::Bool(true));

            link.cut().await;
            b.goto("/kiosk?lang=en").await?;
            b.wait_for(".tile[data-sector='F']").await?;
            until(b, "return !document.getElementById('offline').hidden", "the offline banner").await?;
            let banner = b.text("#offline").await?;
            ensure!(banner.contains("No network") && banner.chars().any(|c| c.is_ascii_digit()), "{banner}");
            b.check_accessibility().await?;

            // Browse, filter and open a vacancy from the saved list.
            b.click(".tile[data-sector='F']").await?;
            let list = cards(b).await?;
            ensure!(list.contains("Carpenter for formwork") && !list.contains("sewing"), "{list}");
            b.click("#jobs a.card").await?;
            ensure!(b.text("#code").await? == read_out(&carpenter, false));
            b.click("#back").await?;
            b.click("#filters summary").await?;
            b.click("[data-f='sector'][data-v='F']").await?;
            b.click("[data-f='benefit'][data-v='permit']").await?;
            let list = cards(b).await?;
            ensure!(list.contains("sewing") && !list.contains("Carpenter"), "{list}");
            b.check_accessibility().await?;
            // Searching falls back to the saved list, spelling folded the same way.
            b.goto("/kiosk").await?;
            b.wait_for(".tile").await?;
            b.wait_for("#q").await?.send_keys("خياطه").await?;
            b.click("#search button[type=submit]").await?;
            let list = cards(b).await?;
            ensure!(list.contains("خياطة ملابس") && !list.contains("نجار"), "{list}");
            ensure!(b.text("#status").await?.contains("لا توجد شبكة"));
            b.click("#jobs a.card").await?;
            ensure!(b.text("#code").await? == read_out(&sewing, true));

            // The network returns: fresh data, and the banner goes.
            link.restore().await;
            until(b, "return document.getElementById('offline').hidden", "the banner to go").await?;
            Ok(())
        })
        .await;
}

#[tokio::test]
async fn after_the_idle_time_the_screen_is_home_again_in_arabic_and_empty() {
    let app = TestApp::spawn_with(|config| config.kiosk.idle_seconds = 6).await;
    jobs(&app).await;
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b: &Browser| -> Result<()> {
            // In Arabic: what was typed, the filters and the screen are cleared.
            b.goto("/kiosk").await?;
            b.wait_for(".tile").await?;
            b.wait_for("#q").await?.send_keys("خياطه").await?;
            b.click("#search button[type=submit]").await?;
            cards(b).await?;
            until(
                b,
                "return !document.getElementById('home').hidden && document.getElementById('q').value === ''",
                "the home screen after idle",
            )
            .await?;
            ensure!(b.attr("html", "lang").await?.as_deref() == Some("ar"));

            // In English: back to Arabic.
            b.goto("/kiosk?lang=en#list").await?;
            b.wait_for("#q").await?.send_keys("sewing").await?;
            ensure!(js(b, "return document.documentElement.lang").await? == json!("en"));
            until(b, "return document.documentElement.lang === 'ar'", "Arabic after idle").await?;
            b.wait_for(".tile").await?;
            ensure!(js(b, "return document.getElementById('q').value").await? == json!(""));
            ensure!(js(b, "return location.search + location.hash").await? == json!(""));
            b.check_accessibility().await?;
            Ok(())
        })
        .await;
}

#[tokio::test]
async fn a_long_list_is_drawn_twenty_at_a_time() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    for _ in 0..22 {
        world
            .employer_user
            .create("/api/v1/vacancies", vacancy_body("C", "7533"))
            .await;
    }
    let listed = eventually(INDEX_DEADLINE, || async {
        let (_, feed) = app
            .anonymous(reqwest::Method::GET, "/kiosk/feed.json", None)
            .await;
        feed["vacancies"].as_array().is_some_and(|v| v.len() == 23)
    })
    .await;
    assert!(listed, "the vacancies reach the kiosk's list");
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b: &Browser| -> Result<()> {
            b.goto("/kiosk?lang=en#list").await?;
            until(b, "return document.querySelectorAll('#jobs > li').length === 20", "the first 20").await?;
            ensure!(b.text("#count").await? == "23", "the count is of the whole list");
            ensure!(js(b, "return document.getElementById('more').hidden").await? == Value::Bool(false));
            b.check_accessibility().await?;
            b.click("#more").await?;
            until(b, "return document.querySelectorAll('#jobs > li').length === 23", "the rest").await?;
            ensure!(
                js(b, "return getComputedStyle(document.getElementById('more')).display === 'none'").await?
                    == Value::Bool(true),
                "'show more' is gone once everything is shown"
            );
            ensure!(
                js(b, "return document.activeElement === document.querySelectorAll('#jobs a.card')[20]").await?
                    == Value::Bool(true),
                "the focus moves to the first new card"
            );
            Ok(())
        })
        .await;
}

#[tokio::test]
async fn a_search_shows_its_close_matches_apart_from_the_related_jobs() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    for (en, ar) in [
        ("Tomato picker", "قاطف بندورة"),
        ("Cucumber picker", "قاطف خيار"),
    ] {
        let mut body = vacancy_body("A", "9211");
        body["title_en"] = json!(en);
        body["title_ar"] = json!(ar);
        world.employer_user.create("/api/v1/vacancies", body).await;
    }
    let listed = eventually(INDEX_DEADLINE, || async {
        let (_, found) = app
            .anonymous(
                reqwest::Method::GET,
                "/api/v1/public/vacancies?q=picker",
                None,
            )
            .await;
        found["total"] == 2
    })
    .await;
    assert!(listed, "the vacancies reach the index");
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b: &Browser| -> Result<()> {
            for (lang, q, close, related, shot) in [
                ("ar", "قاطف بندورة", "١", "١", "ar-kiosk-close-and-related"),
                (
                    "en",
                    "tomato picker",
                    "1",
                    "1",
                    "en-kiosk-close-and-related",
                ),
            ] {
                b.goto(&format!("/kiosk?lang={lang}")).await?;
                b.wait_for("#q").await?.send_keys(q).await?;
                b.click("#search button[type=submit]").await?;
                until(
                    b,
                    "return document.querySelectorAll('#related > li').length === 1",
                    "the related job under its own heading",
                )
                .await?;
                let list = cards(b).await?;
                ensure!(list.contains("بندورة") || list.contains("Tomato"), "{list}");
                ensure!(
                    !list.contains("خيار") && !list.contains("Cucumber"),
                    "{list}"
                );
                ensure!(b.text("#count").await? == close, "one close match");
                ensure!(
                    b.text("#related-count").await? == related,
                    "one related job"
                );
                b.check_accessibility().await?;
                fits_everywhere(b, shot).await?;
            }
            Ok(())
        })
        .await;
}
