//! Shared by the criterion benches and the comparison harness: a generated corpus
//! indexed the way forsa indexes it, and the labelled queries that judge relevance.
#![forbid(unsafe_code)]

mod judged;
pub use judged::{CATEGORIES, JudgedQuery, JudgedSet, Set, judged};

use std::{path::Path, sync::Arc, time::Instant};

use chrono::NaiveDate;
use forsa_corpus::{
    generate::{self, Vacancies},
    reference,
};
use forsa_domain::{CentreId, permit::WorkPermit, seeker::Seeker};
use forsa_search::{Entry, IndexChange, Indexer, Kind, SearchIndex, Storage, Taxonomy};

pub const SEED: u64 = 2017;
pub const EMPLOYERS: usize = 2_000;

/// The labels the migrations ship, as the index sees them.
pub fn taxonomy() -> Taxonomy {
    let entries = |labels: Vec<reference::Label>| {
        labels
            .into_iter()
            .map(|l| Entry {
                code: l.code,
                parent_code: l.parent_code,
                name_ar: l.name_ar,
                name_en: l.name_en,
            })
            .collect()
    };
    Taxonomy::new(
        entries(reference::occupations()),
        entries(reference::sectors()),
        entries(reference::locations()),
    )
}

/// Three centres, as in the demo.
pub fn centres() -> Vec<CentreId> {
    (1..=3u128)
        .map(|n| CentreId::from_uuid(uuid_of(n)))
        .collect()
}

fn uuid_of(n: u128) -> uuid::Uuid {
    uuid::Uuid::from_u128(n)
}

/// The generated vacancies.
pub fn vacancies(count: usize, today: NaiveDate) -> Vacancies {
    generate::vacancies(count, EMPLOYERS, SEED, today)
}

/// The generated seekers with their permits.
pub fn seekers(
    count: usize,
    employers: &[generate::Employer],
    today: NaiveDate,
) -> impl Iterator<Item = (Seeker, Vec<WorkPermit>)> + use<> {
    generate::seekers(count, &centres(), employers, SEED, today)
}

/// Opens an index under `dir` (in memory when `None`).
pub fn open(dir: Option<&Path>) -> (SearchIndex, Indexer) {
    let storage = dir.map_or(Storage::Memory, |dir| Storage::Directory(dir.to_owned()));
    SearchIndex::open(&storage, Arc::new(taxonomy())).expect("opening the index")
}

/// Fills both indexes as a rebuild does; returns the seconds each took.
pub fn build(
    indexer: &mut Indexer,
    corpus: &Vacancies,
    seekers: impl Iterator<Item = (Seeker, Vec<WorkPermit>)>,
    today: NaiveDate,
) -> (f64, f64) {
    let started = Instant::now();
    indexer.rebuild_start(Kind::Vacancies).expect("emptying");
    for chunk in corpus.vacancies.chunks(1_000) {
        let changes: Vec<IndexChange> = chunk
            .iter()
            .map(|vacancy| IndexChange::Vacancy {
                employer_name: corpus.employer_name(vacancy.employer_id).into(),
                vacancy: Box::new(vacancy.clone()),
            })
            .collect();
        indexer
            .rebuild_add(&changes, today)
            .expect("adding vacancies");
    }
    indexer
        .rebuild_finish(Kind::Vacancies, 0)
        .expect("committing vacancies");
    let vacancies = started.elapsed().as_secs_f64();

    let started = Instant::now();
    indexer.rebuild_start(Kind::Seekers).expect("emptying");
    let mut batch = Vec::with_capacity(1_000);
    for (seeker, permits) in seekers {
        batch.push(IndexChange::Seeker {
            seeker: Box::new(seeker),
            permits,
        });
        if batch.len() == 1_000 {
            indexer.rebuild_add(&batch, today).expect("adding seekers");
            batch.clear();
        }
    }
    indexer.rebuild_add(&batch, today).expect("adding seekers");
    indexer
        .rebuild_finish(Kind::Seekers, 0)
        .expect("committing seekers");
    (vacancies, started.elapsed().as_secs_f64())
}

/// A labelled query: its text, its language, the ISCO unit groups whose
/// vacancies answer it fully (grade 2) or in part (grade 1), and what it tests (one
/// of the held-out set's [`CATEGORIES`], or `plain`: an occupation's own word).
#[derive(Debug, Clone)]
pub struct LabelledQuery {
    pub text: String,
    pub language: String,
    pub relevant: Vec<String>,
    pub related: Vec<String>,
    pub category: String,
}

const QUERIES: &str = include_str!("../data/queries.tsv");

/// The labelled query set (`data/queries.tsv`).
pub fn queries() -> Vec<LabelledQuery> {
    QUERIES
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let list = |i: usize| -> Vec<String> {
                cells
                    .get(i)
                    .map(|cell| {
                        cell.split(',')
                            .map(str::trim)
                            .filter(|c| !c.is_empty())
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default()
            };
            LabelledQuery {
                text: cells.first().copied().unwrap_or_default().to_owned(),
                language: cells.get(1).copied().unwrap_or_default().to_owned(),
                relevant: list(2),
                related: list(3),
                category: cells.get(4).copied().unwrap_or("plain").to_owned(),
            }
        })
        .collect()
}

impl LabelledQuery {
    /// The grade of a vacancy of occupation `isco` for this query.
    pub fn grade(&self, isco: &str) -> u32 {
        if self.relevant.iter().any(|c| c == isco) {
            2
        } else if self.related.iter().any(|c| c == isco) {
            1
        } else {
            0
        }
    }
}

/// nDCG@k of a ranked list of grades, against the ideal ranking of `available`
/// (the grades of every document in the corpus that has one).
pub fn ndcg(ranked: &[u32], available: &mut [u32], k: usize) -> f64 {
    let dcg = |grades: &[u32]| -> f64 {
        grades
            .iter()
            .take(k)
            .enumerate()
            .map(|(i, &g)| (2f64.powi(g as i32) - 1.0) / ((i + 2) as f64).log2())
            .sum()
    };
    available.sort_unstable_by(|a, b| b.cmp(a));
    let ideal = dcg(available);
    if ideal == 0.0 {
        0.0
    } else {
        dcg(ranked) / ideal
    }
}

/// The p-th percentile (0–100) of sorted durations in microseconds.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}
