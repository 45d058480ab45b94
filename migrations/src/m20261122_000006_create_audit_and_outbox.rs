//! The audit log (who did what to which record, never what the record says) and the
//! outbox that the search index follows.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tables::{drop_all, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("audit_events")
                    .col(uuid("id").primary_key())
                    .col(timestamp_with_time_zone("at"))
                    .col(uuid_null("actor_id"))
                    .col(string_len_null("actor_role", 20))
                    .col(string_len("action", 20))
                    .col(string_len("subject_type", 20))
                    .col(uuid("subject_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("audit_events", &["subject_type", "subject_id", "at"]))
            .await?;
        manager
            .create_index(index("audit_events", &["actor_id", "at"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("outbox")
                    .col(big_pk_auto("position"))
                    .col(string_len("entity_type", 20))
                    .col(uuid("entity_id"))
                    .col(string_len("operation", 10))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_all(manager, &["outbox", "audit_events"]).await
    }
}
