//! Reports as files: the centre's known March as CSV and XLSX, in English and Arabic,
//! with HXL hashtags that libhxl reads; every figure the same as the API's JSON, small
//! counts hidden the same way; a link under each figure of the reports page; and
//! every wrong way of asking refused.

use std::collections::BTreeMap;

use forsa_sheets::Table;
use forsa_tests::{Pages, Session};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    exports::{download, hxl_problems, libhxl_reads, link},
    reports::{march, refused},
};

/// A report file read back: the headers, the hashtags and the lines under them.
struct Sheet {
    headers: Vec<String>,
    hashtags: Vec<String>,
    lines: Vec<Vec<String>>,
}

impl Sheet {
    fn of(table: Table) -> Sheet {
        let mut rows = table.rows.into_iter().map(|(_, row)| row);
        let hashtags = rows.next().expect("the hashtags' row");
        Sheet {
            headers: table.headers,
            hashtags,
            lines: rows.collect(),
        }
    }

    /// The line whose cell under `hashtag` says `value` (each given pair).
    fn line(&self, wanted: &[(&str, &str)]) -> &Vec<String> {
        self.lines
            .iter()
            .find(|line| {
                wanted
                    .iter()
                    .all(|(hashtag, value)| line[self.at(hashtag)] == *value)
            })
            .unwrap_or_else(|| panic!("no line {wanted:?} in {:?}", self.lines))
    }

    fn at(&self, hashtag: &str) -> usize {
        self.hashtags
            .iter()
            .position(|h| h == hashtag)
            .unwrap_or_else(|| panic!("no {hashtag} in {:?}", self.hashtags))
    }
}

async fn sheet(session: &Session<'_>, path: &str) -> Sheet {
    let answer = download(session, path).await;
    assert_eq!(answer.status, StatusCode::OK, "{path}");
    Sheet::of(forsa_sheets::read(&answer.bytes).unwrap())
}

/// The breakdown and value an HXL attribute of a value column stands for.
fn attribute(attribute: &str) -> (&'static str, &'static str) {
    match attribute {
        "f" => ("sex", "female"),
        "m" => ("sex", "male"),
        "sex_other" => ("sex", "other"),
        "sex_undisclosed" => ("sex", "undisclosed"),
        "refugees" => ("status", "refugee"),
        "asylum_seekers" => ("status", "asylum_seeker"),
        "host" => ("status", "host_community"),
        "migrants" => ("status", "migrant_worker"),
        other => panic!("an attribute nobody expected: {other}"),
    }
}

/// The API's count for the cell `by`, as a file writes it: a number, "<5", or "<5"
/// for a cell with no records.
fn json_count(report: &Value, by: &Value) -> String {
    let cell = report["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|cell| cell["by"] == *by);
    match cell.map(|cell| &cell["value"]) {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(few)) => few.clone(),
        Some(other) => panic!("not a count: {other}"),
        None => "<5".to_owned(),
    }
}

