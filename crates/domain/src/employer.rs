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

/// An employer's name in Arabic and in English; at least one is given. Pages show
/// the page's language and fall back to the other.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployerName {
    #[serde(rename = "name_ar")]
    pub ar: Option<String>,
    #[serde(rename = "name_en")]
    pub en: Option<String>,
}

impl EmployerName {
    /// What separates the two names when they are written on one line.
    const BETWEEN: &'static str = " · ";

    /// Sorts a name written in one language, or in both as "عربي · English", into
    /// its languages: a part with Arabic letters is the Arabic name, another the
    /// English one.
    pub fn sorted(raw: &str) -> EmployerName {
        let mut name = EmployerName::default();
        for part in raw.split(Self::BETWEEN.trim()).map(str::trim) {
            if part.is_empty() {
                continue;
            }
            let slot = if part.chars().any(is_arabic_letter) {
                &mut name.ar
            } else {
                &mut name.en
            };
            match slot {
                Some(kept) => {
                    kept.push_str(Self::BETWEEN);
                    kept.push_str(part);
                }
                None => *slot = Some(part.to_owned()),
            }
        }
        name
    }

    /// Both names on one line, Arabic first: how a list that serves both languages,
    /// a search and the records of old write it.
    pub fn both(&self) -> String {
        [self.ar.as_deref(), self.en.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(Self::BETWEEN)
    }
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployerDetails {
    #[serde(flatten)]
    pub name: EmployerName,
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

/// A name written in one language, or in both as "عربي · English": sorted by script.
impl From<&str> for EmployerName {
    fn from(raw: &str) -> Self {
        EmployerName::sorted(raw)
    }
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
    /// The name in Arabic (2 to 200 characters; empty clears it).
    #[serde(deserialize_with = "crate::nullable::text")]
    pub name_ar: Option<String>,
    /// The name in English (2 to 200 characters; empty clears it). An employer
    /// needs a name in at least one language.
    #[serde(deserialize_with = "crate::nullable::text")]
    pub name_en: Option<String>,
    /// A name in either language, or both as "عربي · English", sorted into
    /// `name_ar` and `name_en` by its script; those, when given, take precedence.
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
    pub const REQUIRED_TO_CREATE: &'static [&'static str] = &["location", "sector"];

    /// The names given, each language's own field before the name written either way.
    fn names(&self) -> (Option<String>, Option<String>) {
        let sorted = self
            .name
            .as_deref()
            .map(EmployerName::sorted)
            .unwrap_or_default();
        (
            self.name_ar.clone().or(sorted.ar),
            self.name_en.clone().or(sorted.en),
        )
    }

    pub fn parse(&self) -> Result<EmployerDetails, FieldErrors> {
        let mut errors = FieldErrors::new();
        let (ar, en) = self.names();
        let one_name = |raw: String| {
            if raw.trim().is_empty() {
                Ok(None)
            } else {
                text::bounded(&raw, 2, 200, false).map(Some)
            }
        };
        let name = EmployerName {
            ar: errors.optional("name_ar", ar, one_name).flatten(),
            en: errors.optional("name_en", en, one_name).flatten(),
        };
        let named = name.ar.is_some() || name.en.is_some();
        if !named && !errors.has("name_ar") && !errors.has("name_en") {
            errors.add("name", Problem::Empty);
        }
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
        match (sector, location) {
            (Some(sector), Some(location)) => Ok(EmployerDetails {
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
        // A name written either way replaces both, but for a language given apart.
        let (name_ar, name_en) = if patch.name.is_some() {
            (patch.name_ar, patch.name_en)
        } else {
            (
                patch.name_ar.or(self.name_ar),
                patch.name_en.or(self.name_en),
            )
        };
        EmployerInput {
            name_ar,
            name_en,
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
            name_ar: Some(details.name.ar.clone().unwrap_or_default()),
            name_en: Some(details.name.en.clone().unwrap_or_default()),
            name: None,
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
        assert!(errors.has("name"), "a name in some language is needed too");
    }

    #[test]
    fn a_name_written_either_way_is_sorted_by_its_script() {
        let both = EmployerName::sorted("مزارع الغور · Ghor Farms");
        assert_eq!(both.ar.as_deref(), Some("مزارع الغور"));
        assert_eq!(both.en.as_deref(), Some("Ghor Farms"));
        assert_eq!(both.both(), "مزارع الغور · Ghor Farms");
        let english = EmployerName::sorted("Al-Bina Contracting");
        assert_eq!(
            (english.ar, english.en.as_deref()),
            (None, Some("Al-Bina Contracting"))
        );
        let arabic = EmployerName::sorted(" مخبز الزعتري 2 ");
        assert_eq!(arabic.ar.as_deref(), Some("مخبز الزعتري 2"));
        assert_eq!(EmployerName::sorted(" · ").both(), "");
    }

    #[test]
    fn each_language_is_checked_and_one_is_enough() {
        let input = |ar: &str, en: &str| EmployerInput {
            name_ar: Some(ar.into()),
            name_en: Some(en.into()),
            sector: Some("F".into()),
            location: Some("JO-AM".into()),
            ..Default::default()
        };
        let only_english = input("", "Al-Bina Contracting").parse().unwrap();
        assert_eq!(only_english.name.ar, None);
        assert!(input("", "").parse().unwrap_err().has("name"));
        assert!(input("ب", "Al-Bina").parse().unwrap_err().has("name_ar"));
        // The language's own field wins over a name written either way.
        let mut both = input("البناء", "");
        both.name = Some("Old · Name".into());
        let parsed = both.parse().unwrap();
        assert_eq!(parsed.name.ar.as_deref(), Some("البناء"));
        assert_eq!(parsed.name.en, None);
    }
}
