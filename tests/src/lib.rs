//! The shared harness of the end-to-end suites: each `TestApp` is the real server on a
//! random port with a fresh database of its own — a SQLite file, or a new PostgreSQL
//! database when `FORSA_TEST_DATABASE_URL` names a server (dropped afterwards).
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used)]

mod pages;
pub mod walk;

use std::net::SocketAddr;

use forsa_domain::organisation::NewUserInput;
use forsa_server::{Application, Config};
use forsa_service::Service;
use forsa_store::Store;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

pub use pages::Pages;

pub const PASSWORD: &str = "olive-tree-window-42";

/// How long the suites give the index to show a change. The product's bound is one
/// second, and a change alone shows in tens of milliseconds; but CI runs dozens of
/// servers at once on two cores, where one second was seen to be missed for want
/// of a core, not of an index.
pub const INDEX_DEADLINE: std::time::Duration = std::time::Duration::from_secs(3);

/// Checks `check` every 20 ms until it holds or `within` has passed; says whether it
/// held. For what happens after a response: the index following the outbox.
pub async fn eventually<F, Fut>(within: std::time::Duration, mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + within;
    loop {
        if check().await {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// What the servers of this process log, from the first call on: what a deployment
/// logs, and forsa's own debug lines besides.
pub fn logs() -> String {
    use std::sync::{Mutex, OnceLock};
    static LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());
    static INSTALLED: OnceLock<()> = OnceLock::new();
    struct Capture;
    impl std::io::Write for Capture {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            LOGS.lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    INSTALLED.get_or_init(|| {
        let filter = format!(
            "{},forsa_service=debug,forsa_web=debug,forsa_api=debug,forsa_server=debug,tower_http=debug",
            forsa_server::LOG_FILTER
        );
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_writer(|| Capture)
            .with_ansi(false)
            .try_init();
    });
    String::from_utf8_lossy(&LOGS.lock().unwrap_or_else(|p| p.into_inner())).into_owned()
}

pub struct TestApp {
    pub address: SocketAddr,
    pub service: Service,
    client: reqwest::Client,
    dir: tempfile::TempDir,
    config: Config,
    server: tokio::task::JoinHandle<anyhow::Result<()>>,
    postgres: Option<(String, String)>,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|_| {}).await
    }

    /// A server whose configuration `configure` changes first (a short kiosk idle
    /// time, say).
    pub async fn spawn_with(configure: impl FnOnce(&mut Config)) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let mut postgres = None;
        let database_url = match std::env::var("FORSA_TEST_DATABASE_URL") {
            Ok(server) => {
                let name = format!("forsa_test_{}", uuid::Uuid::now_v7().simple());
                let admin = Store::connect(&server).await.unwrap();
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .unwrap();
                admin.close().await.unwrap();
                let base = server
                    .rsplit_once('/')
                    .map_or(server.as_str(), |(base, _)| base)
                    .to_owned();
                postgres = Some((server, name.clone()));
                Some(format!("{base}/{name}"))
            }
            Err(_) => None,
        };
        let mut config = Config::new(
            dir.path().to_path_buf(),
            database_url,
            SocketAddr::from(([127, 0, 0, 1], 0)),
        );
        // The suites sign in many users from one address.
        config.sign_in.failures_per_address = 1000;
        configure(&mut config);
        let app = Application::build(&config).await.unwrap();
        let address = app.address();
        let service = app.service().clone();
        let server = tokio::spawn(app.run());
        TestApp {
            address,
            service,
            client: reqwest::Client::new(),
            dir,
            config,
            server,
            postgres,
        }
    }

    /// Runs `forsa ARGS…` beside the server, on the test's database.
    pub async fn command(&self, args: &[&str]) {
        use clap::Parser;
        let data_dir = self.dir.path().join("command");
        let url = self.config.database_url();
        let mut argv = vec![
            "forsa",
            "--data-dir",
            data_dir.to_str().unwrap(),
            "--database-url",
            &url,
        ];
        argv.extend(args);
        forsa_server::cli::run(forsa_server::cli::Cli::parse_from(argv))
            .await
            .unwrap();
    }

    /// The data directory (the SQLite file, the secret and the index).
    pub fn data_dir(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Stops the server and its index writer, as a crash would. The database stays
    /// reachable through `service`.
    pub async fn stop(&mut self) {
        self.server.abort();
        let _ = (&mut self.server).await;
    }

    /// Starts again on the same data, at a new address.
    pub async fn start(&mut self) {
        // The old index writer lets go of its lock once its last batch is done.
        let mut attempts = 0;
        let app = loop {
            match Application::build(&self.config).await {
                Ok(app) => break app,
                Err(_) if attempts < 100 => {
                    attempts += 1;
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
                Err(error) => panic!("restart failed: {error:#}"),
            }
        };
        self.address = app.address();
        self.service = app.service().clone();
        self.server = tokio::spawn(app.run());
    }

    /// Runs SQL on the test's own database, for a world the API cannot make at
    /// once, such as one where time has passed since a write.
    pub async fn sql(&self, statement: &str) {
        self.try_sql(statement).await.unwrap();
    }

    /// Runs SQL on the test's own database; what the database said if it failed.
    pub async fn try_sql(&self, statement: &str) -> Result<(), String> {
        let store = Store::connect(&self.config.database_url()).await.unwrap();
        let result = store.execute_unprepared(statement).await;
        store.close().await.unwrap();
        result.map_err(|error| error.to_string())
    }

    /// Time passes for a hire: the follow-up planned for `planned` is moved to `to`.
    pub async fn move_follow_up(
        &self,
        planned: impl std::fmt::Display,
        to: impl std::fmt::Display,
    ) {
        self.sql(&format!(
            "UPDATE follow_ups SET due_on = '{to}' WHERE due_on = '{planned}'"
        ))
        .await;
    }

    /// Fills the app with the demo's year of work (`size` of it) and waits until the
    /// index holds all of it.
    pub async fn demo_indexed(&self, size: forsa_server::demo::Size) {
        forsa_server::demo::populate(&self.service, size)
            .await
            .unwrap();
        self.index_caught_up(INDEX_DEADLINE * 5).await;
    }

    /// Waits until the index holds every write made so far.
    pub async fn index_caught_up(&self, deadline: std::time::Duration) {
        let caught_up = eventually(deadline, || async {
            let ready = reqwest::get(self.url("/readyz")).await.unwrap();
            ready.text().await.unwrap() == "ready; index lag 0"
        })
        .await;
        assert!(caught_up, "the index follows the writes");
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// A request with no sign-in.
    pub async fn anonymous(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        send(&self.client, &self.url(path), method, None, body).await
    }

    /// Creates the first admin through the same path as `forsa create-admin`.
    pub async fn admin(&self) -> Session<'_> {
        let email = "admin@forsa.test";
        self.service
            .bootstrap_admin(NewUserInput {
                email: Some(email.into()),
                name: Some("Admin".into()),
                role: Some("admin".into()),
                password: Some(PASSWORD.into()),
                ..Default::default()
            })
            .await
            .unwrap();
        self.login(email, PASSWORD).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Session<'_> {
        let (status, body) = self
            .anonymous(
                Method::POST,
                "/api/v1/auth/login",
                Some(json!({ "email": email, "password": password })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "login of {email} failed: {body}");
        Session {
            app: self,
            token: body["token"].as_str().unwrap().to_owned(),
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some((server, name)) = self.postgres.take() {
            // The server still holds connections; FORCE ends them (PostgreSQL 13+).
            std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(async {
                    if let Ok(admin) = Store::connect(&server).await {
                        let _ = admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .await;
                        let _ = admin.close().await;
                    }
                });
            })
            .join()
            .ok();
        }
    }
}

async fn send(
    client: &reqwest::Client,
    url: &str,
    method: Method,
    token: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut request = client.request(method, url);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// A signed-in user talking to the API with a Bearer token.
pub struct Session<'a> {
    pub app: &'a TestApp,
    pub token: String,
}

impl Session<'_> {
    /// Puts `lang` on the signed-in user's record: the language of their pages.
    pub async fn speaks(&self, lang: &str) {
        let actor = self.app.service.authenticate(&self.token).await.unwrap();
        let locale = forsa_domain::Locale::parse(lang).unwrap();
        self.app.service.set_locale(&actor, locale).await.unwrap();
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        send(
            &self.app.client,
            &self.app.url(path),
            method,
            Some(&self.token),
            body,
        )
        .await
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.request(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.request(Method::POST, path, Some(body)).await
    }

    pub async fn patch(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.request(Method::PATCH, path, Some(body)).await
    }

    pub async fn delete(&self, path: &str) -> (StatusCode, Value) {
        self.request(Method::DELETE, path, None).await
    }

    /// The actions of the audit events about one record, newest first, as this
    /// session (an admin) reads them.
    pub async fn audit_actions(&self, subject_type: &str, id: &str) -> Vec<String> {
        let (status, events) = self
            .get(&format!(
                "/api/v1/audit-events?subject_type={subject_type}&subject_id={id}"
            ))
            .await;
        assert_eq!(status, StatusCode::OK, "{events}");
        events["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|event| event["action"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Posts and expects a 201, returning the created record.
    pub async fn create(&self, path: &str, body: Value) -> Value {
        let (status, created) = self.post(path, body).await;
        assert_eq!(status, StatusCode::CREATED, "POST {path} failed: {created}");
        created
    }
}

/// A centre with a caseworker, an employer with a user, a seeker, and an open vacancy:
/// the world most tests start from.
pub struct World<'a> {
    pub admin: Session<'a>,
    pub centre: String,
    pub caseworker: Session<'a>,
    pub employer: String,
    pub employer_user: Session<'a>,
    pub seeker: String,
    pub vacancy: String,
}

/// A spreadsheet of `kind` (`seekers`, `employers`, `vacancies`) sent through the
/// upload page (`/imports?kind=`) as `session`'s user, to be checked (`run` =
/// `check`) or imported (`import`); the answer's status, Location and page.
pub async fn upload(
    app: &TestApp,
    session: &Session<'_>,
    kind: &str,
    bytes: &[u8],
    name: &str,
    run: &str,
) -> (reqwest::StatusCode, String, String) {
    let form = reqwest::multipart::Form::new()
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_owned()),
        )
        .text("run", run.to_owned());
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url(&format!("/imports?kind={kind}")))
        .header("cookie", format!("forsa_session={}", session.token))
        .header("origin", app.url(""))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let location = response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap_or_default().to_owned())
        .unwrap_or_default();
    (status, location, response.text().await.unwrap())
}

