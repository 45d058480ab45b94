//! Job seekers: what a caseworker records about a person looking for work.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    codes::{CountryCode, IscoCode, LanguageCode, LocationCode, SectorCode},
    dates::parse_date,
    enums::{Gender, HoursPreference, LanguageLevel, SeekerStatus},
    errors::{FieldErrors, Problem},
    ids::{CentreId, SeekerId},
    text,
};

/// A language someone speaks, or a job needs, and how well.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageSkill {
    pub code: LanguageCode,
    pub level: LanguageLevel,
}

/// An occupation someone has worked in, and for how long.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OccupationExperience {
    pub isco: IscoCode,
    pub years: u8,
}

/// What a seeker wants from a job. Offers are refused for these more than for pay.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Preferences {
    pub sectors: Vec<SectorCode>,
    pub locations: Vec<LocationCode>,
    pub hours: HoursPreference,
    pub night_work: bool,
    pub needs_transport: bool,
    pub needs_childcare: bool,
}

// The enum comes from a macro, so `#[derive(Default)]` cannot mark its default.
#[allow(clippy::derivable_impls)]
impl Default for HoursPreference {
    fn default() -> Self {
        HoursPreference::Any
    }
}

/// A seeker's validated details, as a caseworker records them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeekerProfile {
    /// A reference such as a UNHCR case number; unique within a centre.
    pub case_reference: Option<String>,
    pub full_name: String,
    pub gender: Gender,
    pub birth_year: Option<i32>,
    pub nationality: CountryCode,
    pub status: SeekerStatus,
    pub phone: Option<String>,
    pub location: LocationCode,
    pub languages: Vec<LanguageSkill>,
    /// ISCED 2011 level, 0 (early childhood) to 8 (doctorate).
    pub education_level: Option<u8>,
    pub occupations: Vec<OccupationExperience>,
    pub skills: Vec<String>,
    pub experience: Option<String>,
    pub preferences: Preferences,
    pub disability: Option<String>,
    pub available_from: Option<NaiveDate>,
}

/// A registered seeker.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Seeker {
    pub id: SeekerId,
    pub centre_id: CentreId,
    #[serde(flatten)]
    pub profile: SeekerProfile,
    pub archived_at: Option<DateTime<Utc>>,
    /// The record this one was merged into, when it was: it then only points there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<SeekerId>,
    /// When the record was erased: it then holds no personal data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub erased_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Bumped by every change; send it back with an edit to detect a stale form.
    pub version: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LanguageInput {
    pub code: String,
    #[cfg_attr(feature = "openapi", schema(value_type = LanguageLevel))]
    pub level: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OccupationInput {
    pub isco: String,
    #[serde(default)]
    pub years: u8,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct PreferencesInput {
    pub sectors: Vec<String>,
    pub locations: Vec<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<HoursPreference>))]
    pub hours: Option<String>,
    pub night_work: bool,
    pub needs_transport: bool,
    pub needs_childcare: bool,
}

/// A seeker as a client sends it: everything optional, so that the same shape serves
/// registration (where `parse` demands the required fields) and partial edits (laid
/// over the current record with `overlay`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct SeekerInput {
    #[serde(deserialize_with = "crate::nullable::text")]
    pub case_reference: Option<String>,
    pub full_name: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Gender>))]
    pub gender: Option<String>,
    #[serde(
        deserialize_with = "crate::nullable::value",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i32>))]
    pub birth_year: Option<Option<i32>>,
    pub nationality: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<SeekerStatus>))]
    pub status: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub phone: Option<String>,
    pub location: Option<String>,
    pub languages: Option<Vec<LanguageInput>>,
    #[serde(
        deserialize_with = "crate::nullable::value",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<u8>))]
    pub education_level: Option<Option<u8>>,
    pub occupations: Option<Vec<OccupationInput>>,
    pub skills: Option<Vec<String>>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub experience: Option<String>,
    pub preferences: Option<PreferencesInput>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub disability: Option<String>,
    #[serde(deserialize_with = "crate::nullable::text")]
    pub available_from: Option<String>,
    /// The version the client last saw; an edit of an older version is refused.
    pub version: Option<i32>,
    /// The centre to register at; only admins choose, caseworkers register at their own.
    pub centre_id: Option<String>,
    /// Registration only: why this person is registered although forsa found a person
    /// with matching details (the answer 409 `possible_duplicate` lists them). Kept
    /// with the registration and in the access log.
    #[serde(deserialize_with = "crate::nullable::text")]
    pub duplicate_reason: Option<String>,
}

/// Where an admin moves a person: the centre that is to see them from now on.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct TransferInput {
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub centre_id: Option<String>,
}

impl TransferInput {
    pub fn parse(self) -> Result<CentreId, FieldErrors> {
        let mut errors = FieldErrors::new();
        let centre = errors.require("centre_id", self.centre_id, |raw| {
            raw.trim().parse::<CentreId>()
        });
        errors.into_result()?;
        centre.ok_or_else(|| FieldErrors::single("centre_id", Problem::Required))
    }
}

