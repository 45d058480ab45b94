//! What the user typed, made safe: analysed into at most `MAX_TERMS` terms, each
//! searched in the fields given, exactly or (as a fallback) within an edit or two, and
//! as its relatives in the job vocabulary, for less.

use tantivy::{
    Term,
    query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery},
    schema::{Field, IndexRecordOption},
};

use crate::{
    Result, SearchError,
    analysis::{
        Analyzer,
        vocabulary::{self, Kinship, kin_term},
    },
};

/// Where a query's terms are also looked for as their relatives: the kin fields,
/// for the `widened` terms, and for the phrases of the job vocabulary a term is part
/// of, whether or not it is widened.
#[derive(Clone, Copy)]
pub struct Kin<'a> {
    pub field: Field,
    /// The relatives of the title's words, which count for more.
    pub title: Field,
    pub widened: &'a [&'a str],
    /// Whether few enough documents hold a term for its postings to be worth
    /// reading: a relative in the title, or a phrase's, that most titles hold (a
    /// worker) adds little to a score and costs a long list.
    pub few: &'a dyn Fn(&Term) -> bool,
}

/// What a word's relative found in the kin field counts for, before its kinship's
/// weight: as much as a skill, less than a title word or a label; and what it adds
/// in the title.
const KIN_BOOST: f32 = 1.5;
const TITLE_KIN_BOOST: f32 = 3.0;

/// Longer text is refused rather than cut: it is not something a person typed.
pub const MAX_QUERY_CHARS: usize = 512;
/// Terms past this many are ignored.
pub const MAX_TERMS: usize = 16;

/// The analysed terms of a query, distinct, in the order typed, and the phrases of
/// the job vocabulary they hold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextQuery {
    terms: Vec<String>,
    /// The word each term was made from, where the query was typed.
    typed: Vec<String>,
    phrases: Vec<Phrase>,
}

/// A phrase of the job vocabulary (بيوت بلاستيكية, call centre) among a query's
/// words: each of its terms is also found where a relative of the whole phrase is
/// (a greenhouse), as its own relative would be.
#[derive(Debug, Clone, PartialEq)]
struct Phrase {
    term: String,
    /// The positions of its words' terms among the query's distinct terms.
    terms: Vec<usize>,
}

/// How strictly the terms must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// Every term, as it is or (where the caller widens it) as a relative on its
    /// vocabulary line: what makes a close match.
    Every,
    /// Most terms must be found as they are or as relatives: all of one or two, two
    /// thirds of more.
    Exact,
    /// Half the terms (either of two, one of three, two of four or five): for when
    /// too few vacancies hold more.
    Most,
    /// Any term, allowing a misspelling: one edit in words of three letters or more,
    /// two in words of seven or more.
    Relaxed,
}

impl TextQuery {
    /// Analyses `raw` (the `q` parameter).
    pub fn parse(raw: &str) -> Result<TextQuery> {
        if raw.chars().count() > MAX_QUERY_CHARS {
            return Err(SearchError::Invalid {
                field: "q",
                problem: forsa_domain::Problem::TooLong {
                    max: MAX_QUERY_CHARS,
                },
            });
        }
        let typed = Analyzer::default().typed_terms(raw);
        let mut query = TextQuery::from_terms(typed.iter().map(|(_, term)| term.clone()));
        query.typed = (query.terms.iter())
            .filter_map(|term| typed.iter().find(|(_, t)| t == term))
            .map(|(word, _)| (*word).to_owned())
            .collect();
        Ok(query)
    }

    /// Terms already analysed (a seeker's skills, a vacancy's title).
    pub fn from_terms(all: impl IntoIterator<Item = String>) -> TextQuery {
        let all: Vec<String> = all.into_iter().collect();
        let mut terms: Vec<String> = Vec::new();
        // Where each term of `all` is among the distinct terms kept.
        let mut kept: Vec<Option<usize>> = Vec::with_capacity(all.len());
        for term in &all {
            let at = match terms.iter().position(|t| t == term) {
                Some(at) => Some(at),
                None if terms.len() < MAX_TERMS => {
                    terms.push(term.clone());
                    Some(terms.len() - 1)
                }
                None => None,
            };
            kept.push(at);
        }
        // Phrases as the words follow one another, before repeated words are dropped.
        let phrases = vocabulary::vocabulary()
            .phrases_in(&all)
            .filter_map(|(term, span)| {
                let terms = kept[span].iter().copied().collect::<Option<Vec<usize>>>()?;
                Some(Phrase { term, terms })
            })
            .collect();
        TextQuery {
            terms,
            typed: Vec::new(),
            phrases,
        }
    }

