//! forsa's search index: vacancies and seekers in tantivy, analysed for Arabic and
//! English, kept in step with the database through the outbox, and the queries that
//! search and match over them.
//!
//! Nothing here reads the database or knows who is asking: `service` feeds the
//! indexer, checks access, and turns results into responses.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod documents;
pub mod index;
pub mod query;
pub mod schema;
pub mod taxonomy;

pub use documents::{IndexChange, SeekerFacts, VacancyFacts};
pub use index::{Indexer, Kind, Positions, SearchIndex, Storage};
pub use query::{
    matching::{
        CANDIDATES as MATCH_DEPTH, MatchOptions, SeekerMatch, SeekerMatches, VacancyMatch,
        VacancyMatches,
    },
    vacancies::{Highlights, Sort, VacancyHit, VacancyHits, VacancySearch},
};
pub use taxonomy::{Entry, Taxonomy};

/// What can go wrong in the search crate.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query itself is unusable; the problem is for the person who typed it.
    #[error("{field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: forsa_domain::Problem,
    },
    #[error("index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("index files: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Internal(String),
}

pub type Result<T, E = SearchError> = std::result::Result<T, E>;
