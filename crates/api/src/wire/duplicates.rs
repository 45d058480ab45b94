use chrono::{DateTime, Utc};
use forsa_domain::seeker::Seeker;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// A person registered although alike to an earlier record, waiting for someone to
/// decide: one person (merge the two records) or two.
#[derive(Serialize, ToSchema)]
pub struct DuplicatePair {
    pub id: Uuid,
    /// The person registered despite the likeness.
    pub seeker: Seeker,
    /// The earlier record they were found alike to.
    pub other: Seeker,
    /// Why they were registered anyway; `null` for a pair found by a look through
    /// every record (`forsa find-duplicates`).
    pub reason: Option<String>,
    pub flagged_at: DateTime<Utc>,
}

impl From<forsa_service::DuplicateFlag> for DuplicatePair {
    fn from(flag: forsa_service::DuplicateFlag) -> Self {
        DuplicatePair {
            id: flag.id,
            seeker: flag.seeker,
            other: flag.other,
            reason: flag.reason,
            flagged_at: flag.flagged_at,
        }
    }
}
