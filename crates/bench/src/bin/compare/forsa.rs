//! forsa itself: the tantivy index the service builds, searched and matched in process.

use std::{collections::HashMap, time::Instant};

use anyhow::Context;
use chrono::NaiveDate;
use forsa_bench::{build, centres, open, seekers};
use forsa_corpus::{generate::Vacancies, reference};
use forsa_domain::{VacancyId, VacancyStatus, matching::SeekerTraits};
use forsa_search::{
    MatchOptions, SearchIndex, Sort, VacancyFacts, VacancySearch, query::text::TextQuery,
};
use tempfile::TempDir;

use crate::{
    Answer, LIMIT, is_open,
    report::{Latencies, Matching},
};

const SEEKER_SAMPLE: usize = 500;
const VACANCY_SAMPLE: usize = 200;
const MATCHING_ROUNDS: usize = 3;

pub struct Forsa {
    index: SearchIndex,
    /// Each vacancy's place in the corpus, by its id.
    places: HashMap<VacancyId, usize>,
    today: NaiveDate,
    seekers: usize,
    // Kept for its lifetime: the index lives in it.
    _dir: TempDir,
}

impl Forsa {
    /// Indexes the vacancies and `seekers` generated seekers, as `forsa reindex` does.
    pub fn build(
        corpus: &Vacancies,
        seekers_count: usize,
        today: NaiveDate,
    ) -> anyhow::Result<Self> {
        let dir = tempfile::tempdir().context("a temporary directory for the index")?;
        let (index, mut indexer) = open(Some(dir.path()));
        let (vacancy_secs, seeker_secs) = build(
            &mut indexer,
            corpus,
            seekers(seekers_count, &corpus.employers, today),
            today,
        );
        println!(
            "forsa: full reindex of {} vacancies in {vacancy_secs:.1}s, of {seekers_count} seekers in {seeker_secs:.1}s (generation included)",
            corpus.vacancies.len(),
        );
        Ok(Self {
            index,
            places: corpus
                .vacancies
                .iter()
                .enumerate()
                .map(|(at, v)| (v.id, at))
                .collect(),
            today,
            seekers: seekers_count,
            _dir: dir,
        })
    }

    /// Times both directions of matching over samples of generated people and jobs.
    pub fn time_matching(&self, corpus: &Vacancies, today: NaiveDate) -> anyhow::Result<Matching> {
        let rules = reference::jordan();
        let options = MatchOptions {
            include_ineligible: false,
            offset: 0,
            limit: LIMIT,
        };

        let sample: Vec<_> = seekers(SEEKER_SAMPLE, &corpus.employers, today).collect();
        let mut micros = Vec::new();
        for round in 0..=MATCHING_ROUNDS {
            for (seeker, permits) in &sample {
                let started = Instant::now();
                let traits = SeekerTraits::from(&seeker.profile);
                self.index
                    .match_vacancies(&traits, permits, &rules, today, &options)
                    .context("matching a seeker")?;
                if round > 0 {
                    micros.push(started.elapsed().as_secs_f64() * 1e6);
                }
            }
        }
        let seeker_to_vacancies = Latencies::of(micros);

        let centre = centres()[0];
        let jobs: Vec<VacancyFacts> = corpus
            .vacancies
            .iter()
            .filter(|v| is_open(v, today))
            .take(VACANCY_SAMPLE)
            .map(|v| VacancyFacts::new(v, corpus.employer_name(v.employer_id)))
            .collect();
        let mut micros = Vec::new();
        for round in 0..=MATCHING_ROUNDS {
            for job in &jobs {
                let started = Instant::now();
                self.index
                    .match_seekers(job, Some(centre), &rules, today, &options)
                    .context("matching a vacancy")?;
                if round > 0 {
                    micros.push(started.elapsed().as_secs_f64() * 1e6);
                }
            }
        }
        Ok(Matching {
            seeker_to_vacancies,
            vacancy_to_seekers: Latencies::of(micros),
            seekers_indexed: self.seekers,
        })
    }
}

impl Forsa {
    pub fn search(&self, text: &str) -> anyhow::Result<Answer> {
        let started = Instant::now();
        let search = VacancySearch {
            text: TextQuery::parse(text).context("a labelled query")?,
            statuses: vec![VacancyStatus::Open],
            open_on: Some(self.today),
            sort: Sort::Relevance,
            limit: LIMIT,
            ..Default::default()
        };
        let hits = self.index.search_vacancies(&search).context("searching")?;
        let took = started.elapsed();
        Ok(Answer {
            took,
            found: hits
                .hits
                .iter()
                .filter_map(|hit| self.places.get(&hit.facts.id).copied())
                .collect(),
        })
    }
}