#[tokio::test]
async fn a_report_file_says_what_the_api_says_with_small_counts_hidden_alike() {
    let app = forsa_tests::TestApp::spawn().await;
    let march = march(&app).await;
    let cw = &march.world.caseworker;
    let query = "period=2026-03&by=sex,status";
    let answer = download(
        cw,
        &format!("/api/v1/reports/registered.csv?{query}&hxl=true"),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.content_type, "text/csv; charset=utf-8");
    assert_eq!(
        answer.disposition,
        "attachment; filename=\"forsa-registered-2026-03-01-2026-03-31.csv\""
    );
    let file = Sheet::of(forsa_sheets::read(&answer.bytes).unwrap());
    assert_eq!(
        file.headers[..8],
        [
            "First day",
            "Last day",
            "Centre",
            "Centre's governorate (code)",
            "Indicator (code)",
            "Indicator",
            "Measure (code)",
            "Measure"
        ]
    );
    assert_eq!(
        file.hashtags[..8],
        [
            "#date+start",
            "#date+end",
            "#org+impl+name",
            "#adm1+code",
            "#indicator+code",
            "#indicator+name",
            "#indicator+type+code",
            "#indicator+type+name"
        ]
    );
    assert_eq!(hxl_problems(&file.hashtags), Vec::<String>::new());
    // Sex and status are columns, all of them whatever the month holds: the total,
    // four sexes, four statuses and their sixteen pairs.
    assert_eq!(file.hashtags.len(), 8 + 1 + 4 + 4 + 16);
    assert_eq!(file.hashtags[8], "#reached+ind");
    assert_eq!(file.headers[8], "Total");
    assert!(
        file.hashtags
            .contains(&"#reached+ind+f+refugees".to_owned())
    );
    assert!(file.headers.contains(&"Male · Host community".to_owned()));
    // One line, the month's: fourteen registered; every other cell as the API has it.
    assert_eq!(file.lines.len(), 1);
    let line = &file.lines[0];
    assert_eq!(
        line[..8],
        [
            "2026-03-01",
            "2026-03-31",
            "Centre A",
            "JO-MA",
            "registered",
            "People registered",
            "count",
            "Count"
        ]
    );
    assert_eq!(line[8], "14");
    let (_, report) = cw.get(&format!("/api/v1/reports/registered?{query}")).await;
    for (hashtag, value) in file.hashtags.iter().zip(line).skip(8) {
        let mut by = json!({"sex": null, "status": null});
        for attr in hashtag.split('+').skip(2) {
            let (breakdown, code) = attribute(attr);
            by[breakdown] = json!(code);
        }
        assert_eq!(*value, json_count(&report, &by), "{hashtag}");
    }
    assert!(line.contains(&"<5".to_owned()));
    assert!(!String::from_utf8_lossy(&answer.bytes).contains("RF-"));

    // libhxl, as partners read it, finds the hashtags and the line.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("registered.csv");
    std::fs::write(&path, &answer.bytes).unwrap();
    if let Some(read) = libhxl_reads(&path) {
        assert_eq!(read["tags"], json!(file.hashtags), "{read}");
        assert_eq!(read["rows"], 1, "{read}");
        // HXL's core schema wants a number of people reached; a hidden count is not
        // one, and says so. Nothing else is wrong.
        let problems = read["problems"].as_array().unwrap();
        assert_eq!(
            problems.len(),
            line.iter().filter(|cell| *cell == "<5").count(),
            "{read}"
        );
        assert!(
            problems.iter().all(|p| p
                .as_str()
                .unwrap()
                .contains("Expected a number #reached=<5")),
            "{read}"
        );
    }
}

