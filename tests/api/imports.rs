//! People brought in from a centre's spreadsheet: CSV in UTF-8 (with or without its
//! mark) or Windows-1256, or XLSX, headed in English or Arabic, with labels where
//! people write labels. A dry run reports every problem by row, column and value and
//! writes nothing; a real run writes through the registration's checks; importing
//! the same file again changes nothing; a row that may be someone registered already
//! is set aside.

use forsa_service::{Actor, Run};
use forsa_sheets::{ImportError, Kind, Outcome, ReadError, Report};
use forsa_tests::{Session, TestApp};
use serde_json::Value;

/// A centre's spreadsheet in English: three people written as people write them,
/// one row with a gender and a year that are not, one without a name.
const ENGLISH: &str = "\
Case reference,Full name,Gender,Year of birth,Nationality,Status,Phone,Place,Languages,Occupations,Skills,Work permit,Permit valid from,Permit valid until,Consents,Consent given by
IMP-001,Hiba Nasser,Female,1990,Syrian,Refugee,0791111222,Irbid,Arabic (Mother tongue); English (basic),Welders and flamecutters (3),welding; grinding,Flexible construction permit,2026-01-01,2099-12-31,Share the profile with employers,Signed the consent form
IMP-002,Yousef Darwish,male,1985,SY,refugee,0792222333,JO-MA-ZAATARI,ar:native,7115,formwork,,,,,
IMP-003,Salma Odeh,F,nineteen ninety,Jordanian,Host community,0793333444,Amman,Arabic (native),,,,,,,
IMP-004,,female,1999,Iraqi,Refugee,0794444555,Zarqa,Arabic (native),,,,,,,
IMP-005,Khaled Omar,Male,1979,Iraqi,Asylum seeker,0795555666,Zarqa,Arabic (native); Kurdish (fluent),Carpenters and joiners,,,,,,,
";

/// The same people headed in Arabic, with Arabic labels.
const ARABIC: &str = "\
الرقم المرجعي للحالة,الاسم الكامل,الجنس,سنة الميلاد,الجنسية,الوضع,الهاتف,مكان السكن,اللغات,المهن
IMP-101,هبة ناصر,أنثى,1990,سورية,لاجئة,0791111777,إربد,العربية (لغة أم),لحامون وقاطعو معادن باللهب
IMP-102,يوسف درويش,ذكر,1985,سوري,لاجئ,0792222888,مخيم الزعتري,العربية (لغة أم),7115
";

pub(crate) async fn actor(session: &Session<'_>) -> Actor {
    session
        .app
        .service
        .authenticate(&session.token)
        .await
        .unwrap()
}

/// The records of `kind` in the spreadsheet `bytes` imported as `session`'s user.
pub(crate) async fn import(session: &Session<'_>, kind: Kind, bytes: &[u8], run: Run) -> Report {
    let actor = actor(session).await;
    forsa_sheets::import(
        &session.app.service,
        &actor,
        kind,
        bytes,
        None,
        run,
        |_, _| {},
    )
    .await
    .unwrap()
}

/// The people of the caseworker's centre, by case reference.
async fn people(session: &Session<'_>) -> Vec<Value> {
    let (_, list) = session.get("/api/v1/seekers?per_page=100").await;
    list["items"].as_array().unwrap().clone()
}

fn person<'a>(people: &'a [Value], reference: &str) -> &'a Value {
    people
        .iter()
        .find(|p| p["case_reference"] == reference)
        .unwrap_or_else(|| panic!("{reference} is not registered: {people:?}"))
}

/// Each problem of a report as "row, column, value: problem".
pub(crate) fn problems(report: &Report) -> Vec<String> {
    report
        .rows
        .iter()
        .flat_map(|row| match &row.outcome {
            Outcome::Problems(problems) => problems
                .iter()
                .map(|p| {
                    format!(
                        "{}, {}, {}: {}",
                        row.row,
                        p.column.map_or("-", |c| c.key),
                        p.value,
                        p.problem
                    )
                })
                .collect(),
            Outcome::Refused(why) => vec![format!("{}: {why}", row.row)],
            _ => Vec::new(),
        })
        .collect()
}

