//! Employers and vacancies brought in from a centre's spreadsheets (issue 14): headed
//! in English or Arabic, with labels where people write labels; a dry run names every
//! problem and writes nothing; a real run writes through the forms' checks; a row
//! names the record it updates (an employer by registration number or name, a
//! vacancy by code or its employer's same vacancy), so that importing a file again
//! changes nothing; an exported list imports into another forsa as the same rows.

use forsa_service::Run;
use forsa_sheets::{Kind, Outcome, Report};
use forsa_tests::{Session, TestApp};
use reqwest::StatusCode;
use serde_json::Value;

use crate::{
    exports::{download, exported, kept},
    imports::{actor, finished, import, problems},
};

/// Employers as a centre keeps them: one whole, one with an Arabic name only, and
/// one whose sector, email and pledge are not what the columns take.
const EMPLOYERS: &str = "\
Registration number,Name in English,Name in Arabic,Sector,Place,Contact person,Contact phone,Contact email,No-fees pledge on,Verified on
200100001,Zaatari Bakery,مخبز الزعتري,Manufacturing,Mafraq,Ahmad Khalil,0791234567,bakery@example.jo,yes,
,,مزارع الغور,A,البلقاء,,,,,
200100003,Odd Ltd,,Underwater basket weaving,Amman,,,not-an-email,maybe,
";

/// Vacancies headed in Arabic: one for the bakery named in English, one for the farm
/// named in Arabic (a draft: the farm has not pledged), one for an employer nobody
/// registered, one paying below the minimum wage.
const VACANCIES: &str = "\
صاحب العمل,المسمى بالعربية,المسمى بالإنجليزية,الحالة,القطاع,المهنة,المكان,عدد الشواغر,أدنى أجر (دينار),أعلى أجر (دينار),يُدفع الأجر,العقد,المزايا,صاحب العمل يستخرج التصريح
Zaatari Bakery,خباز,Baker,مفتوحة,الصناعات التحويلية,7512,مخيم الزعتري,٢,300,350,شهري,عقد محدد المدة,مواصلات,نعم
مزارع الغور,عامل قطاف,Picker,,A,9211,JO-BA,10,15,,يومي,موسمي,,
Nobody Ltd,نجار,Carpenter,,F,7115,JO-AM,1,350,,,fixed_term,,
200100001,عامل تغليف,Packer,,C,9321,JO-MA,1,20,,,fixed_term,,
";

fn counted(report: &Report) -> (usize, usize, usize, usize) {
    let counts = report.counts();
    (
        counts.created,
        counts.updated,
        counts.unchanged,
        counts.with_problems,
    )
}

