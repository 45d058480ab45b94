//! How well a person and a job fit, apart from the words they share: occupation
//! closeness, languages, place, stated preferences and pay. Every match carries this
//! explanation, and its structural score joins text relevance in the ranking.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    codes::{CountryCode, IscoCode, LocationCode},
    enums::{Benefit, HoursPreference, SeekerStatus, Shift},
    money::MinimumWage,
    seeker::{LanguageSkill, OccupationExperience, Preferences, SeekerProfile},
    vacancy::VacancyDetails,
};

/// What matching knows of a seeker: their work history and wishes, never who they are
/// (no name, phone, case reference, gender, age or disability).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeekerTraits {
    pub nationality: CountryCode,
    pub status: SeekerStatus,
    pub location: LocationCode,
    pub languages: Vec<LanguageSkill>,
    pub education_level: Option<u8>,
    pub occupations: Vec<OccupationExperience>,
    pub skills: Vec<String>,
    pub preferences: Preferences,
    pub available_from: Option<NaiveDate>,
}

impl From<&SeekerProfile> for SeekerTraits {
    fn from(profile: &SeekerProfile) -> Self {
        Self {
            nationality: profile.nationality.clone(),
            status: profile.status,
            location: profile.location.clone(),
            languages: profile.languages.clone(),
            education_level: profile.education_level,
            occupations: profile.occupations.clone(),
            skills: profile.skills.clone(),
            preferences: profile.preferences.clone(),
            available_from: profile.available_from,
        }
    }
}

/// How near two ISCO-08 occupations are: the deepest group they share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Closeness {
    /// The same major group (1 digit).
    MajorGroup,
    /// The same sub-major group (2 digits).
    SubMajorGroup,
    /// The same minor group (3 digits).
    MinorGroup,
    /// The same unit group (4 digits): the same occupation.
    UnitGroup,
}

impl Closeness {
    /// The deepest group `a` and `b` share, if any.
    pub fn between(a: &IscoCode, b: &IscoCode) -> Option<Closeness> {
        let shared = a
            .as_str()
            .bytes()
            .zip(b.as_str().bytes())
            .take_while(|(x, y)| x == y)
            .count();
        match shared {
            0 => None,
            1 => Some(Closeness::MajorGroup),
            2 => Some(Closeness::SubMajorGroup),
            3 => Some(Closeness::MinorGroup),
            _ => Some(Closeness::UnitGroup),
        }
    }

    /// The ranking weight of this closeness; the search index boosts group terms by the
    /// same figures, so that retrieval and ranking agree.
    pub fn weight(self) -> f32 {
        match self {
            Closeness::UnitGroup => 1.0,
            Closeness::MinorGroup => 0.6,
            Closeness::SubMajorGroup => 0.35,
            Closeness::MajorGroup => 0.1,
        }
    }
}

/// The seeker's occupation nearest the job's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OccupationFit {
    /// The seeker's occupation (ISCO-08 unit group).
    pub isco: IscoCode,
    pub closeness: Closeness,
    pub years: u8,
}

/// Where the job is, seen from the seeker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlaceFit {
    /// Where the seeker lives.
    Home,
    /// A place the seeker said they would work in.
    Preferred,
    /// The same governorate as the seeker's home.
    SameGovernorate,
    Elsewhere,
}

/// Something that would likely make the seeker turn the offer down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Concern {
    /// Night or rotating shifts, and the seeker does not work nights.
    NightWork,
    /// Away from home, no transport provided, and the seeker needs it.
    NoTransport,
    /// No childcare, and the seeker needs it.
    NoChildcare,
    /// More hours than the part-time work the seeker asked for.
    TooManyHours,
    /// Applications close before the seeker is available.
    ClosesBeforeAvailable,
    /// Not one of the sectors the seeker asked for.
    OtherSector,
}

/// Which of the job's skills the seeker has. Deciding it needs text analysis, so the
/// search side works it out and hands it over.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SkillFit {
    pub matched: Vec<String>,
    pub missing: Vec<String>,
}

/// Why a person and a job fit, or where they do not.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Explanation {
    /// The seeker's nearest occupation to the job's, if they share a group.
    pub occupation: Option<OccupationFit>,
    pub skills: SkillFit,
    /// Languages the job needs and the seeker speaks well enough.
    pub languages_matched: Vec<LanguageSkill>,
    /// Languages the job needs at a level the seeker does not have.
    pub languages_missing: Vec<LanguageSkill>,
    pub place: PlaceFit,
    pub concerns: Vec<Concern>,
    /// The job's lowest pay as a percentage of the minimum wage for its period.
    pub wage_percent_of_minimum: u32,
}

