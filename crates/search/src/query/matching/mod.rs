//! Matching in both directions: open vacancies for a seeker, and a centre's seekers
//! for a vacancy.
//!
//! The index finds candidates: those the person could legally take (a superset, from
//! permit terms), related by occupation, words or wished-for sector, with bonuses for
//! occupation closeness, place and languages. Each candidate is then assessed exactly
//! (`eligibility::assess`), explained (`matching::explain`) and ranked by the
//! explanation's structural score plus its normalised text relevance.

use std::collections::HashSet;

use chrono::NaiveDate;
use forsa_domain::{
    CentreId, IscoCode, PermitKind, Rules, VacancyStatus,
    eligibility::{self, JobFacts, PersonFacts, Verdict},
    matching::{Explanation, SeekerTraits, SkillFit, explain},
    permit::WorkPermit,
    vacancy::VacancyDetails,
};
use tantivy::{
    DocAddress, Searcher, TantivyDocument,
    collector::{Count, TopDocs},
    query::{BooleanQuery, Occur, Query},
    schema::Field,
};

mod candidates;

use candidates::{seeker_query, vacancy_query};

use crate::{
    Result, SearchError, SearchIndex,
    analysis::Analyzer,
    documents::{
        SeekerFacts, VacancyFacts, day_number, permit_employer_key, permit_type_key,
        permits_lasting, read_facts,
    },
    query::{all_of, any_code, at_least, at_most, bonus, code, filter, text::TextQuery},
    schema::{SeekerFields, VacancyFields},
};

/// The deepest a page of matches reaches.
pub const CANDIDATES: usize = 300;
/// Candidates assessed and ranked per match shown: the index's order is close to
/// the final one, so a few times the page is enough to rank it well.
const CANDIDATES_PER_MATCH: usize = 2;
const MIN_CANDIDATES: usize = 40;
/// Close candidates enough to leave the broad ones out: a page of them.
const CLOSE_ENOUGH: usize = 20;

/// Score added per ISCO level shared, from the major group down to the unit group;
/// the sums (0.1, 0.35, 0.6, 1.0) follow `Closeness::weight`. Sharing only the
/// major group does not make a candidate: it spans a third of all work.
const LEVEL_BONUS: [f32; 4] = [0.0, 0.35, 0.25, 0.4];
/// Scales structure against BM25 while the index gathers candidates.
const OCCUPATION_SCALE: f32 = 4.0;
const PLACE_BONUS: f32 = 1.0;
const SECTOR_BONUS: f32 = 1.0;
const LANGUAGE_BONUS: f32 = 0.5;
/// The weight of normalised text relevance beside the explanation's score.
const TEXT_WEIGHT: f32 = 0.5;

#[derive(Debug, Clone, Copy)]
pub struct MatchOptions {
    /// Keep the matches the person may not legally take, ranked after the others.
    pub include_ineligible: bool,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Clone)]
pub struct VacancyMatch {
    pub facts: VacancyFacts,
    pub verdict: Verdict,
    pub explanation: Explanation,
    pub score: f32,
}

#[derive(Debug, Clone)]
pub struct VacancyMatches {
    /// How many candidates there are in all: those the index finds related and the
    /// person's permits allow, counted the same whatever page is asked for. The exact
    /// assessment of each page can still turn one away (a permit that ends before the
    /// job starts).
    pub total: usize,
    pub matches: Vec<VacancyMatch>,
}

#[derive(Debug, Clone)]
pub struct SeekerMatch {
    pub facts: SeekerFacts,
    pub verdict: Verdict,
    pub explanation: Explanation,
    pub score: f32,
}

#[derive(Debug, Clone)]
pub struct SeekerMatches {
    /// How many candidates there are in all, as [`VacancyMatches::total`].
    pub total: usize,
    pub matches: Vec<SeekerMatch>,
}

/// The ISCO groups of `codes`, level by level: index 0 holds the major groups.
fn groups_by_level<'a>(codes: impl IntoIterator<Item = &'a IscoCode>) -> [Vec<String>; 4] {
    let mut levels: [Vec<String>; 4] = Default::default();
    for isco in codes {
        let mut group = Some(isco.clone());
        while let Some(current) = group {
            if let Some(level) = levels.get_mut(current.level().saturating_sub(1))
                && !level.iter().any(|known| known == current.as_str())
            {
                level.push(current.as_str().to_owned());
            }
            group = current.parent();
        }
    }
    levels
}

