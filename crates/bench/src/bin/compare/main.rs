//! Compares forsa's search with PostgreSQL full-text search and SQLite FTS5 on the
//! same generated corpus and the same labelled queries, judges all three on the
//! sets judged vacancy by vacancy (`data/heldout/` and `data/development/`: each with
//! its own vacancies and queries), and times forsa's matching.
//!
//! ```text
//! cargo run --release -p forsa-bench --bin compare -- \
//!     [--vacancies N] [--seekers M] [--postgres URL] [--rounds R] [--relevance] [--misses]
//! ```
//!
//! `--relevance` judges without timing anything; `--misses` also names the queries
//! forsa ranks worst on the development set, with what it found — never on the
//! held-out set, which must not be tuned against.
//!
//! Every figure is measured in this one process: forsa's calls are plain function
//! calls, PostgreSQL's include the round trip to the server over the connection in
//! the URL, and SQLite's run in an embedded database in a temporary file.
#![forbid(unsafe_code)]

mod forsa;
mod postgres;
mod report;
mod sqlite;

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

use anyhow::{Context, bail};
use chrono::{NaiveDate, Utc};
use forsa_bench::{JudgedSet, Set, judged, queries, vacancies};
use forsa_corpus::generate::Vacancies;
use forsa_domain::{VacancyId, VacancyStatus};

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
    /// Judge relevance only: no timing rounds, no matching.
    relevance: bool,
    /// Name forsa's worst development queries.
    misses: bool,
}

impl Args {
    fn parse() -> anyhow::Result<Self> {
        let mut args = Self {
            vacancies: 100_000,
            seekers: 1_000_000,
            postgres: "postgres://postgres@127.0.0.1:5432/postgres".to_owned(),
            rounds: 20,
            relevance: false,
            misses: false,
        };
        let mut raw = std::env::args().skip(1);
        while let Some(flag) = raw.next() {
            let mut value = || raw.next().with_context(|| format!("{flag} needs a value"));
            match flag.as_str() {
                "--vacancies" => args.vacancies = value()?.parse().context("--vacancies")?,
                "--seekers" => args.seekers = value()?.parse().context("--seekers")?,
                "--postgres" => args.postgres = value()?,
                "--rounds" => args.rounds = value()?.parse().context("--rounds")?,
                "--relevance" => args.relevance = true,
                "--misses" => args.misses = true,
                "-h" | "--help" => {
                    println!(
                        "compare [--vacancies N] [--seekers M] [--postgres URL] [--rounds R] [--relevance] [--misses]"
                    );
                    std::process::exit(0);
                }
                other => bail!("unknown argument {other}"),
            }
        }
        Ok(args)
    }
}

/// One engine's answer to a query: how long the call took, and the places in the
/// corpus of the vacancies it returned, best first.
struct Answer {
    took: Duration,
    found: Vec<usize>,
}

/// A query as every engine is asked it, and how its answers are judged: the grade
/// of each vacancy it finds relevant (2 fully, 1 in part), by the vacancy's place in
/// the corpus; every other vacancy is graded 0.
struct Judged {
    text: String,
    language: String,
    category: String,
    grades: HashMap<usize, u32>,
}

impl Judged {
    fn grade(&self, at: usize) -> u32 {
        self.grades.get(&at).copied().unwrap_or(0)
    }

    /// nDCG@10 of an engine's answer, against the best ranking of every graded vacancy.
    fn ndcg(&self, answer: &Answer) -> f64 {
        let ranked: Vec<u32> = answer
            .found
            .iter()
            .take(NDCG_DEPTH)
            .map(|&at| self.grade(at))
            .collect();
        let mut ideal: Vec<u32> = self.grades.values().copied().collect();
        forsa_bench::ndcg(&ranked, &mut ideal, NDCG_DEPTH)
    }
}

/// The first set's queries, graded by occupation: every open vacancy of a unit group
/// the query names takes that group's grade.
fn first_set(corpus: &Vacancies, today: NaiveDate) -> Vec<Judged> {
    queries()
        .into_iter()
        .map(|query| Judged {
            grades: corpus
                .vacancies
                .iter()
                .enumerate()
                .filter(|(_, v)| is_open(v, today))
                .map(|(at, v)| (at, query.grade(v.details.occupation.as_str())))
                .filter(|&(_, grade)| grade > 0)
                .collect(),
            text: query.text,
            language: query.language,
            category: query.category,
        })
        .collect()
}

