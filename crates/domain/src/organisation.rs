//! Centres and the people who sign in.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    codes::LocationCode,
    email::Email,
    enums::{Locale, Role},
    errors::{FieldErrors, Need, Problem},
    hours::OpeningHours,
    ids::{CentreId, EmployerId, UserId},
    password::Password,
    text,
};

/// The time zone of the IANA database a centre keeps its days in (`Asia/Amman`): the
/// days and times its caseworkers' pages show are the centre's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(chrono_tz::Tz);

impl TimeZone {
    /// Jordan's, where forsa began.
    pub const JORDAN: TimeZone = TimeZone(chrono_tz::Tz::Asia__Amman);

    pub fn parse(raw: &str) -> Result<Self, Problem> {
        raw.trim()
            .parse::<chrono_tz::Tz>()
            .map(TimeZone)
            .map_err(|_| Problem::UnknownTimeZone)
    }

    pub fn tz(self) -> chrono_tz::Tz {
        self.0
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The day it is here at `moment`.
    pub fn today(self, moment: DateTime<Utc>) -> NaiveDate {
        moment.with_timezone(&self.0).date_naive()
    }
}

impl Serialize for TimeZone {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// Opening hours in their text form, or nothing when never set.
fn hours_text<S: serde::Serializer>(
    hours: &OpeningHours,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if hours.is_closed() {
        serializer.serialize_none()
    } else {
        serializer.collect_str(hours)
    }
}

/// A job centre.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Centre {
    pub id: CentreId,
    pub name_ar: String,
    pub name_en: String,
    pub location: LocationCode,
    /// When the centre is open, shown on the kiosk's printed slips; absent when
    /// not set.
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = Option<String>, example = "Sun–Thu 08:00–15:00")
    )]
    #[serde(serialize_with = "hours_text")]
    pub opening_hours: OpeningHours,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "Asia/Amman"))]
    pub time_zone: TimeZone,
    pub created_at: DateTime<Utc>,
}

/// A new centre as an admin sends it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct CentreInput {
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub name_ar: Option<String>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub name_en: Option<String>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub location: Option<String>,
    /// The days and times the centre is open, as `Sun–Thu 08:00–15:00; Sat 09:00–12:00`
    /// (days by their English abbreviations, 24-hour times); empty or absent when not
    /// set.
    #[cfg_attr(feature = "openapi", schema(example = "Sun–Thu 08:00–15:00"))]
    pub opening_hours: Option<String>,
    /// The IANA time zone (`Asia/Beirut`); Jordan's when not given.
    pub time_zone: Option<String>,
}

/// A centre's validated details.
#[derive(Debug, Clone, PartialEq)]
pub struct CentreDetails {
    pub name_ar: String,
    pub name_en: String,
    pub location: LocationCode,
    pub opening_hours: OpeningHours,
    pub time_zone: TimeZone,
}

impl CentreInput {
    pub fn parse(self) -> Result<CentreDetails, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name_ar = errors.require("name_ar", self.name_ar, |raw| text::line(&raw, 120));
        let name_en = errors.require("name_en", self.name_en, |raw| text::line(&raw, 120));
        let location = errors.require("location", self.location, |raw| LocationCode::parse(&raw));
        let opening_hours = errors
            .optional("opening_hours", self.opening_hours, |raw| {
                text::optional_line(&raw, 200)?
                    .map_or(Ok(OpeningHours::default()), |raw| OpeningHours::parse(&raw))
            })
            .unwrap_or_default();
        let time_zone = errors
            .optional(
                "time_zone",
                self.time_zone.filter(|z| !z.trim().is_empty()),
                |raw| TimeZone::parse(&raw),
            )
            .unwrap_or(TimeZone::JORDAN);
        errors.into_result()?;
        match (name_ar, name_en, location) {
            (Some(name_ar), Some(name_en), Some(location)) => Ok(CentreDetails {
                name_ar,
                name_en,
                location,
                opening_hours,
                time_zone,
            }),
            _ => Err(FieldErrors::single("input", Problem::Required)),
        }
    }
}

/// Someone who signs in. The password hash never leaves the store.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: UserId,
    pub email: Email,
    pub name: String,
    pub role: Role,
    pub centre_id: Option<CentreId>,
    pub employer_id: Option<EmployerId>,
    pub disabled: bool,
    pub locale: Locale,
    #[serde(skip)]
    pub token_version: i32,
    pub created_at: DateTime<Utc>,
}

