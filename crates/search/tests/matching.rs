//! Matching in both directions, with the permit rules of Jordan, over a real index.

#![allow(clippy::unwrap_used)]

mod fixture;

use fixture::*;
use forsa_domain::{
    CentreId, EmployerId,
    eligibility::{Basis, Obstacle, Remedy, Verdict},
    matching::{Closeness, PlaceFit},
    permit::WorkPermit,
    seeker::Seeker,
    vacancy::Vacancy,
};
use forsa_search::{MatchOptions, SearchIndex, VacancyFacts};
use serde_json::json;

struct World {
    index: SearchIndex,
    _indexer: forsa_search::Indexer,
    builder: EmployerId,
    carpentry: Vacancy,
    labouring: Vacancy,
    farm: Vacancy,
    kitchen: Vacancy,
    clinic: Vacancy,
    arranged: Vacancy,
    centre: CentreId,
}

fn world(seekers: &[(&Seeker, &[WorkPermit])]) -> World {
    let (index, mut indexer) = empty_index();
    let builder = EmployerId::generate();
    let grower = EmployerId::generate();
    let restaurant = EmployerId::generate();
    let carpentry = vacancy(
        builder,
        json!({"title_ar": "نجار قوالب", "skills": ["قراءة المخططات", "formwork"]}),
    );
    let labouring = vacancy(
        builder,
        json!({"title_en": "Bricklayer", "occupation": "7112", "location": "JO-AM"}),
    );
    let farm = vacancy(
        grower,
        json!({"title_en": "Field crop worker", "sector": "A", "occupation": "6111", "location": "JO-MA"}),
    );
    let kitchen = vacancy(
        restaurant,
        json!({"title_en": "Cook", "sector": "I", "occupation": "5120", "location": "JO-AM"}),
    );
    let clinic = vacancy(
        grower,
        json!({"title_en": "General practitioner", "sector": "Q", "occupation": "2211", "location": "JO-MA",
               "wage": {"min": 900, "period": "monthly"}}),
    );
    let arranged = vacancy(
        grower,
        json!({"title_en": "Waiter", "sector": "I", "occupation": "5131", "location": "JO-IR",
               "employer_arranges_permit": true}),
    );
    let mut changes: Vec<_> = [&carpentry, &labouring, &farm, &kitchen, &clinic, &arranged]
        .into_iter()
        .map(|v| index_vacancy(v, "Employer"))
        .collect();
    changes.extend(seekers.iter().map(|(s, p)| index_seeker(s, p)));
    apply(&mut indexer, changes);
    let centre = seekers
        .first()
        .map_or(CentreId::generate(), |(s, _)| s.centre_id);
    World {
        index,
        _indexer: indexer,
        builder,
        carpentry,
        labouring,
        farm,
        kitchen,
        clinic,
        arranged,
        centre,
    }
}

fn options(include_ineligible: bool) -> MatchOptions {
    MatchOptions {
        include_ineligible,
        offset: 0,
        limit: 20,
    }
}

fn carpenter(centre: CentreId) -> Seeker {
    seeker(
        centre,
        json!({"occupations": [{"isco": "7115", "years": 6}], "skills": ["formwork", "قراءة المخططات"]}),
    )
}

fn matched(
    world: &World,
    seeker: &Seeker,
    permits: &[WorkPermit],
    all: bool,
) -> Vec<(String, Verdict)> {
    let traits = forsa_domain::matching::SeekerTraits::from(&seeker.profile);
    world
        .index
        .match_vacancies(&traits, permits, &rules(), today(), &options(all))
        .unwrap()
        .matches
        .into_iter()
        .map(|m| {
            let d = m.facts.details;
            (d.title_en.or(d.title_ar).unwrap(), m.verdict)
        })
        .collect()
}

fn names(matches: &[(String, Verdict)]) -> Vec<&str> {
    matches.iter().map(|(title, _)| title.as_str()).collect()
}

