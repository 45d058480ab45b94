//! A person who may be registered already: what a registration is told, and what the
//! caller may see of them. Someone of the caller's own centre (or anyone, for an
//! admin) is named, with what matched; someone of another centre is only said to be
//! registered there, since another centre's people are not the caller's to read.

use serde::Serialize;

use crate::{
    enums::{Gender, Matched},
    ids::{CentreId, SeekerId},
    likeness::{Name, Names},
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

/// What a person's record is compared by: their case reference, phone in E.164,
/// gender, year of birth and name.
#[derive(Debug, Clone, Copy)]
pub struct Recorded<'a> {
    pub case_reference: Option<&'a str>,
    pub phone_e164: Option<&'a str>,
    pub gender: Gender,
    pub birth_year: Option<i32>,
    pub full_name: &'a str,
}

impl<'a> Recorded<'a> {
    pub fn of(profile: &'a SeekerProfile, phone_e164: Option<&'a str>) -> Self {
        Recorded {
            case_reference: profile.case_reference.as_deref(),
            phone_e164,
            gender: profile.gender,
            birth_year: profile.birth_year,
            full_name: &profile.full_name,
        }
    }
}

/// A registration made ready to be compared with many records (a look-up reads up
/// to a few hundred): its case reference, phone and name worked out once.
#[derive(Debug, Clone)]
pub struct Compared {
    reference: Option<String>,
    phone: Option<String>,
    gender: Gender,
    birth_year: Option<i32>,
    name: Name,
}

/// A case reference as written, trimmed; none when empty.
pub fn given_reference(reference: Option<&str>) -> Option<&str> {
    reference.map(str::trim).filter(|r| !r.is_empty())
}

/// A case reference as two are compared: trimmed, in lower case; none when empty.
fn reference_key(reference: Option<&str>) -> Option<String> {
    given_reference(reference).map(str::to_lowercase)
}

impl Compared {
    /// `profile`, whose phone in E.164 is `phone`.
    pub fn new(profile: &SeekerProfile, phone: Option<String>) -> Self {
        Compared {
            reference: reference_key(profile.case_reference.as_deref()),
            phone,
            gender: profile.gender,
            birth_year: profile.birth_year,
            name: Name::of(&profile.full_name),
        }
    }

    /// What the registration and `old` have in common; `old`'s name worked out in
    /// (or taken from) `names`.
    pub fn with(&self, old: &Recorded<'_>, names: &mut Names) -> Vec<Matched> {
        let mut matched = Vec::new();
        if self.reference.is_some() && self.reference == reference_key(old.case_reference) {
            matched.push(Matched::CaseReference);
        }
        if self.phone.is_some() && self.phone.as_deref() == old.phone_e164 {
            matched.push(Matched::Phone);
        }
        if genders_compatible(self.gender, old.gender)
            && birth_years_compatible(self.birth_year, old.birth_year)
            && self.name.alike(names.of(old.full_name))
        {
            matched.push(Matched::Name);
        }
        matched
    }
}
