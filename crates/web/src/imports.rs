//! `/imports`: a caseworker (into their own centre) or an admin (into the centre they
//! choose) brings people, employers or vacancies (`?kind=`) in from a spreadsheet. The file is read and its columns
//! found at once, so that a file that is no spreadsheet, or lacks a column, is said
//! on the form; the rows then run in the background (a check first, or the import)
//! while the job's page shows how far it has got, reloading itself every two seconds
//! without script. When done, the page says what became of the rows, each problem by
//! row, column and value in the forms' own words, and offers the rows with problems
//! as a spreadsheet to fix and upload again, and after a check the import itself.
//!
//! A job lives in the memory of the process that runs it, for its user only, and is
//! forgotten an hour after it ends (or when the process restarts).

use std::{
    collections::{HashMap, HashSet},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use askama::Template;
use axum::{
    extract::{FromRequest, Multipart, Path, Query, Request, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::{Locale, UserId};
use forsa_service::{Actor, Run, ServiceError};
use forsa_sheets::{HeaderProblem, ImportError, Kind, Layout, Outcome, ReadError, Report, Table};
use rust_xlsxwriter::{Format, Workbook};

use crate::{
    AppState,
    error::PageError,
    frame::{Frame, SignedIn, framed},
    html,
    i18n::Tr,
    messages,
};

/// How long a finished job is kept for its page.
const KEPT: Duration = Duration::from_secs(60 * 60);

/// The imports running or done in this process, by id.
#[derive(Default)]
pub struct ImportJobs(Mutex<HashMap<uuid::Uuid, Job>>);

/// One import: whose, what it does, how far it has got, and what came of it.
struct Job {
    owner: UserId,
    kind: Kind,
    run: Run,
    centre: Option<String>,
    file_name: String,
    /// The file as read, kept after a check so that its import needs no second
    /// upload.
    table: Option<Arc<Table>>,
    done: usize,
    total: usize,
    state: JobState,
}

enum JobState {
    Running,
    Finished {
        at: Instant,
        report: Box<Report>,
        /// The headers and the cells of each row with problems, by row number.
        headers: Vec<String>,
        cells: HashMap<usize, Vec<String>>,
    },
    /// The database failed under it (the error is in the log).
    Failed {
        at: Instant,
    },
}

impl ImportJobs {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<uuid::Uuid, Job>> {
        // A job that panicked mid-update leaves counts, never a broken invariant.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Forgets the jobs that ended more than `KEPT` ago.
    fn prune(&self) {
        self.lock().retain(|_, job| match &job.state {
            JobState::Running => true,
            JobState::Finished { at, .. } | JobState::Failed { at, .. } => at.elapsed() < KEPT,
        });
    }
}

#[derive(Template)]
#[template(path = "imports/form.html")]
struct FormPage {
    frame: Frame,
    /// What the file holds: `seekers`, `employers` or `vacancies`.
    kind: &'static str,
    /// What the page says of the kind: before the form, and under its buttons.
    intro: String,
    hint: String,
    /// The other kinds, to switch to: (kind, its words).
    others: Vec<(&'static str, String)>,
    /// The centres an admin chooses from: (id, name); empty for a caseworker, and
    /// for vacancies, which belong to their employer.
    centres: Vec<(String, String)>,
    problem: Option<String>,
}
framed!(FormPage);

/// The page's title for a kind of record.
fn title_key(kind: Kind) -> String {
    format!("imports-title-{}", kind.as_str())
}

async fn form_page(
    state: &AppState,
    actor: &Actor,
    kind: Kind,
    frame: Frame,
    status: StatusCode,
    problem: Option<String>,
) -> Result<Response, PageError> {
    state.service.may_import(actor)?;
    let tr = frame.t;
    let centres = if actor.is_admin() && kind != Kind::Vacancies {
        state
            .service
            .centres(actor)
            .await?
            .into_iter()
            .map(|centre| (centre.id.to_string(), tr.name(&centre)))
            .collect()
    } else {
        Vec::new()
    };
    let others = Kind::ALL
        .iter()
        .filter(|other| **other != kind)
        .map(|other| (other.as_str(), tr.text(&title_key(*other))))
        .collect();
    let page = FormPage {
        frame,
        kind: kind.as_str(),
        intro: tr.text(&format!("imports-intro-{}", kind.as_str())),
        hint: tr.text(&format!("imports-check-hint-{}", kind.as_str())),
        others,
        centres,
        problem,
    };
    Ok(html(status, &page))
}

/// What the form's address may ask for.
#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct FormQuery {
    /// `seekers` (the default), `employers` or `vacancies`.
    kind: String,
}

/// The kind an address or a form names; people when it names none.
fn kind_named(named: &str) -> Result<Kind, PageError> {
    match named {
        "" => Ok(Kind::Seekers),
        named => Kind::parse(named).ok_or_else(|| ServiceError::NotFound.into()),
    }
}

pub async fn form(
    State(state): State<AppState>,
    signed: SignedIn,
    Query(query): Query<FormQuery>,
) -> Result<Response, PageError> {
    let kind = kind_named(&query.kind)?;
    let frame = Frame::new(&signed.visitor, &title_key(kind));
    form_page(&state, &signed.actor, kind, frame, StatusCode::OK, None).await
}

/// What a file's first reading found wrong, in the page's language.
fn unreadable(error: &ImportError, kind: Kind, tr: Tr) -> String {
    match error {
        ImportError::Read(error) => tr.text(match error {
            ReadError::Empty => "imports-error-empty",
            ReadError::TooLarge => "imports-error-too-large",
            ReadError::NotASpreadsheet => "imports-error-not-a-spreadsheet",
            ReadError::OldExcel => "imports-error-old-excel",
            ReadError::UnknownEncoding => "imports-error-encoding",
            ReadError::Unreadable(_) | ReadError::TooManyCells => "imports-error-unreadable",
        }),
        ImportError::Headers(problems) => tr.list(problems.iter().map(|problem| {
            let (key, column) = match problem {
                HeaderProblem::Missing(column) => ("imports-error-missing-column", column),
                HeaderProblem::Twice(column) => ("imports-error-column-twice", column),
            };
            tr.text_naming(key, &[("column", &header_of(kind, column.key, tr))], &[])
        })),
        ImportError::Service(_) => tr.text("imports-error-unreadable"),
    }
}

/// A column's header in the page's language.
fn header_of(kind: Kind, key: &str, tr: Tr) -> String {
    kind.columns()
        .iter()
        .find(|column| column.key == key)
        .map(|column| column.header(tr.locale()).to_owned())
        .unwrap_or_default()
}

/// The upload: the file read and its columns found, then its rows handed to a job.
pub async fn upload(
    State(state): State<AppState>,
    signed: SignedIn,
    Query(query): Query<FormQuery>,
    request: Request,
) -> Result<Response, PageError> {
    let actor = signed.actor;
    let kind = kind_named(&query.kind)?;
    let frame = Frame::new(&signed.visitor, &title_key(kind));
    let tr = frame.t;
    state.service.may_import(&actor)?;
    let Sent {
        bytes,
        file_name,
        centre,
        run,
    } = match sent(request, &state).await {
        Ok(sent) => sent,
        Err((status, problem)) => {
            let problem = Some(tr.text(problem));
            return form_page(&state, &actor, kind, frame, status, problem).await;
        }
    };
    let run = if run.as_deref() == Some("import") {
        Run::Real
    } else {
        Run::Dry
    };
    let table = match read_upload(&state, &actor, kind, &bytes, centre.as_deref(), tr).await? {
        Ok(table) => table,
        Err(problem) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return form_page(&state, &actor, kind, frame, status, Some(problem)).await;
        }
    };
    let id = start(&state, actor, kind, run, centre, file_name, Arc::new(table));
    Ok(Redirect::to(&format!("/imports/{id}")).into_response())
}

/// What the upload form sent.
#[derive(Default)]
struct Sent {
    bytes: Vec<u8>,
    file_name: String,
    centre: Option<String>,
    run: Option<String>,
}

/// The upload form's fields; or, when the file did not arrive whole (a post that is
/// no form with a file, a file past the limit), the answer's status and the key of
/// what the form says of it.
async fn sent(request: Request, state: &AppState) -> Result<Sent, (StatusCode, &'static str)> {
    let cut_short = (StatusCode::BAD_REQUEST, "imports-error-upload");
    let mut multipart = Multipart::from_request(request, state)
        .await
        .map_err(|_| cut_short)?;
    let mut sent = Sent::default();
    while let Some(field) = multipart.next_field().await.map_err(|_| cut_short)? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "file" => {
                sent.file_name = field
                    .file_name()
                    .unwrap_or_default()
                    .chars()
                    .take(200)
                    .collect();
                let read = field
                    .bytes()
                    .await
                    .map_err(|_| (StatusCode::PAYLOAD_TOO_LARGE, "imports-error-too-large"))?;
                sent.bytes = read.to_vec();
            }
            "centre_id" => {
                sent.centre = field.text().await.ok().filter(|c| !c.trim().is_empty());
            }
            "run" => sent.run = field.text().await.ok(),
            _ => {}
        }
    }
    Ok(sent)
}

/// The uploaded file read once, its columns found; or what stops it before any row
/// runs, in the page's language: no file, no centre an admin must name, a file that
/// is no spreadsheet or lacks a column.
async fn read_upload(
    state: &AppState,
    actor: &Actor,
    kind: Kind,
    bytes: &[u8],
    centre: Option<&str>,
    tr: Tr,
) -> Result<Result<Table, String>, PageError> {
    if bytes.is_empty() {
        return Ok(Err(tr.text("imports-error-no-file")));
    }
    match forsa_sheets::check_importer(&state.service, actor, kind, centre).await {
        Ok(_) => {}
        Err(ServiceError::Invalid(_) | ServiceError::NotFound) => {
            return Ok(Err(tr.text("imports-error-centre")));
        }
        Err(other) => return Err(other.into()),
    }
    let found = forsa_sheets::read(bytes)
        .map_err(ImportError::from)
        .and_then(|table| match Layout::of(kind, &table.headers) {
            Ok(_) => Ok(table),
            Err(problems) => Err(ImportError::Headers(problems)),
        });
    Ok(found.map_err(|error| unreadable(&error, kind, tr)))
}

/// Starts a job running `run` over `table`; its id.
fn start(
    state: &AppState,
    actor: Actor,
    kind: Kind,
    run: Run,
    centre: Option<String>,
    file_name: String,
    table: Arc<Table>,
) -> uuid::Uuid {
    state.imports.prune();
    let id = uuid::Uuid::now_v7();
    state.imports.lock().insert(
        id,
        Job {
            owner: actor.user_id,
            kind,
            run,
            centre: centre.clone(),
            file_name,
            table: None,
            done: 0,
            total: 0,
            state: JobState::Running,
        },
    );
    let (service, jobs) = (state.service.clone(), state.imports.clone());
    tokio::spawn(async move {
        let progress = |done: usize, total: usize| {
            if let Some(job) = jobs.lock().get_mut(&id) {
                (job.done, job.total) = (done, total);
            }
        };
        let result = forsa_sheets::import_table(
            &service,
            &actor,
            kind,
            &table,
            centre.as_deref(),
            run,
            progress,
        )
        .await;
        let state = match result {
            Ok(report) => {
                let (headers, cells) = problem_rows(&table, &report);
                JobState::Finished {
                    at: Instant::now(),
                    report: Box::new(report),
                    headers,
                    cells,
                }
            }
            Err(error) => {
                tracing::error!(%error, "an import failed");
                JobState::Failed { at: Instant::now() }
            }
        };
        if let Some(job) = jobs.lock().get_mut(&id) {
            job.state = state;
            job.table = (run == Run::Dry).then_some(table);
        }
    });
    id
}

/// The file's headers and the cells of the rows the report found problems in.
fn problem_rows(table: &Table, report: &Report) -> (Vec<String>, HashMap<usize, Vec<String>>) {
    let wanted: HashSet<usize> = report
        .rows
        .iter()
        .filter(|row| matches!(row.outcome, Outcome::Problems(_) | Outcome::Refused(_)))
        .map(|row| row.row)
        .collect();
    let cells = table
        .rows
        .iter()
        .filter(|(row, _)| wanted.contains(row))
        .cloned()
        .collect();
    (table.headers.clone(), cells)
}

/// A row set aside ("Row 5") with the people it may be: each name, and their
/// record's address when the user may open it.
struct SetAside {
    row: String,
    people: Vec<(String, String)>,
}

/// A row of the result with what the page says of it.
struct Shown {
    row: usize,
    column: String,
    value: String,
    message: String,
}

#[derive(Template)]
#[template(path = "imports/job.html")]
struct JobPage {
    frame: Frame,
    id: String,
    /// What the file holds: `seekers`, `employers` or `vacancies`.
    kind: &'static str,
    /// The words of the link to the list of what was imported.
    see_list: String,
    file_name: String,
    dry: bool,
    running: bool,
    done: usize,
    total: usize,
    /// How far a running job has got, in words.
    progress: String,
    failed: Option<String>,
    /// When done, what became of the rows: each outcome in words with its count.
    counts: Vec<(String, usize)>,
    problems: Vec<Shown>,
    set_aside: Vec<SetAside>,
    /// Whether the file is kept, so that its import can follow its check.
    may_import: bool,
}
framed!(JobPage);

fn owned<'a>(
    jobs: &'a HashMap<uuid::Uuid, Job>,
    id: &str,
    actor: &Actor,
) -> Result<(uuid::Uuid, &'a Job), PageError> {
    let id: uuid::Uuid = id.parse().map_err(|_| ServiceError::NotFound)?;
    match jobs.get(&id) {
        Some(job) if job.owner == actor.user_id => Ok((id, job)),
        _ => Err(ServiceError::NotFound.into()),
    }
}

