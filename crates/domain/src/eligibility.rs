//! Can this person legally take this job? A pure function of the person, their
//! permits, the vacancy, the rules and the day.

use chrono::NaiveDate;
use serde::Serialize;

use crate::{
    codes::{CountryCode, IscoCode, SectorCode},
    enums::{PermitKind, PermitStatus},
    ids::{EmployerId, PermitId},
    permit::WorkPermit,
    rules::Rules,
};

/// The facts about a job that decide eligibility.
#[derive(Debug, Clone, Copy)]
pub struct JobFacts<'a> {
    pub employer_id: EmployerId,
    pub sector: &'a SectorCode,
    pub occupation: &'a IscoCode,
    pub employer_arranges_permit: bool,
    pub start_date: Option<NaiveDate>,
}

/// The facts about a person that decide eligibility.
#[derive(Debug, Clone, Copy)]
pub struct PersonFacts<'a> {
    pub nationality: &'a CountryCode,
    pub permits: &'a [WorkPermit],
}

/// Why someone may take the job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Basis {
    /// Nationals need no permit.
    National,
    /// A permit in force covers the job.
    Permit {
        permit_id: PermitId,
        permit_type: String,
    },
    /// The employer will apply for the permit once they hire.
    EmployerArrangesPermit,
}

/// Why someone may not take the job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Obstacle {
    /// The occupation is closed to non-nationals.
    ClosedOccupation { closed_group: IscoCode },
    /// No permit in force covers the job.
    NoPermit,
}

/// What would make someone eligible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Remedy {
    /// A flexible permit of this type covers the job's sector.
    FlexiblePermit { permit_type: String },
    /// The seeker's permit would cover the job if renewed before this day.
    RenewPermit {
        permit_id: PermitId,
        before: NaiveDate,
    },
    /// The seeker's permit covers the job but is not in force yet.
    AwaitPermit { permit_id: PermitId },
    /// The employer could apply for an employer-specific permit.
    EmployerSpecificPermit { employer_id: EmployerId },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    Eligible {
        basis: Basis,
    },
    NotEligible {
        obstacle: Obstacle,
        remedies: Vec<Remedy>,
    },
}

impl Verdict {
    pub fn is_eligible(&self) -> bool {
        matches!(self, Verdict::Eligible { .. })
    }

    /// A plain English sentence for people and logs (it names no person).
    pub fn explain(&self, rules: &Rules) -> String {
        let type_name = |code: &str| {
            rules
                .permit_type(code)
                .map_or(code.to_owned(), |t| t.name_en.clone())
        };
        match self {
            Verdict::Eligible {
                basis: Basis::National,
            } => "Eligible: nationals need no work permit.".to_owned(),
            Verdict::Eligible {
                basis: Basis::Permit { permit_type, .. },
            } => {
                format!("Eligible under the seeker's {}.", type_name(permit_type))
            }
            Verdict::Eligible {
                basis: Basis::EmployerArrangesPermit,
            } => "Eligible once the employer applies for the work permit, as it has undertaken to."
                .to_owned(),
            Verdict::NotEligible {
                obstacle: Obstacle::ClosedOccupation { closed_group },
                ..
            } => {
                format!("Not eligible: occupation group {closed_group} is closed to non-nationals.")
            }
            Verdict::NotEligible {
                obstacle: Obstacle::NoPermit,
                remedies,
            } => {
                let options: Vec<String> = remedies
                    .iter()
                    .map(|remedy| match remedy {
                        Remedy::FlexiblePermit { permit_type } => {
                            format!("a {}", type_name(permit_type))
                        }
                        Remedy::RenewPermit { before, .. } => {
                            format!("renewal of the current permit before {before}")
                        }
                        Remedy::AwaitPermit { .. } => {
                            "the pending permit coming into force".to_owned()
                        }
                        Remedy::EmployerSpecificPermit { .. } => {
                            "an employer-specific permit from this employer".to_owned()
                        }
                    })
                    .collect();
                if options.is_empty() {
                    "Not eligible: no work permit covers this job.".to_owned()
                } else {
                    format!("Not eligible without {}.", options.join(", or "))
                }
            }
        }
    }
}

/// Decides whether a person may take a job, following the rules in order:
/// 1. a closed occupation is closed to every non-national;
/// 2. nationals need no permit;
/// 3. a permit in force from the start date that covers the job (a flexible permit for
///    its sector, or an employer-specific permit for its employer);
/// 4. an employer who arranges the permit;
/// 5. otherwise not eligible, with what would make it so.
pub fn assess(
    person: PersonFacts<'_>,
    job: JobFacts<'_>,
    rules: &Rules,
    today: NaiveDate,
) -> Verdict {
    let is_national = *person.nationality == rules.country;
    if !is_national && let Some(closed) = rules.closed_group_of(job.occupation) {
        return Verdict::NotEligible {
            obstacle: Obstacle::ClosedOccupation {
                closed_group: closed.clone(),
            },
            remedies: Vec::new(),
        };
    }
    if is_national {
        return Verdict::Eligible {
            basis: Basis::National,
        };
    }

    // The permit must hold on the first day of work, which is never before today.
    let first_day = job.start_date.map_or(today, |start| start.max(today));
    let mut remedies = Vec::new();
    for permit in person.permits {
        let Some(permit_type) = rules.permit_type(&permit.details.permit_type) else {
            continue;
        };
        let covers = match permit_type.kind {
            PermitKind::Flexible => permit_type.covers_sector(job.sector),
            PermitKind::EmployerSpecific => permit.details.employer_id == Some(job.employer_id),
        };
        if !covers {
            continue;
        }
        match permit.details.status {
            PermitStatus::Active if permit.details.validity.contains(first_day) => {
                return Verdict::Eligible {
                    basis: Basis::Permit {
                        permit_id: permit.id,
                        permit_type: permit_type.code.clone(),
                    },
                };
            }
            PermitStatus::Active if permit.details.validity.until() < first_day => {
                remedies.push(Remedy::RenewPermit {
                    permit_id: permit.id,
                    before: first_day,
                });
            }
            PermitStatus::Active | PermitStatus::Applied => remedies.push(Remedy::AwaitPermit {
                permit_id: permit.id,
            }),
            PermitStatus::Revoked => {}
        }
    }

    if job.employer_arranges_permit {
        return Verdict::Eligible {
            basis: Basis::EmployerArrangesPermit,
        };
    }

    remedies.extend(
        rules
            .permit_types
            .iter()
            .filter(|t| t.active && t.covers_sector(job.sector))
            .map(|t| Remedy::FlexiblePermit {
                permit_type: t.code.clone(),
            }),
    );
    if rules
        .permit_types
        .iter()
        .any(|t| t.active && t.kind == PermitKind::EmployerSpecific)
    {
        remedies.push(Remedy::EmployerSpecificPermit {
            employer_id: job.employer_id,
        });
    }
    Verdict::NotEligible {
        obstacle: Obstacle::NoPermit,
        remedies,
    }
}

#[cfg(test)]
mod tests {
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
}