async fn listed(session: &Session<'_>, path: &str) -> Vec<Value> {
    let (status, list) = session.get(path).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    list["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn employers_then_their_vacancies_come_in_and_a_second_import_changes_nothing() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let caseworker = &world.caseworker;
    let employers_before = listed(caseworker, "/api/v1/employers?per_page=100")
        .await
        .len();

    // The check names each problem by row and column, and writes nothing.
    let dry = import(caseworker, Kind::Employers, EMPLOYERS.as_bytes(), Run::Dry).await;
    let found = problems(&dry);
    assert_eq!(counted(&dry), (2, 0, 0, 1), "{found:?}");
    let said = "4, fee_pledge, maybe: must be yes, no or a date such as 2026-01-31";
    assert!(found.contains(&said.to_owned()), "{found:?}");
    let dry_sector = dry.rows.iter().find(|row| row.row == 4).unwrap();
    assert!(matches!(dry_sector.outcome, Outcome::Problems(_)));
    assert_eq!(
        listed(caseworker, "/api/v1/employers?per_page=100")
            .await
            .len(),
        employers_before,
        "a check writes nothing"
    );
    // Once the pledge says yes, the form's own checks name the sector and the email.
    let fixed = EMPLOYERS.replace("not-an-email,maybe", "not-an-email,yes");
    let dry = import(caseworker, Kind::Employers, fixed.as_bytes(), Run::Dry).await;
    let found = problems(&dry);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("4, sector, Underwater basket weaving: ")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("4, contact_email, not-an-email: ")),
        "{found:?}"
    );

    let real = import(caseworker, Kind::Employers, EMPLOYERS.as_bytes(), Run::Real).await;
    assert_eq!(counted(&real), (2, 0, 0, 1), "{:?}", problems(&real));
    let employers = listed(caseworker, "/api/v1/employers?per_page=100").await;
    assert_eq!(employers.len(), employers_before + 2);
    let bakery = employers
        .iter()
        .find(|e| e["registration_number"] == "200100001")
        .unwrap();
    assert_eq!(bakery["name_ar"], "مخبز الزعتري");
    assert_eq!(bakery["sector"], "C", "the sector's name read as its code");
    assert_eq!(bakery["location"], "JO-MA");
    assert!(bakery["fee_pledge_at"].is_string(), "the pledge recorded");
    assert_eq!(bakery["centre_id"].as_str(), Some(world.centre.as_str()));
    let farm = employers
        .iter()
        .find(|e| e["name_ar"] == "مزارع الغور")
        .unwrap();
    assert_eq!(
        farm["location"], "JO-BA",
        "an Arabic place name read as its code"
    );

    // Again: the same employers, found by registration number or by name.
    let again = import(caseworker, Kind::Employers, EMPLOYERS.as_bytes(), Run::Real).await;
    assert_eq!(counted(&again), (0, 0, 2, 1), "{:?}", problems(&again));
    // A changed phone updates the bakery, and only it.
    let changed = EMPLOYERS.replace("0791234567", "0797654321");
    let changed = import(caseworker, Kind::Employers, changed.as_bytes(), Run::Real).await;
    assert_eq!(counted(&changed), (0, 1, 1, 1), "{:?}", problems(&changed));

    // The vacancies, headed in Arabic, name their employers every way.
    let vacancies_before = listed(caseworker, "/api/v1/vacancies?per_page=100")
        .await
        .len();
    let dry = import(caseworker, Kind::Vacancies, VACANCIES.as_bytes(), Run::Dry).await;
    let found = problems(&dry);
    assert_eq!(counted(&dry), (2, 0, 0, 2), "{found:?}");
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("4, employer, Nobody Ltd: ")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("5, wage_min, 20: ")),
        "{found:?}"
    );
    assert_eq!(
        listed(caseworker, "/api/v1/vacancies?per_page=100")
            .await
            .len(),
        vacancies_before
    );
    let real = import(caseworker, Kind::Vacancies, VACANCIES.as_bytes(), Run::Real).await;
    assert_eq!(counted(&real), (2, 0, 0, 2), "{:?}", problems(&real));
    let vacancies = listed(caseworker, "/api/v1/vacancies?per_page=100").await;
    let baker = vacancies.iter().find(|v| v["title_en"] == "Baker").unwrap();
    assert_eq!(baker["employer_id"], bakery["id"]);
    assert_eq!(baker["status"], "open", "مفتوحة read as open");
    assert_eq!(baker["openings"], 2, "Arabic-Indic digits read");
    assert_eq!(baker["location"], "JO-MA-ZAATARI");
    assert_eq!(baker["contract"], "fixed_term");
    assert_eq!(baker["benefits"], serde_json::json!(["transport"]));
    assert_eq!(baker["employer_arranges_permit"], true);
    let picker = vacancies
        .iter()
        .find(|v| v["title_en"] == "Picker")
        .unwrap();
    assert_eq!(picker["employer_id"], farm["id"]);
    assert_eq!(picker["status"], "draft");
    assert_eq!(picker["wage"]["period"], "daily");

    // Again: each found by its employer, titles, occupation and place.
    let again = import(caseworker, Kind::Vacancies, VACANCIES.as_bytes(), Run::Real).await;
    assert_eq!(counted(&again), (0, 0, 2, 2), "{:?}", problems(&again));
    // Publishing the farm's draft needs the farm's pledge, as on the form.
    let open = VACANCIES.replace("Picker,,A", "Picker,open,A");
    let refused = import(caseworker, Kind::Vacancies, open.as_bytes(), Run::Real).await;
    assert!(
        problems(&refused)
            .iter()
            .any(|p| p.starts_with("3, status, open: ")),
        "{:?}",
        problems(&refused)
    );
    // A vacancy named by its code is updated whatever its titles say.
    let code = baker["code"].as_str().unwrap();
    let renamed = format!(
        "Vacancy code,Employer,Title in English,Sector,Occupation,Place,Lowest wage (JD),Contract\n\
         {code},200100001,Master baker,C,7512,JO-MA-ZAATARI,300,fixed_term\n"
    );
    let renamed = import(caseworker, Kind::Vacancies, renamed.as_bytes(), Run::Real).await;
    assert_eq!(counted(&renamed), (0, 1, 0, 0), "{:?}", problems(&renamed));
    let (_, baker) = caseworker
        .get(&format!(
            "/api/v1/vacancies/{}",
            baker["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(baker["title_en"], "Master baker");
    assert_eq!(baker["title_ar"], "خباز", "an empty column changes nothing");
}

#[tokio::test]
async fn an_employer_user_imports_nothing_and_a_name_two_employers_share_is_asked_again() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let employer = actor(&world.employer_user).await;
    for kind in [Kind::Employers, Kind::Vacancies] {
        let refused = forsa_sheets::import(
            &app.service,
            &employer,
            kind,
            EMPLOYERS.as_bytes(),
            None,
            Run::Real,
            |_, _| {},
        )
        .await;
        assert!(
            matches!(
                refused,
                Err(forsa_sheets::ImportError::Service(
                    forsa_service::ServiceError::Forbidden
                ))
            ),
            "{kind:?}: {refused:?}"
        );
    }
    // Two employers called the same: a vacancy naming them by name is not guessed.
    for number in ["300100001", "300100002"] {
        world
            .caseworker
            .create(
                "/api/v1/employers",
                serde_json::json!({ "name": "Twin Farms", "registration_number": number, "sector": "A", "location": "JO-BA" }),
            )
            .await;
    }
    let sheet = "Employer,Title in English,Sector,Occupation,Place,Lowest wage (JD),Wage paid,Contract\n\
                 Twin Farms,Picker,A,9211,JO-BA,15,daily,seasonal\n\
                 300100002,Picker,A,9211,JO-BA,15,daily,seasonal\n";
    let report = import(
        &world.caseworker,
        Kind::Vacancies,
        sheet.as_bytes(),
        Run::Dry,
    )
    .await;
    let found = problems(&report);
    assert_eq!(counted(&report), (1, 0, 0, 1), "{found:?}");
    assert!(
        found[0].contains("2: conflict: more than one employer has this name"),
        "{found:?}"
    );
}

/// The columns a new record cannot keep: its id, centre and days.
const SKIP: &[&str] = &["Record id", "Centre", "Registered on", "Posted on"];

#[tokio::test]
async fn employers_and_vacancies_exported_from_one_forsa_import_into_another_as_the_same_rows() {
    let source = TestApp::spawn().await;
    let world = source.world().await;
    import(
        &world.caseworker,
        Kind::Employers,
        EMPLOYERS.as_bytes(),
        Run::Real,
    )
    .await;
    import(
        &world.caseworker,
        Kind::Vacancies,
        VACANCIES.as_bytes(),
        Run::Real,
    )
    .await;
    for format in ["csv", "xlsx"] {
        let target = TestApp::spawn().await;
        let admin = target.admin().await;
        let (_, caseworker) = target.centre_with_caseworker(&admin, "Centre B").await;
        for (kind, list, count) in [
            (Kind::Employers, "employers", 3),
            (Kind::Vacancies, "vacancies", 3),
        ] {
            let path = format!("/api/v1/exports/{list}.{format}");
            let answer = download(&world.caseworker, &path).await;
            assert_eq!(answer.status, StatusCode::OK);
            let before = forsa_sheets::read(&answer.bytes).unwrap();
            let report = import(&caseworker, kind, &answer.bytes, Run::Real).await;
            assert_eq!(
                report.counts().created,
                count,
                "{list}.{format}: {:?}",
                problems(&report)
            );
            let after = exported(&caseworker, &path).await;
            assert_eq!(before.headers, after.headers);
            assert_eq!(kept(&before, SKIP), kept(&after, SKIP), "{list}.{format}");
            let again = import(&caseworker, kind, &answer.bytes, Run::Real).await;
            assert_eq!(
                again.counts().unchanged,
                count,
                "{list}.{format}: {again:?}"
            );
        }
    }
}

#[tokio::test]
async fn each_template_imports_its_example_and_the_upload_page_takes_every_kind() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    // Employers first: the example vacancy names the example employer.
    for (kind, name) in [
        (Kind::Employers, "employers"),
        (Kind::Vacancies, "vacancies"),
    ] {
        for lang in ["ar", "en"] {
            let answer = download(
                &world.caseworker,
                &format!("/api/v1/imports/{name}/template?lang={lang}"),
            )
            .await;
            assert_eq!(answer.status, StatusCode::OK);
            let template = forsa_sheets::read(&answer.bytes).unwrap();
            assert_eq!(template.rows.len(), 1, "one example row");
            let report = import(&world.caseworker, kind, &answer.bytes, Run::Dry).await;
            assert!(
                report.counts().with_problems == 0 && report.unread.is_empty(),
                "{name} in {lang}: {:?} {:?}",
                problems(&report),
                report.unread
            );
        }
        let answer = download(
            &world.caseworker,
            &format!("/api/v1/imports/{name}/template"),
        )
        .await;
        import(&world.caseworker, kind, &answer.bytes, Run::Real).await;
    }
    assert_eq!(
        download(&world.caseworker, "/api/v1/imports/referrals/template")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // The page: its kind named in the address, the other kinds a link away.
    let pages = forsa_tests::Pages::of(&world.caseworker, "en").await;
    let (status, page) = pages.get("/imports?kind=vacancies").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Import vacancies from a spreadsheet"));
    assert!(page.contains("/api/v1/imports/vacancies/template?lang=ar"));
    assert!(page.contains("href=\"/imports?kind=employers\""));
    assert_eq!(
        pages.get("/imports?kind=referrals").await.0,
        StatusCode::NOT_FOUND
    );
    let (_, list) = pages.get("/employers").await;
    assert!(
        list.contains("href=\"/imports?kind=employers\""),
        "the list leads here"
    );
    let (_, list) = pages.get("/vacancies").await;
    assert!(
        list.contains("href=\"/imports?kind=vacancies\""),
        "the list leads here"
    );

    let sheet = "Employer,Title in English,Sector,Occupation,Place,Lowest wage (JD),Contract\n\
                 Al-Bina Contracting,Steel fixer,F,7114,JO-AM,320,fixed_term\n\
                 Nobody Ltd,Steel fixer,F,7114,JO-AM,320,fixed_term\n";
    let (status, job, _) = forsa_tests::upload(
        &app,
        &world.caseworker,
        "vacancies",
        sheet.as_bytes(),
        "v.csv",
        "check",
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let page = finished(&pages, &job).await;
    assert!(
        page.contains("Import vacancies from a spreadsheet"),
        "the job's page names its kind"
    );
    let counts = page.split("id=\"import-counts\"").nth(1).unwrap();
    assert!(counts.contains("New vacancies"));
    assert!(!counts.contains("set aside"), "only people are set aside");
    let problems = page.split("id=\"import-problems\"").nth(1).unwrap();
    assert!(
        problems.contains("Nobody Ltd")
            && problems.contains("Import or register the employer first")
    );

    // A file of employers headed in Arabic, missing a required column, says which
    // (in the language the caseworker chose above).
    let (status, _, page) = forsa_tests::upload(
        &app,
        &world.caseworker,
        "employers",
        "الاسم بالعربية,القطاع\nمخبز,C\n".as_bytes(),
        "e.csv",
        "check",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("The spreadsheet has no column \u{2068}Place\u{2069}."),
        "the missing column is named: {}",
        page.split("id=\"import-problem\"")
            .nth(1)
            .unwrap_or(&page[..page.len().min(3000)])
    );
}

#[tokio::test]
async fn extreme_cells_of_employers_and_vacancies_are_problems_of_their_row() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let giant = "ب".repeat(20_000);
    let employers = format!(
        "Name in English,Sector,Place,Contact email,Verified on,Record id\n\
         Bell\u{7}Works,F,JO-AM,,,\n\
         {giant},F,JO-AM,,,\n\
         Odd Dates,F,JO-AM,,99999-99-99,\n\
         Odd Id,F,JO-AM,,,not-an-id\n\
         ,,,,,\n\
         ,,,me@,,\n"
    );
    let report = import(
        &world.caseworker,
        Kind::Employers,
        employers.as_bytes(),
        Run::Real,
    )
    .await;
    let found = problems(&report).join("\n");
    assert!(found.len() < 2_000, "a report repeats no giant cell");
    // The empty row is no row: the next is row 7.
    assert_eq!(counted(&report), (0, 0, 0, 5), "{found}");
    for expected in [
        "2, name_en",
        "3, name_en",
        "4, verified",
        "5, id",
        "7, sector",
        "7, contact_email",
    ] {
        assert!(found.contains(expected), "{expected}: {found}");
    }

    let vacancies = format!(
        "Employer,Title in English,Sector,Occupation,Place,Openings,Lowest wage (JD),Highest wage (JD),Hours a week,Contract,Vacancy code,Closes on\n\
         Al-Bina Contracting,Huge openings,F,7115,JO-AM,99999999999999999999,350,,,fixed_term,,\n\
         Al-Bina Contracting,Infinite wage,F,7115,JO-AM,1,1e309,,,fixed_term,,\n\
         Al-Bina Contracting,Not a wage,F,7115,JO-AM,1,NaN,,,fixed_term,,\n\
         Al-Bina Contracting,Negative,F,7115,JO-AM,-3,-350,,,fixed_term,,\n\
         Al-Bina Contracting,Long week,F,7115,JO-AM,1,350,,4000,fixed_term,,\n\
         Al-Bina Contracting,Odd code,F,7115,JO-AM,1,350,,,fixed_term,\u{7}12,\n\
         Al-Bina Contracting,Long ago,F,7115,JO-AM,1,350,,,fixed_term,,1999-01-01\n\
         Al-Bina Contracting,{giant},F,7115,JO-AM,1,350,,,fixed_term,,\n\
         {giant},Giant employer,F,7115,JO-AM,1,350,,,fixed_term,,\n"
    );
    let report = import(
        &world.caseworker,
        Kind::Vacancies,
        vacancies.as_bytes(),
        Run::Real,
    )
    .await;
    let found = problems(&report).join("\n");
    assert!(found.len() < 3_000, "a report repeats no giant cell");
    assert_eq!(counted(&report), (0, 0, 0, 9), "{found}");
    for expected in [
        "2, openings",
        "3, wage_min",
        "4, wage_min",
        "5, openings",
        "6, hours_per_week",
        "7, code",
        "8, closing_date",
        "9, title_en",
        "10, employer",
    ] {
        assert!(found.contains(expected), "{expected}: {found}");
    }
}

#[tokio::test]
async fn a_list_of_people_taken_out_fixed_and_brought_back_updates_them_by_record_id() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    // A person with no case reference: only their record id names them.
    let mut body = forsa_tests::seeker_body("");
    body["case_reference"] = Value::Null;
    body["full_name"] = "Rami Yassin".into();
    body["phone"] = "0791112223".into();
    world.caseworker.create("/api/v1/seekers", body).await;
    let taken = download(&world.caseworker, "/api/v1/exports/seekers.csv").await;
    assert_eq!(taken.status, StatusCode::OK);
    let sheet = String::from_utf8(taken.bytes).unwrap();
    assert!(sheet.contains("Record id"));

    // Brought back as it is: nobody changes, nobody is set aside as alike.
    let same = import(
        &world.caseworker,
        Kind::Seekers,
        sheet.as_bytes(),
        Run::Real,
    )
    .await;
    assert_eq!(counted(&same), (0, 0, 2, 0), "{:?}", problems(&same));
    // A phone and a name's spelling corrected in the file update that person.
    let fixed = sheet
        .replace("0791112223", "0797776665")
        .replace("Rami Yassin", "Rami Yaseen");
    let fixed = import(
        &world.caseworker,
        Kind::Seekers,
        fixed.as_bytes(),
        Run::Real,
    )
    .await;
    assert_eq!(counted(&fixed), (0, 1, 1, 0), "{:?}", problems(&fixed));
    let (_, found) = world.caseworker.get("/api/v1/seekers?q=Rami").await;
    assert_eq!(found["items"][0]["full_name"], "Rami Yaseen", "{found}");
    assert_eq!(found["items"][0]["phone"], "0797776665");

    // A case reference another person holds, given by id: refused, and the rest of
    // the file still imported (PostgreSQL keeps the batch's transaction going).
    let taken = fixed_sheet_with_reference(&sheet);
    let clash = import(
        &world.caseworker,
        Kind::Seekers,
        taken.as_bytes(),
        Run::Real,
    )
    .await;
    let found = problems(&clash);
    assert_eq!(counted(&clash), (0, 0, 1, 1), "{found:?}");
    assert!(found[0].contains("case reference"), "{found:?}");

    // Another centre's caseworker cannot reach them by their id: a new person, alike.
    let (_, other) = app.centre_with_caseworker(&world.admin, "Centre B").await;
    let elsewhere = import(&other, Kind::Seekers, sheet.as_bytes(), Run::Dry).await;
    assert_eq!(elsewhere.counts().updated + elsewhere.counts().unchanged, 0);
}