/// One record merged into another: the record kept, and why.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct MergeInput {
    /// The record to keep; the one merged points to it afterwards.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub into: Option<String>,
    /// Why the two are one person ("same UNHCR case, registered at two centres").
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub reason: Option<String>,
}

impl MergeInput {
    /// The record to keep and the reason, or what is wrong; `merged` is the record
    /// being merged, which cannot be kept as well.
    pub fn parse(self, merged: SeekerId) -> Result<(SeekerId, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let into = errors.require("into", self.into, |raw| {
            let into = raw.trim().parse::<SeekerId>()?;
            if into == merged {
                Err(Problem::SamePerson)
            } else {
                Ok(into)
            }
        });
        let reason = errors.require("reason", self.reason, |raw| {
            text::optional_paragraph(&raw, 1_000)?.ok_or(Problem::Required)
        });
        errors.into_result()?;
        match (into, reason) {
            (Some(into), Some(reason)) => Ok((into, reason)),
            _ => Err(FieldErrors::single("into", Problem::Required)),
        }
    }
}

/// Parses each item of a list, recording errors as `field[i].sub`.
fn each<R, T>(
    errors: &mut FieldErrors,
    field: &str,
    raw: Vec<R>,
    max: usize,
    mut parse: impl FnMut(&mut FieldErrors, &str, R) -> Option<T>,
) -> Vec<T> {
    if raw.len() > max {
        errors.add(field, Problem::TooManyEntries { max });
        return Vec::new();
    }
    raw.into_iter()
        .enumerate()
        .filter_map(|(i, item)| parse(errors, &format!("{field}[{i}]"), item))
        .collect()
}

pub(crate) fn parse_languages(
    errors: &mut FieldErrors,
    field: &str,
    raw: Vec<LanguageInput>,
) -> Vec<LanguageSkill> {
    let languages = each(errors, field, raw, 12, |errors, at, item| {
        let code = errors.check(&format!("{at}.code"), LanguageCode::parse(&item.code));
        let level = errors.check(&format!("{at}.level"), LanguageLevel::parse(&item.level));
        Some(LanguageSkill {
            code: code?,
            level: level?,
        })
    });
    for (i, language) in languages.iter().enumerate() {
        if languages[..i]
            .iter()
            .any(|earlier| earlier.code == language.code)
        {
            errors.add(
                field,
                Problem::ListedTwice {
                    item: language.code.to_string(),
                },
            );
        }
    }
    languages
}

fn parse_preferences(errors: &mut FieldErrors, raw: PreferencesInput) -> Preferences {
    let sectors = each(
        errors,
        "preferences.sectors",
        raw.sectors,
        21,
        |errors, at, item| errors.check(at, SectorCode::parse(&item)),
    );
    let locations = each(
        errors,
        "preferences.locations",
        raw.locations,
        20,
        |errors, at, item| errors.check(at, LocationCode::parse(&item)),
    );
    let hours = errors
        .optional("preferences.hours", raw.hours, |raw| {
            HoursPreference::parse(&raw)
        })
        .unwrap_or_default();
    Preferences {
        sectors,
        locations,
        hours,
        night_work: raw.night_work,
        needs_transport: raw.needs_transport,
        needs_childcare: raw.needs_childcare,
    }
}