#[tokio::test]
async fn a_dry_run_names_every_problem_and_writes_nothing_then_the_import_writes_once() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let before = people(&world.caseworker).await.len();

    let dry = import(
        &world.caseworker,
        Kind::Seekers,
        ENGLISH.as_bytes(),
        Run::Dry,
    )
    .await;
    let counts = dry.counts();
    assert_eq!(
        (counts.created, counts.with_problems),
        (3, 2),
        "{:?}",
        problems(&dry)
    );
    let found = problems(&dry);
    assert!(
        found.contains(&"4, birth_year, nineteen ninety: must be a whole number".to_owned()),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("5, full_name, : ")),
        "{found:?}"
    );
    assert_eq!(
        people(&world.caseworker).await.len(),
        before,
        "a dry run writes nothing"
    );

    let real = import(
        &world.caseworker,
        Kind::Seekers,
        ENGLISH.as_bytes(),
        Run::Real,
    )
    .await;
    assert_eq!(real.counts().created, 3);
    let now = people(&world.caseworker).await;
    assert_eq!(now.len(), before + 3);
    let hiba = person(&now, "IMP-001");
    assert_eq!(hiba["full_name"], "Hiba Nasser");
    assert_eq!(hiba["gender"], "female");
    assert_eq!(hiba["nationality"], "SY");
    assert_eq!(hiba["location"], "JO-IR");
    assert_eq!(hiba["languages"][1]["code"], "en");
    assert_eq!(hiba["languages"][1]["level"], "basic");
    assert_eq!(hiba["occupations"][0]["isco"], "7212");
    assert_eq!(hiba["occupations"][0]["years"], 3);
    let id = hiba["id"].as_str().unwrap();
    let (_, permits) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{id}/permits"))
        .await;
    assert_eq!(
        permits[0]["permit_type"], "flexible_construction",
        "{permits}"
    );
    let (_, consents) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{id}/consents"))
        .await;
    assert_eq!(consents[0]["purpose"], "share_with_employers", "{consents}");
    assert_eq!(person(&now, "IMP-005")["status"], "asylum_seeker");

    // The same file again changes nothing.
    let again = import(
        &world.caseworker,
        Kind::Seekers,
        ENGLISH.as_bytes(),
        Run::Real,
    )
    .await;
    let counts = again.counts();
    assert_eq!(
        (counts.created, counts.updated, counts.unchanged),
        (0, 0, 3)
    );
    assert_eq!(people(&world.caseworker).await.len(), before + 3);

    // A corrected row updates its person.
    let corrected = ENGLISH.replace(
        "IMP-002,Yousef Darwish,male,1985",
        "IMP-002,Yousef Darwish,male,1986",
    );
    let fixed = import(
        &world.caseworker,
        Kind::Seekers,
        corrected.as_bytes(),
        Run::Real,
    )
    .await;
    assert_eq!(fixed.counts().updated, 1);
    assert_eq!(
        person(&people(&world.caseworker).await, "IMP-002")["birth_year"],
        1986
    );
}

#[tokio::test]
async fn arabic_headers_and_labels_in_utf8_windows_1256_and_xlsx_read_alike() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let (windows, _, unmappable) = encoding_rs::WINDOWS_1256.encode(ARABIC);
    assert!(!unmappable);
    let bom = [b"\xEF\xBB\xBF".as_slice(), ARABIC.as_bytes()].concat();
    let xlsx = workbook(ARABIC);
    for (bytes, format) in [
        (ARABIC.as_bytes().to_vec(), forsa_sheets::Format::Utf8),
        (bom, forsa_sheets::Format::Utf8),
        (windows.into_owned(), forsa_sheets::Format::Windows1256),
        (xlsx, forsa_sheets::Format::Xlsx),
    ] {
        let report = import(&world.caseworker, Kind::Seekers, &bytes, Run::Dry).await;
        assert_eq!(report.format, format);
        assert_eq!(
            report.counts().created,
            2,
            "{format:?}: {:?}",
            problems(&report)
        );
    }
    import(
        &world.caseworker,
        Kind::Seekers,
        &workbook(ARABIC),
        Run::Real,
    )
    .await;
    let now = people(&world.caseworker).await;
    let hiba = person(&now, "IMP-101");
    assert_eq!(hiba["full_name"], "هبة ناصر");
    assert_eq!(hiba["gender"], "female");
    assert_eq!(hiba["status"], "refugee");
    assert_eq!(hiba["nationality"], "SY");
    assert_eq!(hiba["location"], "JO-IR");
    assert_eq!(hiba["languages"][0]["level"], "native");
    assert_eq!(hiba["occupations"][0]["isco"], "7212");
    assert_eq!(person(&now, "IMP-102")["location"], "JO-MA-ZAATARI");
}