#[test]
fn a_flexible_construction_permit_matches_construction_and_not_agriculture() {
    let centre = CentreId::generate();
    // A carpenter who has also worked the fields.
    let person = seeker(
        centre,
        json!({"occupations": [{"isco": "7115", "years": 6}, {"isco": "6111", "years": 1}],
               "skills": ["formwork"]}),
    );
    let permits = [permit(&person, "flexible_construction", -30, 300, None)];
    let world = world(&[]);
    let found = matched(&world, &person, &permits, false);
    // The carpentry job ranks first: same unit group, skills, and near home.
    assert_eq!(names(&found)[0], "نجار قوالب");
    assert!(names(&found).contains(&"Bricklayer"));
    // Unrelated work is not a match, whatever the permit allows.
    assert!(!names(&found).contains(&"Waiter"));
    assert!(!names(&found).contains(&"Field crop worker"));
    assert!(!names(&found).contains(&"Cook"));
    assert!(matches!(
        &found[0].1,
        Verdict::Eligible { basis: Basis::Permit { permit_type, .. } } if permit_type == "flexible_construction"
    ));

    // Asked for, the agriculture job shows with what would make it legal.
    let all = matched(&world, &person, &permits, true);
    let (_, farm) = all.iter().find(|(t, _)| t == "Field crop worker").unwrap();
    match farm {
        Verdict::NotEligible {
            obstacle: Obstacle::NoPermit,
            remedies,
        } => assert!(remedies.contains(&Remedy::FlexiblePermit {
            permit_type: "flexible_agriculture".into()
        })),
        other => panic!("unexpected {other:?}"),
    }
    // Eligible matches come before the others.
    let first_ineligible = all.iter().position(|(_, v)| !v.is_eligible()).unwrap();
    assert!(
        all[first_ineligible..]
            .iter()
            .all(|(_, v)| !v.is_eligible())
    );
}

#[test]
fn an_explanation_names_the_occupation_skills_and_place() {
    let centre = CentreId::generate();
    let person = carpenter(centre);
    let permits = [permit(&person, "flexible_construction", -30, 300, None)];
    let world = world(&[]);
    let traits = forsa_domain::matching::SeekerTraits::from(&person.profile);
    let matches = world
        .index
        .match_vacancies(&traits, &permits, &rules(), today(), &options(false))
        .unwrap();
    let best = &matches.matches[0];
    assert_eq!(best.facts.id, world.carpentry.id);
    let explanation = &best.explanation;
    assert_eq!(
        explanation.occupation.as_ref().unwrap().closeness,
        Closeness::UnitGroup
    );
    assert_eq!(explanation.skills.matched, ["قراءة المخططات", "formwork"]);
    assert!(explanation.skills.missing.is_empty());
    // Zaatari lies in Mafraq; the job is in Irbid.
    assert_eq!(explanation.place, PlaceFit::Elsewhere);
    let bricklayer = matches
        .matches
        .iter()
        .find(|m| m.facts.id == world.labouring.id)
        .unwrap();
    assert_eq!(
        bricklayer
            .explanation
            .occupation
            .as_ref()
            .unwrap()
            .closeness,
        Closeness::MinorGroup
    );
}

#[test]
fn an_expired_permit_matches_nothing_it_used_to_cover() {
    let centre = CentreId::generate();
    let person = carpenter(centre);
    let permits = [permit(&person, "flexible_construction", -400, -1, None)];
    let world = world(&[]);
    assert!(matched(&world, &person, &permits, false).is_empty());
    let all = matched(&world, &person, &permits, true);
    let (_, verdict) = all.iter().find(|(t, _)| t == "نجار قوالب").unwrap();
    assert!(matches!(
        verdict,
        Verdict::NotEligible { remedies, .. } if remedies.iter().any(|r| matches!(r, Remedy::RenewPermit { .. }))
    ));
}

#[test]
fn an_employer_specific_permit_matches_only_its_employer() {
    let centre = CentreId::generate();
    let person = carpenter(centre);
    let world = world(&[]);
    let permits = [permit(
        &person,
        "employer_specific",
        -10,
        200,
        Some(world.builder),
    )];
    let mut found = names(&matched(&world, &person, &permits, false))
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    found.sort();
    assert_eq!(found, ["Bricklayer", "نجار قوالب"]);
    let _ = (&world.kitchen, &world.farm);
}

#[test]
fn an_employer_who_arranges_the_permit_opens_the_job_to_anyone() {
    let centre = CentreId::generate();
    let waiter = seeker(
        centre,
        json!({"occupations": [{"isco": "5131", "years": 2}]}),
    );
    let world = world(&[]);
    let found = matched(&world, &waiter, &[], false);
    assert_eq!(names(&found), ["Waiter"]);
    assert!(matches!(
        &found[0].1,
        Verdict::Eligible {
            basis: Basis::EmployerArrangesPermit
        }
    ));
    // The cook's job, in the same major group, needs a permit the waiter lacks.
    let all = matched(&world, &waiter, &[], true);
    assert_eq!(names(&all), ["Waiter", "Cook"]);
}

