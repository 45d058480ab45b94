//! Compares forsa's search with PostgreSQL full-text search and SQLite FTS5 on the
//! same generated corpus and the same labelled queries, and times forsa's matching.
//!
//! ```text
//! cargo run --release -p forsa-bench --bin compare -- \
//!     [--vacancies N] [--seekers M] [--postgres URL] [--rounds R]
//! ```
//!
//! Every figure is measured in this one process: forsa's calls are plain function
//! calls, PostgreSQL's include the round trip to the server over the connection in
//! the URL, and SQLite's run in an embedded database in a temporary file.
#![forbid(unsafe_code)]

mod forsa;
mod postgres;
mod report;
mod sqlite;

use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use chrono::{NaiveDate, Utc};
use forsa_bench::{LabelledQuery, queries, vacancies};
use forsa_corpus::generate::Vacancies;
use forsa_domain::VacancyStatus;

use crate::report::{EngineFigures, Latencies};

const WARM_UP_ROUNDS: usize = 2;
/// The number of results each engine is asked for, as the search page shows.
const LIMIT: usize = 20;
const NDCG_DEPTH: usize = 10;
/// How many of each engine's slowest queries to name.
const SLOWEST: usize = 4;

struct Args {
    vacancies: usize,
    seekers: usize,
    postgres: String,
    rounds: usize,
}

impl Args {
    fn parse() -> anyhow::Result<Self> {
        let mut args = Self {
            vacancies: 100_000,
            seekers: 1_000_000,
            postgres: "postgres://postgres@127.0.0.1:5432/postgres".to_owned(),
            rounds: 20,
        };
        let mut raw = std::env::args().skip(1);
        while let Some(flag) = raw.next() {
            let mut value = || raw.next().with_context(|| format!("{flag} needs a value"));
            match flag.as_str() {
                "--vacancies" => args.vacancies = value()?.parse().context("--vacancies")?,
                "--seekers" => args.seekers = value()?.parse().context("--seekers")?,
                "--postgres" => args.postgres = value()?,
                "--rounds" => args.rounds = value()?.parse().context("--rounds")?,
                "-h" | "--help" => {
                    println!("compare [--vacancies N] [--seekers M] [--postgres URL] [--rounds R]");
                    std::process::exit(0);
                }
                other => bail!("unknown argument {other}"),
            }
        }
        Ok(args)
    }
}

/// One engine's answer to a query: how long the call took, and the ISCO codes of
/// the vacancies it returned, best first.
struct Answer {
    took: Duration,
    occupations: Vec<String>,
}

/// The engines under comparison, all loaded at once so that their rounds can take
/// turns: noise on the machine then falls on every engine alike.
struct Engines {
    forsa: forsa::Forsa,
    postgres: postgres::Postgres,
    sqlite: sqlite::Sqlite,
}

#[derive(Clone, Copy)]
enum Contender {
    Forsa,
    Postgres,
    Sqlite(sqlite::Words),
}

const CONTENDERS: [Contender; 4] = [
    Contender::Forsa,
    Contender::Postgres,
    Contender::Sqlite(sqlite::Words::Any),
    Contender::Sqlite(sqlite::Words::All),
];

impl Contender {
    fn name(self) -> &'static str {
        match self {
            Self::Forsa => "forsa (tantivy)",
            Self::Postgres => "PostgreSQL FTS",
            Self::Sqlite(sqlite::Words::Any) => "SQLite FTS5 (OR)",
            Self::Sqlite(sqlite::Words::All) => "SQLite FTS5 (AND)",
        }
    }
}

impl Engines {
    async fn search(&mut self, who: Contender, query: &LabelledQuery) -> anyhow::Result<Answer> {
        match who {
            Contender::Forsa => self.forsa.search(query),
            Contender::Postgres => self.postgres.search(query).await,
            Contender::Sqlite(words) => self.sqlite.search(query, words).await,
        }
    }
}

/// Whether a vacancy is one a job seeker may apply to today: the set every engine
/// filters to, and the set the ideal ranking of nDCG is drawn from.
fn is_open(vacancy: &forsa_domain::vacancy::Vacancy, today: NaiveDate) -> bool {
    vacancy.status == VacancyStatus::Open
        && vacancy.details.closing_date.is_none_or(|day| day >= today)
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse()?;
    // One thread drives every engine in turn, so no engine's timings include
    // another's work; forsa's calls block this thread, which is what we time.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    runtime.block_on(run(args))
}