/// Bonuses for sharing the ISCO groups of `codes`, split in two: sharing the minor
/// or unit group makes someone a candidate (close); sharing only the sub-major group
/// scores, and makes a candidate only when the close ones are too few (broad).
fn occupation_closeness(field: Field, levels: &[Vec<String>; 4]) -> (Clauses, Clauses) {
    let mut close = Vec::new();
    let mut broad = Vec::new();
    for (level, (groups, weight)) in levels.iter().zip(LEVEL_BONUS).enumerate() {
        if groups.is_empty() || weight <= 0.0 {
            continue;
        }
        let query = bonus(
            any_code(field, groups.iter().map(String::as_str)),
            weight * OCCUPATION_SCALE,
        );
        if level >= 2 {
            close.push(query)
        } else {
            broad.push(query)
        }
    }
    (close, broad)
}

type Clauses = Vec<Box<dyn Query>>;

/// How wide to look for candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Close occupations and shared skills.
    Close,
    /// Also the same sub-major group, or the sector the seeker wants.
    Broad,
}

/// The relation clauses for a reach: the close ones must match (one of them) and the
/// broad ones add to the score; at broad reach, any of them will do.
fn relate(
    clauses: &mut Vec<(Occur, Box<dyn Query>)>,
    close: Clauses,
    broad: Clauses,
    reach: Reach,
) {
    match reach {
        Reach::Close => {
            clauses.extend(related(close));
            clauses.extend(broad.into_iter().map(|q| (Occur::Should, q)));
        }
        Reach::Broad => clauses.extend(related(close.into_iter().chain(broad).collect())),
    }
}

/// Candidates must be related somehow; with nothing to relate by, anything goes.
fn related(clauses: Vec<Box<dyn Query>>) -> Option<(Occur, Box<dyn Query>)> {
    if clauses.is_empty() {
        return None;
    }
    Some((
        Occur::Must,
        Box::new(BooleanQuery::new(
            clauses.into_iter().map(|q| (Occur::Should, q)).collect(),
        )),
    ))
}

/// The job skills the seeker has: a skill counts when at least half its words are
/// among the seeker's.
fn skill_fit(analyzer: &mut Analyzer, job_skills: &[String], seeker_skills: &[String]) -> SkillFit {
    let known: HashSet<String> = seeker_skills
        .iter()
        .flat_map(|skill| analyzer.terms(skill))
        .collect();
    let mut fit = SkillFit {
        matched: Vec::new(),
        missing: Vec::new(),
    };
    for skill in job_skills {
        let terms = analyzer.terms(skill);
        let shared = terms.iter().filter(|term| known.contains(*term)).count();
        if !terms.is_empty() && shared * 2 >= terms.len() {
            fit.matched.push(skill.clone());
        } else {
            fit.missing.push(skill.clone());
        }
    }
    fit
}

fn verdict(
    seeker: &SeekerTraits,
    permits: &[WorkPermit],
    job: &VacancyFacts,
    rules: &Rules,
    today: NaiveDate,
) -> Verdict {
    let details = &job.details;
    eligibility::assess(
        PersonFacts {
            nationality: &seeker.nationality,
            permits,
        },
        JobFacts {
            employer_id: job.employer_id,
            sector: &details.sector,
            occupation: &details.occupation,
            employer_arranges_permit: details.employer_arranges_permit,
            start_date: details.start_date,
        },
        rules,
        today,
    )
}

/// Checks the page lies within the candidates.
fn check_page(options: &MatchOptions) -> Result<()> {
    if options.offset.saturating_add(options.limit) > CANDIDATES {
        return Err(SearchError::Invalid {
            field: "page",
            problem: forsa_domain::Problem::BeyondRanked { max: CANDIDATES },
        });
    }
    Ok(())
}