/// A set's queries, graded vacancy by vacancy.
fn judged_queries(set: &JudgedSet) -> Vec<Judged> {
    let places: HashMap<VacancyId, usize> = set
        .corpus
        .vacancies
        .iter()
        .enumerate()
        .map(|(at, v)| (v.id, at))
        .collect();
    set.queries
        .iter()
        .map(|query| Judged {
            text: query.text.clone(),
            language: query.language.clone(),
            category: query.category.clone(),
            grades: query
                .grades
                .iter()
                .filter_map(|(id, &grade)| Some((*places.get(id)?, grade)))
                .collect(),
        })
        .collect()
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
    /// Loads `corpus` into every engine; forsa also indexes `seekers` generated seekers.
    async fn load(
        corpus: &Vacancies,
        seekers: usize,
        postgres: &str,
        today: NaiveDate,
    ) -> anyhow::Result<Self> {
        let forsa = forsa::Forsa::build(corpus, seekers, today)?;
        let mut postgres = postgres::Postgres::load(postgres, corpus, today).await?;
        match sqlite::Sqlite::load(corpus, today).await {
            Ok(sqlite) => Ok(Self {
                forsa,
                postgres,
                sqlite,
            }),
            Err(error) => {
                postgres.drop_database().await?;
                Err(error)
            }
        }
    }

    async fn search(&mut self, who: Contender, text: &str) -> anyhow::Result<Answer> {
        match who {
            Contender::Forsa => self.forsa.search(text),
            Contender::Postgres => self.postgres.search(text).await,
            Contender::Sqlite(words) => self.sqlite.search(text, words).await,
        }
    }

    /// Each engine's nDCG@10 on each query, asked once.
    async fn judge(&mut self, queries: &[Judged]) -> anyhow::Result<Vec<Vec<f64>>> {
        let mut scores = Vec::new();
        for who in CONTENDERS {
            let mut ndcg = Vec::with_capacity(queries.len());
            for query in queries {
                ndcg.push(query.ndcg(&self.search(who, &query.text).await?));
            }
            scores.push(ndcg);
        }
        Ok(scores)
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
    let queries = first_set(&corpus, today);
    let seekers = if args.relevance { 0 } else { args.seekers };
    let mut engines = Engines::load(&corpus, seekers, &args.postgres, today).await?;
    let scores = if args.relevance {
        let scores = engines.judge(&queries).await;
        engines.postgres.drop_database().await?;
        scores?
    } else {
        let measured = measure(&mut engines, &queries, args.rounds).await;
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
        figures.into_iter().map(|f| f.ndcg).collect()
    };
    report::print_relevance("first set, graded by occupation", &queries, &scores);

    for which in Set::ALL {
        println!();
        let set = judged(which, Utc::now());
        let queries = judged_queries(&set);
        let mut judging = Engines::load(&set.corpus, 0, &args.postgres, today).await?;
        let scores = judging.judge(&queries).await;
        if args.misses && which == Set::Development {
            report::print_misses(&judging.forsa, &set, &queries)?;
        }
        judging.postgres.drop_database().await?;
        report::print_relevance(
            &format!(
                "{} ({} vacancies written for it), graded by vacancy",
                which.name(),
                set.corpus.vacancies.len()
            ),
            &queries,
            &scores?,
        );
    }
    if args.relevance {
        return Ok(());
    }

    println!();
    let matching = engines.forsa.time_matching(&corpus, today)?;
    report::print_matching(&matching);
    Ok(())
}

/// Runs every query `rounds` times on each engine (after the warm-up), the engines
/// taking turns round by round, and judges each engine's first answers.
async fn measure(
    engines: &mut Engines,
    queries: &[Judged],
    rounds: usize,
) -> anyhow::Result<Vec<EngineFigures>> {
    let scores = engines.judge(queries).await?;
    let mut times = vec![vec![Vec::with_capacity(rounds); queries.len()]; CONTENDERS.len()];
    for round in 1..WARM_UP_ROUNDS + rounds {
        for (who, by_query) in CONTENDERS.into_iter().zip(&mut times) {
            for (query, times) in queries.iter().zip(by_query.iter_mut()) {
                let took = engines.search(who, &query.text).await?.took;
                if round >= WARM_UP_ROUNDS {
                    times.push(took.as_secs_f64() * 1e6);
                }
            }
        }
    }
    Ok(CONTENDERS
        .into_iter()
        .zip(scores.into_iter().zip(times))
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
