//! Reference data and rules: classifications, places, permit types, closed
//! occupations, the minimum wage. Rules are data so that an admin can change them.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tables::{drop_all, references};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("sectors")
                    .col(string_len("code", 1).primary_key())
                    .col(string("name_en"))
                    .col(string("name_ar"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("occupations")
                    .col(string_len("code", 4).primary_key())
                    .col(small_integer("level"))
                    .col(string_len_null("parent_code", 4))
                    .col(string("name_en"))
                    .col(string("name_ar"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("locations")
                    .col(string_len("code", 40).primary_key())
                    .col(string_len("kind", 20))
                    .col(string_len_null("parent_code", 40))
                    .col(string("name_en"))
                    .col(string("name_ar"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("permit_types")
                    .col(string_len("code", 40).primary_key())
                    .col(string("name_en"))
                    .col(string("name_ar"))
                    .col(string_len("kind", 20))
                    .col(text("sectors"))
                    .col(boolean("active"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("closed_occupations")
                    .col(string_len("code", 4).primary_key())
                    .col(string_null("note_en"))
                    .col(string_null("note_ar"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut references(
                        "closed_occupations",
                        "code",
                        "occupations",
                        "code",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("minimum_wages")
                    .col(date("valid_from").primary_key())
                    .col(big_integer("monthly_fils"))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("settings")
                    .col(string_len("key", 60).primary_key())
                    .col(string("value"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_all(
            manager,
            &[
                "settings",
                "minimum_wages",
                "closed_occupations",
                "permit_types",
                "locations",
                "occupations",
                "sectors",
            ],
        )
        .await
    }
}
