//! Erasure that leaves nothing behind: after a person is erased, their name, phone,
//! case reference and what was written about them are in no file of the database,
//! the index or the logs; what statistics need stays, with a receipt; reading them
//! answers 410 and employers see "record erased".

use std::path::Path;

use forsa_tests::{Pages, TestApp, eventually, logs, seeker_body};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// What the erased person is known by, each written in a different place: the name
/// (and a second record of theirs, in Arabic, merged into the first), the phone's
/// digits, the case reference, a permit number, free text, a follow-up note and a
/// reason given for a referral's stage. Sought without regard to case.
const TRACES: [&str; 9] = [
    "zubaida",
    "qarawish",
    "795551234",
    "unhcr-qx-7731",
    "wp-qx-4410",
    "cane-qx",
    "note-qx",
    "زبيدة",
    "قراويش",
];

/// The files under `dir` (the database, its log, the index) holding any of
/// `traces`, each with what it holds.
fn files_holding(dir: &Path, traces: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                pending.push(entry.unwrap().path());
            }
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let bytes = bytes.to_ascii_lowercase();
        for trace in traces {
            if bytes
                .windows(trace.len())
                .any(|window| window == trace.as_bytes())
            {
                found.push(format!("{}: {trace}", path.display()));
            }
        }
    }
    found
}

/// On PostgreSQL, the rows of any table whose text holds any of `traces`; a
/// statement that fails when one does.
fn postgres_check(traces: &[&str]) -> String {
    // (Inside `format()`, a `%` is written `%%`.)
    let patterns: Vec<String> = traces.iter().map(|t| format!("'%%{t}%%'")).collect();
    format!(
        "DO $$ DECLARE t text; found boolean; BEGIN \
         FOR t IN SELECT table_name FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' LOOP \
         EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I r WHERE r::text ILIKE ANY (ARRAY[{}]))', t) \
         INTO found; \
         IF found THEN RAISE EXCEPTION 'table % holds an erased person', t; END IF; \
         END LOOP; END $$",
        patterns.join(", ").replace('\'', "''")
    )
}

fn on_postgres() -> bool {
    std::env::var("FORSA_TEST_DATABASE_URL").is_ok()
}

