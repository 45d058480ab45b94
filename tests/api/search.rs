//! Vacancy search over real HTTP: the index follows the API's writes, queries are
//! safe, filters are checked, and the public view holds no personal data.

use std::time::Duration;

use forsa_tests::{INDEX_DEADLINE, Session, TestApp, World, eventually, vacancy_body};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// Searches until `check` holds: the index follows writes within a second (see
/// `INDEX_DEADLINE` for what the suite allows).
async fn indexed(session: &Session<'_>, path: &str, check: impl Fn(&Value) -> bool) {
    let held = eventually(INDEX_DEADLINE, || async {
        let (status, body) = session.get(path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        check(&body)
    })
    .await;
    let (_, last) = session.get(path).await;
    assert!(held, "{path} did not show the change in time: {last}");
}

/// A vacancy of `sector` and `occupation` titled `title` in English only.
fn titled(sector: &str, occupation: &str, title: &str) -> Value {
    let mut body = vacancy_body(sector, occupation);
    body["title_en"] = json!(title);
    body["title_ar"] = json!(null);
    body
}

/// Posts `vacancies` as the world's employer and waits until the index holds them.
async fn posted(app: &TestApp, world: &World<'_>, vacancies: impl IntoIterator<Item = Value>) {
    for body in vacancies {
        world.employer_user.create("/api/v1/vacancies", body).await;
    }
    app.index_caught_up(INDEX_DEADLINE).await;
}

async fn public(app: &TestApp, query: &str) -> (StatusCode, Value) {
    app.anonymous(
        Method::GET,
        &format!("/api/v1/public/vacancies?{query}"),
        None,
    )
    .await
}

fn titles(body: &Value) -> Vec<String> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            item["title_en"]
                .as_str()
                .or(item["title_ar"].as_str())
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[tokio::test]
async fn a_vacancy_is_found_changed_and_gone_as_the_api_changes_it() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut body = vacancy_body("A", "6111");
    body["title_en"] = json!("Greenhouse tomato picker");
    body["title_ar"] = json!("قاطف بندورة في البيوت البلاستيكية");
    body["location"] = json!("JO-MA");
    let posted = world.employer_user.create("/api/v1/vacancies", body).await;
    let id = posted["id"].as_str().unwrap().to_owned();
    let code = posted["code"].as_str().unwrap().to_owned();

    indexed(
        &world.caseworker,
        "/api/v1/vacancies/search?q=tomato",
        |b| titles(b) == ["Greenhouse tomato picker"],
    )
    .await;

    let (status, _) = world
        .employer_user
        .patch(
            &format!("/api/v1/vacancies/{id}"),
            // Both titles: tomato also finds بندورة, its Arabic name.
            json!({"title_en": "Cucumber picker", "title_ar": "قاطف خيار"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    indexed(
        &world.caseworker,
        "/api/v1/vacancies/search?q=cucumber",
        |b| titles(b) == ["Cucumber picker"],
    )
    .await;
    indexed(
        &world.caseworker,
        "/api/v1/vacancies/search?q=tomato",
        |b| titles(b).is_empty(),
    )
    .await;

    let (status, _) = world
        .employer_user
        .patch(
            &format!("/api/v1/vacancies/{id}"),
            json!({"status": "closed"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    indexed(
        &world.caseworker,
        "/api/v1/vacancies/search?q=cucumber",
        |b| titles(b).is_empty(),
    )
    .await;
    // Staff can still find it among the closed ones; the public cannot at all.
    let (_, closed) = world
        .caseworker
        .get("/api/v1/vacancies/search?q=cucumber&status=closed")
        .await;
    assert_eq!(titles(&closed), ["Cucumber picker"]);
    let (status, _) = app
        .anonymous(
            Method::GET,
            &format!("/api/v1/public/vacancies/{code}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn arabic_and_english_find_each_other_with_snippets() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut english_only = vacancy_body("F", "7112");
    english_only["title_ar"] = Value::Null;
    english_only["title_en"] = json!("Bricklayer for a school extension");
    english_only["description_en"] = json!("Laying blocks for two new classrooms in Amman.");
    world
        .employer_user
        .create("/api/v1/vacancies", english_only)
        .await;

    // The world's vacancy is titled نجار قوالب; every form of the word finds it.
    for q in ["النجارين", "والنجارة", "نَجّار", "carpenters"] {
        indexed(
            &world.caseworker,
            &format!("/api/v1/vacancies/search?q={q}"),
            |b| titles(b) == ["Carpenter for formwork"],
        )
        .await;
    }
    // An Arabic query finds the English-only vacancy through its occupation's labels.
    indexed(
        &world.caseworker,
        "/api/v1/vacancies/search?q=بناء",
        |b| titles(b).contains(&"Bricklayer for a school extension".to_owned()),
    )
    .await;
    let (_, found) = world
        .caseworker
        .get("/api/v1/vacancies/search?q=classrooms")
        .await;
    assert_eq!(
        found["items"][0]["highlights"]["description_en"],
        "Laying blocks for two new <b>classrooms</b> in Amman."
    );
    // A misspelling finds what the word finds, the word first, and says the results
    // are approximate; so does a misspelling beside a word spelt right, which alone
    // would find every vacancy in Amman.
    for (word, typos) in [
        (
            "bricklayer",
            &["bricklayr", "bricklayr%20amman", "brciklayer"][..],
        ),
        ("نجار", &["نجاز", "نحار"]),
        // Two letters swapped before a suffix the stemmer cuts off.
        ("laying", &["layign"]),
    ] {
        let (_, right) = world
            .caseworker
            .get(&format!("/api/v1/vacancies/search?q={word}"))
            .await;
        assert!(right.get("relaxed").is_none(), "{right}");
        assert!(!titles(&right).is_empty(), "{word}");
        for q in typos {
            let (_, near) = world
                .caseworker
                .get(&format!("/api/v1/vacancies/search?q={q}"))
                .await;
            assert_eq!(near["relaxed"], true, "{q}");
            assert_eq!(titles(&near), titles(&right), "{q}");
        }
    }
    let (_, bricklayer) = world
        .caseworker
        .get("/api/v1/vacancies/search?q=bricklayr")
        .await;
    assert_eq!(titles(&bricklayer)[0], "Bricklayer for a school extension");
}

#[tokio::test]
async fn filters_are_checked_and_unknown_codes_are_refused() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut farm = vacancy_body("A", "6111");
    farm["title_en"] = json!("Olive harvest");
    farm["benefits"] = json!(["transport", "meals"]);
    farm["employer_arranges_permit"] = json!(true);
    world.employer_user.create("/api/v1/vacancies", farm).await;
    assert!(
        eventually(INDEX_DEADLINE, || async {
            titles(&public(&app, "").await.1).len() == 2
        })
        .await
    );
    for (query, expected) in [
        ("sector=A", vec!["Olive harvest"]),
        (
            "sector=A,F",
            vec!["Olive harvest", "Carpenter for formwork"],
        ),
        ("occupation=71", vec!["Carpenter for formwork"]),
        (
            "location=JO-AM",
            vec!["Olive harvest", "Carpenter for formwork"],
        ),
        ("benefit=transport,meals", vec!["Olive harvest"]),
        ("arranges_permit=true", vec!["Olive harvest"]),
        ("contract=seasonal", vec![]),
        ("sort=newest&per_page=1", vec!["Olive harvest"]),
        (
            "sort=newest&per_page=1&page=2",
            vec!["Carpenter for formwork"],
        ),
    ] {
        let (status, body) = public(&app, query).await;
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
        assert_eq!(titles(&body), expected, "{query}");
    }
    for (query, field) in [
        ("sector=Z", "sector"),
        ("sector=ZZ9", "sector"),
        ("occupation=9999", "occupation"),
        ("location=JO-XX", "location"),
        ("benefit=pony", "benefit"),
        ("sort=random", "sort"),
        ("per_page=1000", "per_page"),
        ("status=closed", "status"),
        ("colour=red", "colour"),
    ] {
        let (status, body) = public(&app, query).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}: {body}");
        assert!(
            body["error"]["fields"][field].is_string(),
            "{query}: {body}"
        );
    }
}

#[tokio::test]
async fn the_public_view_holds_no_personal_data_and_open_vacancies_only() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut draft = vacancy_body("F", "7115");
    draft["status"] = json!("draft");
    draft["title_en"] = json!("Draft carpenter");
    world.employer_user.create("/api/v1/vacancies", draft).await;
    let (_, vacancy) = world
        .caseworker
        .get(&format!("/api/v1/vacancies/{}", world.vacancy))
        .await;
    let code = vacancy["code"].as_str().unwrap();
    assert!(
        eventually(INDEX_DEADLINE, || async {
            let (_, body) = app
                .anonymous(Method::GET, "/api/v1/public/vacancies?q=carpenter", None)
                .await;
            titles(&body) == ["Carpenter for formwork"]
        })
        .await
    );
    let (status, one) = app
        .anonymous(
            Method::GET,
            &format!("/api/v1/public/vacancies/{code}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(one["employer_name"], "Al-Bina Contracting");
    assert_eq!(one["title_ar"], "نجار قوالب");
    let (status, _) = app
        .anonymous(Method::GET, "/api/v1/public/vacancies/ZZZZZZ", None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Seekers are never in the public index or its answers.
    let (_, everything) = app
        .anonymous(Method::GET, "/api/v1/public/vacancies?q=Amal Haddad", None)
        .await;
    assert!(!everything.to_string().contains("Amal"));
}

#[tokio::test]
async fn any_text_gets_results_or_a_400() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let long = "نجار ".repeat(200);
    // A phrase over and over, a misspelt word as long as a word may be, letters to
    // swap in every script, a phrase cut by the cap on terms.
    let phrases = "night shift ".repeat(40);
    let misspelt = "x".repeat(63) + "y";
    let swaps = "ab".repeat(100);
    let capped = (0..15).map(|n| format!("w{n} ")).collect::<String>() + "call centre";
    let nasty = [
        "",
        " ",
        "- *",
        "a:(^",
        "*:*",
        "title:x",
        "\"unclosed",
        "[a TO z]",
        "\u{0}\u{1}",
        "\u{202e}نجار",
        "ـــ",
        "٣٤٥",
        "🙂🙂",
        "a OR b AND NOT c",
        "~~~^^^",
        "%00",
        "'; DROP",
        "ﻻ",
        "NULL",
        "\\",
        "{}",
        long.as_str(),
        phrases.as_str(),
        misspelt.as_str(),
        swaps.as_str(),
        capped.as_str(),
        "secuirty secuirty call call centre centre",
        "بيوت بيوت بلاستيكية",
        "وردية ليلية ليلية وردية",
    ];
    for text in nasty {
        for path in ["/api/v1/public/vacancies", "/api/v1/vacancies/search"] {
            let url = reqwest::Url::parse_with_params(&app.url(path), [("q", text)]).unwrap();
            let response = reqwest::Client::new()
                .get(url)
                .bearer_auth(&world.caseworker.token)
                .send()
                .await
                .unwrap();
            let status = response.status();
            assert!(
                status == StatusCode::OK || status == StatusCode::BAD_REQUEST,
                "{text:?} at {path}: {status}"
            );
            if text.len() > 512 {
                assert_eq!(status, StatusCode::BAD_REQUEST);
            }
        }
    }
}

#[tokio::test]
async fn occupations_complete_as_typed_in_either_language() {
    let app = TestApp::spawn().await;
    // The classification calls cooks طهاة; people type طباخ.
    for (q, code) in [
        ("carpen", "7115"),
        ("نجار", "7115"),
        ("7115", "7115"),
        ("طباخ", "5120"),
        ("plumb", "7126"),
        ("سباك", "7126"),
    ] {
        let (status, body) = app
            .anonymous(
                Method::GET,
                &format!("/api/v1/taxonomy/occupations?q={q}"),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            body.as_array().unwrap().iter().any(|o| o["code"] == code),
            "{q}: {body}"
        );
    }
}

#[tokio::test]
async fn words_find_their_family_and_their_translation() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let post = |title_en: Option<&str>, title_ar: Option<&str>, sector, occupation| {
        let mut body = vacancy_body(sector, occupation);
        body["title_en"] = json!(title_en);
        body["title_ar"] = json!(title_ar);
        body
    };
    // Written in one language only; neither the occupation's nor the sector's names
    // hold the word searched for.
    let driver = post(None, Some("سائق في فندق بالعقبة"), "H", "8322");
    let shepherd = post(
        Some("Shepherd for a family farm, 300 sheep"),
        None,
        "A",
        "6121",
    );
    let painter = post(Some("Painter"), Some("دهين"), "F", "7131");
    for body in [driver, shepherd, painter] {
        world.employer_user.create("/api/v1/vacancies", body).await;
    }
    for (q, title) in [
        ("hotel", "سائق في فندق بالعقبة"),
        ("فنادق", "سائق في فندق بالعقبة"),
        ("أغنام", "Shepherd for a family farm, 300 sheep"),
        ("painting", "Painter"),
        ("دهان", "Painter"),
    ] {
        indexed(
            &world.caseworker,
            &format!("/api/v1/vacancies/search?q={q}"),
            |b| titles(b) == [title],
        )
        .await;
    }
    // The word itself ranks above its relative: painting is in this title, and only
    // a relative of it (painter) in the other.
    let both = post(
        Some("Painting contractor needs a painter"),
        None,
        "F",
        "7131",
    );
    world.employer_user.create("/api/v1/vacancies", both).await;
    indexed(
        &world.caseworker,
        "/api/v1/vacancies/search?q=painting",
        |b| titles(b) == ["Painting contractor needs a painter", "Painter"],
    )
    .await;
}

#[tokio::test]
async fn close_matches_come_first_and_are_counted_apart_from_the_related() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let vacancies = [
        titled("A", "9211", "Tomato picker"),
        titled("A", "9211", "Cucumber picker"),
        titled("A", "9112", "Office cleaner"),
    ];
    posted(&app, &world, vacancies).await;
    let close = |body: &Value| -> Vec<(String, bool)> {
        let titles = titles(body);
        let flags = body["items"].as_array().unwrap().iter();
        titles
            .into_iter()
            .zip(flags.map(|item| item["close"].as_bool().unwrap()))
            .collect()
    };
    // One vacancy holds both words: it comes first, and the one that misses a word
    // follows, counted apart.
    indexed(
        &world.caseworker,
        "/api/v1/vacancies/search?q=tomato%20picker",
        |b| {
            close(b)
                == [
                    ("Tomato picker".to_owned(), true),
                    ("Cucumber picker".to_owned(), false),
                ]
                && b["total"] == 2
                && b["close"] == 1
        },
    )
    .await;
    // Every page counts alike.
    for page in [
        "per_page=1&page=1",
        "per_page=1&page=2",
        "per_page=1&page=3",
    ] {
        let path = format!("/api/v1/vacancies/search?q=tomato%20picker&{page}");
        let (_, body) = world.caseworker.get(&path).await;
        let counts = (&body["total"], &body["close"]);
        assert_eq!(counts, (&json!(2), &json!(1)), "{page}: {body}");
    }
    // عامل نظافة is the everyday title of a cleaner: the cleaner's vacancy is a close
    // match and first, though it is written in English only.
    let (status, body) = world
        .caseworker
        .get("/api/v1/vacancies/search?q=عامل%20نظافة")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        close(&body)[0],
        ("Office cleaner".to_owned(), true),
        "{body}"
    );
    let flagged = close(&body).iter().filter(|(_, close)| *close).count();
    assert_eq!(body["close"], flagged, "{body}");
    // A word of the same root only (مطبخ, kitchen, for طباخ, cook) is related, not close.
    for (title, occupation) in [("طباخ لمطعم شعبي", "5120"), ("تنظيف مطبخ فندق", "9112")]
    {
        let mut body = vacancy_body("I", occupation);
        body["title_en"] = json!(null);
        body["title_ar"] = json!(title);
        world.employer_user.create("/api/v1/vacancies", body).await;
    }
    app.index_caught_up(INDEX_DEADLINE).await;
    indexed(
        &world.caseworker,
        "/api/v1/vacancies/search?q=طباخ",
        |b| {
            close(b)
                == [
                    ("طباخ لمطعم شعبي".to_owned(), true),
                    ("تنظيف مطبخ فندق".to_owned(), false),
                ]
                && b["close"] == 1
        },
    )
    .await;
    // Without words there is nothing to be close to.
    let (_, all) = world.caseworker.get("/api/v1/vacancies/search").await;
    assert!(all.get("close").is_none(), "{all}");
}

/// The codes offered for `q` at unit-group level, in order.
async fn offered(app: &TestApp, q: &str) -> Vec<String> {
    let (status, body) = app
        .anonymous(
            Method::GET,
            &format!("/api/v1/taxonomy/occupations?level=4&limit=8&q={q}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{q}: {body}");
    body.as_array()
        .unwrap()
        .iter()
        .map(|o| o["code"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn occupations_in_use_are_offered_first() {
    let app = TestApp::spawn().await;
    app.demo_indexed(forsa_server::demo::Size {
        seekers: 200,
        vacancies: 300,
    })
    .await;
    // Medicine's names hold the whole word طب; cooks are what centres place.
    let cooks = offered(&app, "طب").await;
    assert!(cooks[..5].contains(&"5120".to_owned()), "{cooks:?}");
    assert_eq!(offered(&app, "نجا").await[0], "7115");
    assert_eq!(offered(&app, "carp").await[0], "7115");
}

async fn carpenters_and_pickers(session: &Session<'_>) -> bool {
    let (_, carpenters) = session.get("/api/v1/vacancies/search?q=carpenter").await;
    let (_, pickers) = session.get("/api/v1/vacancies/search?q=tomato").await;
    titles(&carpenters) == ["Carpenter for formwork"] && titles(&pickers) == ["Tomato picker"]
}

#[tokio::test]
async fn the_index_catches_up_after_a_restart_and_rebuilds_when_damaged() {
    let mut app = TestApp::spawn().await;
    let token = {
        let world = app.world().await;
        indexed(
            &world.caseworker,
            "/api/v1/vacancies/search?q=carpenter",
            |b| titles(b).len() == 1,
        )
        .await;
        world.employer_user.token.clone()
    };

    // A vacancy posted while the index writer is down (another process, a crash).
    app.stop().await;
    let actor = app.service.authenticate(&token).await.unwrap();
    let mut body = vacancy_body("A", "6111");
    body["title_en"] = json!("Tomato picker");
    body["title_ar"] = json!("قاطف بندورة");
    app.service
        .post_vacancy(&actor, serde_json::from_value(body).unwrap())
        .await
        .unwrap();

    // On start it catches up from the position in its last commit.
    app.start().await;
    let session = Session {
        app: &app,
        token: token.clone(),
    };
    assert!(eventually(Duration::from_secs(5), || carpenters_and_pickers(&session)).await);

    // A damaged index, and lock files left by a crash: rebuilt from the database.
    app.stop().await;
    let index = app.data_dir().join("index");
    std::fs::write(index.join("vacancies/meta.json"), b"{ not an index").unwrap();
    std::fs::write(index.join("seekers/.tantivy-writer.lock"), b"").unwrap();
    app.start().await;
    let session = Session { app: &app, token };
    assert!(eventually(Duration::from_secs(5), || carpenters_and_pickers(&session)).await);
    let ready = eventually(Duration::from_secs(5), || async {
        reqwest::get(app.url("/readyz")).await.unwrap().status() == StatusCode::OK
    })
    .await;
    assert!(ready);
}

/// A place beside a trade ranks the trade there first, then the trade elsewhere
/// (close matches only where they are), and leaves out other jobs in that place;
/// beside words that name no job, the place is what is looked for.
#[tokio::test]
async fn a_place_beside_a_trade_ranks_the_trade_there_first() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let vacancies = [
        ("Nurse for a camp clinic", "2221", "JO-MA-ZAATARI"),
        ("Nurse for home visits", "2221", "JO-IR"),
        ("Cook for a community kitchen", "5120", "JO-MA-ZAATARI"),
    ];
    let there = |(title, occupation, location)| {
        let mut body = titled("Q", occupation, title);
        body["location"] = json!(location);
        body
    };
    posted(&app, &world, vacancies.map(there)).await;
    for q in ["nurse%20zaatari%20camp", "ممرض%20الزعتري"] {
        indexed(
            &world.caseworker,
            &format!("/api/v1/vacancies/search?q={q}"),
            |b| {
                titles(b) == ["Nurse for a camp clinic", "Nurse for home visits"]
                    && b["close"] == 1
                    && b["items"][0]["close"] == true
            },
        )
        .await;
    }
    // Every job there is a close match, first.
    let (_, anything) = world
        .caseworker
        .get("/api/v1/vacancies/search?q=شغل%20في%20الزعتري")
        .await;
    assert_eq!(anything["close"], 2, "{anything}");
    let mut there = titles(&anything)[..2].to_vec();
    there.sort();
    assert_eq!(
        there,
        ["Cook for a community kitchen", "Nurse for a camp clinic"],
        "{anything}"
    );
}

/// A long query that few vacancies hold most of also returns those holding half of
/// it, after the close match and those holding most of it: a shop's sales agent is
/// still one for a call centre's.
#[tokio::test]
async fn a_long_query_also_finds_vacancies_holding_half_of_it() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let vacancies = [
        titled("N", "4222", "Call centre sales agent"),
        titled("N", "4222", "Call centre agent"),
        titled("N", "5223", "Sales agent for a shop"),
        titled("N", "4311", "Bookkeeper"),
    ];
    posted(&app, &world, vacancies).await;
    let (_, body) = world
        .caseworker
        .get("/api/v1/vacancies/search?q=call%20centre%20sales%20agent")
        .await;
    assert_eq!(
        titles(&body),
        [
            "Call centre sales agent",
            "Call centre agent",
            "Sales agent for a shop"
        ],
        "{body}"
    );
    assert_eq!(body["close"], 1, "{body}");
}

/// A phrase of the job vocabulary finds what it means as a whole, in the other
/// language too: بيوت بلاستيكية (plastic houses) is a greenhouse, not a plastics
/// factory; عمال وطن are street sweepers.
#[tokio::test]
async fn a_phrase_finds_what_it_means_as_a_whole() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    for (title_en, title_ar, occupation) in [
        (Some("Greenhouse workers for tomatoes"), None, "9211"),
        (None, Some("فني ماكينة حقن بلاستيك"), "8142"),
        (None, Some("عمال وطن لبلدية المفرق"), "9613"),
    ] {
        let mut body = vacancy_body("A", occupation);
        body["title_en"] = json!(title_en);
        body["title_ar"] = json!(title_ar);
        world.employer_user.create("/api/v1/vacancies", body).await;
    }
    app.index_caught_up(INDEX_DEADLINE).await;
    for (q, first) in [
        ("بيوت%20بلاستيكية", "Greenhouse workers for tomatoes"),
        ("street%20sweepers", "عمال وطن لبلدية المفرق"),
    ] {
        let (status, body) = world
            .caseworker
            .get(&format!("/api/v1/vacancies/search?q={q}"))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(
            titles(&body).first().map(String::as_str),
            Some(first),
            "{q}: {body}"
        );
        assert_eq!(body["items"][0]["close"], true, "{q}: {body}");
    }
}

/// Beside words that name a job, the job's conditions (a night shift, housing) rank
/// the vacancies that offer them first and do not leave out those that do not, nor
/// stand in for the job.
#[tokio::test]
async fn conditions_beside_a_job_rank_it_and_do_not_stand_in_for_it() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let vacancies = [
        titled("C", "9321", "Factory packers for night shifts"),
        titled("C", "9321", "Factory packers"),
        titled("G", "5230", "Supermarket cashier for night shifts"),
    ];
    posted(&app, &world, vacancies).await;
    for q in ["factory%20night%20shift", "مصنع%20وردية%20ليلية"] {
        let (status, body) = world
            .caseworker
            .get(&format!("/api/v1/vacancies/search?q={q}"))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(
            titles(&body),
            ["Factory packers for night shifts", "Factory packers"],
            "{q}: {body}"
        );
        assert_eq!(body["close"], 1, "{q}: {body}");
    }
    // Alone, a condition is what is looked for.
    let (_, nights) = world
        .caseworker
        .get("/api/v1/vacancies/search?q=night%20shift")
        .await;
    assert_eq!(nights["total"], 2, "{nights}");
}

/// A misspelt word is read as the word the index holds nearest to it, though only
/// as a translation: beekeper finds a beekeeper's vacancy written in Arabic.
#[tokio::test]
async fn a_misspelling_of_a_translation_finds_it() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut bees = titled("A", "6123", "");
    bees["title_en"] = json!(null);
    bees["title_ar"] = json!("نحال لمنحل في عجلون");
    posted(&app, &world, [bees]).await;
    for q in ["beekeeper", "beekeper"] {
        let (_, body) = world
            .caseworker
            .get(&format!("/api/v1/vacancies/search?q={q}"))
            .await;
        assert_eq!(titles(&body), ["نحال لمنحل في عجلون"], "{q}: {body}");
    }
}

/// A word's translation in a vacancy's title counts for more than the word itself
/// in passing: an airport's job comes before a wedding hall on Airport Road.
#[tokio::test]
async fn a_translation_in_the_title_ranks_above_the_word_in_passing() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut hall = titled("I", "5131", "Waiters for a wedding hall");
    hall["description_en"] = json!("A wedding hall on Airport Road needs waiters for weekends.");
    let mut airport = titled("H", "4221", "");
    airport["title_en"] = json!(null);
    airport["title_ar"] = json!("موظف خدمة مسافرين في المطار");
    posted(&app, &world, [hall, airport]).await;
    let (_, body) = world
        .caseworker
        .get("/api/v1/vacancies/search?q=airport")
        .await;
    assert_eq!(
        titles(&body),
        ["موظف خدمة مسافرين في المطار", "Waiters for a wedding hall"],
        "{body}"
    );
}
