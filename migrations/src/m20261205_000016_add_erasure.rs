//! Erasure: a person's record keeps what statistics need and loses every personal
//! field; `erased_at` says when. Each erasure leaves a receipt: when, by whom (none
//! for the retention rule) and why (the reason given, or the rule and its months).

use sea_orm_migration::{prelude::*, schema::*};

use crate::tables::{drop_all, index, references};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("seekers")
                    .add_column(timestamp_with_time_zone_null("erased_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("erasures")
                    .col(uuid("seeker_id").primary_key())
                    .col(uuid("centre_id"))
                    .col(timestamp_with_time_zone("erased_at"))
                    .col(uuid_null("erased_by"))
                    // `requested`, `archived` or `inactive`.
                    .col(string_len("cause", 16))
                    .col(text_null("reason"))
                    .col(integer_null("months"))
                    .foreign_key(&mut references("erasures", "seeker_id", "seekers", "id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("erasures", &["erased_at"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_all(manager, &["erasures"]).await?;
        manager
            .alter_table(
                Table::alter()
                    .table("seekers")
                    .drop_column("erased_at")
                    .to_owned(),
            )
            .await
    }
}
