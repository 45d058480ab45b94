//! What a registration is checked against for a person registered already, at any
//! centre: the phone as E.164 (`+962791234567`), the case reference, and each pair of
//! the name's sound skeletons (`forsa_domain::likeness`) with the gender and year of
//! birth, so that a look-up reads a few index entries rather than every person. A
//! registration made despite a likely duplicate is kept with its reason, by whom and
//! when, until someone decides: two people, or one, merged into the other record,
//! which then points to the one kept. Filled in for the people already recorded.

use forsa_domain::likeness::phone_e164;
use sea_orm::{ConnectionTrait, Statement, Value};
use sea_orm_migration::{prelude::*, schema::*};

use crate::tables::{drop_all, index, references, write_name_keys};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("seekers")
                    .add_column(string_len_null("phone_e164", 20))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("seekers")
                    .add_column(uuid_null("merged_into"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("seekers", &["phone_e164"]))
            .await?;
        manager
            .create_index(index("seekers", &["case_reference"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("seeker_name_pairs")
                    .col(string_len("pair", 120))
                    .col(uuid("seeker_id"))
                    .col(string_len("gender", 16))
                    .col(integer_null("birth_year"))
                    .primary_key(Index::create().col("pair").col("seeker_id"))
                    .foreign_key(&mut references(
                        "seeker_name_pairs",
                        "seeker_id",
                        "seekers",
                        "id",
                    ))
                    .to_owned(),
            )
            .await?;
        // The look-up: a pair, then the gender and the years of birth near it.
        manager
            .create_index(index(
                "seeker_name_pairs",
                &["pair", "gender", "birth_year", "seeker_id"],
            ))
            .await?;
        manager
            .create_index(index("seeker_name_pairs", &["seeker_id"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("duplicate_flags")
                    .col(uuid("id").primary_key())
                    // The person registered despite the likeness, and the one they
                    // were found alike to.
                    .col(uuid("seeker_id"))
                    .col(uuid("other_id"))
                    .col(text("reason"))
                    .col(uuid_null("flagged_by"))
                    .col(timestamp_with_time_zone("flagged_at"))
                    // `different` or `merged`; none while nobody has decided.
                    .col(string_len_null("decision", 16))
                    .col(text_null("decision_reason"))
                    .col(uuid_null("decided_by"))
                    .col(timestamp_with_time_zone_null("decided_at"))
                    .foreign_key(&mut references(
                        "duplicate_flags",
                        "seeker_id",
                        "seekers",
                        "id",
                    ))
                    .foreign_key(&mut references(
                        "duplicate_flags",
                        "other_id",
                        "seekers",
                        "id",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("duplicate_flags", &["seeker_id"]))
            .await?;
        manager
            .create_index(index("duplicate_flags", &["other_id"]))
            .await?;
        fill(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_all(manager, &["duplicate_flags", "seeker_name_pairs"]).await?;
        for name in ["ix_seekers_case_reference", "ix_seekers_phone_e164"] {
            manager
                .drop_index(Index::drop().name(name).table("seekers").to_owned())
                .await?;
        }
        for column in ["merged_into", "phone_e164"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("seekers")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

/// The phones and name pairs of the people recorded before.
async fn fill(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = db.get_database_backend();
    let postgres = backend == sea_orm::DatabaseBackend::Postgres;
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT id, full_name, phone, gender, birth_year FROM seekers",
        ))
        .await?;
    let update = if postgres {
        "UPDATE seekers SET phone_e164 = $1 WHERE id = $2"
    } else {
        "UPDATE seekers SET phone_e164 = ? WHERE id = ?"
    };
    for row in rows {
        let id: uuid::Uuid = row.try_get("", "id")?;
        let name: String = row.try_get("", "full_name")?;
        let phone: Option<String> = row.try_get("", "phone")?;
        let gender: String = row.try_get("", "gender")?;
        let birth_year: Option<i32> = row.try_get("", "birth_year")?;
        let values: [Value; 2] = [phone.as_deref().and_then(phone_e164).into(), id.into()];
        db.execute_raw(Statement::from_sql_and_values(backend, update, values))
            .await?;
        write_name_keys(db, id, &name, &gender, birth_year).await?;
    }
    Ok(())
}
