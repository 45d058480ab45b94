//! Records brought in from a centre's spreadsheets (people, employers, vacancies),
//! row by row, through the same steps as the forms: validation, the codes, audit and
//! the outbox. A row that names a record already here (a person by case reference,
//! an employer by registration number or name, a vacancy by code or by its employer,
//! titles, occupation and place) updates it, or changes nothing when it says what the
//! record says: importing a file twice changes nothing. A dry run takes every step in
//! one transaction that is then rolled back: its counts are exactly what the real run
//! would do, and it writes nothing.

mod employers;
mod seekers;
mod vacancies;

pub use employers::EmployerImport;
pub use seekers::SeekerImport;
pub use vacancies::VacancyImport;

use forsa_domain::{
    CentreId, EmployerId, Problem, Record, SeekerId, SubjectType,
    seeker::duplicate::DuplicateCandidate,
};
use forsa_store::Tx;

use crate::{Actor, Conflict, Result, Service, ServiceError, access, seekers::registering_centre};

/// Rows written per transaction by a real run.
const BATCH: usize = 500;

/// Rows of a real run after which the database's statistics are first brought up
/// to date (`Store::refresh_statistics`); then each time the rows written double,
/// and at the end. A planner that believes the tables as they were before the
/// import chose, on PostgreSQL, plans that made each row of it slower as it went.
const MANY_ROWS: usize = BATCH;

/// What became of a row; `Id` is the record's.
#[derive(Debug)]
pub enum RowOutcome<Id = SeekerId> {
    Created(Id),
    /// The record the row names, changed to what the row says.
    Updated(Id),
    /// The record the row names, as the row says already.
    Unchanged(Id),
    /// Someone registered already may be this person: nothing written, the people
    /// found (as the importer may see them) for a person to decide.
    SetAside(Vec<DuplicateCandidate>),
    /// The row cannot be written as it is: its problems, as the form would say them.
    Refused(ServiceError),
}

impl<Id> RowOutcome<Id> {
    /// The outcome of a row that was tried: an error that is the row's own (its
    /// problems, a clash) is its refusal; one that is no row's fault (the database)
    /// stops the import.
    fn of(tried: Result<RowOutcome<Id>>) -> Result<RowOutcome<Id>> {
        match tried {
            Ok(outcome) => Ok(outcome),
            Err(error @ ServiceError::Internal(_)) => Err(error),
            Err(refused) => Ok(RowOutcome::Refused(refused)),
        }
    }
}

/// Whether an import writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    Dry,
    Real,
}

/// The transactions an import's rows are written in: a real run commits every
/// `BATCH` rows (what is committed stays if a later batch fails), a dry run rolls its
/// one transaction back at the end. New people, audit and outbox rows are written at
/// each commit (`Store::begin_batch`).
struct Batches<'s> {
    service: &'s Service,
    run: Run,
    tx: Option<Tx>,
    rows: usize,
    /// Rows after which the statistics are brought up to date next.
    refresh_at: usize,
}

impl<'s> Batches<'s> {
    async fn begin(service: &'s Service, run: Run) -> Result<Batches<'s>> {
        Ok(Batches {
            service,
            run,
            tx: Some(service.store.begin_batch().await?),
            rows: 0,
            refresh_at: MANY_ROWS,
        })
    }

    /// The transaction the next row is written in.
    async fn next(&mut self) -> Result<&Tx> {
        if self.rows > 0 && self.rows.is_multiple_of(BATCH) {
            match self.run {
                Run::Real => {
                    self.commit().await?;
                    if self.rows >= self.refresh_at {
                        self.service.store.refresh_statistics().await?;
                        self.refresh_at = self.rows * 2;
                    }
                    self.tx = Some(self.service.store.begin_batch().await?);
                }
                // The people staged are written as a real run writes them, and the
                // memory they took is freed.
                Run::Dry => {
                    if let Some(tx) = &self.tx {
                        tx.flush().await?;
                    }
                }
            }
        }
        self.rows += 1;
        self.tx
            .as_ref()
            .ok_or_else(|| ServiceError::internal("an import's batch was ended"))
    }

    async fn commit(&mut self) -> Result<()> {
        if let Some(tx) = self.tx.take() {
            tx.commit().await?;
            self.service.index_changed();
        }
        Ok(())
    }

    /// Ends the import: a real run's last batch committed (and after many rows, the
    /// database's statistics brought up to date), a dry run's rolled back. The
    /// people `read` (shown to the importer as whom a row may be) are audited as
    /// read either way: a dry run writes nothing, but who it showed is kept.
    async fn end(mut self, actor: &Actor, read: Vec<uuid::Uuid>) -> Result<()> {
        match self.run {
            Run::Real => {
                self.commit().await?;
                if self.rows >= MANY_ROWS {
                    self.service.store.refresh_statistics().await?;
                }
            }
            Run::Dry => {
                if let Some(tx) = self.tx.take() {
                    tx.rollback().await?;
                }
                if !read.is_empty() {
                    let tx = self.service.begin().await?;
                    crate::views::audit_reads(&tx, actor, SubjectType::Seeker, read).await?;
                    tx.commit().await?;
                }
            }
        }
        Ok(())
    }
}

/// The employer a row's cell names by record id, registration number or name in
/// either language; a problem of column `field` when it names nobody, or more than
/// one employer by name.
async fn employer_named(tx: &Tx, named: Option<&str>, field: &'static str) -> Result<EmployerId> {
    let named = named
        .map(str::trim)
        .filter(|named| !named.is_empty())
        .ok_or_else(|| ServiceError::invalid(field, Problem::Required))?;
    if let Ok(id) = named.parse::<EmployerId>()
        && tx.employer(id).await?.is_some()
    {
        return Ok(id);
    }
    let found = tx.employers_matching(Some(named), &[named]).await?;
    match found.as_slice() {
        [one] => Ok(one.id),
        // The name said back is cut short: a cell may hold anything.
        [] => Err(ServiceError::invalid(
            field,
            Problem::Unknown {
                record: Record::Employer,
                code: Some(named.chars().take(80).collect()),
            },
        )),
        several => match several
            .iter()
            .find(|employer| employer.details.registration_number.as_deref() == Some(named))
        {
            Some(registered) => Ok(registered.id),
            None => Err(ServiceError::Conflict(Conflict::SeveralEmployersNamed)),
        },
    }
}

impl Service {
    /// Whether `actor` may import (admins and caseworkers), asked before a template
    /// is handed out or a file read.
    pub fn may_import(&self, actor: &Actor) -> Result<()> {
        access::require_staff(actor)
    }

    /// The centre an import by `actor` goes to (a caseworker's own; the one an admin
    /// names, which must exist), asked before the file is read: whoever may not
    /// import is told so whatever they send.
    pub async fn import_centre(&self, actor: &Actor, centre: Option<&str>) -> Result<CentreId> {
        access::seeker_scope(actor)?;
        let centre = registering_centre(actor, centre)?;
        let tx = self.begin().await?;
        crate::organisation::known_centre(&tx, centre).await?;
        tx.commit().await?;
        Ok(centre)
    }
}