/// What became of each row with problems or set aside, in the page's language.
fn shown(report: &Report, tr: Tr) -> (Vec<Shown>, Vec<SetAside>) {
    let kind = report.kind;
    let mut problems = Vec::new();
    let mut set_aside = Vec::new();
    for row in &report.rows {
        match &row.outcome {
            Outcome::Problems(found) => problems.extend(found.iter().map(|problem| {
                Shown {
                    row: row.row,
                    column: problem
                        .column
                        .map(|column| header_of(kind, column.key, tr))
                        .unwrap_or_default(),
                    value: problem.value.clone(),
                    message: match problem.column {
                        // A vacancy's status is not a person's, whom the words of
                        // the field `status` are about.
                        Some(column) if !(kind == Kind::Vacancies && column.key == "status") => {
                            messages::problem_on(column.key, &problem.problem, tr)
                        }
                        _ => messages::problem(&problem.problem, tr),
                    },
                }
            })),
            // A row's refusal is a clash with what is recorded: its problems came
            // as `Problems` already.
            Outcome::Refused(error) => problems.push(Shown {
                row: row.row,
                column: String::new(),
                value: String::new(),
                message: match error {
                    ServiceError::Conflict(conflict) => messages::conflict(conflict.clone(), tr),
                    _ => tr.text("imports-error-row"),
                },
            }),
            Outcome::SetAside(candidates) => set_aside.push(SetAside {
                row: tr.text_with("imports-row-number", "row", row.row as u64),
                people: candidates
                    .iter()
                    .map(|candidate| {
                        let name = candidate
                            .seeker
                            .as_ref()
                            .map(|seeker| seeker.full_name.clone())
                            .unwrap_or_else(|| {
                                tr.name(&(
                                    candidate.centre_name_ar.clone(),
                                    candidate.centre_name_en.clone(),
                                ))
                            });
                        let href = candidate
                            .seeker
                            .as_ref()
                            .map(|seeker| format!("/seekers/{}", seeker.id))
                            .unwrap_or_default();
                        (name, href)
                    })
                    .collect(),
            }),
            Outcome::Created(_) | Outcome::Updated(_) | Outcome::Unchanged(_) => {}
        }
    }
    (problems, set_aside)
}

