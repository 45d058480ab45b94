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

    /// The closeness meant by sharing a group of `digits` digits.
    pub fn of_level(digits: usize) -> Option<Closeness> {
        match digits {
            1 => Some(Closeness::MajorGroup),
            2 => Some(Closeness::SubMajorGroup),
            3 => Some(Closeness::MinorGroup),
            4 => Some(Closeness::UnitGroup),
            _ => None,
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
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::{
        codes::{LanguageCode, SectorCode},
        enums::{Contract, LanguageLevel, WagePeriod},
        money::{Money, WageRange},
    };

    fn isco(code: &str) -> IscoCode {
        IscoCode::parse(code).unwrap()
    }

    fn place(code: &str) -> LocationCode {
        LocationCode::parse(code).unwrap()
    }

    fn language(code: &str, level: LanguageLevel) -> LanguageSkill {
        LanguageSkill {
            code: LanguageCode::parse(code).unwrap(),
            level,
        }
    }

    fn minimum() -> MinimumWage {
        MinimumWage {
            monthly: Money::from_fils(290_000),
            valid_from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
        }
    }

    fn job() -> VacancyDetails {
        VacancyDetails {
            title_ar: Some("نجار قوالب".into()),
            title_en: None,
            description_ar: None,
            description_en: None,
            sector: SectorCode::parse("F").unwrap(),
            occupation: isco("7115"),
            location: place("JO-MA"),
            openings: 1,
            wage: WageRange {
                min: Money::from_fils(435_000),
                max: Money::from_fils(500_000),
                period: WagePeriod::Monthly,
            },
            hours_per_week: 48,
            shift: Shift::Day,
            contract: Contract::FixedTerm,
            start_date: None,
            closing_date: NaiveDate::from_ymd_opt(2027, 1, 10),
            languages: vec![language("ar", LanguageLevel::Conversational)],
            skills: vec![],
            benefits: BTreeSet::new(),
            employer_arranges_permit: false,
        }
    }

    fn seeker() -> SeekerTraits {
        SeekerTraits {
            nationality: CountryCode::parse("SY").unwrap(),
            status: SeekerStatus::Refugee,
            location: place("JO-MA-ZAATARI"),
            languages: vec![language("ar", LanguageLevel::Native)],
            education_level: None,
            occupations: vec![OccupationExperience {
                isco: isco("7115"),
                years: 4,
            }],
            skills: vec![],
            preferences: Preferences::default(),
            available_from: None,
        }
    }

    #[test]
    fn closeness_is_the_deepest_shared_group() {
        assert_eq!(
            Closeness::between(&isco("7115"), &isco("7115")),
            Some(Closeness::UnitGroup)
        );
        assert_eq!(
            Closeness::between(&isco("7115"), &isco("7119")),
            Some(Closeness::MinorGroup)
        );
        assert_eq!(
            Closeness::between(&isco("7115"), &isco("7126")),
            Some(Closeness::SubMajorGroup)
        );
        assert_eq!(
            Closeness::between(&isco("7115"), &isco("7411")),
            Some(Closeness::MajorGroup)
        );
        assert_eq!(Closeness::between(&isco("7115"), &isco("9312")), None);
    }

    #[test]
    fn the_nearest_occupation_wins() {
        let history = [
            OccupationExperience {
                isco: isco("7126"),
                years: 9,
            },
            OccupationExperience {
                isco: isco("7119"),
                years: 1,
            },
        ];
        let fit = occupation_fit(&history, &isco("7115")).unwrap();
        assert_eq!(fit.isco, isco("7119"));
        assert_eq!(fit.closeness, Closeness::MinorGroup);
    }

    #[test]
    fn places_from_home_outwards() {
        let home = place("JO-MA-ZAATARI");
        assert_eq!(place_fit(&home, &[], &home), PlaceFit::Home);
        assert_eq!(
            place_fit(&home, &[], &place("JO-MA")),
            PlaceFit::SameGovernorate
        );
        assert_eq!(
            place_fit(&home, &[place("JO-IR")], &place("JO-IR")),
            PlaceFit::Preferred
        );
        assert_eq!(place_fit(&home, &[], &place("JO-AQ")), PlaceFit::Elsewhere);
    }

    #[test]
    fn a_good_fit_explains_itself() {
        let explanation = explain(&seeker(), &job(), SkillFit::default(), &minimum());
        assert_eq!(
            explanation.occupation.as_ref().map(|o| o.closeness),
            Some(Closeness::UnitGroup)
        );
        assert_eq!(explanation.languages_matched.len(), 1);
        assert!(explanation.languages_missing.is_empty());
        assert_eq!(explanation.place, PlaceFit::SameGovernorate);
        assert!(explanation.concerns.is_empty());
        assert_eq!(explanation.wage_percent_of_minimum, 150);
    }

    #[test]
    fn concerns_name_what_would_make_an_offer_fail() {
        let mut seeker = seeker();
        seeker.preferences = Preferences {
            sectors: vec![SectorCode::parse("A").unwrap()],
            locations: vec![],
            hours: HoursPreference::PartTime,
            night_work: false,
            needs_transport: true,
            needs_childcare: true,
        };
        seeker.available_from = NaiveDate::from_ymd_opt(2027, 2, 1);
        seeker.languages = vec![language("ar", LanguageLevel::Basic)];
        let mut job = job();
        job.shift = Shift::Night;
        let explanation = explain(&seeker, &job, SkillFit::default(), &minimum());
        assert_eq!(
            explanation.concerns,
            vec![
                Concern::NightWork,
                Concern::NoTransport,
                Concern::NoChildcare,
                Concern::TooManyHours,
                Concern::ClosesBeforeAvailable,
                Concern::OtherSector,
            ]
        );
        assert_eq!(explanation.languages_missing.len(), 1);
        let good = explain(
            &self::seeker(),
            &self::job(),
            SkillFit::default(),
            &minimum(),
        );
        assert!(good.score() > explanation.score());
    }

    #[test]
    fn transport_is_no_concern_at_home_or_when_provided() {
        let mut seeker = seeker();
        seeker.preferences.needs_transport = true;
        let mut job = job();
        job.location = seeker.location.clone();
        assert!(
            explain(&seeker, &job, SkillFit::default(), &minimum())
                .concerns
                .is_empty()
        );
        job.location = place("JO-AM");
        job.benefits.insert(Benefit::Transport);
        assert!(
            explain(&seeker, &job, SkillFit::default(), &minimum())
                .concerns
                .is_empty()
        );
    }

    #[test]
    fn closer_occupations_score_higher() {
        let mut job = job();
        let near = explain(&seeker(), &job, SkillFit::default(), &minimum()).score();
        job.occupation = isco("7126");
        let farther = explain(&seeker(), &job, SkillFit::default(), &minimum()).score();
        job.occupation = isco("9312");
        let unrelated = explain(&seeker(), &job, SkillFit::default(), &minimum()).score();
        assert!(near > farther && farther > unrelated);
    }
}
