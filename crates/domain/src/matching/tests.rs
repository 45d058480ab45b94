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
