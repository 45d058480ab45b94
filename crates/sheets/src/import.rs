//! A spreadsheet of people, employers or vacancies brought in: the file read, its
//! columns found, each row turned into what the form sends and passed to the
//! service, and a report of what became of every row, with each problem by row,
//! column and value.

use forsa_domain::{FieldErrors, Problem, seeker::duplicate::DuplicateCandidate};
use forsa_service::{Actor, RowOutcome, Run, Service, ServiceError};
use uuid::Uuid;

use crate::{
    layout::{Column, HeaderProblem, Kind, Layout},
    read::{Format, ReadError, Table, read},
    vocabulary::Vocabulary,
};

/// Why a file was not imported at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Headers(Vec<HeaderProblem>),
    #[error(transparent)]
    Service(#[from] ServiceError),
}

/// One problem of a row: the column it is in (when it is in one), what the cell
/// holds, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub column: Option<&'static Column>,
    pub value: String,
    pub problem: Problem,
}

/// What became of a row; the ids are of the records the row is (people, employers
/// or vacancies, as the report's kind says).
#[derive(Debug)]
pub enum Outcome {
    Created(Uuid),
    Updated(Uuid),
    Unchanged(Uuid),
    /// Someone registered already may be this person: nothing written.
    SetAside(Vec<DuplicateCandidate>),
    /// Not written: its problems.
    Problems(Vec<CellProblem>),
    /// Not written: a clash with what is recorded (a case reference under another
    /// name, an employer's name that more than one employer has).
    Refused(ServiceError),
}

/// A row's number as the spreadsheet shows it, and what became of it.
#[derive(Debug)]
pub struct RowReport {
    pub row: usize,
    pub outcome: Outcome,
}

/// What an import did, or (a dry run) would do.
#[derive(Debug)]
pub struct Report {
    pub kind: Kind,
    pub run: Run,
    pub format: Format,
    /// Headers that name no column, left unread.
    pub unread: Vec<String>,
    pub rows: Vec<RowReport>,
}

/// How many rows came to each outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub set_aside: usize,
    pub with_problems: usize,
}

impl Report {
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for row in &self.rows {
            match row.outcome {
                Outcome::Created(_) => counts.created += 1,
                Outcome::Updated(_) => counts.updated += 1,
                Outcome::Unchanged(_) => counts.unchanged += 1,
                Outcome::SetAside(_) => counts.set_aside += 1,
                Outcome::Problems(_) | Outcome::Refused(_) => counts.with_problems += 1,
            }
        }
        counts
    }
}

/// The longest cell value a report repeats; a longer one is cut, with an ellipsis.
const SHOWN_CHARS: usize = 80;

/// `value` as a report shows it: whole, or its first `SHOWN_CHARS` characters and "…".
fn shortened(value: &str) -> String {
    match value.char_indices().nth(SHOWN_CHARS) {
        Some((at, _)) => format!("{}…", &value[..at]),
        None => value.to_owned(),
    }
}

/// The problems of `errors`, each in its column with the cell's value.
fn cell_problems(errors: &FieldErrors, layout: &Layout, cells: &[String]) -> Vec<CellProblem> {
    errors
        .iter()
        .map(|(field, problem)| {
            let column = layout.kind.column_of(field);
            CellProblem {
                column,
                value: column
                    .map(|column| shortened(layout.cell(cells, column.key)))
                    .unwrap_or_default(),
                problem: problem.clone(),
            }
        })
        .collect()
}

/// Imports the records of `kind` in the spreadsheet `bytes` as `actor` (people and
/// employers into `centre`: a caseworker's own, or the one an admin names), or with
/// `Run::Dry` says what that would do. `progress` hears of each row done, out of the
/// rows found.
pub async fn import(
    service: &Service,
    actor: &Actor,
    kind: Kind,
    bytes: &[u8],
    centre: Option<&str>,
    run: Run,
    progress: impl FnMut(usize, usize),
) -> Result<Report, ImportError> {
    check_importer(service, actor, kind, centre).await?;
    let table = read(bytes)?;
    import_table(service, actor, kind, &table, centre, run, progress).await
}

/// Whether `actor` may import records of `kind` (into `centre`), asked before the
/// file is read: whoever may not import is told so whatever they send.
pub async fn check_importer(
    service: &Service,
    actor: &Actor,
    kind: Kind,
    centre: Option<&str>,
) -> Result<(), ServiceError> {
    match kind {
        Kind::Seekers | Kind::Employers => service.import_centre(actor, centre).await.map(drop),
        Kind::Vacancies => service.may_import(actor),
    }
}

