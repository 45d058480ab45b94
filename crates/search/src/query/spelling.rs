//! Words typed wrong: a term that nothing in the index holds is read as the word the
//! index holds nearest to it — within one edit, or two in a long word — the one the
//! titles and labels use most where several are as near. A word the index holds is
//! left as typed, so a misspelling never drowns what matches exactly.

use std::collections::HashMap;

use tantivy::{Searcher, Term, query::FuzzyTermQuery, schema::Field};

use crate::Result;

/// Words shorter than this are not read as another: too many words are an edit
/// away from them.
const SHORTEST: usize = 3;
/// Words this long or longer may be two edits away from the one meant.
const LONG: usize = 7;

/// Whether no document holds `term` in any of `fields`.
pub(crate) fn unknown(searcher: &Searcher, fields: &[Field], term: &str) -> Result<bool> {
    for &field in fields {
        if searcher.doc_freq(&Term::from_field_text(field, term))? > 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The word in `fields` (each with its weight) that `term` was most likely meant to
/// be: the nearest, and among the nearest the one held by the most documents, by
/// weight; `None` if there is none within reach.
pub(crate) fn nearest(
    searcher: &Searcher,
    fields: &[(Field, f32)],
    term: &str,
) -> Result<Option<String>> {
    let letters = term.chars().count();
    if letters < SHORTEST {
        return Ok(None);
    }
    let farthest = if letters >= LONG { 2 } else { 1 };
    let Some(&(first, _)) = fields.first() else {
        return Ok(None);
    };
    for distance in 1..=farthest {
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
            .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
        if let Some((word, _)) = best {
            return Ok(Some(word));
        }
    }
    Ok(None)
}
