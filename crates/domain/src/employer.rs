//! Employers who post vacancies.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    codes::{LocationCode, SectorCode},
    email::Email,
    errors::{FieldErrors, Problem},
    ids::{CentreId, EmployerId, UserId},
    text,
};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployerDetails {
    pub name: String,
    pub registration_number: Option<String>,
    pub sector: SectorCode,
    pub location: LocationCode,
    pub contact_name: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<Email>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Employer {
    pub id: EmployerId,
    #[serde(flatten)]
    pub details: EmployerDetails,
    /// The centre that registered the employer.
    pub centre_id: Option<CentreId>,
    pub verified_at: Option<DateTime<Utc>>,
    pub verified_by: Option<UserId>,
    /// When the employer pledged that workers never pay recruitment fees (ILO C181).
    pub fee_pledge_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

impl Employer {
    /// Only an employer who has taken the no-fees pledge may publish vacancies.
    pub fn may_publish(&self) -> bool {
        self.fee_pledge_at.is_some()
    }
}

/// An employer as a client sends it. `verified` is honoured for caseworkers and
/// admins only; `fee_pledge` records the pledge (it cannot be taken back, only
/// recorded).
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct EmployerInput {
    pub name: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub registration_number: Option<String>,
    pub sector: Option<String>,
    pub location: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub contact_name: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub contact_phone: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub contact_email: Option<String>,
    pub fee_pledge: Option<bool>,
    pub verified: Option<bool>,
    pub version: Option<i32>,
}

impl EmployerInput {
    /// The fields a creation must give. The type leaves every field optional so that
    /// each missing one gets its own message and edits may send only what changes;
    /// the API document marks these required for the create request.
    pub const REQUIRED_TO_CREATE: &'static [&'static str] = &["location", "name", "sector"];

    pub fn parse(&self) -> Result<EmployerDetails, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = errors.require("name", self.name.clone(), |raw| {
            text::bounded(&raw, 2, 200, false)
        });
        let registration_number = errors
            .optional(
                "registration_number",
                self.registration_number.clone(),
                |raw| text::optional_line(&raw, 60),
            )
            .flatten();
        let sector = errors.require("sector", self.sector.clone(), |raw| SectorCode::parse(&raw));
        let location = errors.require("location", self.location.clone(), |raw| {
            LocationCode::parse(&raw)
        });
        let contact_name = errors
            .optional("contact_name", self.contact_name.clone(), |raw| {
                text::optional_line(&raw, 120)
            })
            .flatten();
        let contact_phone = errors
            .optional("contact_phone", self.contact_phone.clone(), |raw| {
                if raw.trim().is_empty() {
                    Ok(None)
                } else {
                    text::phone(&raw).map(Some)
                }
            })
            .flatten();
        let contact_email = errors
            .optional("contact_email", self.contact_email.clone(), |raw| {
                if raw.trim().is_empty() {
                    Ok(None)
                } else {
                    Email::parse(&raw).map(Some)
                }
            })
            .flatten();
        errors.into_result()?;
        match (name, sector, location) {
            (Some(name), Some(sector), Some(location)) => Ok(EmployerDetails {
                name,
                registration_number,
                sector,
                location,
                contact_name,
                contact_phone,
                contact_email,
            }),
            _ => Err(FieldErrors::single("input", Problem::Required)),
        }
    }

    pub fn overlay(self, patch: EmployerInput) -> EmployerInput {
        EmployerInput {
            name: patch.name.or(self.name),
            registration_number: patch.registration_number.or(self.registration_number),
            sector: patch.sector.or(self.sector),
            location: patch.location.or(self.location),
            contact_name: patch.contact_name.or(self.contact_name),
            contact_phone: patch.contact_phone.or(self.contact_phone),
            contact_email: patch.contact_email.or(self.contact_email),
            fee_pledge: patch.fee_pledge.or(self.fee_pledge),
            verified: patch.verified.or(self.verified),
            version: patch.version.or(self.version),
        }
    }
}

impl From<&EmployerDetails> for EmployerInput {
    fn from(details: &EmployerDetails) -> Self {
        EmployerInput {
            name: Some(details.name.clone()),
            registration_number: details.registration_number.clone(),
            sector: Some(details.sector.to_string()),
            location: Some(details.location.to_string()),
            contact_name: details.contact_name.clone(),
            contact_phone: details.contact_phone.clone(),
            contact_email: details.contact_email.as_ref().map(ToString::to_string),
            fee_pledge: None,
            verified: None,
            version: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_to_create_is_what_parse_demands() {
        let errors = EmployerInput::default().parse().unwrap_err();
        assert_eq!(errors.missing(), EmployerInput::REQUIRED_TO_CREATE);
    }
}
