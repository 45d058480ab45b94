//! The rules a country sets, held as data that an admin can change.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::{
    codes::{CountryCode, IscoCode},
    money::MinimumWage,
    permit::PermitType,
};

#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
/// A new monthly minimum wage and the day it takes effect, as an admin sends it.
pub struct MinimumWageInput {
    /// Dinars a month.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub monthly: Option<f64>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub valid_from: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
/// An occupation group to close to non-nationals, as an admin sends it.
pub struct ClosedOccupationInput {
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub code: Option<String>,
}

/// The labour-market rules in force: who counts as a national, which occupations are
/// closed to non-nationals, which permit types exist and the minimum wage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rules {
    pub country: CountryCode,
    pub closed_occupations: BTreeSet<IscoCode>,
    pub permit_types: Vec<PermitType>,
    pub minimum_wage: MinimumWage,
}

impl Rules {
    /// An occupation is closed when it or any group it belongs to is on the list.
    pub fn closed_group_of(&self, occupation: &IscoCode) -> Option<&IscoCode> {
        self.closed_occupations
            .iter()
            .find(|closed| occupation.is_within(closed))
    }

    pub fn permit_type(&self, code: &str) -> Option<&PermitType> {
        self.permit_types.iter().find(|t| t.code == code)
    }
}
