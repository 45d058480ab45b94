//! Each centre keeps its days in its own time zone (the IANA name, `Asia/Amman`):
//! the existing centres are Jordan's.

use sea_orm_migration::{prelude::*, schema::string_len};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("centres")
                    .add_column(string_len("time_zone", 64).default("Asia/Amman"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("centres")
                    .drop_column("time_zone")
                    .to_owned(),
            )
            .await
    }
}
