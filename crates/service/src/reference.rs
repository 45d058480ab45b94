//! Taxonomies and rules: anyone may read them; admins change the rules.

use chrono::NaiveDate;
use forsa_domain::{
    FieldErrors, IscoCode, Money, Problem, Record, RuleChangeKind,
    dates::parse_date,
    money::MinimumWage,
    permit::{PermitType, PermitTypeInput},
    rules::{ClosedOccupationInput, MinimumWageInput},
};
use serde::Serialize;

use crate::{Actor, Location, Result, Sector, Service, ServiceError, access::require_admin};

/// The rules in force, as anyone signed in may read them.
#[derive(Debug, Clone, Serialize)]
pub struct RulesView {
    pub country: String,
    pub permit_types: Vec<PermitType>,
    pub closed_occupations: Vec<IscoCode>,
    pub minimum_wage: MinimumWage,
}

impl Service {
    pub async fn sectors(&self) -> Result<Vec<Sector>> {
        let tx = self.begin().await?;
        let sectors = tx.sectors().await?;
        tx.commit().await?;
        Ok(sectors)
    }

    pub async fn locations(&self) -> Result<Vec<Location>> {
        let tx = self.begin().await?;
        let locations = tx.locations().await?;
        tx.commit().await?;
        Ok(locations)
    }

    pub async fn rules(&self, _actor: &Actor) -> Result<RulesView> {
        let tx = self.begin().await?;
        let rules = tx.rules_on(Self::today()).await?;
        tx.commit().await?;
        Ok(RulesView {
            country: rules.country.to_string(),
            permit_types: rules.permit_types,
            closed_occupations: rules.closed_occupations.into_iter().collect(),
            minimum_wage: rules.minimum_wage,
        })
    }

    pub async fn save_permit_type(
        &self,
        actor: &Actor,
        input: PermitTypeInput,
    ) -> Result<PermitType> {
        require_admin(actor)?;
        let permit_type = input.parse()?;
        let tx = self.begin().await?;
        let sectors: Vec<(String, String)> = permit_type
            .sectors
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("sectors[{i}]"), s.to_string()))
            .collect();
        self.check_codes(&[], &crate::seekers::borrowed(&sectors), &[])?;
        tx.save_permit_type(&permit_type).await?;
        tx.record_rule_change(
            Some(actor.user_id),
            RuleChangeKind::PermitTypeSaved,
            &permit_type.code,
            None,
        )
        .await?;
        tx.commit().await?;
        Ok(permit_type)
    }

    pub async fn close_occupation(
        &self,
        actor: &Actor,
        input: ClosedOccupationInput,
    ) -> Result<IscoCode> {
        require_admin(actor)?;
        let mut errors = FieldErrors::new();
        let code = errors.require("code", input.code, |raw| IscoCode::parse(&raw));
        errors.into_result()?;
        let code = code.ok_or_else(|| ServiceError::invalid("code", Problem::Required))?;
        let tx = self.begin().await?;
        self.check_codes(&[("code", code.as_str())], &[], &[])?;
        tx.close_occupation(&code).await?;
        tx.record_rule_change(
            Some(actor.user_id),
            RuleChangeKind::OccupationClosed,
            code.as_str(),
            None,
        )
        .await?;
        tx.commit().await?;
        Ok(code)
    }

    pub async fn open_occupation(&self, actor: &Actor, code: &str) -> Result<()> {
        require_admin(actor)?;
        let code = IscoCode::parse(code).map_err(|_| ServiceError::NotFound)?;
        let tx = self.begin().await?;
        let was_closed = tx.open_occupation(&code).await?;
        if was_closed {
            tx.record_rule_change(
                Some(actor.user_id),
                RuleChangeKind::OccupationOpened,
                code.as_str(),
                None,
            )
            .await?;
        }
        tx.commit().await?;
        if was_closed {
            Ok(())
        } else {
            Err(ServiceError::NotFound)
        }
    }

    pub async fn set_minimum_wage(
        &self,
        actor: &Actor,
        input: MinimumWageInput,
    ) -> Result<MinimumWage> {
        require_admin(actor)?;
        let mut errors = FieldErrors::new();
        let monthly = errors.require("monthly", input.monthly, |dinars| {
            Money::from_dinars(dinars).and_then(|m| {
                if m.fils() > 0 {
                    Ok(m)
                } else {
                    Err(Problem::NotPositiveAmount.to_owned())
                }
            })
        });
        let valid_from: Option<NaiveDate> =
            errors.require("valid_from", input.valid_from, |raw| parse_date(&raw));
        errors.into_result()?;
        let (Some(monthly), Some(valid_from)) = (monthly, valid_from) else {
            return Err(ServiceError::invalid("monthly", Problem::Required));
        };
        let wage = MinimumWage {
            monthly,
            valid_from,
        };
        let tx = self.begin().await?;
        tx.set_minimum_wage(&wage).await?;
        tx.record_rule_change(
            Some(actor.user_id),
            RuleChangeKind::MinimumWageSet,
            &wage.valid_from.to_string(),
            Some(wage.monthly),
        )
        .await?;
        tx.commit().await?;
        Ok(wage)
    }

    /// Checks that codes exist in the shipped taxonomies; each pair is (field, code).
    /// The taxonomies are reference data the migrations ship, held in memory
    /// (`Service::taxonomy`): asking them costs no query.
    pub(crate) fn check_codes(
        &self,
        occupations: &[(&str, &str)],
        sectors: &[(&str, &str)],
        locations: &[(&str, &str)],
    ) -> Result<()> {
        let mut errors = FieldErrors::new();
        for (field, code) in occupations {
            if self.taxonomy().occupation(code).is_none() {
                errors.add(
                    *field,
                    Problem::Unknown {
                        record: Record::Occupation,
                        code: Some(code.to_string()),
                    },
                );
            }
        }
        for (field, code) in sectors {
            if self.taxonomy().sector(code).is_none() {
                errors.add(
                    *field,
                    Problem::Unknown {
                        record: Record::Sector,
                        code: Some(code.to_string()),
                    },
                );
            }
        }
        for (field, code) in locations {
            if self.taxonomy().location(code).is_none() {
                errors.add(
                    *field,
                    Problem::Unknown {
                        record: Record::Location,
                        code: Some(code.to_string()),
                    },
                );
            }
        }
        errors.into_result()?;
        Ok(())
    }
}
