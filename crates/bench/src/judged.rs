//! The relevance sets judged vacancy by vacancy (issue 16), each with vacancies
//! written as Jordanian postings for it and queries judged against every one of
//! them — not by occupation, as the first set is: the held-out set
//! (`data/heldout/`), for reporting only, and the development set
//! (`data/development/`), written apart from it to tune the ranking against. Read
//! here into the domain's vacancies, so that every engine of the comparison can
//! index them.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use forsa_corpus::generate::{Employer, Vacancies};
use forsa_domain::{
    Contract, EmployerId, IscoCode, LanguageCode, LanguageLevel, LocationCode, Money, PublicCode,
    SectorCode, Shift, VacancyId, VacancyStatus, WagePeriod, WageRange,
    seeker::LanguageSkill,
    vacancy::{Vacancy, VacancyDetails},
};

/// A relevance set judged vacancy by vacancy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Set {
    /// Never tuned against: it tells whether a change generalises.
    HeldOut,
    /// What the ranking is tuned against.
    Development,
}

impl Set {
    pub const ALL: [Set; 2] = [Set::HeldOut, Set::Development];

    pub fn name(self) -> &'static str {
        match self {
            Set::HeldOut => "held-out set",
            Set::Development => "development set",
        }
    }

    /// Its vacancies and queries, as TSV text.
    fn files(self) -> (&'static str, &'static str) {
        match self {
            Set::HeldOut => (
                include_str!("../data/heldout/vacancies.tsv"),
                include_str!("../data/heldout/queries.tsv"),
            ),
            Set::Development => (
                include_str!("../data/development/vacancies.tsv"),
                include_str!("../data/development/queries.tsv"),
            ),
        }
    }
}

/// What a judged query tests.
pub const CATEGORIES: [&str; 6] = [
    "morphology",
    "derivation",
    "multi-word",
    "cross-language",
    "synonyms",
    "typos",
];

/// A query with the grade of each vacancy it judged relevant (2 fully, 1
/// in part; every other vacancy 0).
#[derive(Debug, Clone)]
pub struct JudgedQuery {
    pub id: String,
    pub text: String,
    pub language: String,
    pub category: String,
    pub grades: HashMap<VacancyId, u32>,
}

impl JudgedQuery {
    pub fn grade(&self, vacancy: VacancyId) -> u32 {
        self.grades.get(&vacancy).copied().unwrap_or(0)
    }
}

/// A set's vacancies (one employer posts them all, every one open) and queries.
#[derive(Debug, Clone)]
pub struct JudgedSet {
    pub corpus: Vacancies,
    pub queries: Vec<JudgedQuery>,
}

/// The lines of a TSV file but its header and blank lines, as cells.
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').collect())
}

/// `V001` as a vacancy's id: the number it carries.
fn vacancy_id(label: &str) -> Option<VacancyId> {
    let number: u128 = label.strip_prefix('V')?.parse().ok()?;
    Some(VacancyId::from_uuid(uuid::Uuid::from_u128(number)))
}

fn text(cell: &str) -> Option<String> {
    Some(cell.trim())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

fn vacancy(cells: &[&str], employer: EmployerId, posted: DateTime<Utc>) -> Option<Vacancy> {
    let [
        id,
        title_ar,
        title_en,
        description_ar,
        description_en,
        occupation,
        sector,
        location,
        skills,
    ] = cells
    else {
        return None;
    };
    let id = vacancy_id(id)?;
    Some(Vacancy {
        id,
        employer_id: employer,
        code: PublicCode::from_random(id.as_uuid().as_u128() as u64),
        details: VacancyDetails {
            title_ar: text(title_ar),
            title_en: text(title_en),
            description_ar: text(description_ar),
            description_en: text(description_en),
            sector: SectorCode::parse(sector).ok()?,
            occupation: IscoCode::parse(occupation).ok()?,
            location: LocationCode::parse(location).ok()?,
            openings: 1,
            // The postings' own pay is in their words; search does not rank by it.
            wage: WageRange {
                min: Money::from_fils(300_000),
                max: Money::from_fils(400_000),
                period: WagePeriod::Monthly,
            },
            hours_per_week: 48,
            shift: Shift::Day,
            contract: Contract::FixedTerm,
            start_date: None,
            closing_date: None,
            languages: vec![LanguageSkill {
                code: LanguageCode::parse("ar").ok()?,
                level: LanguageLevel::Conversational,
            }],
            skills: skills.split(';').filter_map(text).collect(),
            benefits: BTreeSet::new(),
            employer_arranges_permit: false,
        },
        status: VacancyStatus::Open,
        created_at: posted,
        updated_at: posted,
        version: 1,
    })
}

fn query(cells: &[&str]) -> Option<JudgedQuery> {
    let [id, text, language, category, judgements] = cells else {
        return None;
    };
    let grades = judgements
        .split(',')
        .map(str::trim)
        .filter(|j| !j.is_empty())
        .map(|judgement| {
            let (label, grade) = judgement.split_once(':')?;
            Some((vacancy_id(label)?, grade.parse().ok()?))
        })
        .collect::<Option<_>>()?;
    Some(JudgedQuery {
        id: (*id).to_owned(),
        text: (*text).to_owned(),
        language: (*language).to_owned(),
        category: (*category).to_owned(),
        grades,
    })
}

/// A set, as posted at `posted`. A line that does not read is a mistake in the files
/// (`data/check.py` names it).
pub fn judged(set: Set, posted: DateTime<Utc>) -> JudgedSet {
    let (vacancies, queries) = set.files();
    let employer = Employer {
        id: EmployerId::from_uuid(uuid::Uuid::from_u128(1)),
        name: set.name().to_owned(),
        sector: "N",
        location: "JO-AM",
    };
    let vacancies: Vec<Vacancy> = rows(vacancies)
        .map(|cells| vacancy(&cells, employer.id, posted).expect("a judged vacancy reads"))
        .collect();
    let queries = rows(queries)
        .map(|cells| query(&cells).expect("a judged query reads"))
        .collect();
    JudgedSet {
        corpus: Vacancies {
            templates: vec![0; vacancies.len()],
            employers: vec![employer],
            vacancies,
        },
        queries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_set_reads_whole_and_its_judgements_name_its_vacancies() {
        for set in Set::ALL {
            a_set_reads_whole(judged(set, Utc::now()));
        }
    }

    fn a_set_reads_whole(set: JudgedSet) {
        assert!(set.corpus.vacancies.len() >= 300);
        assert!(set.queries.len() >= 120);
        let arabic = set.queries.iter().filter(|q| q.language == "ar").count();
        assert!(arabic * 2 >= set.queries.len(), "half Arabic");
        let ids: BTreeSet<VacancyId> = set.corpus.vacancies.iter().map(|v| v.id).collect();
        assert_eq!(ids.len(), set.corpus.vacancies.len(), "ids repeat");
        for query in &set.queries {
            assert!(
                CATEGORIES.contains(&query.category.as_str()),
                "{}",
                query.id
            );
            assert!(query.grades.values().any(|&g| g == 2), "{}", query.id);
            for (vacancy, grade) in &query.grades {
                assert!(
                    ids.contains(vacancy),
                    "{} judges an unknown vacancy",
                    query.id
                );
                assert!((1..=2).contains(grade), "{}", query.id);
            }
        }
        for category in CATEGORIES {
            let count = set
                .queries
                .iter()
                .filter(|q| q.category == category)
                .count();
            assert!(count >= 18, "{category}: {count}");
        }
    }
}