impl SeekerInput {
    /// The fields a creation must give. The type leaves every field optional so that
    /// each missing one gets its own message and edits may send only what changes;
    /// the API document marks these required for the create request.
    pub const REQUIRED_TO_CREATE: &'static [&'static str] =
        &["full_name", "gender", "location", "nationality", "status"];

    /// Validates a whole profile. `today` bounds the birth year.
    pub fn parse(self, today: NaiveDate) -> Result<SeekerProfile, FieldErrors> {
        let mut errors = FieldErrors::new();
        let case_reference = errors
            .optional("case_reference", self.case_reference, |raw| {
                text::optional_line(&raw, 40)
            })
            .flatten();
        let full_name = errors.require("full_name", self.full_name, |raw| {
            text::bounded(&raw, 2, 120, false)
        });
        let gender = errors.require("gender", self.gender, |raw| Gender::parse(&raw));
        let birth_year = errors.optional("birth_year", self.birth_year.flatten(), |year| {
            let age = today.year() - year;
            if (14..=100).contains(&age) {
                Ok(year)
            } else {
                Err(Problem::AgeOutOfRange {
                    youngest: 14,
                    oldest: 100,
                })
            }
        });
        let nationality = errors.require("nationality", self.nationality, |raw| {
            CountryCode::parse(&raw)
        });
        let status = errors.require("status", self.status, |raw| SeekerStatus::parse(&raw));
        let phone = errors
            .optional("phone", self.phone, |raw| {
                if raw.trim().is_empty() {
                    Ok(None)
                } else {
                    text::phone(&raw).map(Some)
                }
            })
            .flatten();
        let location = errors.require("location", self.location, |raw| LocationCode::parse(&raw));
        let languages =
            parse_languages(&mut errors, "languages", self.languages.unwrap_or_default());
        let education_level =
            errors.optional("education_level", self.education_level.flatten(), |level| {
                if level <= 8 {
                    Ok(level)
                } else {
                    Err(Problem::NotIscedLevel)
                }
            });
        let occupations = each(
            &mut errors,
            "occupations",
            self.occupations.unwrap_or_default(),
            10,
            |errors, at, item| {
                let isco = errors.check(
                    &format!("{at}.isco"),
                    IscoCode::parse_unit_group(&item.isco),
                );
                let years = errors.check(
                    &format!("{at}.years"),
                    if item.years <= 60 {
                        Ok(item.years)
                    } else {
                        Err(Problem::AtMost { max: 60 })
                    },
                );
                Some(OccupationExperience {
                    isco: isco?,
                    years: years?,
                })
            },
        );
        let skills = errors
            .check(
                "skills",
                text::labels(&self.skills.unwrap_or_default(), 30, 60),
            )
            .unwrap_or_default();
        let experience = errors
            .optional("experience", self.experience, |raw| {
                text::optional_paragraph(&raw, 4000)
            })
            .flatten();
        let preferences = parse_preferences(&mut errors, self.preferences.unwrap_or_default());
        let disability = errors
            .optional("disability", self.disability, |raw| {
                text::optional_line(&raw, 200)
            })
            .flatten();
        let available_from = errors
            .optional("available_from", self.available_from, |raw| {
                if raw.trim().is_empty() {
                    Ok(None)
                } else {
                    parse_date(&raw).map(Some)
                }
            })
            .flatten();
        errors.into_result()?;
        match (full_name, gender, nationality, status, location) {
            (Some(full_name), Some(gender), Some(nationality), Some(status), Some(location)) => {
                Ok(SeekerProfile {
                    case_reference,
                    full_name,
                    gender,
                    birth_year,
                    nationality,
                    status,
                    phone,
                    location,
                    languages,
                    education_level,
                    occupations,
                    skills,
                    experience,
                    preferences,
                    disability,
                    available_from,
                })
            }
            _ => Err(FieldErrors::single("input", Problem::Required)),
        }
    }

    /// Lays the fields present in `patch` over `self`.
    pub fn overlay(self, patch: SeekerInput) -> SeekerInput {
        SeekerInput {
            case_reference: patch.case_reference.or(self.case_reference),
            full_name: patch.full_name.or(self.full_name),
            gender: patch.gender.or(self.gender),
            birth_year: patch.birth_year.or(self.birth_year),
            nationality: patch.nationality.or(self.nationality),
            status: patch.status.or(self.status),
            phone: patch.phone.or(self.phone),
            location: patch.location.or(self.location),
            languages: patch.languages.or(self.languages),
            education_level: patch.education_level.or(self.education_level),
            occupations: patch.occupations.or(self.occupations),
            skills: patch.skills.or(self.skills),
            experience: patch.experience.or(self.experience),
            preferences: patch.preferences.or(self.preferences),
            disability: patch.disability.or(self.disability),
            available_from: patch.available_from.or(self.available_from),
            version: patch.version.or(self.version),
            centre_id: patch.centre_id.or(self.centre_id),
            duplicate_reason: patch.duplicate_reason.or(self.duplicate_reason),
        }
    }
}

impl From<&SeekerProfile> for SeekerInput {
    fn from(profile: &SeekerProfile) -> Self {
        SeekerInput {
            case_reference: profile.case_reference.clone(),
            full_name: Some(profile.full_name.clone()),
            gender: Some(profile.gender.as_str().to_owned()),
            birth_year: Some(profile.birth_year),
            nationality: Some(profile.nationality.to_string()),
            status: Some(profile.status.as_str().to_owned()),
            phone: profile.phone.clone(),
            location: Some(profile.location.to_string()),
            languages: Some(
                profile
                    .languages
                    .iter()
                    .map(|l| LanguageInput {
                        code: l.code.to_string(),
                        level: l.level.as_str().to_owned(),
                    })
                    .collect(),
            ),
            education_level: Some(profile.education_level),
            occupations: Some(
                profile
                    .occupations
                    .iter()
                    .map(|o| OccupationInput {
                        isco: o.isco.to_string(),
                        years: o.years,
                    })
                    .collect(),
            ),
            skills: Some(profile.skills.clone()),
            experience: profile.experience.clone(),
            preferences: Some(PreferencesInput {
                sectors: profile
                    .preferences
                    .sectors
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
                locations: profile
                    .preferences
                    .locations
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
                hours: Some(profile.preferences.hours.as_str().to_owned()),
                night_work: profile.preferences.night_work,
                needs_transport: profile.preferences.needs_transport,
                needs_childcare: profile.preferences.needs_childcare,
            }),
            disability: profile.disability.clone(),
            available_from: profile.available_from.map(|d| d.to_string()),
            version: None,
            centre_id: None,
            duplicate_reason: None,
        }
    }
}

pub mod duplicate;
pub mod erasure;

#[cfg(test)]
mod tests;