/// What became of a report's rows, in words, with how many rows came to each.
fn counted(report: &Report, tr: Tr) -> Vec<(String, usize)> {
    let counts = report.counts();
    let kind = report.kind.as_str();
    let mut said = vec![
        (tr.text(&format!("imports-created-{kind}")), counts.created),
        (tr.text(&format!("imports-updated-{kind}")), counts.updated),
        (
            tr.text(&format!("imports-unchanged-{kind}")),
            counts.unchanged,
        ),
    ];
    // Only people are set aside as alike someone registered already.
    if report.kind == Kind::Seekers {
        said.push((tr.text("imports-set-aside"), counts.set_aside));
    }
    said.push((tr.text("imports-with-problems"), counts.with_problems));
    said
}

/// What the job's address may ask for besides its page.
#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct JobQuery {
    /// `problems`: the rows with problems as a spreadsheet.
    download: String,
}

/// The job's page; with `?download=problems`, the rows with problems as a
/// spreadsheet.
pub async fn job(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<JobQuery>,
) -> Result<Response, PageError> {
    if query.download == "problems" {
        return problems(&state, &signed, &id);
    }
    let jobs = state.imports.lock();
    let (id, job) = owned(&jobs, &id, &signed.actor)?;
    let frame = Frame::new(&signed.visitor, &title_key(job.kind));
    let tr = frame.t;
    let (running, failed, counts, (problems, set_aside)) = match &job.state {
        JobState::Running => (true, None, Vec::new(), (Vec::new(), Vec::new())),
        JobState::Failed { .. } => (
            false,
            Some(tr.text("imports-failed")),
            Vec::new(),
            (Vec::new(), Vec::new()),
        ),
        JobState::Finished { report, .. } => (false, None, counted(report, tr), shown(report, tr)),
    };
    let page = JobPage {
        id: id.to_string(),
        kind: job.kind.as_str(),
        see_list: tr.text(&format!("imports-see-{}", job.kind.as_str())),
        file_name: job.file_name.clone(),
        dry: job.run == Run::Dry,
        running,
        done: job.done,
        total: job.total,
        progress: tr.text_with_numbers(
            "imports-progress",
            &[
                ("done", i64::try_from(job.done).unwrap_or(i64::MAX)),
                ("total", i64::try_from(job.total).unwrap_or(i64::MAX)),
            ],
        ),
        failed,
        counts,
        problems,
        set_aside,
        may_import: job.table.is_some(),
        frame,
    };
    drop(jobs);
    let mut response = html(StatusCode::OK, &page);
    if running {
        // The page asks for itself again until the job ends: no script needed.
        if let Ok(value) = header::HeaderValue::from_str("2") {
            response.headers_mut().insert(header::REFRESH, value);
        }
    }
    Ok(response)
}

