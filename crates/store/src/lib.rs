//! forsa's persistence. Only this crate (and the migrations) know sea-orm: the rest
//! of forsa sees domain types, a `Store` to open transactions on and a `Tx` whose
//! methods read and write records.
#![forbid(unsafe_code)]

mod audit;
mod centres;
pub mod clock;
mod columns;
mod consents;
mod dashboard;
mod duplicates;
mod employers;
mod entities;
mod erasures;
mod error;
mod exports;
mod indexing;
mod outbox;
mod overview;
mod paging;
mod permits;
mod planning;
mod reference;
mod referrals;
mod reports;
mod seekers;
mod staging;
mod users;
mod vacancies;

use std::time::Duration;

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection,
    DatabaseTransaction, Statement, TransactionTrait,
    sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous},
};

pub use audit::{AuditEvent, AuditQuery};
pub use dashboard::FollowUpQuery;
pub use duplicates::{DuplicateFlag, Merged, profile_phone};
pub use employers::EmployerQuery;
pub use error::StoreError;
pub use exports::ExportRecord;
pub use outbox::{OutboxEntry, OutboxOperation};
pub use overview::{RoleCount, RuleChange, VacancyReferralCounts};
pub use paging::{Chunk, Page, Paged};
pub use reference::{Location, Occupation, Sector};
pub use referrals::{ReferralQuery, ReferralScope};
pub use reports::{ReportQuery, Values};
pub use seekers::SeekerQuery;
pub use users::Credentials;
pub use vacancies::VacancyQuery;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Rows written by one statement of a batch: within every database's limit on a
/// statement's values.
const WRITE_CHUNK: usize = 200;

/// How many times a scrub asks SQLite to truncate its log (20 ms apart).
const SCRUB_ATTEMPTS: usize = 100;

/// What every connection to `url` is opened with: sqlx's log of every statement
/// off, and a wait for a free connection of at most 30 s.
fn connect_options(url: &str) -> ConnectOptions {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .acquire_timeout(Duration::from_secs(30));
    options
}

/// A SQLite connection's page cache of 64 MiB (the default is 2 MiB: an import of
/// 100 000 people read its indexes back from the file), and temporary tables,
/// sorts and savepoints' journals in memory, never in a temporary file.
fn cached(options: SqliteConnectOptions) -> SqliteConnectOptions {
    options
        .pragma("cache_size", "-65536")
        .pragma("temp_store", "MEMORY")
}

/// The database, and the way to open transactions on it.
#[derive(Clone)]
pub struct Store {
    db: DatabaseConnection,
    /// Where reports read: on SQLite a connection of its own that only reads, so
    /// that a report over a million people does not hold the one connection that
    /// writes (`begin_read`); on PostgreSQL the same pool.
    read: DatabaseConnection,
}

impl Store {
    /// Connects to `url` (`sqlite://…?mode=rwc` or `postgres://…`).
    pub async fn connect(url: &str) -> Result<Self> {
        let sqlite = url.starts_with("sqlite:");
        let mut options = connect_options(url);
        if sqlite {
            // SQLite allows one writer. Transactions here read before they write, and a
            // second connection upgrading its read would fail with SQLITE_BUSY rather
            // than wait; one connection makes every transaction wait its turn.
            options.max_connections(1).min_connections(1);
            // Set on every connection the pool opens. `secure_delete` overwrites what
            // a change or a deletion frees, so that an erased person's name is not
            // left in a free page of the file.
            options.map_sqlx_sqlite_opts(|options| {
                cached(options)
                    .journal_mode(SqliteJournalMode::Wal)
                    .foreign_keys(true)
                    .synchronous(SqliteSynchronous::Normal)
                    .pragma("secure_delete", "ON")
            });
        } else {
            options.max_connections(16).min_connections(1);
        }
        let db = Database::connect(options).await?;
        let read = if sqlite {
            let mut options = connect_options(url);
            options.max_connections(1).min_connections(0);
            // No statement kept prepared: SQLite ran a report's statement, prepared
            // once and run again, slower each time (a sort of 480 000 rows: 0.45 s,
            // then 0.6, 0.75, up to 0.9 s; prepared each time, 0.47 s every time;
            // docs/BENCHMARKS.md). Reports are few and long; preparing is nothing
            // beside them, where the writing connection's many short statements
            // gain from being kept.
            options.map_sqlx_sqlite_opts(|options| {
                cached(options)
                    .read_only(true)
                    .statement_cache_capacity(0)
                    .foreign_keys(false)
            });
            Database::connect(options).await?
        } else {
            db.clone()
        };
        Ok(Self { db, read })
    }

    /// Applies every pending migration.
    pub async fn migrate(&self) -> Result<()> {
        use forsa_migrations::MigratorTrait;
        forsa_migrations::Migrator::up(&self.db, None).await?;
        Ok(())
    }

    pub async fn begin(&self) -> Result<Tx> {
        Ok(Tx {
            txn: self.db.begin().await?,
            deferred: None,
        })
    }

    /// A transaction that only reads, for reports: on SQLite on a connection of its
    /// own, beside the one that writes (its write-ahead log lets it read what was
    /// committed while another transaction writes).
    pub async fn begin_read(&self) -> Result<Tx> {
        Ok(Tx {
            txn: self.read.begin().await?,
            deferred: None,
        })
    }