/// The rows the service is given, read from their cells, and for each row of the
/// table the outcome of its cells when they were wrong already.
fn given<R>(
    table: &Table,
    layout: &Layout,
    read: impl Fn(&[String]) -> (R, FieldErrors),
) -> (Vec<R>, Vec<Option<Outcome>>) {
    let mut given = Vec::new();
    let early = table
        .rows
        .iter()
        .map(|(_, cells)| {
            let (row, problems) = read(cells);
            if problems.is_empty() {
                given.push(row);
                None
            } else {
                Some(Outcome::Problems(cell_problems(&problems, layout, cells)))
            }
        })
        .collect();
    (given, early)
}

/// `import` of a spreadsheet read already (the upload page reads it once, to say at
/// once what is wrong with it, and keeps it for the rows with problems).
pub async fn import_table(
    service: &Service,
    actor: &Actor,
    kind: Kind,
    table: &Table,
    centre: Option<&str>,
    run: Run,
    mut progress: impl FnMut(usize, usize),
) -> Result<Report, ImportError> {
    let layout = Layout::of(kind, &table.headers).map_err(ImportError::Headers)?;
    let permit_types = service.rules(actor).await?.permit_types;
    let vocabulary = Vocabulary::new(service.taxonomy(), &permit_types);
    let total = table.rows.len();
    let (early, outcomes): (Vec<Option<Outcome>>, Vec<RowOutcome<Uuid>>) = match kind {
        Kind::Seekers => {
            let (rows, early) = given(table, &layout, |cells| vocabulary.seeker(&layout, cells));
            let before = total - rows.len();
            let outcomes = service
                .import_seekers(actor, centre, rows, run, |done| {
                    progress(before + done, total)
                })
                .await?;
            (early, uuids(outcomes, |id| id.as_uuid()))
        }
        Kind::Employers => {
            let (rows, early) = given(table, &layout, |cells| vocabulary.employer(&layout, cells));
            let before = total - rows.len();
            let outcomes = service
                .import_employers(actor, centre, rows, run, |done| {
                    progress(before + done, total)
                })
                .await?;
            (early, uuids(outcomes, |id| id.as_uuid()))
        }
        Kind::Vacancies => {
            let (rows, early) = given(table, &layout, |cells| vocabulary.vacancy(&layout, cells));
            let before = total - rows.len();
            let outcomes = service
                .import_vacancies(actor, rows, run, |done| progress(before + done, total))
                .await?;
            (early, uuids(outcomes, |id| id.as_uuid()))
        }
    };
    let mut outcomes = outcomes.into_iter();
    let rows = table
        .rows
        .iter()
        .zip(early)
        .map(|((row, cells), early)| {
            let outcome = early.unwrap_or_else(|| match outcomes.next() {
                Some(RowOutcome::Created(id)) => Outcome::Created(id),
                Some(RowOutcome::Updated(id)) => Outcome::Updated(id),
                Some(RowOutcome::Unchanged(id)) => Outcome::Unchanged(id),
                Some(RowOutcome::SetAside(candidates)) => Outcome::SetAside(candidates),
                Some(RowOutcome::Refused(ServiceError::Invalid(errors))) => {
                    Outcome::Problems(cell_problems(&errors, &layout, cells))
                }
                Some(RowOutcome::Refused(other)) => Outcome::Refused(other),
                None => Outcome::Refused(ServiceError::internal("the row was not imported")),
            });
            RowReport { row: *row, outcome }
        })
        .collect();
    Ok(Report {
        kind,
        run,
        format: table.format,
        unread: layout.unread,
        rows,
    })
}

/// The outcomes with their records' ids as ids of any kind.
fn uuids<Id>(outcomes: Vec<RowOutcome<Id>>, uuid: impl Fn(Id) -> Uuid) -> Vec<RowOutcome<Uuid>> {
    outcomes
        .into_iter()
        .map(|outcome| match outcome {
            RowOutcome::Created(id) => RowOutcome::Created(uuid(id)),
            RowOutcome::Updated(id) => RowOutcome::Updated(uuid(id)),
            RowOutcome::Unchanged(id) => RowOutcome::Unchanged(uuid(id)),
            RowOutcome::SetAside(candidates) => RowOutcome::SetAside(candidates),
            RowOutcome::Refused(error) => RowOutcome::Refused(error),
        })
        .collect()
}