#[tokio::test]
async fn places_sectors_and_months_are_lines_with_their_totals() {
    let app = forsa_tests::TestApp::spawn().await;
    let march = march(&app).await;
    let cw = &march.world.caseworker;
    // Where people live, a line each, by sex in columns.
    let file = sheet(
        cw,
        "/api/v1/reports/registered.csv?period=2026-03&by=location,sex&hxl=true",
    )
    .await;
    assert_eq!(file.hashtags[4..6], ["#loc+code", "#loc+name"]);
    assert_eq!(file.lines.len(), 3);
    let total = file.line(&[("#loc+code", ""), ("#loc+name", "Total")]);
    assert_eq!(total[file.at("#reached+ind")], "14");
    let (_, report) = cw
        .get("/api/v1/reports/registered?period=2026-03&by=location,sex")
        .await;
    // The men of Amman are all its people, so hiding the two men of Zaatari hides
    // the rest of both places: the file hides what the API hides.
    for (place, name) in [("JO-MA-ZAATARI", "Zaatari camp"), ("JO-AM", "Amman")] {
        let line = file.line(&[("#loc+code", place)]);
        assert_eq!(line[file.at("#loc+name")], name);
        for (hashtag, sex) in [
            ("#reached+ind", None),
            ("#reached+ind+f", Some("female")),
            ("#reached+ind+m", Some("male")),
        ] {
            let by = json!({"location": place, "sex": sex});
            assert_eq!(
                line[file.at(hashtag)],
                json_count(&report, &by),
                "{place} {hashtag}"
            );
        }
    }

    // Months, a line each and the quarter's total.
    let file = sheet(
        cw,
        "/api/v1/reports/registered.csv?period=2026-Q1&by=month&hxl=true",
    )
    .await;
    // January's one is hidden, and March's fourteen with it: 15 − 14 would tell.
    let january = file.line(&[("#date+month", "2026-01")]);
    assert_eq!(january[file.at("#reached+ind")], "<5");
    let march_line = file.line(&[("#date+month", "2026-03")]);
    assert_eq!(march_line[file.at("#reached+ind")], "<5");
    assert_eq!(file.lines.len(), 3, "no line for a February with nobody");
    let quarter = file.line(&[("#date+month", "Total")]);
    assert_eq!(quarter[file.at("#reached+ind")], "15");
    assert_eq!(quarter[file.at("#date+start")], "2026-01-01");

    // Vacancies by sector: openings are capacity.
    let file = sheet(
        cw,
        "/api/v1/reports/openings.csv?period=2026-03&by=sector&hxl=true",
    )
    .await;
    let construction = file.line(&[("#sector+code", "F")]);
    assert_eq!(construction[file.at("#capacity+openings")], "<5");
    assert_eq!(construction[file.at("#indicator+code")], "openings");

    // An admin's file by centre: each centre names its own line, the total all.
    let admin = &march.world.admin;
    let file = sheet(
        admin,
        "/api/v1/reports/active.csv?period=2026-03&by=centre&hxl=true",
    )
    .await;
    assert_eq!(file.lines.len(), 3);
    let all = file.line(&[("#org+impl+name", "All centres")]);
    assert_eq!(all[file.at("#reached+ind")], "16");
    assert_eq!(all[file.at("#adm1+code")], "");
    let b = file.line(&[("#org+impl+name", "Centre B")]);
    assert_eq!(b[file.at("#reached+ind")], "<5");
    // An employer an admin registered belongs to no centre: its vacancies' line
    // says so, rather than passing for all centres.
    let unplaced = admin
        .create(
            "/api/v1/employers",
            json!({"name": "No Centre Ltd", "sector": "C", "location": "JO-IR", "fee_pledge": true}),
        )
        .await;
    let mut body = forsa_tests::vacancy_body("C", "7115");
    body["employer_id"] = unplaced["id"].clone();
    admin.create("/api/v1/vacancies", body).await;
    let this_month = forsa_tests::centre_today().format("%Y-%m").to_string();
    let file = sheet(
        admin,
        &format!("/api/v1/reports/vacancies_posted.csv?period={this_month}&by=centre&hxl=true"),
    )
    .await;
    let nowhere = file.line(&[("#org+impl+name", "Not known")]);
    assert_eq!(nowhere[file.at("#adm1+code")], "");
    assert!(
        file.lines
            .iter()
            .any(|l| l[file.at("#org+impl+name")] == "All centres")
    );
}

