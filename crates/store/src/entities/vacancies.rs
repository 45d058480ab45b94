//! The `vacancies` table; the migrations define it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "vacancies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub employer_id: Uuid,
    pub code: String,
    pub title_ar: Option<String>,
    pub title_en: Option<String>,
    pub description_ar: Option<String>,
    pub description_en: Option<String>,
    pub sector: String,
    pub occupation: String,
    pub location: String,
    pub openings: i32,
    pub wage_min_fils: i64,
    pub wage_max_fils: i64,
    pub wage_period: String,
    pub hours_per_week: i16,
    pub shift: String,
    pub contract: String,
    pub start_date: Option<Date>,
    pub closing_date: Option<Date>,
    pub languages: String,
    pub skills: String,
    pub benefits: String,
    pub employer_arranges_permit: bool,
    pub status: String,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
