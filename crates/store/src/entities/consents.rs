//! The `consents` table; the migrations define it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "consents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub seeker_id: Uuid,
    pub purpose: String,
    pub method: Option<String>,
    pub granted_at: DateTimeUtc,
    pub granted_by: Uuid,
    pub withdrawn_at: Option<DateTimeUtc>,
    pub withdrawn_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
