//! Identifiers: UUIDv7, so that nothing in a URL can be guessed or counted.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::errors::Problem;

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, format = Uuid))]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A fresh, time-ordered id.
            pub fn generate() -> Self {
                Self(Uuid::now_v7())
            }

            pub fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = Problem;

            fn from_str(raw: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(raw.trim()).map(Self).map_err(|_| Problem::NotAnId)
            }
        }
    };
}

id!(
    /// A job centre.
    CentreId
);
id!(
    /// A person who signs in.
    UserId
);
id!(
    /// A job seeker registered at a centre.
    SeekerId
);
id!(
    /// A work permit held by a seeker.
    PermitId
);
id!(
    /// A consent given by a seeker.
    ConsentId
);
id!(
    /// An employer.
    EmployerId
);
id!(
    /// A vacancy posted by an employer.
    VacancyId
);
id!(
    /// A referral of a seeker to a vacancy.
    ReferralId
);
id!(
    /// A follow-up after a hire.
    FollowUpId
);
id!(
    /// An audit event.
    AuditEventId
);
id!(
    /// An export of a list.
    ExportId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_time_ordered_v7() {
        let first = SeekerId::generate();
        let second = SeekerId::generate();
        assert_eq!(first.as_uuid().get_version_num(), 7);
        assert!(first <= second);
    }

    #[test]
    fn parsing_rejects_garbage() {
        assert!("not-an-id".parse::<VacancyId>().is_err());
        let id = VacancyId::generate();
        assert_eq!(id.to_string().parse::<VacancyId>(), Ok(id));
    }
}
