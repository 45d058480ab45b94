//! Lists taken away as spreadsheets: the list's own filters and limits, headers and
//! labels in the user's language beside the codes, an optional row of HXL hashtags,
//! every export audited; a list of people exported from one forsa imports into
//! another and exports again as the same rows; an employer takes only their own
//! vacancies and the referrals to them, and of a candidate only what consent allows.

use forsa_service::Run;
use forsa_sheets::{Kind, Table, import};
use forsa_tests::{Session, TestApp, World, flexible_permit, seeker_body};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// The people of the imports' suite: permits, consents, languages and occupations.
const PEOPLE: &str = "\
Case reference,Full name,Gender,Year of birth,Nationality,Status,Phone,Place,Languages,Occupations,Skills,Work permit,Permit valid from,Permit valid until,Consents,Consent given by
EXP-001,Hiba Nasser,Female,1990,Syrian,Refugee,0791111222,Irbid,Arabic (Mother tongue); English (basic),Welders and flamecutters (3),welding; grinding,Flexible construction permit,2026-01-01,2099-12-31,Share the profile with employers,Signed the consent form
EXP-002,Yousef Darwish,male,1985,SY,refugee,0792222333,JO-MA-ZAATARI,ar:native,7115,formwork,,,,,
EXP-003,Salma Odeh,Female,1994,Jordanian,Host community,0793333444,Amman,Arabic (native),,,,,,,
";

/// An export's answer: its status, headers and body.
pub(crate) struct Download {
    pub(crate) status: StatusCode,
    pub(crate) content_type: String,
    pub(crate) disposition: String,
    pub(crate) bytes: Vec<u8>,
}

pub(crate) async fn download(session: &Session<'_>, path: &str) -> Download {
    let response = reqwest::Client::new()
        .get(session.app.url(path))
        .bearer_auth(&session.token)
        .send()
        .await
        .unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap_or_default().to_owned())
            .unwrap_or_default()
    };
    Download {
        status: response.status(),
        content_type: header("content-type"),
        disposition: header("content-disposition"),
        bytes: response.bytes().await.unwrap().to_vec(),
    }
}

/// A spreadsheet exported by `session`, read back as a table.
pub(crate) async fn exported(session: &Session<'_>, path: &str) -> Table {
    let answer = download(session, path).await;
    assert_eq!(
        answer.status,
        StatusCode::OK,
        "{path}: {}",
        String::from_utf8_lossy(&answer.bytes[..answer.bytes.len().min(500)])
    );
    forsa_sheets::read(&answer.bytes).unwrap()
}

/// The cell of column `header` in the row whose column `key_header` is `key`.
fn cell<'t>(table: &'t Table, key_header: &str, key: &str, header: &str) -> &'t str {
    let at = |name: &str| {
        table
            .headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {:?}", table.headers))
    };
    let (key_at, at) = (at(key_header), at(header));
    table
        .rows
        .iter()
        .find(|(_, row)| row[key_at] == key)
        .map(|(_, row)| row[at].as_str())
        .unwrap_or_else(|| panic!("no row with {key_header} {key}"))
}

/// The values of one column.
fn column<'t>(table: &'t Table, header: &str) -> Vec<&'t str> {
    let at = table.headers.iter().position(|h| h == header).unwrap();
    table.rows.iter().map(|(_, row)| row[at].as_str()).collect()
}

/// HXL 1.1's core hashtags (hxlstandard.org/standard/1-1final/dictionary).
const HXL_CORE: &[&str] = &[
    "access",
    "activity",
    "adm1",
    "adm2",
    "adm3",
    "adm4",
    "adm5",
    "affected",
    "beneficiary",
    "capacity",
    "cause",
    "channel",
    "contact",
    "country",
    "crisis",
    "currency",
    "date",
    "delivery",
    "description",
    "event",
    "financial",
    "frequency",
    "geo",
    "group",
    "impact",
    "indicator",
    "inneed",
    "item",
    "loc",
    "meta",
    "modality",
    "need",
    "operations",
    "org",
    "output",
    "population",
    "priority",
    "reached",
    "region",
    "respondee",
    "sector",
    "service",
    "severity",
    "status",
    "subsector",
    "targeted",
    "value",
];

