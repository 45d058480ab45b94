//! Keys a caseworker finds a person by: the name folded the way the search index folds
//! words (hamza forms, ta marbuta, ya and alef maqsura, diacritics, tatweel, case),
//! and the phone as its national digits. Filled in for the people already recorded.

use forsa_domain::folding::{DEFAULT_CALLING_CODE, name_key, phone_key};
use sea_orm::{ConnectionTrait, Statement, Value};
use sea_orm_migration::{
    prelude::*,
    schema::{string_len_null, text},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// PostgreSQL's trigram indexes, when pg_trgm may be added: (name, column).
const TRIGRAM_INDEXES: [(&str, &str); 3] = [
    ("ix_seekers_name_key_trgm", "name_key"),
    ("ix_seekers_phone_key_trgm", "phone_key"),
    ("ix_seekers_case_reference_trgm", "(lower(case_reference))"),
];

/// Whether pg_trgm is installed with this PostgreSQL and this user may add it to the
/// database (it is a trusted extension: the database's owner may).
async fn trigrams_available(db: &SchemaManagerConnection<'_>) -> Result<bool, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(
            sea_orm::DatabaseBackend::Postgres,
            "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') \
             AND (has_database_privilege(current_database(), 'CREATE') \
                  OR EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')) AS ok",
        ))
        .await?;
    Ok(row
        .map(|row| row.try_get::<bool>("", "ok"))
        .transpose()?
        .unwrap_or(false))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("seekers")
                    .add_column(text("name_key").default(""))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("seekers")
                    .add_column(string_len_null("phone_key", 32))
                    .to_owned(),
            )
            .await?;
        // Finding a person reads these columns of every person of the centre: an index
        // holding them all is read instead of the (much wider) rows.
        manager
            .create_index(
                Index::create()
                    .name("ix_seekers_finding")
                    .table("seekers")
                    .col("centre_id")
                    .col("archived_at")
                    .col("name_key")
                    .col("phone_key")
                    .col("case_reference")
                    .col("created_at")
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        if backend == sea_orm::DatabaseBackend::Postgres && trigrams_available(db).await? {
            // PostgreSQL finds `LIKE '%part%'` in a trigram index rather than reading
            // every row; pg_trgm ships with PostgreSQL and a database owner may add it.
            db.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                .await?;
            for (name, column) in TRIGRAM_INDEXES {
                db.execute_unprepared(&format!(
                    "CREATE INDEX IF NOT EXISTS {name} ON seekers USING gin ({column} gin_trgm_ops)"
                ))
                .await?;
            }
        }
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT id, full_name, phone FROM seekers",
            ))
            .await?;
        let update = match backend {
            sea_orm::DatabaseBackend::Postgres => {
                "UPDATE seekers SET name_key = $1, phone_key = $2 WHERE id = $3"
            }
            _ => "UPDATE seekers SET name_key = ?, phone_key = ? WHERE id = ?",
        };
        for row in rows {
            let id: uuid::Uuid = row.try_get("", "id")?;
            let name: String = row.try_get("", "full_name")?;
            let phone: Option<String> = row.try_get("", "phone")?;
            let values: [Value; 3] = [
                name_key(&name).into(),
                phone.map(|p| phone_key(&p, DEFAULT_CALLING_CODE)).into(),
                id.into(),
            ];
            db.execute_raw(Statement::from_sql_and_values(backend, update, values))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            for (name, _) in TRIGRAM_INDEXES {
                db.execute_unprepared(&format!("DROP INDEX IF EXISTS {name}"))
                    .await?;
            }
        }
        manager
            .drop_index(
                Index::drop()
                    .name("ix_seekers_finding")
                    .table("seekers")
                    .to_owned(),
            )
            .await?;
        for column in ["phone_key", "name_key"] {
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