#[tokio::test]
async fn a_rate_a_median_and_a_follow_up_give_a_line_for_each_of_their_numbers() {
    let app = forsa_tests::TestApp::spawn().await;
    let march = march(&app).await;
    let cw = &march.world.caseworker;
    let file = sheet(
        cw,
        "/api/v1/reports/placement_rate.csv?period=2026-03&by=sex&hxl=true",
    )
    .await;
    let measures: Vec<&str> = file
        .lines
        .iter()
        .map(|line| line[file.at("#indicator+type+code")].as_str())
        .collect();
    assert_eq!(measures, ["percent", "placed", "active"]);
    // One placed of fifteen: hidden, and its percentage left out.
    let active = file.line(&[("#indicator+type+code", "active")]);
    assert_eq!(active[file.at("#indicator+value")], "<5");
    assert_eq!(active[file.at("#indicator+value+f")], "<5");
    let percent = file.line(&[("#indicator+type+code", "percent")]);
    assert_eq!(percent[file.at("#indicator+value")], "");
    assert_eq!(
        percent[file.at("#indicator+type+name")],
        "Percentage placed"
    );

    let file = sheet(
        cw,
        "/api/v1/reports/employed_30.csv?period=2026-03&hxl=true",
    )
    .await;
    let measures: Vec<&str> = file
        .lines
        .iter()
        .map(|line| line[file.at("#indicator+type+code")].as_str())
        .collect();
    assert_eq!(
        measures,
        [
            "employed",
            "reached",
            "placed",
            "percent_of_reached",
            "percent_of_placed"
        ]
    );
    let file = sheet(
        cw,
        "/api/v1/reports/days_to_placement.csv?period=2026-03&hxl=true",
    )
    .await;
    assert_eq!(file.lines.len(), 2);
}