#[tokio::test]
async fn after_erasure_no_file_holds_the_person() {
    logs();
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut body = seeker_body("UNHCR-QX-7731");
    body["full_name"] = json!("Zubaida Qarawishiyya");
    body["phone"] = json!("0795 551 234");
    body["birth_year"] = json!(1988);
    body["experience"] = json!("Baked bread for the Qarawish family for years");
    body["disability"] = json!("walks with a cane-qx");
    body["skills"] = json!(["formwork", "qarawish weaving"]);
    body.as_object_mut().unwrap().remove("duplicate_reason");
    let person = world.caseworker.create("/api/v1/seekers", body).await;
    let id = person["id"].as_str().unwrap().to_owned();
    // A second record of theirs, in Arabic, merged into the first.
    let mut body = seeker_body("UNHCR-QX-7731-B");
    body["full_name"] = json!("زبيدة قراويش");
    let second = world.caseworker.create("/api/v1/seekers", body).await;
    let second = second["id"].as_str().unwrap().to_owned();
    let (status, merged) = world
        .caseworker
        .post(
            &format!("/api/v1/seekers/{second}/merge"),
            json!({"into": id, "reason": "the same Zubaida, registered twice"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{merged}");
    world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{id}/permits"),
            json!({"permit_type": "flexible_construction", "number": "WP-QX-4410",
                   "valid_from": "2026-01-01", "valid_until": "2099-12-31"}),
        )
        .await;
    world
        .caseworker
        .create(
            &format!("/api/v1/seekers/{id}/consents"),
            json!({"purpose": "share_with_employers", "method": "signed_form"}),
        )
        .await;
    let referral = world.refer(&id).await;
    let referral_path = format!("/api/v1/referrals/{referral}");
    for stage in ["interview", "offered", "hired"] {
        let (status, body) = world
            .employer_user
            .patch(
                &referral_path,
                json!({"stage": stage, "reason": "Zubaida: note-qx"}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let (_, hired) = world.caseworker.get(&referral_path).await;
    let follow_up = hired["follow_ups"][0]["id"].as_str().unwrap().to_owned();
    let (status, done) = world
        .caseworker
        .patch(
            &format!("/api/v1/follow-ups/{follow_up}"),
            json!({"outcome": "still_employed", "early": true, "note": "Qarawish bakery is happy: note-qx"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");

    // A second referral, still open when they are erased.
    let second_vacancy = world
        .employer_user
        .create("/api/v1/vacancies", forsa_tests::vacancy_body("F", "7115"))
        .await;
    let (status, open) = world
        .caseworker
        .post(
            "/api/v1/referrals",
            json!({"seeker_id": id, "vacancy_id": second_vacancy["id"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{open}");
    let open_path = format!("/api/v1/referrals/{}", open["id"].as_str().unwrap());

    // The index holds them (their skills are stored with their document): the
    // vacancy's matches find them.
    let matches = format!("/api/v1/vacancies/{}/matches", world.vacancy);
    let listed = |body: &Value, id: &str| body.to_string().contains(id);
    assert!(
        eventually(forsa_tests::INDEX_DEADLINE, || async {
            listed(&world.employer_user.get(&matches).await.1, &id)
                || listed(&world.caseworker.get(&matches).await.1, &id)
        })
        .await,
        "indexed before erasure"
    );
    let before = files_holding(app.data_dir(), &TRACES);
    assert!(
        before
            .iter()
            .any(|f| f.contains("/index/seekers/") && f.ends_with("qarawish")),
        "the index holds the person before: {before:?}"
    );
    if on_postgres() {
        let found = app.try_sql(&postgres_check(&TRACES)).await;
        assert!(found.is_err(), "the database holds the person before");
    } else {
        assert!(
            before
                .iter()
                .any(|f| f.contains("forsa.db") && f.ends_with("zubaida")),
            "the database holds the person before: {before:?}"
        );
    }

    // A reason is required; nothing changes without one.
    let erase = format!("/api/v1/seekers/{id}/erase");
    let (status, refused) = world.caseworker.post(&erase, json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert!(refused["error"]["fields"]["reason"].is_string());
    let (status, refused) = world
        .caseworker
        .post(&erase, json!({"reason": " \u{0} "}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(
        world
            .caseworker
            .get(&format!("/api/v1/seekers/{id}"))
            .await
            .0,
        StatusCode::OK
    );
    // An employer may not; another centre's caseworker does not see them.
    assert_eq!(
        world
            .employer_user
            .post(&erase, json!({"reason": "asked"}))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    let (_, azraq) = app
        .centre_with_caseworker(&world.admin, "Azraq centre")
        .await;
    assert_eq!(
        azraq.post(&erase, json!({"reason": "asked"})).await.0,
        StatusCode::NOT_FOUND
    );

    let (status, receipt) = world
        .caseworker
        .post(
            &erase,
            json!({"reason": "She asked at the desk on 5 December"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{receipt}");
    assert_eq!(receipt["seeker_id"], id.as_str());
    assert_eq!(receipt["cause"], "requested");
    assert_eq!(receipt["reason"], "She asked at the desk on 5 December");
    assert_eq!(receipt["erased_by_name"], "Caseworker");
    assert_eq!(receipt["centre_id"], world.centre.as_str());

    // Reading them answers 410 with the receipt; the merged record leads there.
    let (status, gone) = world.caseworker.get(&format!("/api/v1/seekers/{id}")).await;
    assert_eq!(status, StatusCode::GONE, "{gone}");
    assert_eq!(gone["error"]["code"], "erased");
    assert_eq!(gone["error"]["erasure"]["reason"], receipt["reason"]);
    for path in [
        format!("/api/v1/seekers/{id}/export"),
        format!("/api/v1/seekers/{id}/permits"),
    ] {
        assert_eq!(world.admin.get(&path).await.0, StatusCode::GONE, "{path}");
    }
    assert_eq!(
        world.admin.post(&erase, json!({"reason": "again"})).await.0,
        StatusCode::GONE
    );
    let (status, _) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{second}"))
        .await;
    assert_eq!(
        status,
        StatusCode::GONE,
        "the merged record follows to the receipt"
    );

    // What statistics need stays: the referral, its stages and the outcome.
    let (status, view) = world.caseworker.get(&referral_path).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(view["stage"], "hired");
    assert_eq!(view["erased"], true);
    assert!(view["candidate"].is_null());
    assert_eq!(view["history"].as_array().unwrap().len(), 4);
    // The check-in made keeps its outcome, not its note; those not yet made are gone.
    let follow_ups = view["follow_ups"].as_array().unwrap();
    assert_eq!(follow_ups.len(), 1, "{follow_ups:?}");
    assert_eq!(follow_ups[0]["outcome"], "still_employed");
    assert!(follow_ups[0]["note"].is_null());
    // The open referral is withdrawn, and nothing more is written about them.
    let (_, withdrawn) = world.caseworker.get(&open_path).await;
    assert_eq!(withdrawn["stage"], "withdrawn", "{withdrawn}");
    let (status, refused) = world
        .employer_user
        .patch(
            &open_path,
            json!({"stage": "interview", "reason": "Zubaida"}),
        )
        .await;
    assert_eq!(status, StatusCode::GONE, "{refused}");
    // The employer sees the referral, and that the record is erased.
    let (_, seen) = world.employer_user.get(&referral_path).await;
    assert_eq!(seen["erased"], true);
    assert!(seen["candidate"].is_null());
    let (_, page) = Pages::of(&world.employer_user, "en")
        .await
        .get("/referrals?stage=all")
        .await;
    assert!(page.contains("Record erased"), "{page}");
    // The person is in no list, and the index no longer matches them.
    let (_, list) = world
        .admin
        .get("/api/v1/seekers?include_archived=true")
        .await;
    assert!(!list.to_string().contains(&id));
    assert!(!listed(&world.caseworker.get(&matches).await.1, &id));
    let events = world.seeker_audit_events(&id).await;
    assert!(events.to_string().contains("\"erase\""), "{events}");

    // Nothing of them in any file: the database's, its log's, the index's.
    let left = files_holding(app.data_dir(), &TRACES);
    assert!(left.is_empty(), "traces left: {left:?}");
    if on_postgres() {
        app.sql(&postgres_check(&TRACES)).await;
    }
    let logged = logs().to_lowercase();
    for trace in TRACES {
        assert!(!logged.contains(trace), "the logs hold {trace}");
    }
}

#[tokio::test]
async fn the_erase_page_asks_why_and_shows_the_receipt_after() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let path = format!("/seekers/{}/erase", world.seeker);
    for lang in ["en", "ar"] {
        let (status, page) = Pages::of(&world.caseworker, lang).await.get(&path).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Amal Haddad"));
        assert!(page.contains(r#"name="reason""#));
    }
    let pages = Pages::of(&world.caseworker, "en").await;
    let (status, _, page) = pages.post(&path, &[("reason", "  ")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("field-error"), "{page}");
    assert_eq!(
        world
            .caseworker
            .get(&format!("/api/v1/seekers/{}", world.seeker))
            .await
            .0,
        StatusCode::OK
    );

    let (status, location, _) = pages.post(&path, &[("reason", "Asked at the desk")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, page) = pages.get(&location).await;
    assert_eq!(status, StatusCode::GONE, "the receipt");
    for words in [
        "personal data is erased.",
        "Record erased",
        "Asked at the desk",
        "Caseworker",
    ] {
        assert!(page.contains(words), "{words}: {page}");
    }
    assert!(!page.contains("Amal Haddad"));
    let (status, page) = Pages::of(&world.caseworker, "ar")
        .await
        .get(&format!("/seekers/{}", world.seeker))
        .await;
    assert_eq!(status, StatusCode::GONE);
    assert!(page.contains("سجلّ ممحوّ"), "{page}");
    // Any other page of theirs leads to the receipt.
    let (status, _) = pages.get(&format!("/seekers/{}/edit", world.seeker)).await;
    assert!(status.is_redirection(), "{status}");
}

/// Extreme input at the erase and access routes, API and pages: ids that are not
/// ids, a reason past its length, control characters, the wrong type. Each is refused
/// with a clear answer, never a panic, and the person is still there.
#[tokio::test]
async fn erase_and_access_refuse_extreme_input() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let huge = "9".repeat(10_000);
    for id in [
        "not-an-id",
        "%00",
        huge.as_str(),
        "01930000-0000-7000-8000-000000000000",
    ] {
        let (status, body) = world
            .admin
            .post(
                &format!("/api/v1/seekers/{id}/erase"),
                json!({"reason": "asked"}),
            )
            .await;
        assert!(
            matches!(status, StatusCode::NOT_FOUND | StatusCode::URI_TOO_LONG),
            "{id}: {status} {body}"
        );
        for page in [
            format!("/seekers/{id}/erase"),
            format!("/seekers/{id}/access"),
        ] {
            let (status, _) = Pages::of(&world.admin, "en").await.get(&page).await;
            assert!(
                matches!(status, StatusCode::NOT_FOUND | StatusCode::URI_TOO_LONG),
                "{page}: {status}"
            );
        }
    }
    let erase = format!("/api/v1/seekers/{}/erase", world.seeker);
    for reason in [
        json!("x".repeat(1_001)),
        json!("\u{7}\u{1b}[2J"),
        json!(12),
        json!(["asked"]),
        json!(null),
    ] {
        let (status, body) = world.admin.post(&erase, json!({ "reason": reason })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{reason}: {body}");
        assert!(body["error"]["fields"]["reason"].is_string(), "{body}");
    }
    let (status, _) = world
        .admin
        .post(&erase, json!({"reason": "x".repeat(3_000_000)}))
        .await;
    assert!(status.is_client_error(), "{status}");
    let pages = Pages::of(&world.admin, "ar").await;
    let giant = "ب".repeat(5_000);
    let (status, _, page) = pages
        .post(
            &format!("/seekers/{}/erase", world.seeker),
            &[("reason", giant.as_str())],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("field-error"), "{page}");
    assert_eq!(
        world
            .admin
            .get(&format!("/api/v1/seekers/{}", world.seeker))
            .await
            .0,
        StatusCode::OK,
        "nothing was erased"
    );
    let (status, page) = pages
        .get(&format!(
            "/seekers/{}/access?page=99999999999999999999",
            world.seeker
        ))
        .await;
    assert!(!status.is_server_error(), "{status}: {page}");
}

/// Moves the record of the person with case reference `reference` back in time:
/// archived `archived` months ago (if any), and last changed `changed` months ago.
/// (Ids are stored as bytes on SQLite.)
async fn age(app: &TestApp, reference: &str, archived: Option<u32>, changed: u32) {
    let months_ago = |months: u32| (chrono::Utc::now() - chrono::Months::new(months)).to_rfc3339();
    let archived = archived.map_or("NULL".to_owned(), |m| format!("'{}'", months_ago(m)));
    let changed = months_ago(changed);
    app.sql(&format!(
        "UPDATE seekers SET archived_at = {archived}, updated_at = '{changed}', \
         created_at = '{changed}' WHERE case_reference = '{reference}'"
    ))
    .await;
}

#[tokio::test]
async fn retention_anonymises_exactly_the_people_its_rule_names() {
    logs();
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let register = |reference: &'static str, name: &'static str| {
        let caseworker = &world.caseworker;
        async move {
            let mut body = seeker_body(reference);
            body["full_name"] = json!(name);
            let person = caseworker.create("/api/v1/seekers", body).await;
            person["id"].as_str().unwrap().to_owned()
        }
    };
    let long_archived = register("RT-1", "Rahaf Archivedlong").await;
    let recently_archived = register("RT-2", "Rahaf Archivedrecent").await;
    let idle = register("RT-3", "Rahaf Idlelong").await;
    let idle_but_referred = register("RT-4", "Rahaf Idlereferred").await;
    age(&app, "RT-1", Some(25), 25).await;
    age(&app, "RT-2", Some(23), 23).await;
    age(&app, "RT-3", None, 37).await;
    age(&app, "RT-4", None, 37).await;
    // A referral made last month is activity.
    world.permitted_and_consenting(&idle_but_referred).await;
    world.refer(&idle_but_referred).await;
    app.sql("UPDATE seekers SET updated_at = created_at WHERE case_reference = 'RT-4'")
        .await;

    // A rule shorter than six months is refused before anything runs.
    {
        use clap::Parser;
        for months in ["0", "5"] {
            let refused = forsa_server::cli::Cli::try_parse_from([
                "forsa",
                "--retention-inactive-months",
                months,
                "retention",
                "--apply",
            ]);
            assert!(refused.is_err(), "{months} months");
        }
    }
    // A dry run counts and changes nothing.
    let report = app
        .service
        .retention(Default::default(), false)
        .await
        .unwrap();
    assert_eq!((report.archived, report.inactive), (1, 1));
    app.command(&["retention", "--dry-run"]).await;
    for id in [&long_archived, &idle] {
        let path = format!("/api/v1/seekers/{id}");
        assert_eq!(world.admin.get(&path).await.0, StatusCode::OK);
    }

    app.command(&["retention", "--apply"]).await;
    for id in [&long_archived, &idle] {
        let (status, gone) = world.admin.get(&format!("/api/v1/seekers/{id}")).await;
        assert_eq!(status, StatusCode::GONE, "{gone}");
        assert!(gone["error"]["erasure"]["erased_by"].is_null());
        let events = world.seeker_audit_events(id).await;
        let erase = events["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["action"] == "erase")
            .cloned()
            .unwrap_or_else(|| panic!("no erase event: {events}"));
        assert!(erase["actor_id"].is_null(), "{erase}");
    }
    let (_, gone) = world
        .admin
        .get(&format!("/api/v1/seekers/{long_archived}"))
        .await;
    assert_eq!(gone["error"]["erasure"]["cause"], "archived");
    assert_eq!(gone["error"]["erasure"]["months"], 24);
    let (_, gone) = world.admin.get(&format!("/api/v1/seekers/{idle}")).await;
    assert_eq!(gone["error"]["erasure"]["cause"], "inactive");
    assert_eq!(gone["error"]["erasure"]["months"], 36);
    for id in [&recently_archived, &idle_but_referred, &world.seeker] {
        let path = format!("/api/v1/seekers/{id}");
        assert_eq!(world.admin.get(&path).await.0, StatusCode::OK, "{id}");
    }
    // Applied again, it finds nobody.
    let report = app
        .service
        .retention(Default::default(), true)
        .await
        .unwrap();
    assert_eq!(report.total(), 0);
    if !on_postgres() {
        let left = files_holding(app.data_dir(), &["archivedlong", "idlelong"]);
        assert!(left.is_empty(), "traces left: {left:?}");
    }
    let logged = logs().to_lowercase();
    assert!(!logged.contains("archivedlong") && !logged.contains("idlelong"));
}

#[tokio::test]
async fn serving_applies_the_retention_rule_on_its_own() {
    let mut app = TestApp::spawn_with(|config| {
        config.retention.first_after = std::time::Duration::ZERO;
    })
    .await;
    let world = app.world().await;
    let id = world.seeker.clone();
    world
        .caseworker
        .delete(&format!("/api/v1/seekers/{id}"))
        .await;
    drop(world);
    age(&app, "ZA-0001", Some(30), 30).await;
    app.stop().await;
    app.start().await;
    let admin = app.login("admin@forsa.test", forsa_tests::PASSWORD).await;
    let path = format!("/api/v1/seekers/{id}");
    assert!(
        eventually(std::time::Duration::from_secs(10), || async {
            admin.get(&path).await.0 == StatusCode::GONE
        })
        .await,
        "anonymised by the server's own run"
    );
}