/// What is wrong with a row of hashtags as HXL 1.1 writes them: a hashtag is `#`,
/// a core name, then attributes each `+` and a name of lowercase letters, digits and
/// underscores that starts with a letter; every column is tagged.
pub(crate) fn hxl_problems(row: &[String]) -> Vec<String> {
    let name_ok = |name: &str| {
        name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    row.iter()
        .filter(|spec| {
            let Some(spec) = spec.strip_prefix('#') else {
                return true;
            };
            let mut parts = spec.split('+');
            let tag = parts.next().unwrap_or_default();
            !HXL_CORE.contains(&tag) || !parts.all(name_ok)
        })
        .cloned()
        .collect()
}

/// What libhxl (the Python library partners read HXL with) makes of the file at
/// `path`: the columns' hashtags, the rows, and whether its core schema found a
/// problem; nothing when libhxl is not installed and not required
/// (`FORSA_LIBHXL_REQUIRED`, set by `.ci/run`, which installs it; `FORSA_PYTHON`
/// names the Python that has it).
pub(crate) fn libhxl_reads(path: &std::path::Path) -> Option<Value> {
    let python = std::env::var("FORSA_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/hxl/check.py");
    let ran = std::process::Command::new(&python)
        .arg(script)
        .arg(path)
        .output();
    match ran {
        Ok(out) if out.status.success() => Some(serde_json::from_slice(&out.stdout).unwrap()),
        other => {
            assert!(
                std::env::var_os("FORSA_LIBHXL_REQUIRED").is_none(),
                "libhxl is required and did not read {}: {other:?}",
                path.display()
            );
            eprintln!("libhxl not installed: the files are checked by hxl_problems only");
            None
        }
    }
}

#[tokio::test]
async fn libhxl_reads_every_list_with_its_hashtags() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    with_people(&world).await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    let dir = tempfile::tempdir().unwrap();
    for list in forsa_domain::ExportList::ALL {
        let answer = download(
            &world.caseworker,
            &format!("/api/v1/exports/{}.csv?hxl=true&lang=en", list.as_str()),
        )
        .await;
        assert_eq!(answer.status, StatusCode::OK);
        let path = dir.path().join(format!("{}.csv", list.as_str()));
        std::fs::write(&path, &answer.bytes).unwrap();
        let Some(read) = libhxl_reads(&path) else {
            return;
        };
        let table = forsa_sheets::read(&answer.bytes).unwrap();
        assert_eq!(read["valid"], true, "{list:?}: {read}");
        assert_eq!(
            read["tags"],
            json!(forsa_sheets::export::hashtags(*list)),
            "{list:?}"
        );
        // The hashtags are a row of the table as read without HXL.
        assert_eq!(read["rows"], table.rows.len() - 1, "{list:?}: {read}");
    }
}

async fn with_people(world: &World<'_>) {
    let actor = world
        .caseworker
        .app
        .service
        .authenticate(&world.caseworker.token)
        .await
        .unwrap();
    let report = import(
        &world.caseworker.app.service,
        &actor,
        Kind::Seekers,
        PEOPLE.as_bytes(),
        None,
        Run::Real,
        |_, _| {},
    )
    .await
    .unwrap();
    assert_eq!(report.counts().created, 3, "{report:?}");
}