    /// A transaction for a batch of many records (an import): its audit events and
    /// outbox rows are kept until the commit and written then, a few statements for
    /// the whole batch rather than two for each record; they are not read back
    /// before the commit. New people, with their name keys, permits and consents,
    /// are kept too, and written at the commit or before a look-up that could find
    /// them (`staging`).
    pub async fn begin_batch(&self) -> Result<Tx> {
        Ok(Tx {
            txn: self.db.begin().await?,
            deferred: Some(std::sync::Mutex::default()),
        })
    }

    /// Leaves no copy of erased data in the database's files, where forsa can:
    /// SQLite moves its write-ahead log into the file (whose freed space
    /// `secure_delete` has zeroed) and truncates the log; PostgreSQL's `VACUUM`
    /// frees the dead rows of the tables erasure changes (the README says what else
    /// an operator does).
    pub async fn scrub(&self) -> Result<()> {
        match self.db.get_database_backend() {
            DatabaseBackend::Sqlite => {
                // A reader of another process can hold the log for a moment; the
                // checkpoint then says "busy" in its answer rather than failing.
                for _ in 0..SCRUB_ATTEMPTS {
                    let answer = self
                        .db
                        .query_one_raw(Statement::from_string(
                            DatabaseBackend::Sqlite,
                            "PRAGMA wal_checkpoint(TRUNCATE)",
                        ))
                        .await?;
                    let busy: i32 = match answer {
                        Some(row) => row.try_get_by_index(0)?,
                        None => 0,
                    };
                    if busy == 0 {
                        return Ok(());
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Err(StoreError::Database(sea_orm::DbErr::Custom(
                    "the write-ahead log stayed busy".to_owned(),
                )))
            }
            _ => {
                self.execute_unprepared(
                    "VACUUM seekers, seeker_name_pairs, work_permits, follow_ups, \
                     referral_events, duplicate_flags",
                )
                .await
            }
        }
    }

    /// Brings the query planner's statistics of the tables an import writes up to
    /// date, on PostgreSQL: after many rows are written at once, and until
    /// autovacuum comes by, its planner believes them nearly empty and reads, for
    /// one, each slice of an export of people through the wrong index and sorts it
    /// (150 ms a slice of 1 000 among 200 000 people, 5 ms once analysed). SQLite
    /// keeps no statistics for forsa: nothing there.
    pub async fn refresh_statistics(&self) -> Result<()> {
        if self.db.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        self.execute_unprepared(
            "ANALYZE seekers, seeker_name_pairs, work_permits, consents, employers, vacancies",
        )
        .await
    }

    /// Whether the database answers, for `/readyz`.
    pub async fn ping(&self) -> Result<()> {
        self.db.ping().await?;
        Ok(())
    }

    pub async fn close(self) -> Result<()> {
        self.read.close().await?;
        self.db.close().await?;
        Ok(())
    }

    /// Runs a statement that is not part of the schema, such as creating a database.
    pub async fn execute_unprepared(&self, sql: &str) -> Result<()> {
        self.db
            .execute_raw(Statement::from_string(
                self.db.get_database_backend(),
                sql.to_owned(),
            ))
            .await?;
        Ok(())
    }
}

/// One transaction: everything a use case writes commits together or not at all.
pub struct Tx {
    txn: DatabaseTransaction,
    /// A batch's audit events, outbox rows and new people, written at the commit.
    deferred: Option<std::sync::Mutex<Deferred>>,
}

/// What a batch's transaction writes at its commit.
#[derive(Default)]
pub(crate) struct Deferred {
    pub(crate) audit: Vec<entities::audit_events::ActiveModel>,
    pub(crate) outbox: Vec<entities::outbox::ActiveModel>,
    /// New people and what is recorded with them (`staging`), written before the
    /// rest.
    pub(crate) staged: staging::Staged,
}

impl Tx {
    pub async fn commit(self) -> Result<()> {
        self.flush().await?;
        let kept = self
            .deferred()
            .map(|mut deferred| std::mem::take(&mut *deferred));
        if let Some(Deferred { audit, outbox, .. }) = kept {
            self.write_audit(audit).await?;
            self.write_outbox(outbox).await?;
        }
        self.txn.commit().await?;
        Ok(())
    }

    /// Keeps `write` for the commit when this is a batch's transaction; else hands it
    /// back to be written now.
    pub(crate) fn defer<T>(&self, write: T, keep: fn(&mut Deferred, T)) -> Option<T> {
        match self.deferred() {
            Some(mut deferred) => {
                keep(&mut deferred, write);
                None
            }
            None => Some(write),
        }
    }

    /// A batch's writes kept for its commit; `None` for any other transaction. (A
    /// panic while one was kept leaves the others whole: the lock is taken anyway.)
    fn deferred(&self) -> Option<std::sync::MutexGuard<'_, Deferred>> {
        self.deferred.as_ref().map(|deferred| {
            deferred
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        })
    }

    pub async fn rollback(self) -> Result<()> {
        self.txn.rollback().await?;
        Ok(())
    }

    pub(crate) fn conn(&self) -> &DatabaseTransaction {
        &self.txn
    }
}