#[test]
fn a_closed_occupation_is_for_nationals_only() {
    let centre = CentreId::generate();
    let doctor = seeker(
        centre,
        json!({"occupations": [{"isco": "2211", "years": 10}]}),
    );
    // Even a permit for the sector does not open a closed occupation.
    let world = world(&[]);
    let found = matched(&world, &doctor, &[], true);
    let (_, verdict) = found
        .iter()
        .find(|(t, _)| t == "General practitioner")
        .unwrap();
    assert!(matches!(
        verdict,
        Verdict::NotEligible {
            obstacle: Obstacle::ClosedOccupation { .. },
            ..
        }
    ));
    assert!(!names(&matched(&world, &doctor, &[], false)).contains(&"General practitioner"));

    let national = seeker(
        centre,
        json!({"nationality": "JO", "status": "host_community", "location": "JO-MA",
               "occupations": [{"isco": "2211", "years": 10}]}),
    );
    let found = matched(&world, &national, &[], false);
    assert_eq!(names(&found)[0], "General practitioner");
    assert!(matches!(
        &found[0].1,
        Verdict::Eligible {
            basis: Basis::National
        }
    ));
}

#[test]
fn a_host_community_national_needs_no_permit() {
    let centre = CentreId::generate();
    let national = seeker(
        centre,
        json!({"nationality": "JO", "status": "host_community", "location": "JO-IR",
               "occupations": [{"isco": "6111", "years": 2}]}),
    );
    let world = world(&[]);
    let found = matched(&world, &national, &[], false);
    assert_eq!(names(&found)[0], "Field crop worker");
    assert!(found.iter().all(|(_, v)| matches!(
        v,
        Verdict::Eligible {
            basis: Basis::National
        }
    )));
}

fn matched_seekers(
    world: &World,
    job: &Vacancy,
    all: bool,
) -> Vec<(forsa_domain::SeekerId, Verdict)> {
    let facts = VacancyFacts::new(job, "Employer");
    world
        .index
        .match_seekers(&facts, Some(world.centre), &rules(), today(), &options(all))
        .unwrap()
        .matches
        .into_iter()
        .map(|m| (m.facts.id, m.verdict))
        .collect()
}

#[test]
fn a_vacancy_finds_the_centre_seekers_who_may_take_it() {
    let centre = CentreId::generate();
    let builder_hand = carpenter(centre);
    let builder_permit = [permit(
        &builder_hand,
        "flexible_construction",
        -30,
        300,
        None,
    )];
    let grower = seeker(
        centre,
        json!({"occupations": [{"isco": "6111", "years": 3}], "skills": ["formwork"]}),
    );
    let grower_permit = [permit(&grower, "flexible_agriculture", -30, 300, None)];
    let national = seeker(
        centre,
        json!({"nationality": "JO", "status": "host_community", "occupations": [{"isco": "7115", "years": 1}]}),
    );
    let elsewhere = carpenter(CentreId::generate());
    let world = world(&[
        (&builder_hand, &builder_permit),
        (&grower, &grower_permit),
        (&national, &[]),
        (&elsewhere, &builder_permit),
    ]);

    let found = matched_seekers(&world, &world.carpentry, false);
    let ids: Vec<_> = found.iter().map(|(id, _)| *id).collect();
    // The experienced carpenter first; never another centre's seeker.
    assert_eq!(ids, [builder_hand.id, national.id]);

    let all = matched_seekers(&world, &world.carpentry, true);
    assert_eq!(all.len(), 3);
    assert_eq!(all[2].0, grower.id);
    assert!(!all[2].1.is_eligible());

    // When the employer arranges the permit, the grower may take the job too.
    let waiter_candidates = matched_seekers(&world, &world.arranged, false);
    assert!(waiter_candidates.iter().all(|(_, v)| v.is_eligible()));

    // A closed occupation finds only the national (who is unrelated by occupation
    // here, so finds no one at all).
    assert!(matched_seekers(&world, &world.clinic, false).is_empty());
}
