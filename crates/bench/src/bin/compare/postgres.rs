//! PostgreSQL full-text search, set up the way its documentation teaches: a stored,
//! weighted `tsvector` per row under the Arabic and English configurations, a GIN
//! index, `websearch_to_tsquery` for what people type, and `ts_rank` to order.

use std::{fmt::Write as _, str::FromStr, time::Instant};

use anyhow::Context;
use chrono::NaiveDate;
use forsa_corpus::generate::Vacancies;
use sqlx::{
    Connection, Executor, PgConnection,
    postgres::{PgConnectOptions, PgPoolCopyExt as _},
};

use crate::{Answer, LIMIT};

const SCHEMA: &str = "
CREATE TABLE vacancies (
    id integer PRIMARY KEY,
    isco text NOT NULL,
    status text NOT NULL,
    closing_date date,
    title_ar text,
    title_en text,
    skills text,
    description_ar text,
    description_en text,
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('arabic', coalesce(title_ar, '')), 'A')
        || setweight(to_tsvector('english', coalesce(title_en, '')), 'A')
        || setweight(to_tsvector('arabic', coalesce(skills, '')), 'B')
        || setweight(to_tsvector('english', coalesce(skills, '')), 'B')
        || setweight(to_tsvector('arabic', coalesce(description_ar, '')), 'C')
        || setweight(to_tsvector('english', coalesce(description_en, '')), 'C')
    ) STORED
)";

/// Either language may be typed into the one search box, so the query is read
/// under both configurations and either reading may match; within one reading
/// every word must match, as `websearch_to_tsquery` means it.
const SEARCH: &str = "
SELECT v.id
FROM vacancies v,
     (SELECT websearch_to_tsquery('arabic', $1) || websearch_to_tsquery('english', $1) AS q) query
WHERE v.document @@ query.q
  AND v.status = 'open'
  AND (v.closing_date IS NULL OR v.closing_date >= $2)
ORDER BY ts_rank(v.document, query.q) DESC
LIMIT $3";

pub struct Postgres {
    admin: PgConnection,
    connection: Option<PgConnection>,
    database: String,
    today: NaiveDate,
}

impl Postgres {
    /// Creates a fresh database under `url`'s server and loads the vacancies into it.
    pub async fn load(url: &str, corpus: &Vacancies, today: NaiveDate) -> anyhow::Result<Self> {
        let options = PgConnectOptions::from_str(url).context("the PostgreSQL URL")?;
        let mut admin = PgConnection::connect_with(&options)
            .await
            .with_context(|| format!("connecting to {url}"))?;
        let database = format!(
            "forsa_bench_{}",
            &uuid::Uuid::new_v4().simple().to_string()[..12]
        );
        // The name is ours, made of hex digits: safe to splice.
        let create = format!("CREATE DATABASE {database}");
        sqlx::raw_sql(sqlx::AssertSqlSafe(create))
            .execute(&mut admin)
            .await
            .context("creating the benchmark database")?;
        let mut this = Self {
            admin,
            connection: None,
            database: database.clone(),
            today,
        };
        let loaded = this.fill(&options.database(&database), corpus).await;
        if let Err(error) = loaded {
            this.drop_database().await?;
            return Err(error);
        }
        Ok(this)
    }

