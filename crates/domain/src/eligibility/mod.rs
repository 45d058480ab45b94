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
mod tests;