/// The import of a file checked before: the same file, the same centre.
pub async fn import_checked(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let actor = signed.actor;
    let (kind, centre, file_name, table) = {
        let jobs = state.imports.lock();
        let (_, job) = owned(&jobs, &id, &actor)?;
        match &job.table {
            Some(table) => (
                job.kind,
                job.centre.clone(),
                job.file_name.clone(),
                table.clone(),
            ),
            None => return Err(ServiceError::NotFound.into()),
        }
    };
    let id = start(&state, actor, kind, Run::Real, centre, file_name, table);
    Ok(Redirect::to(&format!("/imports/{id}")).into_response())
}

/// The rows with problems as a spreadsheet: the file's own columns, and a first
/// column saying what is wrong, to fix and upload again.
fn problems(state: &AppState, signed: &SignedIn, id: &str) -> Result<Response, PageError> {
    let tr = signed.visitor.tr;
    let jobs = state.imports.lock();
    let (_, job) = owned(&jobs, id, &signed.actor)?;
    let JobState::Finished {
        report,
        headers,
        cells,
        ..
    } = &job.state
    else {
        return Err(ServiceError::NotFound.into());
    };
    let (problems, _) = shown(report, tr);
    let bytes = problems_sheet(headers, cells, &problems, tr)
        .map_err(|error| ServiceError::internal(error.to_string()))?;
    let name = format!("forsa-problems-{}.xlsx", tr.lang());
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

fn problems_sheet(
    headers: &[String],
    cells: &HashMap<usize, Vec<String>>,
    problems: &[Shown],
    tr: Tr,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    let sheet = workbook.add_worksheet();
    sheet.set_right_to_left(tr.locale() == Locale::Ar);
    sheet.set_freeze_panes(1, 0)?;
    sheet.write_string_with_format(0, 0, tr.text("imports-problems-column"), &bold)?;
    sheet.set_column_width(0, 50)?;
    for (at, header) in headers.iter().enumerate() {
        let column = u16::try_from(at + 1).unwrap_or(u16::MAX);
        sheet.write_string_with_format(0, column, header, &bold)?;
        sheet.set_column_format(column, &text)?;
        sheet.set_column_width(column, 20)?;
    }
    let mut rows: Vec<&usize> = cells.keys().collect();
    rows.sort();
    for (line, row) in rows.into_iter().enumerate() {
        let line = u32::try_from(line + 1).unwrap_or(u32::MAX);
        let said: Vec<String> = problems
            .iter()
            .filter(|problem| problem.row == *row)
            .map(|problem| match problem.column.as_str() {
                "" => problem.message.clone(),
                column => format!("{column}: {}", problem.message),
            })
            .collect();
        sheet.write_string(line, 0, said.join("\n"))?;
        for (at, cell) in cells[row].iter().enumerate() {
            let column = u16::try_from(at + 1).unwrap_or(u16::MAX);
            sheet.write_string(line, column, cell)?;
        }
    }
    workbook.save_to_buffer()
}
