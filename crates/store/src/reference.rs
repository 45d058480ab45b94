//! Classifications, places and the rules, as the migrations seeded them and admins
//! changed them since.

use std::collections::BTreeSet;

use crate::clock;
use chrono::NaiveDate;
use forsa_domain::{
    CountryCode, IscoCode, Money, PermitKind, SectorCode, money::MinimumWage, permit::PermitType,
    rules::Rules,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::OnConflict,
};
use serde::Serialize;

use crate::{
    Result, StoreError, Tx,
    columns::{from_json, parse, to_json},
    entities::{
        closed_occupations, locations, minimum_wages, occupations, permit_types, sectors, settings,
    },
};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sector {
    pub code: String,
    pub name_en: String,
    pub name_ar: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Occupation {
    pub code: String,
    pub level: i16,
    pub parent_code: Option<String>,
    pub name_en: String,
    pub name_ar: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Location {
    pub code: String,
    pub kind: String,
    pub parent_code: Option<String>,
    pub name_en: String,
    pub name_ar: String,
}

fn permit_type(model: permit_types::Model) -> Result<PermitType> {
    let sectors: Vec<String> = from_json(&model.sectors)?;
    Ok(PermitType {
        kind: parse("permit_types.kind", &model.kind, PermitKind::parse)?,
        sectors: sectors
            .iter()
            .map(|s| parse("permit_types.sectors", s, SectorCode::parse))
            .collect::<Result<_>>()?,
        code: model.code,
        name_ar: model.name_ar,
        name_en: model.name_en,
        active: model.active,
    })
}

impl Tx {
    pub async fn sectors(&self) -> Result<Vec<Sector>> {
        let rows = sectors::Entity::find()
            .order_by_asc(sectors::Column::Code)
            .all(self.conn())
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| Sector {
                code: r.code,
                name_en: r.name_en,
                name_ar: r.name_ar,
            })
            .collect())
    }

    pub async fn locations(&self) -> Result<Vec<Location>> {
        let rows = locations::Entity::find()
            .order_by_asc(locations::Column::Code)
            .all(self.conn())
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| Location {
                code: r.code,
                kind: r.kind,
                parent_code: r.parent_code,
                name_en: r.name_en,
                name_ar: r.name_ar,
            })
            .collect())
    }

    /// Every ISCO group, in code order: completion runs over them in memory.
    pub async fn all_occupations(&self) -> Result<Vec<Occupation>> {
        let rows = occupations::Entity::find()
            .order_by_asc(occupations::Column::Code)
            .all(self.conn())
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| Occupation {
                code: r.code,
                level: r.level,
                parent_code: r.parent_code,
                name_en: r.name_en,
                name_ar: r.name_ar,
            })
            .collect())
    }

    pub async fn permit_types(&self) -> Result<Vec<PermitType>> {
        let rows = permit_types::Entity::find()
            .order_by_asc(permit_types::Column::Code)
            .all(self.conn())
            .await?;
        rows.into_iter().map(permit_type).collect()
    }

    /// Creates a permit type, or replaces the one with the same code.
    pub async fn save_permit_type(&self, permit: &PermitType) -> Result<()> {
        let sectors: Vec<&str> = permit.sectors.iter().map(SectorCode::as_str).collect();
        let model = permit_types::ActiveModel {
            code: Set(permit.code.clone()),
            name_en: Set(permit.name_en.clone()),
            name_ar: Set(permit.name_ar.clone()),
            kind: Set(permit.kind.as_str().to_owned()),
            sectors: Set(to_json(&sectors)?),
            active: Set(permit.active),
        };
        permit_types::Entity::insert(model)
            .on_conflict(
                OnConflict::column(permit_types::Column::Code)
                    .update_columns([
                        permit_types::Column::NameEn,
                        permit_types::Column::NameAr,
                        permit_types::Column::Kind,
                        permit_types::Column::Sectors,
                        permit_types::Column::Active,
                    ])
                    .to_owned(),
            )
            .exec(self.conn())
            .await?;
        Ok(())
    }

    pub async fn closed_occupations(&self) -> Result<Vec<IscoCode>> {
        let rows = closed_occupations::Entity::find()
            .order_by_asc(closed_occupations::Column::Code)
            .all(self.conn())
            .await?;
        rows.iter()
            .map(|r| parse("closed_occupations.code", &r.code, IscoCode::parse))
            .collect()
    }

    pub async fn close_occupation(&self, code: &IscoCode) -> Result<()> {
        let model = closed_occupations::ActiveModel {
            code: Set(code.to_string()),
            note_en: Set(None),
            note_ar: Set(None),
            created_at: Set(clock::now()),
        };
        closed_occupations::Entity::insert(model)
            .on_conflict_do_nothing()
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Opens an occupation again; reports whether it was closed.
    pub async fn open_occupation(&self, code: &IscoCode) -> Result<bool> {
        let result = closed_occupations::Entity::delete_by_id(code.to_string())
            .exec(self.conn())
            .await?;
        Ok(result.rows_affected > 0)
    }

    /// Records a minimum wage in force from its first day (replacing one set for the
    /// same day).
    pub async fn set_minimum_wage(&self, wage: &MinimumWage) -> Result<()> {
        let model = minimum_wages::ActiveModel {
            valid_from: Set(wage.valid_from),
            monthly_fils: Set(wage.monthly.fils()),
            created_at: Set(clock::now()),
        };
        minimum_wages::Entity::insert(model)
            .on_conflict(
                OnConflict::column(minimum_wages::Column::ValidFrom)
                    .update_column(minimum_wages::Column::MonthlyFils)
                    .to_owned(),
            )
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// The minimum wage in force on `day`.
    pub async fn minimum_wage_on(&self, day: NaiveDate) -> Result<MinimumWage> {
        let row = minimum_wages::Entity::find()
            .filter(minimum_wages::Column::ValidFrom.lte(day))
            .order_by_desc(minimum_wages::Column::ValidFrom)
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::Corrupt("no minimum wage is in force".to_owned()))?;
        Ok(MinimumWage {
            monthly: Money::from_fils(row.monthly_fils),
            valid_from: row.valid_from,
        })
    }

    /// Every rule in force on `day`, for eligibility and validation.
    pub async fn rules_on(&self, day: NaiveDate) -> Result<Rules> {
        let country = settings::Entity::find_by_id("country".to_owned())
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::Corrupt("the country setting is missing".to_owned()))?;
        Ok(Rules {
            country: parse("settings.country", &country.value, CountryCode::parse)?,
            closed_occupations: self
                .closed_occupations()
                .await?
                .into_iter()
                .collect::<BTreeSet<_>>(),
            permit_types: self.permit_types().await?,
            minimum_wage: self.minimum_wage_on(day).await?,
        })
    }
}