#[tokio::test]
async fn an_employer_specific_permit_names_its_employer_in_its_own_column() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let sheet = "Case reference,Full name,Gender,Nationality,Status,Place,Work permit,Permit's employer,Permit valid from,Permit valid until\n\
                 ES-001,Layla Hamdan,female,SY,refugee,JO-AM,Employer-specific permit,Al-Bina Contracting,2026-01-01,2099-12-31\n\
                 ES-002,Nadia Hamdan,female,SY,refugee,JO-AM,Employer-specific permit,,2026-01-01,2099-12-31\n\
                 ES-003,Sana Hamdan,female,SY,refugee,JO-AM,Employer-specific permit,Nobody Ltd,2026-01-01,2099-12-31\n";
    let report = import(
        &world.caseworker,
        Kind::Seekers,
        sheet.as_bytes(),
        Run::Real,
    )
    .await;
    let found = problems(&report);
    assert_eq!(counted(&report), (1, 0, 0, 2), "{found:?}");
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("3, permit_employer, : ")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("4, permit_employer, Nobody Ltd: ")),
        "{found:?}"
    );
    let (_, people) = world.caseworker.get("/api/v1/seekers?q=Layla").await;
    let layla = people["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, permits) = world
        .caseworker
        .get(&format!("/api/v1/seekers/{layla}/permits"))
        .await;
    assert_eq!(
        permits[0]["employer_id"].as_str(),
        Some(world.employer.as_str()),
        "{permits}"
    );

    // Exported, the permit's employer is their record id, which imports again.
    let taken = exported(&world.caseworker, "/api/v1/exports/seekers.csv").await;
    let at = taken
        .headers
        .iter()
        .position(|h| h == "Permit's employer")
        .unwrap();
    assert!(taken.rows.iter().any(|(_, row)| row[at] == world.employer));
    let answer = download(&world.caseworker, "/api/v1/exports/seekers.csv").await;
    let again = import(&world.caseworker, Kind::Seekers, &answer.bytes, Run::Real).await;
    assert_eq!(again.counts().unchanged, 2, "{:?}", problems(&again));
}

/// The exported sheet with the person without a case reference given ZA-0001, the
/// world's other person's.
fn fixed_sheet_with_reference(sheet: &str) -> String {
    sheet
        .lines()
        .map(|line| {
            if line.contains("Rami Yassin") {
                // Their row's case reference cell is empty: ",," after the record id.
                line.replacen(",,", ",ZA-0001,", 1)
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
