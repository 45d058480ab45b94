//! Queries over the indexes, built in code from analysed terms and domain values:
//! user text never reaches tantivy's query parser.

mod close;
pub mod matching;
mod spelling;
pub mod text;
pub mod vacancies;

use std::ops::Bound;

use tantivy::{
    Term,
    query::{BooleanQuery, ConstScoreQuery, Occur, Query, RangeQuery, TermQuery},
    schema::{Field, IndexRecordOption},
};

/// The deepest a page may reach into a result list.
pub const MAX_DEPTH: usize = 1_000;

/// Matches documents with `value` in a code field.
pub(crate) fn code(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

/// Matches documents with any of `values` in a code field. A union of postings
/// streams: for the handful of codes a filter names, that is much cheaper than a
/// `TermSetQuery`, which fills a bitset the size of the index on every search.
pub(crate) fn any_code<'a>(
    field: Field,
    values: impl IntoIterator<Item = &'a str>,
) -> Box<dyn Query> {
    let mut terms: Vec<Box<dyn Query>> =
        values.into_iter().map(|value| code(field, value)).collect();
    if terms.len() == 1 {
        return terms.remove(0);
    }
    Box::new(BooleanQuery::new(
        terms
            .into_iter()
            .map(|term| (Occur::Should, term))
            .collect(),
    ))
}

/// A query that filters without adding to the score.
pub(crate) fn filter(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

/// A query that adds a fixed amount to the score of the documents it matches.
pub(crate) fn bonus(query: Box<dyn Query>, amount: f32) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, amount))
}

/// Documents whose `field` is at least `min`.
pub(crate) fn at_least(field: Field, min: i64) -> Box<dyn Query> {
    Box::new(RangeQuery::new(
        Bound::Included(Term::from_field_i64(field, min)),
        Bound::Unbounded,
    ))
}

pub(crate) fn at_most(field: Field, max: i64) -> Box<dyn Query> {
    Box::new(RangeQuery::new(
        Bound::Unbounded,
        Bound::Included(Term::from_field_i64(field, max)),
    ))
}

pub(crate) fn all_of(clauses: Vec<(Occur, Box<dyn Query>)>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(clauses))
}
