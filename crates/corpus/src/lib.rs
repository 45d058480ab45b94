//! Realistic, fictional data for forsa: the bilingual raw material (`data`) that
//! `forsa demo` posts through the service, and a deterministic generator
//! (`generate`) of domain records at benchmark scale (100k vacancies, 1M seekers),
//! with the reference classifications and Jordan's rules as shipped.
#![forbid(unsafe_code)]

pub mod data;
pub mod generate;
pub mod reference;
