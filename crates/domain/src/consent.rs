//! Consent: purpose-bound, recorded with who took it, withdrawable at any time.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    enums::{ConsentMethod, ConsentPurpose},
    errors::{FieldErrors, Problem},
    ids::{ConsentId, SeekerId, UserId},
};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Consent {
    pub id: ConsentId,
    pub seeker_id: SeekerId,
    pub purpose: ConsentPurpose,
    /// How it was given; absent for consents recorded before forsa asked.
    pub method: Option<ConsentMethod>,
    pub granted_at: DateTime<Utc>,
    pub granted_by: UserId,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub withdrawn_by: Option<UserId>,
}

impl Consent {
    pub fn in_force(&self) -> bool {
        self.withdrawn_at.is_none()
    }
}

/// A consent as a caseworker records it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct ConsentInput {
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<ConsentPurpose>))]
    pub purpose: Option<String>,
    /// How the person gave it: `spoken` (said at the desk) or `signed_form`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<ConsentMethod>))]
    pub method: Option<String>,
}

impl ConsentInput {
    pub fn parse(self) -> Result<(ConsentPurpose, ConsentMethod), FieldErrors> {
        let mut errors = FieldErrors::new();
        let purpose = errors.require("purpose", self.purpose, |raw| ConsentPurpose::parse(&raw));
        let method = errors.require("method", self.method, |raw| ConsentMethod::parse(&raw));
        errors.into_result()?;
        match (purpose, method) {
            (Some(purpose), Some(method)) => Ok((purpose, method)),
            _ => Err(FieldErrors::single("purpose", Problem::Required)),
        }
    }
}
