//! Where matching spends its time: `cargo run --release -p forsa-bench --example profile`.
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use chrono::Utc;
use forsa_bench::{build, centres, open, seekers, vacancies};
use forsa_corpus::reference;
use forsa_domain::matching::SeekerTraits;
use forsa_search::{MatchOptions, VacancyFacts};

fn main() {
    let today = Utc::now().date_naive();
    let n: usize = std::env::var("SEEKERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300_000);
    let corpus = vacancies(100_000, today);
    // Built once into INDEX_DIR (if given), then reused, so that a profiler sees
    // the queries.
    let dir = std::env::var("INDEX_DIR")
        .ok()
        .map(std::path::PathBuf::from);
    let (index, mut indexer) = open(dir.as_deref());
    if indexer.positions().both().is_none() {
        let seekers = seekers(n, &corpus.employers, today);
        build(&mut indexer, &corpus, seekers, today);
    }
    let rules = reference::jordan();
    let options = MatchOptions {
        include_ineligible: false,
        offset: 0,
        limit: 20,
    };
    let sample: Vec<_> = seekers(200, &corpus.employers, today).collect();
    let started = Instant::now();
    let mut found = 0;
    for (seeker, permits) in &sample {
        let traits = SeekerTraits::from(&seeker.profile);
        found += index
            .match_vacancies(&traits, permits, &rules, today, &options)
            .unwrap()
            .matches
            .len();
    }
    println!(
        "seeker->vacancies: {:.2} ms each ({found} found)",
        started.elapsed().as_secs_f64() * 1000.0 / 200.0
    );
    let jobs: Vec<VacancyFacts> = corpus
        .vacancies
        .iter()
        .take(100)
        .map(|v| VacancyFacts::new(v, "x"))
        .collect();
    let started = Instant::now();
    let mut found = 0;
    for job in &jobs {
        found += index
            .match_seekers(job, Some(centres()[0]), &rules, today, &options)
            .unwrap()
            .matches
            .len();
    }
    println!(
        "vacancy->seekers: {:.2} ms each ({found} found)",
        started.elapsed().as_secs_f64() * 1000.0 / 100.0
    );
}
