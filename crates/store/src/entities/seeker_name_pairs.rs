//! The `seeker_name_pairs` table; the migrations define it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "seeker_name_pairs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub pair: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub seeker_id: Uuid,
    pub gender: String,
    pub birth_year: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