async fn run(args: Args) -> anyhow::Result<()> {
    let today = Utc::now().date_naive();
    let started = Instant::now();
    let corpus = vacancies(args.vacancies, today);
    let open = corpus
        .vacancies
        .iter()
        .filter(|v| is_open(v, today))
        .count();
    println!(
        "generated {} vacancies ({open} open today) in {:.1}s",
        corpus.vacancies.len(),
        started.elapsed().as_secs_f64()
    );
    let queries = queries();
    let ideal = ideal_grades(&corpus, &queries, today);

    let forsa = forsa::Forsa::build(&corpus, args.seekers, today)?;
    let mut postgres = postgres::Postgres::load(&args.postgres, &corpus, today).await?;
    let sqlite = match sqlite::Sqlite::load(&corpus, today).await {
        Ok(sqlite) => sqlite,
        Err(error) => {
            postgres.drop_database().await?;
            return Err(error);
        }
    };
    let mut engines = Engines {
        forsa,
        postgres,
        sqlite,
    };
    let measured = measure(&mut engines, &queries, &ideal, args.rounds).await;
    let explained = engines.postgres.explain(&queries).await;
    engines.postgres.drop_database().await?;
    let figures = measured?;

    println!();
    println!(
        "vacancy search: {} labelled queries ({} Arabic, {} English), {} rounds after {WARM_UP_ROUNDS} warm-up rounds, top {LIMIT}, open vacancies only",
        queries.len(),
        queries.iter().filter(|q| q.language == "ar").count(),
        queries.iter().filter(|q| q.language == "en").count(),
        args.rounds,
    );
    report::print_search(&figures);
    println!("postgresql plans: {}", explained?);

    println!();
    let matching = engines.forsa.time_matching(&corpus, today)?;
    report::print_matching(&matching);
    Ok(())
}

/// For each query, the grades of every open vacancy: the ideal ranking of nDCG.
fn ideal_grades(corpus: &Vacancies, queries: &[LabelledQuery], today: NaiveDate) -> Vec<Vec<u32>> {
    let open: Vec<&str> = corpus
        .vacancies
        .iter()
        .filter(|v| is_open(v, today))
        .map(|v| v.details.occupation.as_str())
        .collect();
    queries
        .iter()
        .map(|query| {
            let mut grades: Vec<u32> = open
                .iter()
                .map(|isco| query.grade(isco))
                .filter(|&g| g > 0)
                .collect();
            grades.sort_unstable_by(|a, b| b.cmp(a));
            grades.truncate(NDCG_DEPTH);
            grades
        })
        .collect()
}

/// Runs every query `rounds` times on each engine (after the warm-up), the engines
/// taking turns round by round, and judges each engine's first answers.
async fn measure(
    engines: &mut Engines,
    queries: &[LabelledQuery],
    ideal: &[Vec<u32>],
    rounds: usize,
) -> anyhow::Result<Vec<EngineFigures>> {
    let mut figures = Vec::new();
    for who in CONTENDERS {
        let mut ndcg = Vec::with_capacity(queries.len());
        for (query, ideal) in queries.iter().zip(ideal) {
            let answer = engines.search(who, query).await?;
            let ranked: Vec<u32> = answer
                .occupations
                .iter()
                .take(NDCG_DEPTH)
                .map(|isco| query.grade(isco))
                .collect();
            ndcg.push((
                query.language.clone(),
                forsa_bench::ndcg(&ranked, &mut ideal.clone(), NDCG_DEPTH),
            ));
        }
        figures.push((ndcg, vec![Vec::with_capacity(rounds); queries.len()]));
    }
    for round in 1..WARM_UP_ROUNDS + rounds {
        for (who, (_, by_query)) in CONTENDERS.into_iter().zip(&mut figures) {
            for (query, times) in queries.iter().zip(by_query.iter_mut()) {
                let took = engines.search(who, query).await?.took;
                if round >= WARM_UP_ROUNDS {
                    times.push(took.as_secs_f64() * 1e6);
                }
            }
        }
    }
    Ok(CONTENDERS
        .into_iter()
        .zip(figures)
        .map(|(who, (ndcg, by_query))| {
            let all = by_query.iter().flatten().copied().collect();
            let mut slowest: Vec<(String, f64)> = queries
                .iter()
                .zip(by_query)
                .map(|(query, times)| (query.text.clone(), Latencies::of(times).p50()))
                .collect();
            slowest.sort_by(|a, b| b.1.total_cmp(&a.1));
            slowest.truncate(SLOWEST);
            EngineFigures {
                name: who.name(),
                latency: Latencies::of(all),
                ndcg,
                slowest,
            }
        })
        .collect())
}