/// A new user as an admin sends it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct NewUserInput {
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub email: Option<String>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub name: Option<String>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Role>))]
    pub role: Option<String>,
    pub centre_id: Option<String>,
    pub employer_id: Option<String>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub password: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Locale>))]
    pub locale: Option<String>,
}

/// Where a user belongs decides what they may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Membership {
    Admin,
    Caseworker(CentreId),
    Employer(EmployerId),
}

impl Membership {
    pub fn role(self) -> Role {
        match self {
            Membership::Admin => Role::Admin,
            Membership::Caseworker(_) => Role::Caseworker,
            Membership::Employer(_) => Role::Employer,
        }
    }

    pub fn centre_id(self) -> Option<CentreId> {
        match self {
            Membership::Caseworker(centre) => Some(centre),
            _ => None,
        }
    }

    pub fn employer_id(self) -> Option<EmployerId> {
        match self {
            Membership::Employer(employer) => Some(employer),
            _ => None,
        }
    }
}

/// A validated new user.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub name: String,
    pub membership: Membership,
    pub password: Password,
    pub locale: Locale,
}

impl NewUserInput {
    pub fn parse(self) -> Result<NewUser, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = errors.require("email", self.email, |raw| Email::parse(&raw));
        let name = errors.require("name", self.name, |raw| text::line(&raw, 120));
        let role = errors.require("role", self.role, |raw| Role::parse(&raw));
        let password = errors.require("password", self.password, |raw| Password::parse(&raw));
        let locale = errors
            .optional("locale", self.locale, |raw| Locale::parse(&raw))
            .unwrap_or(Locale::Ar);
        let centre_id = errors.optional("centre_id", self.centre_id, |raw| raw.parse::<CentreId>());
        let employer_id = errors.optional("employer_id", self.employer_id, |raw| {
            raw.parse::<EmployerId>()
        });
        let membership = match role {
            Some(Role::Admin) => Some(Membership::Admin),
            Some(Role::Caseworker) => {
                if centre_id.is_none() {
                    errors.add("centre_id", Problem::RequiredFor(Need::Caseworker));
                }
                centre_id.map(Membership::Caseworker)
            }
            Some(Role::Employer) => {
                if employer_id.is_none() {
                    errors.add("employer_id", Problem::RequiredFor(Need::EmployerUser));
                }
                employer_id.map(Membership::Employer)
            }
            None => None,
        };
        errors.into_result()?;
        match (email, name, membership, password) {
            (Some(email), Some(name), Some(membership), Some(password)) => Ok(NewUser {
                email,
                name,
                membership,
                password,
                locale,
            }),
            _ => Err(FieldErrors::single("input", Problem::Required)),
        }
    }
}

/// A change to a user, by an admin (or by the user, for the language).
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct UserPatchInput {
    pub name: Option<String>,
    pub disabled: Option<bool>,
    pub password: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Locale>))]
    pub locale: Option<String>,
}

/// A validated change to a user.
#[derive(Debug, Clone, Default)]
pub struct UserPatch {
    pub name: Option<String>,
    pub disabled: Option<bool>,
    pub password: Option<Password>,
    pub locale: Option<Locale>,
}

impl UserPatchInput {
    pub fn parse(self) -> Result<UserPatch, FieldErrors> {
        let mut errors = FieldErrors::new();
        let patch = UserPatch {
            name: errors.optional("name", self.name, |raw| text::line(&raw, 120)),
            disabled: self.disabled,
            password: errors.optional("password", self.password, |raw| Password::parse(&raw)),
            locale: errors.optional("locale", self.locale, |raw| Locale::parse(&raw)),
        };
        errors.into_result()?;
        Ok(patch)
    }
}

/// What a sign-in form or request carries.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginAttempt {
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[serde(default)]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[serde(default)]
    pub password: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caseworker_needs_a_centre() {
        let input = NewUserInput {
            email: Some("amal@example.org".into()),
            name: Some("Amal".into()),
            role: Some("caseworker".into()),
            password: Some("olive-tree-window-42".into()),
            ..Default::default()
        };
        let errors = input.parse().unwrap_err();
        assert_eq!(
            errors.get("centre_id"),
            Some(&Problem::RequiredFor(Need::Caseworker))
        );
    }

    #[test]
    fn every_bad_field_is_reported() {
        let input = NewUserInput {
            email: Some("nope".into()),
            role: Some("boss".into()),
            ..Default::default()
        };
        let errors = input.parse().unwrap_err();
        assert!(errors.get("email").is_some());
        assert!(errors.get("role").is_some());
        assert_eq!(errors.get("name"), Some(&Problem::Required));
        assert_eq!(errors.get("password"), Some(&Problem::Required));
    }
}
