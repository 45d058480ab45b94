//! A person who may be registered already: what a registration is told, and what the
//! caller may see of them. Someone of the caller's own centre (or anyone, for an
//! admin) is named, with what matched; someone of another centre is only said to be
//! registered there, since another centre's people are not the caller's to read.

use serde::Serialize;

use crate::{
    enums::{Gender, Matched},
    ids::{CentreId, SeekerId},
    likeness::{name_words, names_alike},
    seeker::SeekerProfile,
};

/// A person found alike to a registration.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DuplicateCandidate {
    /// The centre they are registered at.
    pub centre_id: CentreId,
    pub centre_name_ar: String,
    pub centre_name_en: String,
    /// The person, when the caller may open their record; absent for another
    /// centre's person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seeker: Option<SeenDuplicate>,
}

/// A person of the caller's own centre found alike to a registration.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeenDuplicate {
    pub id: SeekerId,
    pub full_name: String,
    pub case_reference: Option<String>,
    pub birth_year: Option<i32>,
    /// What the two registrations have in common.
    pub matched: Vec<Matched>,
}

/// How many years apart two years of birth may be and still be one person's: people
/// often know theirs only roughly.
pub const BIRTH_YEAR_SLACK: i32 = 2;

/// Whether two genders may be one person's: the same, or one not said.
pub fn genders_compatible(a: Gender, b: Gender) -> bool {
    a == b
        || [a, b]
            .iter()
            .any(|g| matches!(g, Gender::Other | Gender::Undisclosed))
}

/// The genders a person of `gender` may also be recorded with.
pub fn compatible_genders(gender: Gender) -> Vec<Gender> {
    Gender::ALL
        .iter()
        .copied()
        .filter(|&other| genders_compatible(gender, other))
        .collect()
}

/// The year of birth the look-up keys of a person whose year is unknown are written
/// with: a number no one is born in, so that a look-up takes "unknown or near" as a
/// list of years (an index reads a list; "is null or between" it reads whole).
pub const UNKNOWN_BIRTH_YEAR: i32 = 0;

/// Whether two years of birth may be one person's; an unknown one may be any.
pub fn birth_years_compatible(a: Option<i32>, b: Option<i32>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= BIRTH_YEAR_SLACK,
        _ => true,
    }
}

/// What a registration and an earlier record have in common: the same case
/// reference, the same phone (both in E.164), or a name alike with a compatible
/// gender and year of birth.
pub fn matched(
    new: &SeekerProfile,
    new_phone: Option<&str>,
    old: &SeekerProfile,
    old_phone: Option<&str>,
) -> Vec<Matched> {
    let mut matched = Vec::new();
    let reference = |profile: &SeekerProfile| {
        profile
            .case_reference
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_lowercase)
    };
    if reference(new).is_some() && reference(new) == reference(old) {
        matched.push(Matched::CaseReference);
    }
    if new_phone.is_some() && new_phone == old_phone {
        matched.push(Matched::Phone);
    }
    if genders_compatible(new.gender, old.gender)
        && birth_years_compatible(new.birth_year, old.birth_year)
        && names_alike(&name_words(&new.full_name), &name_words(&old.full_name))
    {
        matched.push(Matched::Name);
    }
    matched
}
