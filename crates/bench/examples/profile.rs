//! Where search and matching spend their time, with percentiles:
//! `INDEX_DIR=/tmp/forsa-index SEEKERS=1000000 cargo run --release -p forsa-bench --example profile`.
//! The index is built once into `INDEX_DIR` (if given) and reused, so that a profiler
//! sees the queries.
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use chrono::Utc;
use forsa_bench::{build, centres, open, percentile, queries, seekers, vacancies};
use forsa_corpus::reference;
use forsa_domain::{VacancyStatus, matching::SeekerTraits};
use forsa_search::{MatchOptions, VacancyFacts, VacancySearch, query::text::TextQuery};

fn report(what: &str, mut micros: Vec<f64>) {
    micros.sort_by(f64::total_cmp);
    println!(
        "{what}: p50 {:.0} µs, p99 {:.0} µs over {}",
        percentile(&micros, 50.0),
        percentile(&micros, 99.0),
        micros.len()
    );
}

fn timed(mut work: impl FnMut()) -> f64 {
    let started = Instant::now();
    work();
    started.elapsed().as_secs_f64() * 1e6
}

fn main() {
    let today = Utc::now().date_naive();
    let n: usize = std::env::var("SEEKERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300_000);
    let corpus = vacancies(100_000, today);
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

    let queries = queries();
    let mut times = Vec::new();
    let rounds = if std::env::var("ONLY").is_ok() {
        60
    } else {
        12
    };
    for round in 0..rounds {
        for query in &queries {
            let search = VacancySearch {
                text: TextQuery::parse(&query.text).unwrap(),
                statuses: vec![VacancyStatus::Open],
                open_on: Some(today),
                limit: 20,
                ..Default::default()
            };
            let micros = timed(|| {
                index.search_vacancies(&search).unwrap();
            });
            if round >= 2 {
                times.push(micros);
            }
        }
    }
    report("vacancy search", times);
    if std::env::var("ONLY").is_ok_and(|only| only == "search") {
        return;
    }

    let sample: Vec<_> = seekers(500, &corpus.employers, today).collect();
    let mut times = Vec::new();
    for (seeker, permits) in &sample {
        let traits = SeekerTraits::from(&seeker.profile);
        times.push(timed(|| {
            index
                .match_vacancies(&traits, permits, &rules, today, &options)
                .unwrap();
        }));
    }
    report("seeker -> vacancies", times);

    let jobs: Vec<VacancyFacts> = corpus
        .vacancies
        .iter()
        .take(200)
        .map(|v| VacancyFacts::new(v, "x"))
        .collect();
    let centre = centres()[0];
    let mut times = Vec::new();
    for job in &jobs {
        times.push(timed(|| {
            index
                .match_seekers(job, Some(centre), &rules, today, &options)
                .unwrap();
        }));
    }
    report("vacancy -> seekers", times);
}