/// The candidates for a page, with their scores normalised so the best is 1, and
/// how many candidates there are in all. They are drawn from the close reach when it
/// holds at least [`CLOSE_ENOUGH`], from the broad one otherwise: a choice made on
/// the counts alone, so every page and page size sees the same candidates and total.
fn candidates(
    searcher: &Searcher,
    query_at: impl Fn(Reach) -> Box<dyn Query>,
    options: &MatchOptions,
) -> Result<(usize, Vec<(f32, DocAddress)>)> {
    let wanted = (options.offset + options.limit)
        .saturating_mul(CANDIDATES_PER_MATCH)
        .clamp(MIN_CANDIDATES, CANDIDATES);
    let collector = (Count, TopDocs::with_limit(wanted).order_by_score());
    let (mut total, mut found) = searcher.search(query_at(Reach::Close).as_ref(), &collector)?;
    if total < CLOSE_ENOUGH {
        (total, found) = searcher.search(query_at(Reach::Broad).as_ref(), &collector)?;
    }
    let best = found
        .first()
        .map_or(1.0, |(score, _)| score.max(f32::EPSILON));
    Ok((
        total,
        found
            .into_iter()
            .map(|(score, address)| (score / best, address))
            .collect(),
    ))
}

/// Orders matches: eligible first, then by score; returns one page.
fn rank<T>(mut matches: Vec<(bool, f32, T)>, options: &MatchOptions) -> Vec<T> {
    if !options.include_ineligible {
        matches.retain(|(eligible, _, _)| *eligible);
    }
    matches.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)));
    matches
        .into_iter()
        .skip(options.offset)
        .take(options.limit)
        .map(|(_, _, item)| item)
        .collect()
}

impl SearchIndex {
    /// Open vacancies for a seeker, best first.
    pub fn match_vacancies(
        &self,
        seeker: &SeekerTraits,
        permits: &[WorkPermit],
        rules: &Rules,
        today: NaiveDate,
        options: &MatchOptions,
    ) -> Result<VacancyMatches> {
        check_page(options)?;
        let part = &self.inner.vacancies;
        let fields = &part.fields;
        let searcher = part.reader.searcher();
        let mut analyzer = Analyzer::default();
        let (total, found) = candidates(
            &searcher,
            |reach| vacancy_query(fields, seeker, permits, rules, today, options, reach),
            options,
        )?;
        let mut matches = Vec::with_capacity(found.len());
        for (relevance, address) in found {
            let doc: TantivyDocument = searcher.doc(address)?;
            let facts: VacancyFacts = read_facts(&doc, fields.facts)?;
            let verdict = verdict(seeker, permits, &facts, rules, today);
            let skills = skill_fit(&mut analyzer, &facts.details.skills, &seeker.skills);
            let explanation = explain(seeker, &facts.details, skills, &rules.minimum_wage);
            let score = explanation.score() + TEXT_WEIGHT * relevance;
            matches.push((
                verdict.is_eligible(),
                score,
                VacancyMatch {
                    facts,
                    verdict,
                    explanation,
                    score,
                },
            ));
        }
        Ok(VacancyMatches {
            total,
            matches: rank(matches, options),
        })
    }

    /// A centre's seekers (every centre's when `centre` is `None`) for a vacancy,
    /// best first.
    pub fn match_seekers(
        &self,
        vacancy: &VacancyFacts,
        centre: Option<CentreId>,
        rules: &Rules,
        today: NaiveDate,
        options: &MatchOptions,
    ) -> Result<SeekerMatches> {
        check_page(options)?;
        let part = &self.inner.seekers;
        let fields = &part.fields;
        let job = &vacancy.details;
        let searcher = part.reader.searcher();
        let mut analyzer = Analyzer::default();
        let (total, found) = candidates(
            &searcher,
            |reach| seeker_query(fields, vacancy, centre, rules, today, options, reach),
            options,
        )?;
        let mut matches = Vec::with_capacity(found.len());
        for (relevance, address) in found {
            let doc: TantivyDocument = searcher.doc(address)?;
            let facts: SeekerFacts = read_facts(&doc, fields.facts)?;
            let verdict = verdict(&facts.traits, &facts.permits, vacancy, rules, today);
            let skills = skill_fit(&mut analyzer, &job.skills, &facts.traits.skills);
            let explanation = explain(&facts.traits, job, skills, &rules.minimum_wage);
            let score = explanation.score() + TEXT_WEIGHT * relevance;
            matches.push((
                verdict.is_eligible(),
                score,
                SeekerMatch {
                    facts,
                    verdict,
                    explanation,
                    score,
                },
            ));
        }
        Ok(SeekerMatches {
            total,
            matches: rank(matches, options),
        })
    }
}