/// The audit events of the exports `session`'s user took, newest first, as the
/// admin reads them.
async fn export_events(admin: &Session<'_>, session: &Session<'_>) -> Vec<serde_json::Value> {
    let (_, me) = session.get("/api/v1/me").await;
    let (status, events) = admin
        .get(&format!(
            "/api/v1/audit-events?actor_id={}&per_page=100",
            me["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{events}");
    events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|event| event["subject_type"] == "list")
        .cloned()
        .collect()
}

#[tokio::test]
async fn people_leave_with_labels_in_the_users_language_hashtags_and_an_audit() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    with_people(&world).await;

    // English CSV: the import's headers, each code with its label beside it.
    let answer = download(&world.caseworker, "/api/v1/exports/seekers.csv").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.content_type, "text/csv; charset=utf-8");
    assert!(
        answer
            .disposition
            .starts_with("attachment; filename=\"forsa-seekers-")
            && answer.disposition.ends_with(".csv\""),
        "{}",
        answer.disposition
    );
    assert!(
        answer.bytes.starts_with("\u{feff}".as_bytes()),
        "Excel's mark"
    );
    let table = forsa_sheets::read(&answer.bytes).unwrap();
    assert_eq!(table.rows.len(), 4, "the world's person and three imported");
    let of = |header: &str| cell(&table, "Case reference", "EXP-001", header);
    assert_eq!(of("Full name"), "Hiba Nasser");
    assert_eq!(of("Gender"), "female");
    assert_eq!(of("Gender (name)"), "Female");
    assert_eq!(of("Nationality"), "SY");
    assert_eq!(of("Nationality (name)"), "Syria");
    assert_eq!(of("Place"), "JO-IR");
    assert_eq!(of("Governorate"), "JO-IR");
    assert_eq!(of("Languages"), "ar (native); en (basic)");
    assert_eq!(of("Occupations"), "7212 (3)");
    assert_eq!(of("Work permit"), "flexible_construction");
    assert_eq!(of("Permit valid until"), "2099-12-31");
    assert_eq!(of("Consents"), "share_with_employers");
    assert_eq!(of("Consents (name)"), "Share the profile with employers");
    assert_eq!(of("Centre"), "Centre A");
    assert_eq!(
        cell(&table, "Case reference", "EXP-002", "Governorate"),
        "JO-MA",
        "a camp lies in its governorate"
    );

    // Arabic XLSX with hashtags: Arabic headers and labels, a valid HXL row.
    let answer = download(
        &world.caseworker,
        "/api/v1/exports/seekers.xlsx?lang=ar&hxl=true",
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.content_type,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let table = forsa_sheets::read(&answer.bytes).unwrap();
    assert_eq!(table.headers[2], "الاسم الكامل");
    let hashtags = &table.rows[0].1;
    assert_eq!(
        hashtags.len(),
        table.headers.len(),
        "every column is tagged"
    );
    assert_eq!(hxl_problems(hashtags), Vec::<String>::new());
    for tag in [
        "#beneficiary+name",
        "#loc+code",
        "#adm1+name",
        "#org+impl+name",
    ] {
        assert!(hashtags.iter().any(|h| h == tag), "{tag} in {hashtags:?}");
    }
    assert_eq!(
        cell(&table, "الرقم المرجعي للحالة", "EXP-001", "الجنس (الاسم)"),
        "أنثى"
    );
    assert_eq!(
        cell(&table, "الرقم المرجعي للحالة", "EXP-001", "الوضع (الاسم)"),
        "لاجئة",
        "said of a woman"
    );

    // Each export written down: who, which list, how many rows, which filters.
    let (_, filtered) = world.caseworker.get("/api/v1/seekers?status=refugee").await;
    assert_eq!(filtered["total"], 3);
    let table = exported(
        &world.caseworker,
        "/api/v1/exports/seekers.csv?status=refugee",
    )
    .await;
    assert_eq!(table.rows.len(), 3, "the list's filter narrows the export");
    let admin = &world.admin;
    let events = export_events(admin, &world.caseworker).await;
    assert_eq!(events.len(), 3);
    assert!(events.iter().all(|e| e["action"] == "export"));
    let newest = events[0]["subject_id"].as_str().unwrap().parse().unwrap();
    let tx = app.service.store().begin().await.unwrap();
    let record = tx
        .export_record(forsa_domain::ExportId::from_uuid(newest))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.list, forsa_domain::ExportList::Seekers);
    assert_eq!(record.rows, 3);
    assert_eq!(record.filters, ["status"]);
    drop(tx);
    // The admin's log says it in words.
    let actor = app.service.authenticate(&admin.token).await.unwrap();
    let log = app
        .service
        .audit_log(
            &actor,
            Some((forsa_domain::SubjectType::List, newest)),
            None,
            forsa_service::Page::default(),
        )
        .await
        .unwrap();
    assert!(matches!(
        &log.items[0].subject,
        forsa_service::SubjectLabel::Export(export) if export.rows == 3
    ));
}

