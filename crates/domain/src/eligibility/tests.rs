use std::collections::BTreeSet;

use chrono::Utc;

use super::*;
use crate::{
    dates::DateRange,
    ids::SeekerId,
    money::{MinimumWage, Money},
    permit::{PermitDetails, PermitType},
};

fn day(raw: &str) -> NaiveDate {
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").unwrap()
}

fn sector(code: &str) -> SectorCode {
    SectorCode::parse(code).unwrap()
}

fn isco(code: &str) -> IscoCode {
    IscoCode::parse(code).unwrap()
}

fn flexible(code: &str, sectors: &[&str]) -> PermitType {
    PermitType {
        code: code.into(),
        name_ar: code.into(),
        name_en: format!("{code} permit"),
        kind: PermitKind::Flexible,
        sectors: sectors.iter().map(|s| sector(s)).collect(),
        active: true,
    }
}

fn jordan() -> Rules {
    Rules {
        country: CountryCode::parse("JO").unwrap(),
        closed_occupations: BTreeSet::from([isco("2211"), isco("411")]),
        permit_types: vec![
            flexible("flexible_construction", &["F"]),
            flexible("flexible_agriculture", &["A"]),
            PermitType {
                code: "employer_specific".into(),
                name_ar: "employer_specific".into(),
                name_en: "employer-specific permit".into(),
                kind: PermitKind::EmployerSpecific,
                sectors: vec![],
                active: true,
            },
        ],
        minimum_wage: MinimumWage {
            monthly: Money::from_fils(290_000),
            valid_from: day("2025-01-01"),
        },
    }
}

fn permit(
    permit_type: &str,
    from: &str,
    until: &str,
    employer: Option<EmployerId>,
    status: PermitStatus,
) -> WorkPermit {
    WorkPermit {
        id: PermitId::generate(),
        seeker_id: SeekerId::generate(),
        details: PermitDetails {
            permit_type: permit_type.into(),
            number: None,
            issuer: None,
            validity: DateRange::new(day(from), day(until)).unwrap(),
            employer_id: employer,
            status,
        },
        created_at: Utc::now(),
        updated_at: Utc::now(),
    }
}

struct Case {
    nationality: CountryCode,
    permits: Vec<WorkPermit>,
    employer: EmployerId,
    sector: SectorCode,
    occupation: IscoCode,
    arranges: bool,
    start: Option<NaiveDate>,
}

impl Case {
    fn syrian_in_construction() -> Self {
        Case {
            nationality: CountryCode::parse("SY").unwrap(),
            permits: vec![],
            employer: EmployerId::generate(),
            sector: sector("F"),
            occupation: isco("7115"),
            arranges: false,
            start: None,
        }
    }

    fn assess(&self) -> Verdict {
        assess(
            PersonFacts {
                nationality: &self.nationality,
                permits: &self.permits,
            },
            JobFacts {
                employer_id: self.employer,
                sector: &self.sector,
                occupation: &self.occupation,
                employer_arranges_permit: self.arranges,
                start_date: self.start,
            },
            &jordan(),
            day("2026-11-22"),
        )
    }
}

#[test]
fn a_closed_occupation_is_closed_to_non_nationals() {
    let mut case = Case::syrian_in_construction();
    case.occupation = isco("4110");
    case.arranges = true;
    case.permits = vec![permit(
        "flexible_construction",
        "2026-01-01",
        "2026-12-31",
        None,
        PermitStatus::Active,
    )];
    case.sector = sector("F");
    assert_eq!(
        case.assess(),
        Verdict::NotEligible {
            obstacle: Obstacle::ClosedOccupation {
                closed_group: isco("411")
            },
            remedies: vec![]
        }
    );
}

#[test]
fn nationals_need_no_permit_even_in_closed_occupations() {
    let mut case = Case::syrian_in_construction();
    case.nationality = CountryCode::parse("JO").unwrap();
    assert_eq!(
        case.assess(),
        Verdict::Eligible {
            basis: Basis::National
        }
    );
    case.occupation = isco("2211");
    assert!(case.assess().is_eligible());
}

