//! The history of the rules that decide who may take which job: every permit type
//! saved, occupation group closed or opened and minimum wage set, by whom and when,
//! so that an admin can tell why a person's matches changed.

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
                    .table("rule_changes")
                    .col(uuid("id").primary_key())
                    .col(timestamp_with_time_zone("at"))
                    .col(uuid_null("actor_id"))
                    .col(string_len("change", 32))
                    // The permit type's code, the occupation group or the day the
                    // wage applies from.
                    .col(string_len("subject", 64))
                    // The minimum wage's amount in fils; nothing for the others.
                    .col(big_integer_null("amount_fils"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("rule_changes", &["at"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_all(manager, &["rule_changes"]).await
    }
}