/// A list's rows without the columns `skip` names, sorted.
pub(crate) fn kept(table: &Table, skip: &[&str]) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|(_, row)| {
            table
                .headers
                .iter()
                .zip(row)
                .filter(|(header, _)| !skip.contains(&header.as_str()))
                .map(|(_, value)| value.clone())
                .collect()
        })
        .collect();
    rows.sort();
    rows
}

#[tokio::test]
async fn people_exported_from_one_forsa_import_into_another_as_the_same_rows() {
    let source = TestApp::spawn().await;
    let world = source.world().await;
    with_people(&world).await;
    flexible_permit(&world.caseworker, &world.seeker).await;
    // The columns a new record cannot keep: its id, centre and days.
    let skip = ["Record id", "Centre", "Registered on", "Last changed on"];
    for format in ["csv", "xlsx"] {
        let path = format!("/api/v1/exports/seekers.{format}");
        let answer = download(&world.caseworker, &path).await;
        assert_eq!(answer.status, StatusCode::OK);
        let before = forsa_sheets::read(&answer.bytes).unwrap();

        let target = TestApp::spawn().await;
        let admin = target.admin().await;
        let (_, caseworker) = target.centre_with_caseworker(&admin, "Centre B").await;
        let actor = target
            .service
            .authenticate(&caseworker.token)
            .await
            .unwrap();
        let report = import(
            &target.service,
            &actor,
            Kind::Seekers,
            &answer.bytes,
            None,
            Run::Real,
            |_, _| {},
        )
        .await
        .unwrap();
        assert_eq!(report.counts().created, 4, "{format}: {report:?}");
        let after = exported(&caseworker, &path).await;
        assert_eq!(before.headers, after.headers);
        assert_eq!(kept(&before, &skip), kept(&after, &skip), "{format}");

        // And the same file again changes nothing.
        let again = import(
            &target.service,
            &actor,
            Kind::Seekers,
            &answer.bytes,
            None,
            Run::Real,
            |_, _| {},
        )
        .await
        .unwrap();
        assert_eq!(again.counts().unchanged, 4, "{format}: {again:?}");
    }
}

/// A second person (ZA-0002) with a permit but no consent to share, referred to the
/// world's vacancy.
async fn referred_without_consent(world: &World<'_>) {
    let person = world
        .caseworker
        .create("/api/v1/seekers", seeker_body("ZA-0002"))
        .await;
    let person = person["id"].as_str().unwrap().to_owned();
    flexible_permit(&world.caseworker, &person).await;
    world.refer(&person).await;
}

