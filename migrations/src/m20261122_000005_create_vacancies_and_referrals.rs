//! Vacancies, referrals with their stage history, and follow-ups after a hire.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tables::{drop_all, index, references};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("vacancies")
                    .col(uuid("id").primary_key())
                    .col(uuid("employer_id"))
                    .col(string_len_uniq("code", 6))
                    .col(string_null("title_ar"))
                    .col(string_null("title_en"))
                    .col(text_null("description_ar"))
                    .col(text_null("description_en"))
                    .col(string_len("sector", 1))
                    .col(string_len("occupation", 4))
                    .col(string_len("location", 40))
                    .col(integer("openings"))
                    .col(big_integer("wage_min_fils"))
                    .col(big_integer("wage_max_fils"))
                    .col(string_len("wage_period", 10))
                    .col(small_integer("hours_per_week"))
                    .col(string_len("shift", 20))
                    .col(string_len("contract", 20))
                    .col(date_null("start_date"))
                    .col(date_null("closing_date"))
                    .col(text("languages"))
                    .col(text("skills"))
                    .col(text("benefits"))
                    .col(boolean("employer_arranges_permit"))
                    .col(string_len("status", 10))
                    .col(uuid("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .col(integer("version"))
                    .foreign_key(&mut references(
                        "vacancies",
                        "employer_id",
                        "employers",
                        "id",
                    ))
                    .foreign_key(&mut references("vacancies", "sector", "sectors", "code"))
                    .foreign_key(&mut references(
                        "vacancies",
                        "occupation",
                        "occupations",
                        "code",
                    ))
                    .foreign_key(&mut references(
                        "vacancies",
                        "location",
                        "locations",
                        "code",
                    ))
                    .foreign_key(&mut references("vacancies", "created_by", "users", "id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("vacancies", &["employer_id"]))
            .await?;
        manager
            .create_index(index("vacancies", &["status", "created_at"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("referrals")
                    .col(uuid("id").primary_key())
                    .col(uuid("seeker_id"))
                    .col(uuid("vacancy_id"))
                    .col(uuid("centre_id"))
                    .col(string_len("stage", 20))
                    .col(uuid("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut references("referrals", "seeker_id", "seekers", "id"))
                    .foreign_key(&mut references(
                        "referrals",
                        "vacancy_id",
                        "vacancies",
                        "id",
                    ))
                    .foreign_key(&mut references("referrals", "centre_id", "centres", "id"))
                    .foreign_key(&mut references("referrals", "created_by", "users", "id"))
                    .to_owned(),
            )
            .await?;
        // One referral per person and vacancy; a second would double-count outcomes.
        manager
            .create_index(
                Index::create()
                    .name("ux_referrals_seeker_vacancy")
                    .table("referrals")
                    .col("seeker_id")
                    .col("vacancy_id")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("referrals", &["vacancy_id"]))
            .await?;
        manager
            .create_index(index("referrals", &["centre_id", "stage"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("referral_events")
                    .col(uuid("id").primary_key())
                    .col(uuid("referral_id"))
                    .col(string_len_null("from_stage", 20))
                    .col(string_len("to_stage", 20))
                    .col(text_null("reason"))
                    .col(uuid("actor_id"))
                    .col(timestamp_with_time_zone("at"))
                    .foreign_key(&mut references(
                        "referral_events",
                        "referral_id",
                        "referrals",
                        "id",
                    ))
                    .foreign_key(&mut references(
                        "referral_events",
                        "actor_id",
                        "users",
                        "id",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("referral_events", &["referral_id", "at"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("follow_ups")
                    .col(uuid("id").primary_key())
                    .col(uuid("referral_id"))
                    .col(date("due_on"))
                    .col(timestamp_with_time_zone_null("done_at"))
                    .col(text_null("note"))
                    .foreign_key(&mut references(
                        "follow_ups",
                        "referral_id",
                        "referrals",
                        "id",
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("follow_ups", &["due_on"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_all(
            manager,
            &["follow_ups", "referral_events", "referrals", "vacancies"],
        )
        .await
    }
}