impl Explanation {
    /// The structural part of a match's score: higher is a better fit.
    pub fn score(&self) -> f32 {
        let occupation = self.occupation.as_ref().map_or(0.0, |fit| {
            fit.closeness.weight() + 0.03 * f32::from(fit.years.min(5))
        });
        let skills = 0.1 * self.skills.matched.len().min(3) as f32;
        let languages = -0.3 * self.languages_missing.len() as f32;
        let place = match self.place {
            PlaceFit::Home => 0.3,
            PlaceFit::Preferred => 0.25,
            PlaceFit::SameGovernorate => 0.15,
            PlaceFit::Elsewhere => 0.0,
        };
        let concerns = -0.15 * self.concerns.len() as f32;
        // Pay above the minimum helps, up to double it.
        let wage = 0.1 * (self.wage_percent_of_minimum.clamp(100, 200) - 100) as f32 / 100.0;
        occupation + skills + languages + place + concerns + wage
    }
}

/// The seeker's nearest occupation to `job`.
pub fn occupation_fit(
    occupations: &[OccupationExperience],
    job: &IscoCode,
) -> Option<OccupationFit> {
    occupations
        .iter()
        .filter_map(|experience| {
            Closeness::between(&experience.isco, job).map(|closeness| OccupationFit {
                isco: experience.isco.clone(),
                closeness,
                years: experience.years,
            })
        })
        .max_by_key(|fit| (fit.closeness, fit.years))
}

/// Where `job` lies for someone living at `home` who prefers `preferred`.
pub fn place_fit(home: &LocationCode, preferred: &[LocationCode], job: &LocationCode) -> PlaceFit {
    if home == job {
        PlaceFit::Home
    } else if preferred
        .iter()
        .any(|place| place == job || place.as_str() == job.region())
    {
        PlaceFit::Preferred
    } else if home.region() == job.region() {
        PlaceFit::SameGovernorate
    } else {
        PlaceFit::Elsewhere
    }
}

fn concerns(
    preferences: &Preferences,
    available_from: Option<NaiveDate>,
    place: PlaceFit,
    job: &VacancyDetails,
) -> Vec<Concern> {
    let mut concerns = Vec::new();
    if !preferences.night_work && matches!(job.shift, Shift::Night | Shift::Rotating) {
        concerns.push(Concern::NightWork);
    }
    if preferences.needs_transport
        && place != PlaceFit::Home
        && !job.benefits.contains(&Benefit::Transport)
    {
        concerns.push(Concern::NoTransport);
    }
    if preferences.needs_childcare && !job.benefits.contains(&Benefit::Childcare) {
        concerns.push(Concern::NoChildcare);
    }
    if preferences.hours == HoursPreference::PartTime && job.hours_per_week > 30 {
        concerns.push(Concern::TooManyHours);
    }
    if let (Some(available), Some(closing)) = (available_from, job.closing_date)
        && closing < available
    {
        concerns.push(Concern::ClosesBeforeAvailable);
    }
    if !preferences.sectors.is_empty() && !preferences.sectors.contains(&job.sector) {
        concerns.push(Concern::OtherSector);
    }
    concerns
}

/// Languages the job needs, split into those the seeker has at the level asked and
/// those they do not.
fn language_fit(
    spoken: &[LanguageSkill],
    needed: &[LanguageSkill],
) -> (Vec<LanguageSkill>, Vec<LanguageSkill>) {
    needed.iter().cloned().partition(|need| {
        spoken
            .iter()
            .any(|have| have.code == need.code && have.level >= need.level)
    })
}

/// Explains how `seeker` fits `job`; `skills` comes from the text side.
pub fn explain(
    seeker: &SeekerTraits,
    job: &VacancyDetails,
    skills: SkillFit,
    minimum_wage: &MinimumWage,
) -> Explanation {
    let place = place_fit(
        &seeker.location,
        &seeker.preferences.locations,
        &job.location,
    );
    let (languages_matched, languages_missing) = language_fit(&seeker.languages, &job.languages);
    let floor = minimum_wage.for_period(job.wage.period).fils().max(1);
    let wage_percent_of_minimum =
        u32::try_from(job.wage.min.fils().saturating_mul(100) / floor).unwrap_or(u32::MAX);
    Explanation {
        occupation: occupation_fit(&seeker.occupations, &job.occupation),
        skills,
        languages_matched,
        languages_missing,
        place,
        concerns: concerns(&seeker.preferences, seeker.available_from, place, job),
        wage_percent_of_minimum,
    }
}

#[cfg(test)]
mod tests;
