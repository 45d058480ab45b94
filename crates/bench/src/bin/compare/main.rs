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

/// A search engine under comparison.
trait Engine {
    fn name(&self) -> &'static str;
    async fn search(&mut self, query: &LabelledQuery) -> anyhow::Result<Answer>;
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

    let mut forsa = forsa::Forsa::build(&corpus, args.seekers, today)?;
    let mut figures = vec![measure(&mut forsa, &queries, &ideal, args.rounds).await?];

    let mut postgres = postgres::Postgres::load(&args.postgres, &corpus, today).await?;
    let measured = measure(&mut postgres, &queries, &ideal, args.rounds).await;
    postgres.drop_database().await?;
    figures.push(measured?);

    let mut sqlite = sqlite::Sqlite::load(&corpus, today).await?;
    figures.push(measure(&mut sqlite, &queries, &ideal, args.rounds).await?);
    sqlite.combining(sqlite::Words::All);
    figures.push(measure(&mut sqlite, &queries, &ideal, args.rounds).await?);

    println!();
    println!(
        "vacancy search: {} labelled queries ({} Arabic, {} English), {} rounds after {WARM_UP_ROUNDS} warm-up rounds, top {LIMIT}, open vacancies only",
        queries.len(),
        queries.iter().filter(|q| q.language == "ar").count(),
        queries.iter().filter(|q| q.language == "en").count(),
        args.rounds,
    );
    report::print_search(&figures);

    println!();
    let matching = forsa.time_matching(&corpus, today)?;
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

/// Runs every query `rounds` times (after the warm-up) and judges the first answers.
async fn measure<E: Engine>(
    engine: &mut E,
    queries: &[LabelledQuery],
    ideal: &[Vec<u32>],
    rounds: usize,
) -> anyhow::Result<EngineFigures> {
    let mut ndcg = Vec::with_capacity(queries.len());
    for (query, ideal) in queries.iter().zip(ideal) {
        let answer = engine.search(query).await?;
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
    for _ in 1..WARM_UP_ROUNDS {
        for query in queries {
            engine.search(query).await?;
        }
    }
    let mut micros = Vec::with_capacity(rounds * queries.len());
    for _ in 0..rounds {
        for query in queries {
            micros.push(engine.search(query).await?.took.as_secs_f64() * 1e6);
        }
    }
    Ok(EngineFigures {
        name: engine.name(),
        latency: Latencies::of(micros),
        ndcg,
    })
}
