//! The access log opens on the newest events of all: an index on the time of each
//! event lets the database read the first page without sorting the whole log.

use sea_orm_migration::prelude::*;

use crate::tables::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(index("audit_events", &["at", "id"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_audit_events_at_id")
                    .table("audit_events")
                    .to_owned(),
            )
            .await
    }
}