#[tokio::test]
async fn employers_take_their_own_vacancies_and_referrals_with_what_consent_allows() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    // One candidate consents to share, one does not.
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    referred_without_consent(&world).await;
    // Another employer's vacancy, which this employer never sees.
    let other = world
        .caseworker
        .create(
            "/api/v1/employers",
            json!({"name": "Other Co", "sector": "F", "location": "JO-AM", "fee_pledge": true}),
        )
        .await;
    let mut body = forsa_tests::vacancy_body("F", "7115");
    body["employer_id"] = other["id"].clone();
    body["title_en"] = json!("Someone else's job");
    world.caseworker.create("/api/v1/vacancies", body).await;

    let employer = &world.employer_user;
    let referrals = exported(employer, "/api/v1/exports/referrals.csv").await;
    assert_eq!(referrals.rows.len(), 2);
    let names = column(&referrals, "Candidate");
    assert!(names.contains(&"Amal Haddad"), "{names:?}");
    assert!(
        names.contains(&""),
        "a candidate who did not consent is not named: {names:?}"
    );
    assert!(
        !referrals
            .rows
            .iter()
            .flat_map(|(_, r)| r)
            .any(|c| c.contains("ZA-000")),
        "no case reference reaches an employer"
    );
    let vacancies = exported(employer, "/api/v1/exports/vacancies.csv").await;
    assert_eq!(column(&vacancies, "Employer"), ["Al-Bina Contracting"]);
    let all = exported(&world.caseworker, "/api/v1/exports/vacancies.csv").await;
    assert_eq!(all.rows.len(), 2, "staff see every employer's");

    for list in ["seekers", "employers"] {
        let answer = download(employer, &format!("/api/v1/exports/{list}.csv")).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{list}");
    }

    // Another centre's caseworker takes none of this centre's people.
    let (_, elsewhere) = app.centre_with_caseworker(&world.admin, "Centre Z").await;
    let theirs = exported(&elsewhere, "/api/v1/exports/seekers.csv").await;
    assert!(theirs.rows.is_empty());
    let theirs = exported(&elsewhere, "/api/v1/exports/referrals.csv").await;
    assert!(theirs.rows.is_empty());
}

#[tokio::test]
async fn placements_say_when_each_hire_began_and_what_the_follow_ups_found() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.permitted_and_consenting(&world.seeker).await;
    world.hire(&world.seeker).await;
    referred_without_consent(&world).await;
    let (_, hires) = world.caseworker.get("/api/v1/referrals?stage=hired").await;
    let id = hires["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, referral) = world
        .caseworker
        .get(&format!("/api/v1/referrals/{id}"))
        .await;
    let first = referral["follow_ups"][0]["id"].as_str().unwrap().to_owned();
    let second_due = referral["follow_ups"][1]["due_on"]
        .as_str()
        .unwrap()
        .to_owned();
    world
        .caseworker
        .patch(
            &format!("/api/v1/follow-ups/{first}"),
            json!({"outcome": "still_employed", "early": true}),
        )
        .await;

    let placements = exported(&world.caseworker, "/api/v1/exports/placements.csv").await;
    assert_eq!(placements.rows.len(), 1, "only the hire");
    let of = |header: &str| column(&placements, header)[0].to_owned();
    assert_eq!(of("Stage"), "hired");
    assert_eq!(of("Hired on"), forsa_tests::centre_today().to_string());
    assert_eq!(of("Follow-up after 30 days"), "Still in the job");
    assert_eq!(of("Follow-up after 90 days"), format!("due {second_due}"));
    let referrals = exported(&world.caseworker, "/api/v1/exports/referrals.csv").await;
    assert_eq!(referrals.rows.len(), 2);

    // The employer never learns what the follow-ups found.
    let theirs = exported(&world.employer_user, "/api/v1/exports/placements.csv").await;
    assert_eq!(column(&theirs, "Follow-up after 30 days"), [""]);
}

