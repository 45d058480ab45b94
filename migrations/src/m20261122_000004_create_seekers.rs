//! Seekers with their permits and consents. Lists (languages, occupations, skills,
//! preferences) are JSON text: they are read and written whole with their seeker, and
//! the search index, not SQL, is what looks inside them.

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
                    .table("seekers")
                    .col(uuid("id").primary_key())
                    .col(uuid("centre_id"))
                    .col(string_null("case_reference"))
                    .col(string("full_name"))
                    .col(string_len("gender", 20))
                    .col(integer_null("birth_year"))
                    .col(string_len("nationality", 2))
                    .col(string_len("status", 20))
                    .col(string_null("phone"))
                    .col(string_len("location", 40))
                    .col(text("languages"))
                    .col(small_integer_null("education_level"))
                    .col(text("occupations"))
                    .col(text("skills"))
                    .col(text_null("experience"))
                    .col(text("preferences"))
                    .col(string_null("disability"))
                    .col(date_null("available_from"))
                    .col(timestamp_with_time_zone_null("archived_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .col(integer("version"))
                    .foreign_key(&mut references("seekers", "centre_id", "centres", "id"))
                    .foreign_key(&mut references("seekers", "location", "locations", "code"))
                    .to_owned(),
            )
            .await?;
        // A case reference identifies one person within a centre.
        manager
            .create_index(
                Index::create()
                    .name("ux_seekers_centre_case_reference")
                    .table("seekers")
                    .col("centre_id")
                    .col("case_reference")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("seekers", &["centre_id", "created_at"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("work_permits")
                    .col(uuid("id").primary_key())
                    .col(uuid("seeker_id"))
                    .col(string_len("permit_type", 40))
                    .col(string_null("number"))
                    .col(string_null("issuer"))
                    .col(date("valid_from"))
                    .col(date("valid_until"))
                    .col(uuid_null("employer_id"))
                    .col(string_len("status", 20))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut references(
                        "work_permits",
                        "seeker_id",
                        "seekers",
                        "id",
                    ))
                    .foreign_key(&mut references(
                        "work_permits",
                        "permit_type",
                        "permit_types",
                        "code",
                    ))
                    .foreign_key(&mut references(
                        "work_permits",
                        "employer_id",
                        "employers",
                        "id",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("work_permits", &["seeker_id"]))
            .await?;
        manager
            .create_index(index("work_permits", &["valid_until"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("consents")
                    .col(uuid("id").primary_key())
                    .col(uuid("seeker_id"))
                    .col(string_len("purpose", 40))
                    .col(timestamp_with_time_zone("granted_at"))
                    .col(uuid("granted_by"))
                    .col(timestamp_with_time_zone_null("withdrawn_at"))
                    .col(uuid_null("withdrawn_by"))
                    .foreign_key(&mut references("consents", "seeker_id", "seekers", "id"))
                    .foreign_key(&mut references("consents", "granted_by", "users", "id"))
                    .foreign_key(&mut references("consents", "withdrawn_by", "users", "id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("consents", &["seeker_id"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_all(manager, &["consents", "work_permits", "seekers"]).await
    }
}
