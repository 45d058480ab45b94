//! What a caseworker learnt at a follow-up: the outcome beside the note and the time
//! it was recorded, which the first schema already kept.

use sea_orm_migration::{prelude::*, schema::string_len_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("follow_ups")
                    .add_column(string_len_null("outcome", 32))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("follow_ups")
                    .drop_column("outcome")
                    .to_owned(),
            )
            .await
    }
}