#[test]
fn a_flexible_construction_permit_covers_construction_not_agriculture() {
    let mut case = Case::syrian_in_construction();
    let construction = permit(
        "flexible_construction",
        "2026-01-01",
        "2026-12-31",
        None,
        PermitStatus::Active,
    );
    let permit_id = construction.id;
    case.permits = vec![construction];
    assert_eq!(
        case.assess(),
        Verdict::Eligible {
            basis: Basis::Permit {
                permit_id,
                permit_type: "flexible_construction".into()
            }
        }
    );
    case.sector = sector("A");
    case.occupation = isco("9211");
    let verdict = case.assess();
    assert!(!verdict.is_eligible());
    let Verdict::NotEligible { remedies, .. } = verdict else {
        unreachable!()
    };
    assert!(remedies.contains(&Remedy::FlexiblePermit {
        permit_type: "flexible_agriculture".into()
    }));
}

#[test]
fn an_expired_permit_asks_for_renewal() {
    let mut case = Case::syrian_in_construction();
    let expired = permit(
        "flexible_construction",
        "2025-01-01",
        "2025-12-31",
        None,
        PermitStatus::Active,
    );
    let permit_id = expired.id;
    case.permits = vec![expired];
    let Verdict::NotEligible { obstacle, remedies } = case.assess() else {
        panic!("expected not eligible")
    };
    assert_eq!(obstacle, Obstacle::NoPermit);
    assert_eq!(
        remedies[0],
        Remedy::RenewPermit {
            permit_id,
            before: day("2026-11-22")
        }
    );
    assert!(
        case.assess()
            .explain(&jordan())
            .contains("renewal of the current permit before 2026-11-22")
    );
}

#[test]
fn a_permit_must_hold_on_the_start_date() {
    let mut case = Case::syrian_in_construction();
    case.permits = vec![permit(
        "flexible_construction",
        "2026-01-01",
        "2026-12-31",
        None,
        PermitStatus::Active,
    )];
    case.start = Some(day("2027-02-01"));
    let Verdict::NotEligible { remedies, .. } = case.assess() else {
        panic!("expected not eligible")
    };
    assert!(
        matches!(remedies[0], Remedy::RenewPermit { before, .. } if before == day("2027-02-01"))
    );
}

#[test]
fn a_permit_not_yet_in_force_is_awaited() {
    let mut case = Case::syrian_in_construction();
    let pending = permit(
        "flexible_construction",
        "2026-12-01",
        "2027-11-30",
        None,
        PermitStatus::Applied,
    );
    let permit_id = pending.id;
    case.permits = vec![pending];
    let Verdict::NotEligible { remedies, .. } = case.assess() else {
        panic!("expected not eligible")
    };
    assert_eq!(remedies[0], Remedy::AwaitPermit { permit_id });
}

#[test]
fn a_revoked_permit_counts_for_nothing() {
    let mut case = Case::syrian_in_construction();
    case.permits = vec![permit(
        "flexible_construction",
        "2026-01-01",
        "2026-12-31",
        None,
        PermitStatus::Revoked,
    )];
    assert!(!case.assess().is_eligible());
}

#[test]
fn an_employer_specific_permit_covers_only_its_employer() {
    let mut case = Case::syrian_in_construction();
    let own = permit(
        "employer_specific",
        "2026-01-01",
        "2026-12-31",
        Some(case.employer),
        PermitStatus::Active,
    );
    case.permits = vec![own];
    assert!(case.assess().is_eligible());
    case.employer = EmployerId::generate();
    let Verdict::NotEligible { remedies, .. } = case.assess() else {
        panic!("expected not eligible")
    };
    assert!(remedies.contains(&Remedy::EmployerSpecificPermit {
        employer_id: case.employer
    }));
}

#[test]
fn an_employer_who_arranges_the_permit_makes_it_eligible() {
    let mut case = Case::syrian_in_construction();
    case.arranges = true;
    assert_eq!(
        case.assess(),
        Verdict::Eligible {
            basis: Basis::EmployerArrangesPermit
        }
    );
}

#[test]
fn a_permit_in_force_is_cited_before_the_employer_arrangement() {
    let mut case = Case::syrian_in_construction();
    case.arranges = true;
    case.permits = vec![permit(
        "flexible_construction",
        "2026-01-01",
        "2026-12-31",
        None,
        PermitStatus::Active,
    )];
    assert!(matches!(
        case.assess(),
        Verdict::Eligible {
            basis: Basis::Permit { .. }
        }
    ));
}

#[test]
fn without_any_permit_the_remedies_are_named() {
    let verdict = Case::syrian_in_construction().assess();
    assert_eq!(
        verdict.explain(&jordan()),
        "Not eligible without a flexible_construction permit, or an employer-specific permit from this employer."
    );
}
