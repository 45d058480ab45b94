//! The `minimum_wages` table; the migrations define it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "minimum_wages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub valid_from: Date,
    pub monthly_fils: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
