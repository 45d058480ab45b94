//! The `seekers` table; the migrations define it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "seekers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub centre_id: Uuid,
    pub case_reference: Option<String>,
    pub full_name: String,
    pub gender: String,
    pub birth_year: Option<i32>,
    pub nationality: String,
    pub status: String,
    pub phone: Option<String>,
    pub location: String,
    pub languages: String,
    pub education_level: Option<i16>,
    pub occupations: String,
    pub skills: String,
    pub experience: Option<String>,
    pub preferences: String,
    pub disability: Option<String>,
    pub available_from: Option<Date>,
    pub archived_at: Option<DateTimeUtc>,
    /// The folded words of the name, for finding a person (`folding::name_key`).
    pub name_key: String,
    /// The phone's national digits (`folding::phone_key`).
    pub phone_key: Option<String>,
    /// The phone in E.164 (`likeness::phone_e164`), for the duplicate check.
    pub phone_e164: Option<String>,
    /// The record this one was merged into; it then only points there.
    pub merged_into: Option<Uuid>,
    /// When the record was erased (migration 16).
    pub erased_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