#[tokio::test]
async fn bad_export_requests_are_refused_and_nothing_is_written_down() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let session = &world.caseworker;
    for (path, status) in [
        ("/api/v1/exports/people.csv", StatusCode::NOT_FOUND),
        ("/api/v1/exports/seekers.pdf", StatusCode::NOT_FOUND),
        ("/api/v1/exports/seekers", StatusCode::NOT_FOUND),
        ("/api/v1/exports/.csv", StatusCode::NOT_FOUND),
        ("/api/v1/exports/seekers.csv.csv", StatusCode::NOT_FOUND),
        (
            "/api/v1/exports/seekers.csv?colour=red",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/exports/seekers.csv?lang=fr",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/exports/seekers.csv?hxl=perhaps",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/exports/seekers.csv?status=%00",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/exports/seekers.csv?queue=vacancies_closing",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/exports/vacancies.xlsx?employer_id=18446744073709551615",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/exports/referrals.csv?seeker_id=x%0D%0Ay",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/exports/seekers.csv?page=2",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ] {
        let answer = download(session, path).await;
        assert_eq!(answer.status, status, "{path}");
        let body: serde_json::Value = serde_json::from_slice(&answer.bytes).unwrap();
        assert!(body["error"]["code"].is_string(), "{path}: {body}");
    }
    let answer = reqwest::get(app.url("/api/v1/exports/seekers.csv"))
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::UNAUTHORIZED);
    assert!(
        export_events(&world.admin, session).await.is_empty(),
        "a refusal writes nothing"
    );

    // Extreme filters find nobody, and say so in a file with its headers.
    let long = "ي".repeat(2_000);
    for q in ["%00%01%7F", "%E2%80%AE", long.as_str()] {
        let table = exported(
            session,
            &format!(
                "/api/v1/exports/seekers.csv?q={}",
                forsa_tests::urlencode(q)
            ),
        )
        .await;
        assert!(
            table.rows.is_empty(),
            "{}",
            q.chars().take(10).collect::<String>()
        );
        assert_eq!(table.headers[2], "Full name");
    }
}

/// The `href` of the link with `id` on `page`, unescaped.
pub(crate) fn link(page: &str, id: &str) -> String {
    let at = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id} on the page"));
    let start = page[..at].rfind("href=\"").expect("an href") + 6;
    let end = start + page[start..].find('"').expect("the href's end");
    page[start..end].replace("&#38;", "&").replace("&amp;", "&")
}

#[tokio::test]
async fn each_list_offers_its_downloads_with_the_screens_filters() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    with_people(&world).await;
    world.permitted_and_consenting(&world.seeker).await;
    world.refer(&world.seeker).await;
    let pages = forsa_tests::Pages::of(&world.caseworker, "ar").await;

    let (_, page) = pages.get("/seekers?status=refugee&archived=1").await;
    assert_eq!(
        link(&page, "download-csv"),
        "/api/v1/exports/seekers.csv?status=refugee&include_archived=true&lang=ar"
    );
    assert_eq!(
        link(&page, "download-hxl"),
        "/api/v1/exports/seekers.csv?status=refugee&include_archived=true&lang=ar&hxl=true"
    );
    // The link works as the page's own session: the same people as the screen.
    let (status, bytes) = pages.bytes(&link(&page, "download-xlsx")).await;
    assert_eq!(status, StatusCode::OK);
    let table = forsa_sheets::read(&bytes).unwrap();
    assert_eq!(table.rows.len(), 3);
    assert_eq!(table.headers[2], "الاسم الكامل");

    let (_, page) = pages.get("/referrals").await;
    assert_eq!(
        link(&page, "download-csv"),
        "/api/v1/exports/referrals.csv?open=true&lang=ar"
    );
    let (_, page) = pages.get("/vacancies?status=open").await;
    assert_eq!(
        link(&page, "download-xlsx"),
        "/api/v1/exports/vacancies.xlsx?status=open&lang=ar"
    );
    let (_, page) = pages.get("/employers?q=Bina").await;
    assert_eq!(
        link(&page, "download-csv"),
        "/api/v1/exports/employers.csv?q=Bina&lang=ar"
    );
    // Nothing to take away: no links; an employer never takes the employers' list.
    let (_, page) = pages.get("/seekers?q=nobody-at-all").await;
    assert!(!page.contains("download-csv"));
    let employer = forsa_tests::Pages::of(&world.employer_user, "en").await;
    let (_, page) = employer.get("/employers").await;
    assert!(!page.contains("download-csv"));
    let (_, page) = employer.get("/vacancies").await;
    assert!(page.contains("download-csv"));
}