/// `csv` written as an XLSX workbook's first sheet, each cell as text.
fn workbook(csv: &str) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (row, line) in csv.lines().enumerate() {
        for (column, cell) in line.split(',').enumerate() {
            sheet.write_string(row as u32, column as u16, cell).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[tokio::test]
async fn a_row_alike_someone_registered_is_set_aside_until_a_reason_is_given() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    // Amal Haddad, born 1992, is registered (ZA-0001); a row with her name, under
    // another case reference, may be her.
    let sheet = "\
Case reference,Full name,Gender,Year of birth,Nationality,Status,Place
NEW-1,Amal Haddad,female,1992,SY,refugee,JO-MA-ZAATARI
";
    let report = import(
        &world.caseworker,
        Kind::Seekers,
        sheet.as_bytes(),
        Run::Real,
    )
    .await;
    let Outcome::SetAside(candidates) = &report.rows[0].outcome else {
        panic!("{:?}", report.rows[0].outcome);
    };
    assert_eq!(
        candidates[0].seeker.as_ref().unwrap().full_name,
        "Amal Haddad"
    );
    assert!(
        !people(&world.caseworker)
            .await
            .iter()
            .any(|p| p["case_reference"] == "NEW-1")
    );
    let reasoned = format!(
        "{},Why registered although alike\n{},Her sister: the same name\n",
        sheet.lines().next().unwrap(),
        sheet.lines().nth(1).unwrap()
    );
    let report = import(
        &world.caseworker,
        Kind::Seekers,
        reasoned.as_bytes(),
        Run::Real,
    )
    .await;
    assert_eq!(report.counts().created, 1, "{:?}", problems(&report));
}

#[tokio::test]
async fn a_row_registered_with_a_reason_is_that_person_when_the_file_comes_again() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    // Amal Haddad, born 1992, is registered (ZA-0001); the file's Amal Haddad has no
    // case reference, so only the look for the same person can find her again.
    let sheet = "\
Full name,Gender,Year of birth,Nationality,Status,Place,Why registered although alike
Amal Haddad,female,1992,SY,refugee,JO-MA-ZAATARI,Her sister: the same name
";
    let namesakes = async || {
        people(&world.caseworker)
            .await
            .iter()
            .filter(|p| p["full_name"] == "Amal Haddad")
            .count()
    };
    assert_eq!(namesakes().await, 1);
    let first = import(
        &world.caseworker,
        Kind::Seekers,
        sheet.as_bytes(),
        Run::Real,
    )
    .await;
    assert_eq!(first.counts().created, 1, "{:?}", problems(&first));
    assert_eq!(namesakes().await, 2);
    for run in [Run::Dry, Run::Real] {
        let again = import(&world.caseworker, Kind::Seekers, sheet.as_bytes(), run).await;
        let counts = again.counts();
        assert_eq!(
            (counts.created, counts.unchanged, counts.set_aside),
            (0, 1, 0),
            "{run:?}: {:?}",
            again.rows[0].outcome
        );
    }
    assert_eq!(
        namesakes().await,
        2,
        "the sister is not registered a third time"
    );
}

#[tokio::test]
async fn files_that_are_no_spreadsheet_or_lack_columns_are_refused_whole() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let actor = actor(&world.caseworker).await;
    let refused = |bytes: &'static [u8]| {
        let service = &app.service;
        async move {
            forsa_sheets::import(
                service,
                &actor,
                Kind::Seekers,
                bytes,
                None,
                Run::Real,
                |_, _| {},
            )
            .await
            .unwrap_err()
        }
    };
    assert!(matches!(
        refused(b"%PDF-1.7\n\0\0binary").await,
        ImportError::Read(ReadError::NotASpreadsheet)
    ));
    assert!(matches!(
        refused(b"nom,ville\nH\xE9l\xE8ne,B\xE9ziers\n").await,
        ImportError::Read(ReadError::UnknownEncoding)
    ));
    let ImportError::Headers(problems) = refused(b"Full name,Phone\nAmal,0791234567\n").await
    else {
        panic!("headers");
    };
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        said.contains(&"the spreadsheet has no column Gender".to_owned()),
        "{said:?}"
    );
    // An employer may not import people.
    let employer = self::actor(&world.employer_user).await;
    assert!(matches!(
        forsa_sheets::import(
            &app.service,
            &employer,
            Kind::Seekers,
            ENGLISH.as_bytes(),
            None,
            Run::Dry,
            |_, _| {}
        )
        .await
        .unwrap_err(),
        ImportError::Service(forsa_service::ServiceError::Forbidden)
    ));
}

#[tokio::test]
async fn the_command_line_imports_as_the_user_it_names() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("people.csv");
    std::fs::write(&file, ENGLISH).unwrap();
    let path = file.to_str().unwrap();
    let caseworker = "caseworker.centre-a@forsa.test";
    let before = people(&world.caseworker).await.len();
    app.command(&["import", "seekers", path, "--as", caseworker, "--dry-run"])
        .await;
    assert_eq!(people(&world.caseworker).await.len(), before);
    app.command(&["import", "seekers", path, "--as", caseworker])
        .await;
    assert_eq!(people(&world.caseworker).await.len(), before + 3);
    // An admin names the centre, by name.
    let admin_file = dir.path().join("arabic.csv");
    std::fs::write(
        &admin_file,
        "الاسم الكامل,الجنس,الجنسية,الوضع,مكان السكن\nمريم الصالح,أنثى,يمنية,لاجئة,عمان\nعلي الحسن,ذكر,سوداني,طالب لجوء,عمان\n",
    )
    .unwrap();
    app.command(&[
        "import",
        "seekers",
        admin_file.to_str().unwrap(),
        "--as",
        "admin@forsa.test",
        "--centre",
        "Centre A",
    ])
    .await;
    assert_eq!(people(&world.caseworker).await.len(), before + 5);
}

