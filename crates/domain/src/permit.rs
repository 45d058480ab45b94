//! Work permits and the permit types that a country's rules define.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    codes::SectorCode,
    dates::{DateRange, parse_date},
    enums::{PermitKind, PermitStatus},
    errors::{CodeFormat, FieldErrors, Need, Problem, Record},
    ids::{EmployerId, PermitId, SeekerId},
    text,
};

/// A kind of permit, such as Jordan's flexible construction permit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PermitType {
    pub code: String,
    pub name_ar: String,
    pub name_en: String,
    pub kind: PermitKind,
    /// For a flexible permit, the sectors it allows work in.
    pub sectors: Vec<SectorCode>,
    pub active: bool,
}

impl PermitType {
    pub fn covers_sector(&self, sector: &SectorCode) -> bool {
        self.kind == PermitKind::Flexible && self.sectors.contains(sector)
    }
}

/// A permit type as an admin sends it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct PermitTypeInput {
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub code: Option<String>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub name_ar: Option<String>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub name_en: Option<String>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<PermitKind>))]
    pub kind: Option<String>,
    pub sectors: Option<Vec<String>>,
    pub active: Option<bool>,
}

impl PermitTypeInput {
    pub fn parse(self) -> Result<PermitType, FieldErrors> {
        let mut errors = FieldErrors::new();
        let code = errors.require("code", self.code, |raw| {
            let code = raw.trim().to_ascii_lowercase();
            if (2..=40).contains(&code.len())
                && code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
            {
                Ok(code)
            } else {
                Err(Problem::BadCode(CodeFormat::PermitType))
            }
        });
        let name_ar = errors.require("name_ar", self.name_ar, |raw| text::line(&raw, 120));
        let name_en = errors.require("name_en", self.name_en, |raw| text::line(&raw, 120));
        let kind = errors.require("kind", self.kind, |raw| PermitKind::parse(&raw));
        let mut sectors = Vec::new();
        for (i, raw) in self.sectors.unwrap_or_default().iter().enumerate() {
            if let Some(sector) = errors.check(&format!("sectors[{i}]"), SectorCode::parse(raw)) {
                sectors.push(sector);
            }
        }
        if kind == Some(PermitKind::Flexible)
            && sectors.is_empty()
            && errors.get("sectors").is_none()
        {
            errors.add("sectors", Problem::FlexiblePermitWithoutSectors);
        }
        if kind == Some(PermitKind::EmployerSpecific) && !sectors.is_empty() {
            errors.add("sectors", Problem::EmployerPermitWithSectors);
        }
        errors.into_result()?;
        match (code, name_ar, name_en, kind) {
            (Some(code), Some(name_ar), Some(name_en), Some(kind)) => Ok(PermitType {
                code,
                name_ar,
                name_en,
                kind,
                sectors,
                active: self.active.unwrap_or(true),
            }),
            _ => Err(FieldErrors::single("input", Problem::Required)),
        }
    }
}

/// A permit's validated details. Deserialize reads back only what forsa stored itself
/// (the search index); clients send `PermitInput`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PermitDetails {
    pub permit_type: String,
    pub number: Option<String>,
    pub issuer: Option<String>,
    pub validity: DateRange,
    /// The employer an employer-specific permit is tied to.
    pub employer_id: Option<EmployerId>,
    pub status: PermitStatus,
}

/// A seeker's work permit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkPermit {
    pub id: PermitId,
    pub seeker_id: SeekerId,
    #[serde(flatten)]
    pub details: PermitDetails,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl WorkPermit {
    /// Whether it lets its holder work on `day`.
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        self.details.status == PermitStatus::Active && self.details.validity.contains(day)
    }

    /// Whether it may let its holder work on `day` or later: in force, or to come
    /// into force, and not ended before `day`.
    pub fn in_force_on_or_after(&self, day: NaiveDate) -> bool {
        self.details.status == PermitStatus::Active && self.details.validity.until() >= day
    }

    /// The permit that says most about a person on `day`: one in force (the one that
    /// lasts longest), else the one that ends last.
    pub fn telling(permits: &[WorkPermit], day: NaiveDate) -> Option<&WorkPermit> {
        let latest = |p: &&WorkPermit| p.details.validity.until();
        permits
            .iter()
            .filter(|p| p.in_force_on(day))
            .max_by_key(latest)
            .or_else(|| permits.iter().max_by_key(latest))
    }
}

/// A permit as a client sends it; the same shape records one and edits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct PermitInput {
    pub permit_type: Option<String>,
    pub number: Option<String>,
    pub issuer: Option<String>,
    pub valid_from: Option<String>,
    pub valid_until: Option<String>,
    pub employer_id: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<PermitStatus>))]
    pub status: Option<String>,
}

