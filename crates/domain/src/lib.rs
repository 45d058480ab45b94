//! forsa's domain: validated types and the rules of the job centre.
//!
//! Everything here is pure. Raw input becomes a domain value through `parse`; a value
//! that exists is valid. Nothing in this crate does I/O or knows about HTTP or SQL.
#![forbid(unsafe_code)]

pub mod codes;
pub mod consent;
pub mod dates;
pub mod eligibility;
pub mod email;
pub mod employer;
pub mod enums;
pub mod errors;
pub mod folding;
pub mod hours;
pub mod ids;
pub mod likeness;
pub mod matching;
pub mod money;
pub mod nullable;
pub mod organisation;
pub mod password;
pub mod permit;
pub mod referral;
pub mod report;
pub mod rules;
pub mod seeker;
pub mod text;
pub mod vacancy;

pub use codes::{CountryCode, IscoCode, LanguageCode, LocationCode, PublicCode, SectorCode};
pub use dates::DateRange;
pub use email::Email;
pub use enums::*;
pub use errors::{CodeFormat, FieldErrors, Need, Problem, Record};
pub use ids::*;
pub use money::{MinimumWage, Money, WageRange};
pub use password::Password;
pub use rules::Rules;
