use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::errors::Problem;

/// Parses an ISO 8601 calendar date (`2027-03-01`).
pub fn parse_date(raw: &str) -> Result<NaiveDate, Problem> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| Problem::NotADate)
}

/// A span of days, both ends included; it never ends before it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DateRange {
    from: NaiveDate,
    until: NaiveDate,
}

impl DateRange {
    pub fn new(from: NaiveDate, until: NaiveDate) -> Result<Self, Problem> {
        if until < from {
            Err(Problem::EndBeforeStart)
        } else {
            Ok(Self { from, until })
        }
    }

    /// The days from the earlier of two days to the later.
    pub fn between(one: NaiveDate, other: NaiveDate) -> Self {
        Self {
            from: one.min(other),
            until: one.max(other),
        }
    }

    pub fn from(&self) -> NaiveDate {
        self.from
    }

    pub fn until(&self) -> NaiveDate {
        self.until
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.until
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(raw: &str) -> NaiveDate {
        parse_date(raw).unwrap()
    }

    #[test]
    fn a_range_cannot_end_before_it_starts() {
        assert!(DateRange::new(day("2027-01-02"), day("2027-01-01")).is_err());
        assert!(DateRange::new(day("2027-01-01"), day("2027-01-01")).is_ok());
    }

    #[test]
    fn both_ends_are_included() {
        let year = DateRange::new(day("2026-01-01"), day("2026-12-31")).unwrap();
        assert!(year.contains(day("2026-01-01")));
        assert!(year.contains(day("2026-12-31")));
        assert!(!year.contains(day("2027-01-01")));
        assert!(!year.contains(day("2025-12-31")));
    }

    #[test]
    fn dates_are_iso() {
        assert!(parse_date("01/03/2027").is_err());
        assert!(parse_date("2027-02-30").is_err());
        assert_eq!(parse_date(" 2027-03-01 "), Ok(day("2027-03-01")));
    }
}
