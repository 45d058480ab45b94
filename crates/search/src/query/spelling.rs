//! Words typed wrong: a term that nothing in the index holds is read as the word the
//! index holds nearest to it — one edit from the term, else two neighbouring letters
//! swapped in the word as typed (secuirty, which the stemmer would cut far from
//! security), else two edits from the term in a long word — the one the titles and
//! labels use most where several are as near. A word the index holds is left as
//! typed, so a misspelling never drowns what matches exactly.

use std::collections::{HashMap, HashSet};

use tantivy::{Searcher, Term, query::FuzzyTermQuery, schema::Field};

use crate::{
    Result,
    analysis::{
        Analyzer,
        arabic::is_arabic_letter,
        vocabulary::{Kinship, kin_term},
    },
};

/// Words shorter than this are not read as another: too many words are an edit
/// away from them.
const SHORTEST: usize = 3;
/// Words this long or longer may be two edits away from the one meant.
const LONG: usize = 7;
/// Longer words are not tried with letters swapped: no job's name is that long.
const LONGEST_SWAPPED: usize = 24;

/// Whether no document holds `term` in any of `fields`.
pub(crate) fn unknown(searcher: &Searcher, fields: &[(Field, f32)], term: &str) -> Result<bool> {
    Ok(weighted_freq(searcher, fields, term)? == 0.0)
}

/// How many documents hold `term` in `fields`, each counted by its field's weight.
fn weighted_freq(searcher: &Searcher, fields: &[(Field, f32)], term: &str) -> Result<f32> {
    let mut weight = 0.0;
    for &(field, boost) in fields {
        weight += boost * searcher.doc_freq(&Term::from_field_text(field, term))? as f32;
    }
    Ok(weight)
}

/// The term of `typed` with two neighbouring letters swapped that `fields` hold,
/// the most held if several are.
pub(crate) fn swapped(
    searcher: &Searcher,
    fields: &[(Field, f32)],
    typed: &str,
) -> Result<Option<String>> {
    let letters: Vec<char> = typed.chars().collect();
    // Arabic is stemmed by its prefixes and suffixes, which a swap inside the word
    // leaves alone; and in Arabic, swapped letters often make another real word.
    let reach = SHORTEST..=LONGEST_SWAPPED;
    if !reach.contains(&letters.len()) || letters.iter().copied().any(is_arabic_letter) {
        return Ok(None);
    }
    let mut analyzer = Analyzer::default();
    let mut tried = HashSet::new();
    let mut best: Option<(String, f32)> = None;
    for at in 1..letters.len() {
        let mut word = letters.clone();
        word.swap(at - 1, at);
        let Some(term) = analyzer.term(&word.into_iter().collect::<String>()) else {
            continue;
        };
        if !tried.insert(term.clone()) {
            continue;
        }
        let weight = weighted_freq(searcher, fields, &term)?;
        if weight > best.as_ref().map_or(0.0, |(_, most)| *most) {
            best = Some((term, weight));
        }
    }
    Ok(best.map(|(term, _)| term))
}

/// The word in `fields` (each with its weight) `distance` edits from `term` that it
/// was most likely meant to be: the one held by the most documents, by weight;
/// `None` if there is none, or if `term` is too short to be that far from another.
pub(crate) fn nearest(
    searcher: &Searcher,
    fields: &[(Field, f32)],
    term: &str,
    distance: u8,
) -> Result<Option<String>> {
    let reach = match term.chars().count() {
        n if n < SHORTEST => 0,
        n if n < LONG => 1,
        _ => 2,
    };
    let Some(&(first, _)) = fields.first().filter(|_| distance <= reach) else {
        return Ok(None);
    };
    let root_mark = kin_term("", Kinship::Root);
    // The automaton reads the term's text only: one serves every field.
    let automaton =
        FuzzyTermQuery::new(Term::from_field_text(first, term), distance, true).automaton()?;
    let mut weights: HashMap<Vec<u8>, f32> = HashMap::new();
    for &(field, weight) in fields {
        for segment in searcher.segment_readers() {
            let index = segment.inverted_index(field)?;
            let mut near = index.terms().search(&automaton).into_stream()?;
            while near.advance() {
                *weights.entry(near.key().to_vec()).or_default() +=
                    weight * near.value().doc_freq as f32;
            }
        }
    }
    let best = weights
        .into_iter()
        .filter_map(|(word, weight)| Some((String::from_utf8(word).ok()?, weight)))
        // A relative through a root is marked, and a phrase is several words: a
        // misspelt word is read as one word.
        .filter(|(word, _)| !word.starts_with(&root_mark) && !word.contains(' '))
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
    Ok(best.map(|(word, _)| word))
}