/// Sends `bytes` as the body of an import through the API.
async fn post_file(
    session: &Session<'_>,
    query: &str,
    bytes: Vec<u8>,
) -> (reqwest::StatusCode, Value) {
    let response = reqwest::Client::new()
        .post(session.app.url(&format!("/api/v1/imports/seekers{query}")))
        .bearer_auth(&session.token)
        .header("content-type", "text/csv")
        .body(bytes)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, body)
}

#[tokio::test]
async fn integrators_import_a_file_sent_as_the_body() {
    use reqwest::StatusCode;
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let before = people(&world.caseworker).await.len();

    let (status, dry) = post_file(&world.caseworker, "?dry_run=true", ENGLISH.into()).await;
    assert_eq!(status, StatusCode::OK, "{dry}");
    assert_eq!(dry["dry_run"], true);
    assert_eq!(dry["format"], "utf-8");
    assert_eq!(dry["counts"]["created"], 3, "{dry}");
    assert_eq!(dry["counts"]["with_problems"], 2);
    let row4 = &dry["rows"][2];
    assert_eq!(row4["row"], 4);
    assert_eq!(row4["result"], "problems");
    assert_eq!(row4["problems"][0]["column"], "birth_year");
    assert_eq!(row4["problems"][0]["header"], "Year of birth");
    assert_eq!(row4["problems"][0]["value"], "nineteen ninety");
    assert_eq!(row4["problems"][0]["message"], "must be a whole number");
    assert_eq!(people(&world.caseworker).await.len(), before);

    let (status, real) = post_file(&world.caseworker, "", ENGLISH.into()).await;
    assert_eq!(status, StatusCode::OK, "{real}");
    assert_eq!(real["dry_run"], false);
    let id = real["rows"][0]["id"].as_str().unwrap();
    let (status, hiba) = world.caseworker.get(&format!("/api/v1/seekers/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(hiba["full_name"], "Hiba Nasser");
    let (_, again) = post_file(&world.caseworker, "", ENGLISH.into()).await;
    assert_eq!(again["counts"]["unchanged"], 3, "{again}");

    // Refusals, each with nothing written.
    for (query, bytes, expected, code) in [
        (
            "",
            b"%PDF-1.7\0\0".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unreadable_file",
        ),
        (
            "",
            b"Full name\nAmal\n".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unreadable_file",
        ),
        (
            "",
            Vec::new(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unreadable_file",
        ),
        (
            "?dry_run=maybe",
            ENGLISH.into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
        ),
        (
            "?format=csv",
            ENGLISH.into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
        ),
        (
            "?centre_id=not-an-id",
            ENGLISH.into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
        ),
    ] {
        let (status, body) = post_file(&world.caseworker, query, bytes).await;
        assert_eq!(status, expected, "{query}: {body}");
        assert_eq!(body["error"]["code"], code, "{query}: {body}");
    }
    let (status, _) = post_file(&world.employer_user, "", ENGLISH.into()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let response = reqwest::Client::new()
        .post(app.url("/api/v1/imports/vacancies-of-mars"))
        .bearer_auth(&world.caseworker.token)
        .body(ENGLISH)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    // Larger than any spreadsheet forsa reads: refused before it is read.
    let (status, _) = post_file(
        &world.caseworker,
        "",
        vec![b'a'; forsa_sheets::MAX_BYTES + 2 * 1024 * 1024],
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    // A form's body stays limited to a form's size everywhere else.
    let response = reqwest::Client::new()
        .post(app.url("/api/v1/seekers"))
        .bearer_auth(&world.caseworker.token)
        .header("content-type", "application/json")
        .body(vec![b' '; 2 * 1024 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(people(&world.caseworker).await.len(), before + 3);
}

#[tokio::test]
async fn extreme_cells_are_problems_of_their_row_never_a_failure() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let giant = "ب".repeat(20_000);
    let many = "7115;".repeat(5_000);
    let sheet = format!(
        "Full name,Gender,Nationality,Status,Place,Year of birth,Occupations,Languages\n\
         Bell\u{7}Ringer,female,SY,refugee,JO-AM,1990,,\n\
         {giant},female,SY,refugee,JO-AM,1990,,\n\
         Huge Year,female,SY,refugee,JO-AM,99999999999999999999,,\n\
         Many Jobs,female,SY,refugee,JO-AM,1990,{many},\n\
         Odd Language,female,SY,refugee,JO-AM,1990,,\"Klingon (\u{202e}native)\"\n\
         \"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n\
         ,,,,,\n"
    );
    let report = import(
        &world.caseworker,
        Kind::Seekers,
        sheet.as_bytes(),
        Run::Real,
    )
    .await;
    let counts = report.counts();
    let found = problems(&report).join("\n");
    assert!(found.len() < 2_000, "a report repeats no giant cell");
    assert_eq!((counts.with_problems, counts.created), (5, 0), "{found}");
    for expected in [
        "2, full_name, Bell\u{7}Ringer: must not contain control characters",
        "3, full_name",
        "4, birth_year",
        "5, occupations",
        "6, languages",
    ] {
        assert!(found.contains(expected), "{expected}: {found}");
    }
}

#[tokio::test]
async fn the_templates_explain_every_column_and_their_example_imports_as_it_is() {
    use calamine::{Reader, Xlsx};
    use reqwest::StatusCode;
    let app = TestApp::spawn().await;
    let world = app.world().await;
    for (lang, name_header, example, explain_sheet, gender_labels) in [
        ("en", "Full name", "Salma Odeh", "Columns", "Female; Male"),
        ("ar", "الاسم الكامل", "سلمى عودة", "الأعمدة", "أنثى; ذكر"),
    ] {
        let response = reqwest::Client::new()
            .get(app.url(&format!("/api/v1/imports/seekers/template?lang={lang}")))
            .bearer_auth(&world.caseworker.token)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            response.headers()["content-disposition"],
            format!("attachment; filename=\"forsa-people-template-{lang}.xlsx\"").as_str()
        );
        let bytes = response.bytes().await.unwrap().to_vec();
        let table = forsa_sheets::read(&bytes).unwrap();
        assert_eq!(table.headers.len(), forsa_sheets::seekers::COLUMNS.len());
        // The record id first (empty: the example is someone new), then the case
        // reference, then the name.
        assert_eq!(table.headers[2], name_header);
        assert_eq!(table.rows[0].1[0], "");
        assert_eq!(table.rows[0].1[2], example);

        let mut workbook: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).unwrap();
        assert_eq!(workbook.sheet_names()[1], explain_sheet);
        let explained = workbook.worksheet_range_at(1).unwrap().unwrap();
        let gender = explained
            .rows()
            .find(|row| row[0].to_string() == table.headers[3])
            .unwrap();
        assert!(
            gender[3].to_string().starts_with(gender_labels),
            "{:?}",
            gender[3]
        );
        assert_eq!(
            explained.rows().count(),
            forsa_sheets::seekers::COLUMNS.len() + 1
        );

        // The example row imports as it is.
        let (status, report) = post_file(&world.caseworker, "?dry_run=true", bytes).await;
        assert_eq!(status, StatusCode::OK, "{report}");
        assert_eq!(report["counts"]["created"], 1, "{lang}: {report}");
    }
    let response = reqwest::Client::new()
        .get(app.url("/api/v1/imports/seekers/template?lang=fr"))
        .bearer_auth(&world.caseworker.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_file_changes_only_what_it_says_and_never_another_persons_record() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    import(
        &world.caseworker,
        Kind::Seekers,
        ENGLISH.as_bytes(),
        Run::Real,
    )
    .await;
    let hiba = person(&people(&world.caseworker).await, "IMP-001").clone();
    let id = hiba["id"].as_str().unwrap();
    // What the form adds that the file does not hold stays, and so does a consent
    // the person withdrew.
    let (status, _) = world
        .caseworker
        .patch(
            &format!("/api/v1/seekers/{id}"),
            serde_json::json!({"preferences": {"sectors": ["F"], "night_work": true}}),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::OK);
    let (_, consents) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{id}/consents"))
        .await;
    let consent = consents[0]["id"].as_str().unwrap();
    world
        .caseworker
        .delete(&format!("/api/v1/consents/{consent}"))
        .await;
    let again = import(
        &world.caseworker,
        Kind::Seekers,
        ENGLISH.as_bytes(),
        Run::Real,
    )
    .await;
    assert_eq!(again.counts().unchanged, 3, "{:?}", problems(&again));
    // A file with fewer columns, and an empty phone, changes nothing either.
    let fewer = "Case reference,Full name,Gender,Nationality,Status,Phone,Place\n\
                 IMP-001,Hiba Nasser,Female,Syrian,Refugee,,Irbid\n";
    let report = import(
        &world.caseworker,
        Kind::Seekers,
        fewer.as_bytes(),
        Run::Real,
    )
    .await;
    assert_eq!(report.counts().unchanged, 1, "{:?}", problems(&report));
    let (_, now) = world.caseworker.get(&format!("/api/v1/seekers/{id}")).await;
    assert_eq!(now["preferences"]["sectors"][0], "F");
    assert_eq!(now["preferences"]["night_work"], true);
    assert_eq!(now["phone"], hiba["phone"]);
    assert_eq!(now["languages"], hiba["languages"]);
    let (_, consents) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{id}/consents"))
        .await;
    assert_eq!(consents.as_array().unwrap().len(), 1, "{consents}");
    assert!(!consents[0]["withdrawn_at"].is_null(), "{consents}");

    // Another name under her case reference is not her: refused, her record kept.
    let other = "Case reference,Full name,Gender,Nationality,Status,Place\n\
                 IMP-001,Zaid Khoury,Male,Jordanian,Host community,Amman\n";
    let report = import(
        &world.caseworker,
        Kind::Seekers,
        other.as_bytes(),
        Run::Real,
    )
    .await;
    assert_eq!(report.counts().with_problems, 1, "{:?}", problems(&report));
    let (_, now) = world.caseworker.get(&format!("/api/v1/seekers/{id}")).await;
    assert_eq!(now["full_name"], "Hiba Nasser");
}

#[tokio::test]
async fn a_dry_run_keeps_who_it_showed_the_importer() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let sheet = "Full name,Gender,Year of birth,Nationality,Status,Place\n\
                 Amal Haddad,female,1992,SY,refugee,JO-MA-ZAATARI\n";
    let before = world.seeker_audit_events(&world.seeker).await["items"]
        .as_array()
        .unwrap()
        .len();
    let report = import(&world.caseworker, Kind::Seekers, sheet.as_bytes(), Run::Dry).await;
    assert_eq!(report.counts().set_aside, 1);
    let events = world.seeker_audit_events(&world.seeker).await;
    let items = events["items"].as_array().unwrap();
    assert_eq!(items.len(), before + 1, "{events}");
    assert_eq!(items[0]["action"], "read", "{events}");
}

/// The job's page once it has finished.
pub(crate) async fn finished(pages: &forsa_tests::Pages<'_>, job: &str) -> String {
    for _ in 0..200 {
        let (status, page) = pages.get(job).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        if !page.contains("id=\"import-progress\"") {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the import did not finish");
}

#[tokio::test]
async fn a_caseworker_checks_a_file_on_the_page_downloads_its_problems_and_imports_it() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = forsa_tests::Pages::of(&world.caseworker, "en").await;
    let (status, page) = pages.get("/imports").await;
    assert_eq!(status, reqwest::StatusCode::OK);
    assert!(page.contains("/api/v1/imports/seekers/template?lang=ar"));
    let (_, list) = pages.get("/seekers").await;
    assert!(list.contains("href=\"/imports\""), "the list leads here");

    // The check: nothing written, every problem by row and column in the forms'
    // words, the rows with problems as a spreadsheet.
    let (status, job, _) = forsa_tests::upload(
        &app,
        &world.caseworker,
        "seekers",
        ENGLISH.as_bytes(),
        "people.csv",
        "check",
    )
    .await;
    assert_eq!(status, reqwest::StatusCode::SEE_OTHER);
    assert!(job.starts_with("/imports/"), "{job}");
    let page = finished(&pages, &job).await;
    assert!(
        page.contains("Importing the file would do this"),
        "a check says so"
    );
    let counts = page.split("id=\"import-counts\"").nth(1).unwrap();
    assert!(counts.contains("<td>3</td>"), "three would be created");
    let problems = page.split("id=\"import-problems\"").nth(1).unwrap();
    for said in ["nineteen ninety", "Year of birth", "Full name"] {
        assert!(problems.contains(said), "{said} is named");
    }
    assert_eq!(
        people(&world.caseworker).await.len(),
        1,
        "a check writes nothing"
    );
    let (status, bytes) = pages.bytes(&format!("{job}?download=problems")).await;
    assert_eq!(status, reqwest::StatusCode::OK);
    let sheet = forsa_sheets::read(&bytes).unwrap();
    assert_eq!(sheet.headers[0], "What to fix");
    assert_eq!(sheet.headers[1], "Case reference");
    let references: Vec<&str> = sheet.rows.iter().map(|(_, r)| r[1].as_str()).collect();
    assert_eq!(references, ["IMP-003", "IMP-004"]);
    assert!(
        sheet.rows[0].1[0].contains("Year of birth"),
        "{:?}",
        sheet.rows[0].1[0]
    );

    // Another user never sees the job; the checked file imports without a new upload.
    let other = forsa_tests::Pages::of(&world.admin, "en").await;
    assert_eq!(other.get(&job).await.0, reqwest::StatusCode::NOT_FOUND);
    let (status, imported, _) = pages.post(&format!("{job}/import"), &[]).await;
    assert_eq!(status, reqwest::StatusCode::SEE_OTHER);
    let page = finished(&pages, &imported).await;
    assert!(page.contains("The import is done"));
    assert_eq!(people(&world.caseworker).await.len(), 4);

    // The rows fixed (from the downloaded sheet) and uploaded again: the rest unchanged.
    let fixed = ENGLISH
        .replace(",F,nineteen ninety", ",female,1990")
        .replace("IMP-004,,", "IMP-004,Rania Saleh,");
    let (_, job, _) = forsa_tests::upload(
        &app,
        &world.caseworker,
        "seekers",
        fixed.as_bytes(),
        "people.csv",
        "import",
    )
    .await;
    let page = finished(&pages, &job).await;
    assert!(
        !page.contains("id=\"import-problems\""),
        "no problems are left"
    );
    assert_eq!(people(&world.caseworker).await.len(), 6);
}

#[tokio::test]
async fn the_upload_page_says_what_is_wrong_with_a_file_and_runs_nothing() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    world.caseworker.speaks("en").await;
    world.admin.speaks("en").await;
    for (bytes, name, said) in [
        (&b""[..], "empty.csv", "Choose a file to import."),
        (
            &b"%PDF-1.7 \x00\x01\x02"[..],
            "scan.pdf",
            "The file is not a spreadsheet.",
        ),
        (
            "Case reference,Gender\nX-1,female\n".as_bytes(),
            "short.csv",
            "The spreadsheet has no column",
        ),
    ] {
        let (status, location, page) =
            forsa_tests::upload(&app, &world.caseworker, "seekers", bytes, name, "check").await;
        assert_eq!(status, reqwest::StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(location.is_empty());
        let shown = page
            .split("id=\"import-problem\"")
            .nth(1)
            .map(|rest| rest.chars().take(200).collect::<String>())
            .unwrap_or_default();
        assert!(page.contains(said), "{name}: {said}, shown: {shown}");
    }
    let (status, _, _) = forsa_tests::upload(
        &app,
        &world.employer_user,
        "seekers",
        ENGLISH.as_bytes(),
        "p.csv",
        "import",
    )
    .await;
    assert_eq!(status, reqwest::StatusCode::FORBIDDEN);
    // An admin names the centre.
    let (status, _, page) = forsa_tests::upload(
        &app,
        &world.admin,
        "seekers",
        ENGLISH.as_bytes(),
        "p.csv",
        "import",
    )
    .await;
    assert_eq!(status, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Choose the centre to import into."));
    assert_eq!(
        people(&world.caseworker).await.len(),
        1,
        "nothing was written"
    );
    let pages = forsa_tests::Pages::of(&world.caseworker, "en").await;
    // A post that is no upload at all (no file part, control characters, a giant
    // field) is a page that says so, never a failure.
    let giant = "x".repeat(100_000);
    for form in [
        vec![("run", "import")],
        vec![("file", "\u{0}\u{1}\r\n")],
        vec![("centre_id", giant.as_str())],
    ] {
        let (status, _, page) = pages.post("/imports", &form).await;
        assert_eq!(status, reqwest::StatusCode::BAD_REQUEST);
        let said = page
            .split("<main")
            .nth(1)
            .unwrap_or(&page)
            .chars()
            .take(600)
            .collect::<String>();
        assert!(page.contains("The file did not arrive whole."), "{said}");
    }

    // A row alike someone registered is set aside, with a link to that person.
    let alike = "Full name,Gender,Year of birth,Nationality,Status,Place\nAmal Haddad,female,1992,SY,refugee,JO-MA-ZAATARI\n";
    let (_, job, _) = forsa_tests::upload(
        &app,
        &world.caseworker,
        "seekers",
        alike.as_bytes(),
        "p.csv",
        "check",
    )
    .await;
    let page = finished(&pages, &job).await;
    let aside = page
        .split("id=\"import-set-aside\"")
        .nth(1)
        .expect("a row set aside");
    assert!(aside.contains(&format!("href=\"/seekers/{}\"", world.seeker)));
    assert!(aside.contains("Row 2"));
    for path in [
        "/imports/not-a-job",
        "/imports/0192f0c2-0000-7000-8000-000000000000",
    ] {
        assert_eq!(
            pages.get(path).await.0,
            reqwest::StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}

/// `count` people no two of whom are alike, as a spreadsheet's rows (no header):
/// case reference `T-…`, a name of three words, a phone of their own.
fn distinct_people(count: usize) -> Vec<String> {
    const GIVEN: [&str; 10] = [
        "Ahmad", "Bilal", "Karim", "Tariq", "Yousef", "Omar", "Hassan", "Faisal", "Nabil", "Samir",
    ];
    const FATHER: [&str; 10] = [
        "Jamal", "Khalil", "Mahmoud", "Rashid", "Qasim", "Walid", "Ziad", "Fuad", "Adnan",
        "Ghassan",
    ];
    const FAMILY: [&str; 6] = ["Haddad", "Masri", "Khoury", "Nasser", "Tamimi", "Zoubi"];
    (0..count)
        .map(|i| {
            format!(
                "T-{i:04},{} {} {},male,{},SY,refugee,07{:08},JO-MA-ZAATARI",
                GIVEN[i % 10],
                FATHER[i / 10 % 10],
                FAMILY[i / 100 % 6],
                1970 + i % 30,
                10_000_000 + i,
            )
        })
        .collect()
}

#[tokio::test]
async fn the_rows_of_one_file_meet_each_other_as_they_meet_people_registered_before() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let header = "Case reference,Full name,Gender,Year of birth,Nationality,Status,Phone,Place,Work permit,Permit valid from,Permit valid until,Consents,Consent given by,Why registered although alike";
    // Within the first batch of rows: a person with a permit and consents, the same
    // person again with a new phone, someone alike to them (set aside), and again
    // with a reason (registered, and kept as a likely pair).
    let mut rows = vec![
        "N-1,Rana Saleh,female,1990,SY,refugee,0791234500,JO-MA-ZAATARI,Flexible construction permit,2026-01-01,2099-12-31,Share the profile with employers; Share the profile with employers,Signed the consent form,".to_owned(),
        "N-1,Rana Saleh,female,1990,SY,refugee,0791234599,JO-MA-ZAATARI,,,,,,".to_owned(),
        "N-2,Rana Saleh,female,1991,SY,refugee,,JO-MA-ZAATARI,,,,,,".to_owned(),
        "N-3,Rana Saleh,female,1991,SY,refugee,,JO-MA-ZAATARI,,,,,,Her cousin".to_owned(),
    ];
    // Then more people than a batch holds, and two rows alike to people of the file:
    // one to a person written by an earlier batch, one to a person of its own batch.
    rows.extend(
        distinct_people(600)
            .into_iter()
            .map(|row| format!("{row},,,,,,")),
    );
    rows.push("D-1,Ahmad Jamal Haddad,male,1970,SY,refugee,,JO-MA-ZAATARI,,,,,,".to_owned());
    rows.push("D-2,Karim Jamal Zoubi,male,1992,SY,refugee,,JO-MA-ZAATARI,,,,,,".to_owned());
    let sheet = format!("{header}\n{}\n", rows.join("\n"));

    let dry = import(&world.caseworker, Kind::Seekers, sheet.as_bytes(), Run::Dry).await;
    let real = import(
        &world.caseworker,
        Kind::Seekers,
        sheet.as_bytes(),
        Run::Real,
    )
    .await;
    for report in [&dry, &real] {
        let counts = report.counts();
        assert_eq!(counts.with_problems, 0, "{:?}", problems(report));
        assert_eq!(
            (counts.created, counts.updated, counts.set_aside),
            (602, 1, 3),
            "{counts:?}"
        );
        let aside: Vec<usize> = report
            .rows
            .iter()
            .filter(|row| matches!(row.outcome, Outcome::SetAside(_)))
            .map(|row| row.row)
            .collect();
        // Rows are counted from the header's, 1.
        assert_eq!(aside, [4, 606, 607]);
        assert!(matches!(report.rows[1].outcome, Outcome::Updated(_)));
    }

    let (_, found) = world.caseworker.get("/api/v1/seekers?q=N-1").await;
    let rana = &found["items"][0];
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(rana["phone"], "0791234599");
    let id = rana["id"].as_str().unwrap();
    let (_, permits) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{id}/permits"))
        .await;
    assert_eq!(permits.as_array().unwrap().len(), 1, "{permits}");
    let (_, consents) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{id}/consents"))
        .await;
    assert_eq!(consents.as_array().unwrap().len(), 1, "{consents}");
    let (_, pairs) = world.caseworker.get("/api/v1/duplicates").await;
    let pairs = pairs.as_array().unwrap();
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert_eq!(pairs[0]["other"]["id"], id);
    assert_eq!(pairs[0]["reason"], "Her cousin");
    let (_, all) = world.caseworker.get("/api/v1/seekers?per_page=1").await;
    // Amal Haddad, registered before, and the file's 602.
    assert_eq!(all["total"], 603, "{all}");

    // Again, the file changes nothing.
    let again = import(
        &world.caseworker,
        Kind::Seekers,
        sheet.as_bytes(),
        Run::Real,
    )
    .await;
    let counts = again.counts();
    // The two rows of N-1 say two phones: each changes it.
    assert_eq!((counts.created, counts.updated), (0, 2), "{counts:?}");
}