#[tokio::test]
async fn an_arabic_workbook_holds_numbers_under_arabic_headers() {
    let app = forsa_tests::TestApp::spawn().await;
    let march = march(&app).await;
    let cw = &march.world.caseworker;
    let answer = download(
        cw,
        "/api/v1/reports/registered.xlsx?period=2026-03&by=age_band&lang=ar",
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.content_type,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let table = forsa_sheets::read(&answer.bytes).unwrap();
    assert_eq!(table.headers[0], "اليوم الأول");
    assert_eq!(table.headers[5], "المؤشر");
    let total = table.headers.iter().position(|h| h == "المجموع").unwrap();
    let line = &table.rows[0].1;
    assert_eq!(line[5], "الأشخاص المسجَّلون");
    assert_eq!(line[total], "14");
    // 25–34: eight, a number the sheet adds up; the one of unknown age and the five
    // that would give it away hidden.
    let band = |label: &str| table.headers.iter().position(|h| h == label).unwrap();
    assert_eq!(line[band("٢٥–٣٤")], "8");
    assert_eq!(line[band("غير معروف")], "<5");
    assert_eq!(line[band("٤٥–٥٤")], "<5");
}

#[tokio::test]
async fn every_figure_comes_in_one_workbook_a_sheet_each() {
    use calamine::Reader;

    let app = forsa_tests::TestApp::spawn().await;
    let march = march(&app).await;
    let cw = &march.world.caseworker;
    let answer = download(
        cw,
        "/api/v1/reports.xlsx?period=2026-03&by=sex,status&hxl=true",
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.disposition,
        "attachment; filename=\"forsa-reports-2026-03-01-2026-03-31.xlsx\""
    );
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(answer.bytes)).unwrap();
    let names = workbook.sheet_names();
    assert_eq!(names.len(), forsa_domain::Indicator::ALL.len());
    assert_eq!(names[0], "People registered");
    assert!(names.contains(&"Still employed at 180 days".to_owned()));
    let registered = workbook.worksheet_range("People registered").unwrap();
    let rows: Vec<Vec<String>> = registered
        .rows()
        .map(|row| row.iter().map(|cell| cell.to_string()).collect())
        .collect();
    assert_eq!(rows[1][8], "#reached+ind");
    assert_eq!(rows[2][8], "14");
    // Vacancies have no sex: their sheet is by sector, a line for construction.
    let posted = workbook.worksheet_range("Vacancies posted").unwrap();
    let codes: Vec<String> = posted.rows().map(|row| row[4].to_string()).collect();
    assert_eq!(codes[1], "#sector+code");
    assert!(codes.contains(&"F".to_owned()), "{codes:?}");

    // Asked wrongly: refused as the one-figure files are.
    let cases = [
        ("reports.xlsx?lang=fr", "lang"),
        ("reports.xlsx?by=sex,sex", "by"),
    ];
    for (path, field) in cases {
        let (status, body) = cw.get(&format!("/api/v1/{path}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {body}");
        assert!(body["error"]["fields"][field].is_string(), "{body}");
    }
    let (status, _) = cw.get("/api/v1/reports.csv").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let answer = download(&march.world.employer_user, "/api/v1/reports.xlsx").await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn each_figure_of_the_reports_page_offers_its_files() {
    let app = forsa_tests::TestApp::spawn().await;
    let march = march(&app).await;
    let world = &march.world;
    let pages = Pages::of(&world.caseworker, "en").await;
    let (status, page) = pages
        .get("/reports?period=2026-03&by=sex&then=status")
        .await;
    assert_eq!(status, StatusCode::OK);
    let centre = &world.centre;
    assert_eq!(
        link(&page, "registered-csv"),
        format!(
            "/api/v1/reports/registered.csv?from=2026-03-01&to=2026-03-31&by=sex%2Cstatus&centre={centre}&lang=en"
        )
    );
    // Vacancies have no sex: their file is by sector, as the page shows them.
    assert_eq!(
        link(&page, "vacancies_posted-hxl"),
        format!(
            "/api/v1/reports/vacancies_posted.csv?from=2026-03-01&to=2026-03-31&by=sector&centre={centre}&lang=en&hxl=true"
        )
    );
    assert_eq!(
        link(&page, "workbook-hxl"),
        format!(
            "/api/v1/reports.xlsx?from=2026-03-01&to=2026-03-31&by=sex%2Cstatus&centre={centre}&lang=en&hxl=true"
        )
    );
    // The link works as the page's own session.
    let (status, bytes) = pages.bytes(&link(&page, "placements-xlsx")).await;
    assert_eq!(status, StatusCode::OK);
    let table = forsa_sheets::read(&bytes).unwrap();
    assert_eq!(table.headers[5], "Indicator");
    assert_eq!(table.rows[0].1[4], "placements");
}

#[tokio::test]
async fn a_report_file_asked_for_wrongly_says_what_is_wrong() {
    let app = forsa_tests::TestApp::spawn().await;
    let world = app.world().await;
    let cases = [
        ("registered.csv?lang=fr", "lang"),
        ("registered.xlsx?hxl=perhaps", "hxl"),
        ("registered?lang=ar", "lang"),
        ("registered.csv?period=2026-13", "period"),
        ("registered.csv?by=sector", "by"),
        ("registered.xlsx?colour=%00", "colour"),
    ];
    refused(&world.caseworker, &cases).await;
    for path in [
        "registered.pdf",
        "registered.csv.csv",
        "registered.",
        ".csv",
    ] {
        let (status, _) = world
            .caseworker
            .get(&format!("/api/v1/reports/{path}"))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let answer = download(&world.employer_user, "/api/v1/reports/registered.csv").await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .anonymous(
            reqwest::Method::GET,
            "/api/v1/reports/registered.xlsx",
            None,
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Every indicator, with every breakdown it takes and with two, leaves as a file.
    let mut shapes = BTreeMap::new();
    for indicator in forsa_domain::Indicator::ALL {
        let breakdowns = indicator.breakdowns();
        for (i, first) in breakdowns.iter().enumerate() {
            let second = breakdowns[(i + 1) % breakdowns.len()];
            for format in ["csv", "xlsx"] {
                let path = format!(
                    "/api/v1/reports/{indicator}.{format}?by={first},{second}&lang=ar&hxl=true"
                );
                let answer = download(&world.admin, &path).await;
                assert_eq!(answer.status, StatusCode::OK, "{path}");
                let table = forsa_sheets::read(&answer.bytes).unwrap();
                shapes.insert(path, table.headers.len());
            }
        }
    }
    assert!(shapes.values().all(|columns| *columns > 8));
}
