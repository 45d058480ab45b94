//! Every export of a list is written down: which list, in which format, how many rows
//! and which of the screen's filters narrowed it (their names, never their values: a
//! name searched for is personal data). The audit log's event points here.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tables::drop_all;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("exports")
                    .col(uuid("id").primary_key())
                    .col(timestamp_with_time_zone("at"))
                    .col(string_len("list", 20))
                    .col(string_len("format", 8))
                    .col(big_integer("rows"))
                    .col(string_len("filters", 200))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_all(manager, &["exports"]).await
    }
}
