use forsa_domain::{IscoCode, money::MinimumWage, permit::PermitType};
use serde::Serialize;
use utoipa::ToSchema;

/// The rules in force, as anyone signed in may read them.
#[derive(Serialize, ToSchema)]
pub struct RulesView {
    pub country: String,
    pub permit_types: Vec<PermitType>,
    pub closed_occupations: Vec<IscoCode>,
    pub minimum_wage: MinimumWage,
}

impl From<forsa_service::RulesView> for RulesView {
    fn from(r: forsa_service::RulesView) -> Self {
        RulesView {
            country: r.country,
            permit_types: r.permit_types,
            closed_occupations: r.closed_occupations,
            minimum_wage: r.minimum_wage,
        }
    }
}
