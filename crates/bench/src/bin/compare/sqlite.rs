//! SQLite FTS5 as an integrator would set it up for bilingual text: one FTS5 table of
//! title, skills and description (both languages in each column) under the
//! `unicode61` tokenizer with diacritics removed, an ordinary table beside it for
//! status and closing date, and `bm25` with the title weighted most.

use std::time::Instant;

use anyhow::Context;
use chrono::NaiveDate;
use forsa_corpus::generate::Vacancies;
use sqlx::{
    Connection, Executor, QueryBuilder, Sqlite as Db, SqliteConnection,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous},
};
use tempfile::TempDir;

use crate::{Answer, LIMIT};

const SCHEMA: &str = "
CREATE TABLE vacancies (
    id INTEGER PRIMARY KEY,
    isco TEXT NOT NULL,
    status TEXT NOT NULL,
    closing_date TEXT
);
CREATE VIRTUAL TABLE fts USING fts5(
    title, skills, description,
    tokenize = 'unicode61 remove_diacritics 2'
);";

/// Title, skills, description: the same order of weight as PostgreSQL's A, B, C.
const SEARCH: &str = "
SELECT v.id
FROM fts JOIN vacancies v ON v.id = fts.rowid
WHERE fts MATCH ?1
  AND v.status = 'open'
  AND (v.closing_date IS NULL OR v.closing_date >= ?2)
ORDER BY bm25(fts, 5.0, 2.0, 1.0)
LIMIT ?3";

const ROWS_PER_INSERT: usize = 1_000;

/// How the words of a query are combined.
#[derive(Clone, Copy)]
pub enum Words {
    /// Any word may match; bm25 ranks the vacancies with more of them first.
    Any,
    /// Every word must match, FTS5's default for a bare list of words.
    All,
}

pub struct Sqlite {
    connection: SqliteConnection,
    today: String,
    _dir: TempDir,
}

impl Sqlite {
    /// Loads the vacancies into a new database in a temporary file.
    pub async fn load(corpus: &Vacancies, today: NaiveDate) -> anyhow::Result<Self> {
        let dir = tempfile::tempdir().context("a temporary directory for SQLite")?;
        let options = SqliteConnectOptions::new()
            .filename(dir.path().join("fts.db"))
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal);
        let mut connection = SqliteConnection::connect_with(&options)
            .await
            .context("opening SQLite")?;
        connection
            .execute(SCHEMA)
            .await
            .context("creating tables")?;

        let started = Instant::now();
        let mut tx = connection.begin().await.context("a transaction")?;
        let indexed: Vec<_> = corpus.vacancies.iter().enumerate().collect();
        for chunk in indexed.chunks(ROWS_PER_INSERT) {
            let mut rows =
                QueryBuilder::<Db>::new("INSERT INTO vacancies (id, isco, status, closing_date) ");
            rows.push_values(chunk, |mut row, (id, v)| {
                row.push_bind(*id as i64)
                    .push_bind(v.details.occupation.as_str().to_owned())
                    .push_bind(v.status.as_str().to_owned())
                    .push_bind(v.details.closing_date.map(|d| d.to_string()));
            });
            rows.build()
                .execute(&mut *tx)
                .await
                .context("inserting rows")?;

            let mut texts =
                QueryBuilder::<Db>::new("INSERT INTO fts (rowid, title, skills, description) ");
            texts.push_values(chunk, |mut row, (id, v)| {
                let d = &v.details;
                let both = |ar: &Option<String>, en: &Option<String>| {
                    [ar.as_deref(), en.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join("\n")
                };
                row.push_bind(*id as i64)
                    .push_bind(both(&d.title_ar, &d.title_en))
                    .push_bind(d.skills.join(", "))
                    .push_bind(both(&d.description_ar, &d.description_en));
            });
            texts
                .build()
                .execute(&mut *tx)
                .await
                .context("inserting texts")?;
        }
        tx.commit().await.context("committing")?;
        connection
            .execute("INSERT INTO fts (fts) VALUES ('optimize'); ANALYZE;")
            .await
            .context("optimising")?;
        println!(
            "sqlite: loaded and optimised {} vacancies in {:.1}s",
            corpus.vacancies.len(),
            started.elapsed().as_secs_f64()
        );
        Ok(Self {
            connection,
            today: today.to_string(),
            _dir: dir,
        })
    }
}

/// The query's words as FTS5 strings, so nothing a person types is read as syntax.
fn fts5_query(text: &str, words: Words) -> String {
    let joiner = match words {
        Words::Any => " OR ",
        Words::All => " ",
    };
    text.split_whitespace()
        .map(|word| format!("\"{}\"", word.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(joiner)
}

impl Sqlite {
    pub async fn search(&mut self, text: &str, words: Words) -> anyhow::Result<Answer> {
        let started = Instant::now();
        let ids: Vec<i64> = sqlx::query_scalar(SEARCH)
            .bind(fts5_query(text, words))
            .bind(&self.today)
            .bind(LIMIT as i64)
            .fetch_all(&mut self.connection)
            .await
            .context("searching SQLite")?;
        let took = started.elapsed();
        Ok(Answer {
            took,
            found: ids
                .into_iter()
                .filter_map(|id| usize::try_from(id).ok())
                .collect(),
        })
    }
}