impl PermitInput {
    /// The fields a creation must give. The type leaves every field optional so that
    /// each missing one gets its own message and edits may send only what changes;
    /// the API document marks these required for the create request.
    pub const REQUIRED_TO_CREATE: &'static [&'static str] =
        &["permit_type", "valid_from", "valid_until"];

    /// Validates a permit against its type, which the caller looked up.
    pub fn parse(self, permit_type: Option<&PermitType>) -> Result<PermitDetails, FieldErrors> {
        let mut errors = FieldErrors::new();
        let type_code = errors.require("permit_type", self.permit_type, |raw| match permit_type {
            Some(known) if known.code == raw.trim() => Ok(known.code.clone()),
            _ => Err(Problem::Unknown {
                record: Record::PermitType,
                code: None,
            }),
        });
        let number = errors
            .optional("number", self.number, |raw| text::optional_line(&raw, 60))
            .flatten();
        let issuer = errors
            .optional("issuer", self.issuer, |raw| text::optional_line(&raw, 120))
            .flatten();
        let from = errors.require("valid_from", self.valid_from, |raw| parse_date(&raw));
        let until = errors.require("valid_until", self.valid_until, |raw| parse_date(&raw));
        let validity = match (from, until) {
            (Some(from), Some(until)) => errors.check("valid_until", DateRange::new(from, until)),
            _ => None,
        };
        let employer_id = errors
            .optional("employer_id", self.employer_id, |raw| {
                if raw.trim().is_empty() {
                    Ok(None)
                } else {
                    raw.parse::<EmployerId>().map(Some)
                }
            })
            .flatten();
        if let Some(permit_type) = permit_type {
            match (permit_type.kind, employer_id) {
                (PermitKind::EmployerSpecific, None) => errors.add(
                    "employer_id",
                    Problem::RequiredFor(Need::EmployerSpecificPermit),
                ),
                (PermitKind::Flexible, Some(_)) => {
                    errors.add("employer_id", Problem::FlexiblePermitWithEmployer)
                }
                _ => {}
            }
        }
        let status = errors
            .optional("status", self.status, |raw| PermitStatus::parse(&raw))
            .unwrap_or(PermitStatus::Active);
        errors.into_result()?;
        match (type_code, validity) {
            (Some(permit_type), Some(validity)) => Ok(PermitDetails {
                permit_type,
                number,
                issuer,
                validity,
                employer_id,
                status,
            }),
            _ => Err(FieldErrors::single("input", Problem::Required)),
        }
    }

    pub fn overlay(self, patch: PermitInput) -> PermitInput {
        PermitInput {
            permit_type: patch.permit_type.or(self.permit_type),
            number: patch.number.or(self.number),
            issuer: patch.issuer.or(self.issuer),
            valid_from: patch.valid_from.or(self.valid_from),
            valid_until: patch.valid_until.or(self.valid_until),
            employer_id: patch.employer_id.or(self.employer_id),
            status: patch.status.or(self.status),
        }
    }
}

impl From<&PermitDetails> for PermitInput {
    fn from(details: &PermitDetails) -> Self {
        PermitInput {
            permit_type: Some(details.permit_type.clone()),
            number: details.number.clone(),
            issuer: details.issuer.clone(),
            valid_from: Some(details.validity.from().to_string()),
            valid_until: Some(details.validity.until().to_string()),
            employer_id: details.employer_id.map(|id| id.to_string()),
            status: Some(details.status.as_str().to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_to_create_is_what_parse_demands() {
        let errors = PermitInput::default().parse(None).unwrap_err();
        assert_eq!(errors.missing(), PermitInput::REQUIRED_TO_CREATE);
    }

    fn construction() -> PermitType {
        PermitType {
            code: "flexible_construction".into(),
            name_ar: "تصريح مرن للإنشاءات".into(),
            name_en: "Flexible construction permit".into(),
            kind: PermitKind::Flexible,
            sectors: vec![SectorCode::parse("F").unwrap()],
            active: true,
        }
    }

    fn employer_specific() -> PermitType {
        PermitType {
            code: "employer_specific".into(),
            name_ar: "تصريح عمل لدى صاحب عمل محدد".into(),
            name_en: "Employer-specific permit".into(),
            kind: PermitKind::EmployerSpecific,
            sectors: vec![],
            active: true,
        }
    }

    fn input(from: &str, until: &str) -> PermitInput {
        PermitInput {
            permit_type: Some("flexible_construction".into()),
            valid_from: Some(from.into()),
            valid_until: Some(until.into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_permit_cannot_end_before_it_starts() {
        let errors = input("2026-06-01", "2026-05-01")
            .parse(Some(&construction()))
            .unwrap_err();
        assert_eq!(errors.get("valid_until"), Some(&Problem::EndBeforeStart));
    }

    #[test]
    fn an_unknown_type_is_refused() {
        let errors = input("2026-01-01", "2026-12-31").parse(None).unwrap_err();
        assert_eq!(
            errors.get("permit_type"),
            Some(&Problem::Unknown {
                record: Record::PermitType,
                code: None
            })
        );
    }

    #[test]
    fn employer_specific_permits_name_their_employer() {
        let mut raw = input("2026-01-01", "2026-12-31");
        raw.permit_type = Some("employer_specific".into());
        let errors = raw.clone().parse(Some(&employer_specific())).unwrap_err();
        assert_eq!(
            errors.get("employer_id"),
            Some(&Problem::RequiredFor(Need::EmployerSpecificPermit))
        );
        raw.employer_id = Some(EmployerId::generate().to_string());
        assert!(raw.parse(Some(&employer_specific())).is_ok());
    }

    #[test]
    fn flexible_permits_have_no_employer() {
        let mut raw = input("2026-01-01", "2026-12-31");
        raw.employer_id = Some(EmployerId::generate().to_string());
        assert!(
            raw.parse(Some(&construction()))
                .unwrap_err()
                .get("employer_id")
                .is_some()
        );
    }

    #[test]
    fn permit_types_are_checked() {
        let flexible_without_sectors = PermitTypeInput {
            code: Some("flexible_x".into()),
            name_ar: Some("س".into()),
            name_en: Some("X".into()),
            kind: Some("flexible".into()),
            ..Default::default()
        };
        assert!(
            flexible_without_sectors
                .parse()
                .unwrap_err()
                .get("sectors")
                .is_some()
        );
    }
}
