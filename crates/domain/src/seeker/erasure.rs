//! Erasing a person: on their request (with a reason), or by the deployment's
//! retention rule. What is left of the record is what statistics need; the receipt
//! says when, by whom and why.

use chrono::{DateTime, Months, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    errors::{FieldErrors, Problem},
    ids::{CentreId, SeekerId, UserId},
    text,
};

/// A request to erase a person.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct EraseInput {
    /// Why ("the person asked at the desk on 3 December"). Kept on the receipt; do
    /// not write the person's name in it.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub reason: Option<String>,
}

impl EraseInput {
    pub fn parse(self) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new();
        let reason = errors.require("reason", self.reason, |raw| {
            text::optional_paragraph(&raw, 1_000)?.ok_or(Problem::Required)
        });
        errors.into_result()?;
        reason.ok_or_else(|| FieldErrors::single("reason", Problem::Required))
    }
}

/// Why a record was erased.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "cause", rename_all = "snake_case")]
pub enum ErasureCause {
    /// The person asked (or their centre decided); the reason given.
    Requested { reason: String },
    /// The retention rule: archived for more than `months` months.
    Archived { months: u32 },
    /// The retention rule: nothing done on the record for `months` months.
    Inactive { months: u32 },
}

impl ErasureCause {
    pub fn as_str(&self) -> &'static str {
        match self {
            ErasureCause::Requested { .. } => "requested",
            ErasureCause::Archived { .. } => "archived",
            ErasureCause::Inactive { .. } => "inactive",
        }
    }

    /// The cause as stored: its name, the reason and the months.
    pub fn from_parts(cause: &str, reason: Option<String>, months: Option<u32>) -> Option<Self> {
        match (cause, reason, months) {
            ("requested", Some(reason), _) => Some(ErasureCause::Requested { reason }),
            ("archived", _, Some(months)) => Some(ErasureCause::Archived { months }),
            ("inactive", _, Some(months)) => Some(ErasureCause::Inactive { months }),
            _ => None,
        }
    }

    pub fn reason(&self) -> Option<&str> {
        match self {
            ErasureCause::Requested { reason } => Some(reason),
            _ => None,
        }
    }

    pub fn months(&self) -> Option<u32> {
        match self {
            ErasureCause::Requested { .. } => None,
            ErasureCause::Archived { months } | ErasureCause::Inactive { months } => Some(*months),
        }
    }
}

/// The receipt an erasure leaves: the only trace of the person besides statistics.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Erasure {
    pub seeker_id: SeekerId,
    pub centre_id: CentreId,
    pub erased_at: DateTime<Utc>,
    /// Who erased the record; absent when the retention rule did.
    pub erased_by: Option<UserId>,
    /// Their name, when a person did.
    pub erased_by_name: Option<String>,
    #[serde(flatten)]
    pub cause: ErasureCause,
}

/// How long a deployment keeps people's records: those archived for more than
/// `archived_months`, or with nothing done on them for `inactive_months`, are
/// anonymised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionRule {
    pub archived_months: u32,
    pub inactive_months: u32,
}

impl Default for RetentionRule {
    fn default() -> Self {
        Self {
            archived_months: 24,
            inactive_months: 36,
        }
    }
}

impl RetentionRule {
    /// The moments before which an archive, or the last activity, makes a record
    /// due: (archived before, last active before).
    pub fn cutoffs(&self, now: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
        let back = |months: u32| {
            now.checked_sub_months(Months::new(months))
                .unwrap_or(DateTime::<Utc>::MIN_UTC)
        };
        (back(self.archived_months), back(self.inactive_months))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_required_and_kept_trimmed() {
        assert!(EraseInput::default().parse().is_err());
        assert!(
            EraseInput {
                reason: Some("   ".into())
            }
            .parse()
            .is_err()
        );
        assert_eq!(
            EraseInput {
                reason: Some(" asked at the desk ".into())
            }
            .parse()
            .unwrap(),
            "asked at the desk"
        );
    }

    #[test]
    fn causes_read_back_as_stored() {
        for cause in [
            ErasureCause::Requested {
                reason: "asked".into(),
            },
            ErasureCause::Archived { months: 24 },
            ErasureCause::Inactive { months: 36 },
        ] {
            let read = ErasureCause::from_parts(
                cause.as_str(),
                cause.reason().map(str::to_owned),
                cause.months(),
            );
            assert_eq!(read, Some(cause));
        }
    }

    #[test]
    fn cutoffs_go_back_whole_months_and_never_overflow() {
        let now = "2026-12-05T10:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let (archived, inactive) = RetentionRule::default().cutoffs(now);
        assert_eq!(archived.to_rfc3339(), "2024-12-05T10:00:00+00:00");
        assert_eq!(inactive.to_rfc3339(), "2023-12-05T10:00:00+00:00");
        let far = RetentionRule {
            archived_months: u32::MAX,
            inactive_months: u32::MAX,
        };
        assert_eq!(far.cutoffs(now).0, DateTime::<Utc>::MIN_UTC);
    }
}