/// `text` written into an address, as a browser sends what is typed into a form.
pub fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The count a dashboard page shows for a queue.
pub fn queue_count(page: &str, queue: &str) -> u64 {
    page.split(&format!(r#"id="queue-{queue}""#))
        .nth(1)
        .and_then(|rest| rest.split(r#"<span class="queue-count">"#).nth(1))
        .and_then(|rest| rest.split('<').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no count for {queue}: {page}"))
}

pub fn seeker_body(case_reference: &str) -> Value {
    json!({
        "case_reference": case_reference,
        "full_name": "Amal Haddad",
        "gender": "female",
        "birth_year": 1992,
        "nationality": "SY",
        "status": "refugee",
        "location": "JO-MA-ZAATARI",
        "languages": [{"code": "ar", "level": "native"}],
        "occupations": [{"isco": "7115", "years": 6}],
        "skills": ["formwork"],
        // The suites' people share a name: say so, as a caseworker would, so that
        // the check for a person registered already lets them in. Tests of that
        // check leave it out.
        "duplicate_reason": "A namesake in the test data"
    })
}

pub fn vacancy_body(sector: &str, occupation: &str) -> Value {
    json!({
        "title_en": "Carpenter for formwork",
        "title_ar": "نجار قوالب",
        "sector": sector,
        "occupation": occupation,
        "location": "JO-AM",
        "wage": {"min": 350, "max": 420, "period": "monthly"},
        "contract": "fixed_term",
        "status": "open"
    })
}

/// Gives `seeker` a flexible construction permit valid for years, through `session`.
pub async fn flexible_permit(session: &Session<'_>, seeker: &str) {
    session
        .create(
            &format!("/api/v1/seekers/{seeker}/permits"),
            json!({"permit_type": "flexible_construction", "valid_from": "2026-01-01", "valid_until": "2099-12-31"}),
        )
        .await;
}

impl World<'_> {
    /// The audit events about `seeker`, as the admin reads them.
    pub async fn seeker_audit_events(&self, seeker: &str) -> Value {
        let (status, events) = self
            .admin
            .get(&format!(
                "/api/v1/audit-events?subject_type=seeker&subject_id={seeker}"
            ))
            .await;
        assert_eq!(status, StatusCode::OK, "{events}");
        events
    }

    /// Gives `seeker` a flexible construction permit (valid for years) and their
    /// consent to share with employers: a candidate the world's vacancy may take.
    pub async fn permitted_and_consenting(&self, seeker: &str) {
        flexible_permit(&self.caseworker, seeker).await;
        self.caseworker
            .create(
                &format!("/api/v1/seekers/{seeker}/consents"),
                json!({"purpose": "share_with_employers", "method": "spoken"}),
            )
            .await;
    }

    /// Refers `seeker` to the world's vacancy; the referral's id.
    pub async fn refer(&self, seeker: &str) -> String {
        let referral = self
            .caseworker
            .create(
                "/api/v1/referrals",
                json!({"seeker_id": seeker, "vacancy_id": self.vacancy}),
            )
            .await;
        referral["id"].as_str().unwrap().to_owned()
    }

    /// Refers `seeker` and has the employer take them through interview and offer
    /// to a hire, which plans the follow-ups.
    pub async fn hire(&self, seeker: &str) {
        self.hire_referred(&self.refer(seeker).await).await;
    }

    /// Has the employer take `referral` through interview and offer to a hire.
    pub async fn hire_referred(&self, referral: &str) {
        let path = format!("/api/v1/referrals/{referral}");
        for stage in ["interview", "offered", "hired"] {
            let (status, body) = self
                .employer_user
                .patch(&path, json!({"stage": stage}))
                .await;
            assert_eq!(status, StatusCode::OK, "{body}");
        }
    }
}

impl TestApp {
    pub async fn centre_with_caseworker(
        &self,
        admin: &Session<'_>,
        name: &str,
    ) -> (String, Session<'_>) {
        let centre = admin
            .create(
                "/api/v1/centres",
                json!({ "name_ar": "مركز", "name_en": name, "location": "JO-MA-ZAATARI",
                        "opening_hours": "Sun–Wed 08:00–15:00; Thu 08:00–13:00" }),
            )
            .await;
        let centre = centre["id"].as_str().unwrap().to_owned();
        let email = format!(
            "caseworker.{}@forsa.test",
            name.to_lowercase().replace(' ', "-")
        );
        admin
            .create(
                "/api/v1/users",
                json!({ "email": email, "name": "Caseworker", "role": "caseworker", "centre_id": centre, "password": PASSWORD }),
            )
            .await;
        let session = self.login(&email, PASSWORD).await;
        (centre, session)
    }

    pub async fn world(&self) -> World<'_> {
        let admin = self.admin().await;
        let (centre, caseworker) = self.centre_with_caseworker(&admin, "Centre A").await;
        let employer = caseworker
            .create(
                "/api/v1/employers",
                json!({ "name": "Al-Bina Contracting", "sector": "F", "location": "JO-AM", "fee_pledge": true }),
            )
            .await;
        let employer = employer["id"].as_str().unwrap().to_owned();
        admin
            .create(
                "/api/v1/users",
                json!({ "email": "hr@albina.test", "name": "HR", "role": "employer", "employer_id": employer, "password": PASSWORD }),
            )
            .await;
        let employer_user = self.login("hr@albina.test", PASSWORD).await;
        let seeker = caseworker
            .create("/api/v1/seekers", seeker_body("ZA-0001"))
            .await;
        let seeker = seeker["id"].as_str().unwrap().to_owned();
        let vacancy = employer_user
            .create("/api/v1/vacancies", vacancy_body("F", "7115"))
            .await;
        let vacancy = vacancy["id"].as_str().unwrap().to_owned();
        World {
            admin,
            centre,
            caseworker,
            employer,
            employer_user,
            seeker,
            vacancy,
        }
    }
}

/// The months as Jordan and the Levant name them, January first.
pub const JORDAN_MONTHS: [&str; 12] = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
];

/// Latin digits in `text` written as Arabic-Indic ones.
/// Today where the suites' centres are (Amman, their default time zone): the day a
/// hire or a registration is dated, whatever the day in UTC.
pub fn centre_today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Amman)
        .date_naive()
}

pub fn arabic_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// A day as the pages write it in `lang`: "5 January 2027", "5 كانون الثاني 2027"
/// (the month names of Jordan and the Levant).
pub fn written(day: chrono::NaiveDate, lang: &str) -> String {
    use chrono::Datelike;
    const ARABIC: [&str; 12] = JORDAN_MONTHS;
    match lang {
        "ar" => format!(
            "{} {} {}",
            day.day(),
            ARABIC[day.month0() as usize],
            day.year()
        ),
        _ => day.format("%-d %B %Y").to_string(),
    }
}
