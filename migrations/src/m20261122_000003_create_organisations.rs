//! Centres, employers and the users who belong to them.

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
                    .table("centres")
                    .col(uuid("id").primary_key())
                    .col(string("name_ar"))
                    .col(string("name_en"))
                    .col(string_len("location", 40))
                    .col(string_null("opening_hours"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut references("centres", "location", "locations", "code"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("employers")
                    .col(uuid("id").primary_key())
                    .col(string("name"))
                    .col(string_null("registration_number"))
                    .col(string_len("sector", 1))
                    .col(string_len("location", 40))
                    .col(string_null("contact_name"))
                    .col(string_null("contact_phone"))
                    .col(string_null("contact_email"))
                    .col(uuid_null("centre_id"))
                    .col(timestamp_with_time_zone_null("verified_at"))
                    .col(uuid_null("verified_by"))
                    .col(timestamp_with_time_zone_null("fee_pledge_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .col(integer("version"))
                    .foreign_key(&mut references("employers", "sector", "sectors", "code"))
                    .foreign_key(&mut references(
                        "employers",
                        "location",
                        "locations",
                        "code",
                    ))
                    .foreign_key(&mut references("employers", "centre_id", "centres", "id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("users")
                    .col(uuid("id").primary_key())
                    .col(string_uniq("email"))
                    .col(string("name"))
                    .col(string_len("role", 20))
                    .col(uuid_null("centre_id"))
                    .col(uuid_null("employer_id"))
                    .col(string("password_hash"))
                    .col(boolean("disabled"))
                    .col(integer("token_version"))
                    .col(string_len("locale", 5))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut references("users", "centre_id", "centres", "id"))
                    .foreign_key(&mut references("users", "employer_id", "employers", "id"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("users", &["centre_id"])).await?;
        manager.create_index(index("users", &["employer_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_all(manager, &["users", "employers", "centres"]).await
    }
}