    /// The word `terms()[at]` was made from, if the query was typed.
    pub fn typed(&self, at: usize) -> Option<&str> {
        self.typed.get(at).map(String::as_str)
    }

    /// The terms that name a job's condition (night, a word of "night shift"), not
    /// the job: not a word of a job's name (insurance in "insurance agent").
    pub fn conditions(&self) -> Vec<&str> {
        let vocabulary = vocabulary::vocabulary();
        (self.terms.iter().enumerate())
            .filter(|&(at, term)| {
                let (condition, job): (Vec<&str>, Vec<&str>) = self
                    .phrases_of(at)
                    .partition(|phrase| vocabulary.is_condition(phrase));
                (vocabulary.is_condition(term) || !condition.is_empty()) && job.is_empty()
            })
            .map(|(_, term)| term.as_str())
            .collect()
    }

    /// The phrases that `terms()[at]` is part of.
    fn phrases_of(&self, at: usize) -> impl Iterator<Item = &str> {
        self.phrases
            .iter()
            .filter(move |phrase| phrase.terms.contains(&at))
            .map(|phrase| phrase.term.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Terms to be found in `fields` (each with its boost), or as their relatives in
    /// `kin`; `None` for no terms. The `soft` terms (a place or a condition beside a
    /// trade) add to the score but are not needed, except for `Every`.
    pub fn query(
        &self,
        fields: &[(Field, f32)],
        kin: Option<Kin<'_>>,
        soft: &[&str],
        strictness: Strictness,
    ) -> Option<Box<dyn Query>> {
        if self.terms.is_empty() {
            return None;
        }
        // Not every term: something must be needed.
        let softened = strictness != Strictness::Every
            && self.terms.iter().any(|term| !soft.contains(&term.as_str()));
        let soft = |term: &String| softened && soft.contains(&term.as_str());
        let clause = |(at, term): (usize, &String)| {
            let phrases: Vec<&str> = self.phrases_of(at).collect();
            let found = term_in_fields(term, &phrases, fields, kin, strictness);
            (Occur::Should, found)
        };
        let terms = || self.terms.iter().enumerate();
        let per_term: Vec<(Occur, Box<dyn Query>)> =
            terms().filter(|(_, t)| !soft(t)).map(clause).collect();
        let needed = match strictness {
            Strictness::Every => per_term.len(),
            Strictness::Most => (per_term.len() / 2).max(1),
            Strictness::Exact if per_term.len() <= 2 => per_term.len(),
            Strictness::Exact => (per_term.len() * 2).div_ceil(3),
            Strictness::Relaxed => 1,
        };
        let hard: Box<dyn Query> = Box::new(BooleanQuery::with_minimum_required_clauses(
            per_term, needed,
        ));
        let mut optional: Vec<(Occur, Box<dyn Query>)> =
            terms().filter(|(_, t)| soft(t)).map(clause).collect();
        if optional.is_empty() {
            return Some(hard);
        }
        optional.push((Occur::Must, hard));
        Some(Box::new(BooleanQuery::new(optional)))
    }

    /// Any of the terms in `fields`, each adding to the score: for ranking, not for
    /// deciding what matches.
    pub fn ranking(&self, fields: &[(Field, f32)]) -> Option<Box<dyn Query>> {
        if self.terms.is_empty() {
            return None;
        }
        Some(Box::new(BooleanQuery::new(
            self.terms
                .iter()
                .map(|term| {
                    (
                        Occur::Should,
                        term_in_fields(term, &[], fields, None, Strictness::Exact),
                    )
                })
                .collect(),
        )))
    }
}

/// `term` in `fields`, or (in `kin`) a relative of it or of one of the `phrases` it
/// is part of.
fn term_in_fields(
    term: &str,
    phrases: &[&str],
    fields: &[(Field, f32)],
    kin: Option<Kin<'_>>,
    strictness: Strictness,
) -> Box<dyn Query> {
    let letters = term.chars().count();
    let distance = match strictness {
        Strictness::Relaxed if letters >= 7 => 2,
        Strictness::Relaxed if letters >= 3 => 1,
        _ => 0,
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for &(field, boost) in fields {
        let exact = Term::from_field_text(field, term);
        clauses.push((Occur::Should, boosted(exact.clone(), boost)));
        if distance > 0 {
            // A near spelling counts for less than the word itself.
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(FuzzyTermQuery::new(exact, distance, true)),
                    boost * 0.5,
                )),
            ));
        }
    }
    if let Some(kin) = kin.filter(|kin| kin.widened.contains(&term)) {
        // A relative through a root alone is related, never close.
        let kinships = match strictness {
            Strictness::Every => &[Kinship::Same][..],
            _ => &[Kinship::Same, Kinship::Root],
        };
        for &kinship in kinships {
            kin.relative(&kin_term(term, kinship), kinship, true, &mut clauses);
        }
    }
    if let Some(kin) = kin {
        for phrase in phrases {
            let held = kin_term(phrase, Kinship::Same);
            kin.relative(&held, Kinship::Same, false, &mut clauses);
        }
    }
    Box::new(BooleanQuery::new(clauses))
}