    async fn fill(&mut self, options: &PgConnectOptions, corpus: &Vacancies) -> anyhow::Result<()> {
        let pool = sqlx::PgPool::connect_with(options.clone())
            .await
            .context("connecting to the benchmark database")?;
        pool.execute(SCHEMA).await.context("creating the table")?;

        let started = Instant::now();
        let mut copy = pool
            .copy_in_raw(
                "COPY vacancies (id, isco, status, closing_date, title_ar, title_en, skills, \
                 description_ar, description_en) FROM STDIN",
            )
            .await
            .context("starting COPY")?;
        let mut rows = String::new();
        for (id, v) in corpus.vacancies.iter().enumerate() {
            let d = &v.details;
            let closing = d.closing_date.map(|day| day.to_string());
            let skills = d.skills.join(", ");
            let _ = write!(
                rows,
                "{id}\t{}\t{}",
                d.occupation.as_str(),
                v.status.as_str()
            );
            for cell in [
                closing.as_deref(),
                d.title_ar.as_deref(),
                d.title_en.as_deref(),
                Some(skills.as_str()),
                d.description_ar.as_deref(),
                d.description_en.as_deref(),
            ] {
                rows.push('\t');
                push_copy_text(&mut rows, cell);
            }
            rows.push('\n');
            if rows.len() > 1 << 20 {
                copy.send(rows.as_bytes()).await.context("sending rows")?;
                rows.clear();
            }
        }
        copy.send(rows.as_bytes()).await.context("sending rows")?;
        copy.finish().await.context("finishing COPY")?;
        let loaded = started.elapsed().as_secs_f64();

        let started = Instant::now();
        pool.execute("CREATE INDEX vacancies_document ON vacancies USING gin (document)")
            .await
            .context("creating the GIN index")?;
        pool.execute("VACUUM ANALYZE vacancies")
            .await
            .context("analysing")?;
        println!(
            "postgresql: COPY of {} vacancies (tsvector computed) in {loaded:.1}s, GIN index and VACUUM ANALYZE in {:.1}s",
            corpus.vacancies.len(),
            started.elapsed().as_secs_f64()
        );
        pool.close().await;
        self.connection = Some(
            PgConnection::connect_with(options)
                .await
                .context("connecting to the benchmark database")?,
        );
        Ok(())
    }

    /// Drops the benchmark database.
    pub async fn drop_database(&mut self) -> anyhow::Result<()> {
        if let Some(connection) = self.connection.take() {
            connection.close().await.context("disconnecting")?;
        }
        let drop = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.database);
        sqlx::raw_sql(sqlx::AssertSqlSafe(drop))
            .execute(&mut self.admin)
            .await
            .context("dropping the benchmark database")?;
        Ok(())
    }
}

impl Postgres {
    /// How PostgreSQL ran each query once: the plan shapes seen, and whether it
    /// compiled any with JIT, which its default settings allow.
    pub async fn explain(&mut self, queries: &[crate::Judged]) -> anyhow::Result<String> {
        let connection = self.connection.as_mut().context("not loaded")?;
        let mut shapes: std::collections::BTreeMap<String, usize> = Default::default();
        let mut jit = 0;
        for query in queries {
            let explain = format!("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) {SEARCH}");
            let lines: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(explain))
                .bind(&query.text)
                .bind(self.today)
                .bind(LIMIT as i64)
                .fetch_all(&mut *connection)
                .await
                .context("explaining")?;
            if lines.iter().any(|l| l.trim_start().starts_with("JIT")) {
                jit += 1;
            }
            let scans: Vec<&str> = lines
                .iter()
                .filter_map(|l| l.split("->").nth(1).or(Some(l.as_str())))
                .map(|l| l.split(" on ").next().unwrap_or(l).trim())
                .filter(|l| l.contains("Scan"))
                .collect();
            *shapes.entry(scans.join(" + ")).or_default() += 1;
        }
        let shapes: Vec<String> = shapes
            .into_iter()
            .map(|(shape, n)| format!("{n}x [{shape}]"))
            .collect();
        Ok(format!(
            "{}; JIT used by {jit} of {}",
            shapes.join(", "),
            queries.len()
        ))
    }
}

/// Appends a cell in COPY's text format: `\N` for null, backslash escapes otherwise.
fn push_copy_text(out: &mut String, cell: Option<&str>) {
    let Some(text) = cell else {
        out.push_str("\\N");
        return;
    };
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

impl Postgres {
    pub async fn search(&mut self, text: &str) -> anyhow::Result<Answer> {
        let connection = self.connection.as_mut().context("not loaded")?;
        let started = Instant::now();
        let ids: Vec<i32> = sqlx::query_scalar(SEARCH)
            .bind(text)
            .bind(self.today)
            .bind(LIMIT as i64)
            .fetch_all(&mut *connection)
            .await
            .context("searching PostgreSQL")?;
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
