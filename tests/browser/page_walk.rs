//! Every staff page (`forsa_web::PAGE_ROUTES`, each with a role that may open it)
//! on a 360 px wide phone, in English and in Arabic: nothing scrolls sideways and
//! axe-core finds no serious or critical violation (issue 4, point 6). Two refused
//! forms are among them, each problem by its field.

use anyhow::{Context, Result, ensure};
use forsa_tests::{
    TestApp,
    walk::{Tour, populated, tours},
};

use crate::driver::Browser;

struct Words {
    lang: &'static str,
    /// What the employer form says of an empty name, and the user form of a
    /// caseworker without a centre.
    name_needed: &'static str,
    centre_needed: &'static str,
}

async fn look(b: &Browser, w: &Words) -> Result<()> {
    b.wait_for("main h1").await?;
    ensure!(
        b.attr("html", "lang").await?.as_deref() == Some(w.lang),
        "{} is not in {}",
        b.path().await?,
        w.lang
    );
    b.fits_the_width().await?;
    b.check_accessibility().await
}

/// Whether the page drew its Arabic in forsa's own typeface, once the fonts the page
/// needs have loaded.
async fn arabic_typeface_loaded(b: &Browser) -> Result<bool> {
    let loaded = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             document.fonts.ready.then(() => done([...document.fonts].some(
               (f) => f.family.includes('forsa Arabic') && f.status === 'loaded')));",
            vec![],
        )
        .await?;
    Ok(loaded == serde_json::json!(true))
}

async fn walk(b: &Browser, tours: &[Tour], w: &Words) -> Result<()> {
    b.client.set_window_size(360, 800).await?;
    b.goto("/login").await?;
    if b.attr("html", "lang").await?.as_deref() != Some(w.lang) {
        b.switch_language().await?;
    }
    ensure!(
        arabic_typeface_loaded(b).await?,
        "the Arabic typeface is served and used, not the machine's own"
    );
    for tour in tours {
        match tour.email {
            Some(email) => b.sign_in_as(email).await?,
            None => {
                b.goto("/login").await?;
                if b.attr("html", "lang").await?.as_deref() != Some(w.lang) {
                    b.switch_language().await?;
                }
            }
        }
        for (route, address) in &tour.pages {
            b.goto(address).await?;
            look(b, w)
                .await
                .with_context(|| format!("{} on {route}", tour.role))?;
            let name = route.trim_matches('/').replace(['/', '{', '}'], "_");
            let name = if name.is_empty() {
                "home"
            } else {
                name.as_str()
            };
            b.screenshot(&format!("{}-{}-{name}-phone", w.lang, tour.role))
                .await?;
            b.client.set_window_size(1366, 900).await?;
            b.screenshot(&format!("{}-{}-{name}-desk", w.lang, tour.role))
                .await?;
            b.client.set_window_size(360, 800).await?;
        }
        if tour.role == "caseworker" {
            // A refused form: each problem by its field, and still accessible.
            b.goto("/employers/new").await?;
            b.click("form button.primary").await?;
            let error = b.text("#names_error").await?;
            ensure!(error == w.name_needed, "{error}");
            ensure!(
                b.attr("#names", "aria-describedby").await?.as_deref()
                    == Some("names_hint names_error")
            );
            b.screenshots(&format!("{}-caseworker-employers_new-refused", w.lang))
                .await?;
            b.client.set_window_size(360, 800).await?;
            // The summary on top has the focus, and its link takes the reader to
            // the field.
            let focused = b.client.active_element().await?.attr("id").await?;
            ensure!(focused.as_deref() == Some("form_problems"), "{focused:?}");
            b.click("#form_problems a[href='#names']").await?;
            let focused = b.client.active_element().await?.attr("id").await?;
            ensure!(focused.as_deref() == Some("names"), "{focused:?}");
            look(b, w).await.context("a refused employer form")?;
        }
        if tour.role == "admin" {
            // A caseworker without a centre: the problem by the centre's field.
            b.goto("/users/new").await?;
            b.wait_for("#name").await?.send_keys("Rana Odeh").await?;
            b.wait_for("#role")
                .await?
                .select_by_value("caseworker")
                .await?;
            b.click("form button.primary").await?;
            let error = b.text("#centre_id_error").await?;
            ensure!(error == w.centre_needed, "{error}");
            look(b, w).await.context("a refused user form")?;
        }
        if tour.email.is_some() {
            b.sign_out().await?;
        }
    }
    Ok(())
}

async fn walk_in(w: Words) {
    let app = TestApp::spawn().await;
    let world = populated(&app).await;
    for session in [&world.admin, &world.caseworker, &world.employer_user] {
        session.speaks(w.lang).await;
    }
    let tours = tours(&app, &world).await;
    let Some(browser) = Browser::start(app.address).await else {
        return;
    };
    browser
        .run(async |b: &Browser| -> Result<()> { walk(b, &tours, &w).await })
        .await;
}

#[tokio::test]
async fn every_page_fits_a_phone_and_passes_axe_in_english() {
    walk_in(Words {
        lang: "en",
        name_needed: "Enter the name in Arabic, in English or both.",
        centre_needed: "Choose the centre.",
    })
    .await;
}

#[tokio::test]
async fn every_page_fits_a_phone_and_passes_axe_in_arabic() {
    walk_in(Words {
        lang: "ar",
        name_needed: "أدخل الاسم بالعربية أو بالإنجليزية أو بكلتيهما.",
        centre_needed: "اختر المركز.",
    })
    .await;
}