impl Kin<'_> {
    /// Clauses for a relative (as the kin field holds it): anywhere (`always`, or
    /// where few documents hold it), and in the title where few do.
    fn relative(
        &self,
        held: &str,
        kinship: Kinship,
        always: bool,
        clauses: &mut Vec<(Occur, Box<dyn Query>)>,
    ) {
        let anywhere = (self.field, KIN_BOOST, always);
        for (field, boost, always) in [anywhere, (self.title, TITLE_KIN_BOOST, false)] {
            let term = Term::from_field_text(field, held);
            if always || (self.few)(&term) {
                clauses.push((Occur::Should, boosted(term, boost * kinship.weight())));
            }
        }
    }
}

fn boosted(term: Term, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(
        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
        boost,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_analysed_and_distinct() {
        let query = TextQuery::parse("النجار نجار Carpenters carpenter").unwrap();
        assert_eq!(query.terms(), ["نجار", "carpent"]);
    }

    #[test]
    fn phrases_are_found_as_typed_and_a_job_s_name_is_no_condition() {
        let query = TextQuery::parse("night guard night shift").unwrap();
        assert_eq!(query.terms().len(), 3);
        let night = TextQuery::parse("night").unwrap().terms()[0].clone();
        let shift = TextQuery::parse("shift").unwrap().terms()[0].clone();
        // Both phrases, though night is kept once: guard is the job, shift its condition.
        assert!(query.phrases_of(0).count() >= 2, "{query:?}");
        assert_eq!(query.conditions(), [shift.as_str()]);
        // Repeated words make no phrase of words not typed one after the other.
        let repeated = TextQuery::parse("cook night, cook shift").unwrap();
        let night_shift = format!("{night} {shift}");
        assert!(
            repeated
                .phrases
                .iter()
                .all(|phrase| phrase.term != night_shift)
        );
        // Insurance is a condition of a job, but an insurance agent is a job.
        let agent = TextQuery::parse("insurance agent").unwrap();
        assert!(agent.conditions().is_empty(), "{agent:?}");
    }

    #[test]
    fn each_term_keeps_the_word_it_was_typed_as() {
        let query = TextQuery::parse("the Carpenters النجار carpenter").unwrap();
        assert_eq!(query.typed(0), Some("Carpenters"));
        assert_eq!(query.typed(1), Some("النجار"));
        assert_eq!(query.typed(2), None);
        assert_eq!(TextQuery::from_terms(["carpent".to_owned()]).typed(0), None);
    }

    #[test]
    fn text_of_only_operators_and_stop_words_has_no_terms() {
        assert!(TextQuery::parse("- * a:(^ the في").unwrap().is_empty());
        assert!(TextQuery::parse("").unwrap().is_empty());
    }

    #[test]
    fn overlong_text_is_refused_and_many_terms_are_capped() {
        assert!(matches!(
            TextQuery::parse(&"x".repeat(MAX_QUERY_CHARS + 1)),
            Err(SearchError::Invalid { field: "q", .. })
        ));
        let many: Vec<String> = (0..100).map(|n| format!("w{n}")).collect();
        let query = TextQuery::parse(&many.join(" ")).unwrap();
        assert_eq!(query.terms().len(), MAX_TERMS);
    }
}
