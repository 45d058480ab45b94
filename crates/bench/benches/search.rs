//! The hot paths of search and matching, in process, over the generated corpus:
//! 100k vacancies and 1M seekers unless `FORSA_BENCH_VACANCIES` and
//! `FORSA_BENCH_SEEKERS` say otherwise. Run with `cargo bench -p forsa-bench`.

use std::hint::black_box;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use forsa_bench::{build, centres, open, queries, seekers, vacancies};
use forsa_corpus::reference;
use forsa_domain::{VacancyStatus, matching::SeekerTraits};
use forsa_search::{MatchOptions, Sort, VacancyFacts, VacancySearch, query::text::TextQuery};

fn size(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|raw| raw.parse().ok())
        .unwrap_or(default)
}

fn benches(c: &mut Criterion) {
    let today = Utc::now().date_naive();
    let vacancy_count = size("FORSA_BENCH_VACANCIES", 100_000);
    let seeker_count = size("FORSA_BENCH_SEEKERS", 1_000_000);
    let corpus = vacancies(vacancy_count, today);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (index, mut indexer) = open(Some(dir.path()));
    let (v, s) = build(
        &mut indexer,
        &corpus,
        seekers(seeker_count, &corpus.employers, today),
        today,
    );
    eprintln!("indexed {vacancy_count} vacancies in {v:.1}s and {seeker_count} seekers in {s:.1}s");
    let rules = reference::jordan();
    let queries = queries();

    let mut next = 0;
    c.bench_function("vacancy search (labelled queries, open, top 20)", |b| {
        b.iter(|| {
            let query = &queries[next % queries.len()];
            next += 1;
            let search = VacancySearch {
                text: TextQuery::parse(&query.text).expect("a labelled query"),
                statuses: vec![VacancyStatus::Open],
                open_on: Some(today),
                sort: Sort::Relevance,
                limit: 20,
                ..Default::default()
            };
            black_box(index.search_vacancies(&search).expect("search"))
        })
    });

    let sample: Vec<_> = seekers(200, &corpus.employers, today).collect();
    let mut next = 0;
    c.bench_function("seeker -> vacancies match (top 20)", |b| {
        b.iter(|| {
            let (seeker, permits) = &sample[next % sample.len()];
            next += 1;
            let traits = SeekerTraits::from(&seeker.profile);
            let options = MatchOptions {
                include_ineligible: false,
                offset: 0,
                limit: 20,
            };
            black_box(
                index
                    .match_vacancies(&traits, permits, &rules, today, &options)
                    .expect("match"),
            )
        })
    });

    let centre = centres()[0];
    let jobs: Vec<VacancyFacts> = corpus
        .vacancies
        .iter()
        .take(200)
        .map(|v| VacancyFacts::new(v, corpus.employer_name(v.employer_id)))
        .collect();
    let mut next = 0;
    c.bench_function("vacancy -> seekers match, one centre (top 20)", |b| {
        b.iter(|| {
            let job = &jobs[next % jobs.len()];
            next += 1;
            let options = MatchOptions {
                include_ineligible: false,
                offset: 0,
                limit: 20,
            };
            black_box(
                index
                    .match_seekers(job, Some(centre), &rules, today, &options)
                    .expect("match"),
            )
        })
    });
}

criterion_group! {
    name = search;
    config = Criterion::default().sample_size(50);
    targets = benches
}
criterion_main!(search);
