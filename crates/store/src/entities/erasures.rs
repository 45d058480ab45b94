//! The `erasures` table; the migrations define it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "erasures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub seeker_id: Uuid,
    pub centre_id: Uuid,
    pub erased_at: DateTimeUtc,
    pub erased_by: Option<Uuid>,
    pub cause: String,
    pub reason: Option<String>,
    pub months: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
