//! The look-up keys of people's names written again, for rules that now know the
//! interdentals as each country writes them (ث as th or s, ذ and ظ as dh or z) and
//! the Sudanese g for ق: each key is the pair of skeletons as before, once for every
//! way a letter of the name may be written (`forsa_domain::likeness::name_pairs`).
//! Erased and merged records keep none.

use forsa_domain::likeness::{name_pairs, name_words};
use sea_orm::{ConnectionTrait, Statement, Value};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        db.execute_raw(Statement::from_string(
            backend,
            "DELETE FROM seeker_name_pairs",
        ))
        .await?;
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT id, full_name, gender, birth_year FROM seekers \
                 WHERE merged_into IS NULL AND erased_at IS NULL",
            ))
            .await?;
        let insert = if backend == sea_orm::DatabaseBackend::Postgres {
            "INSERT INTO seeker_name_pairs (pair, seeker_id, gender, birth_year) VALUES ($1, $2, $3, $4)"
        } else {
            "INSERT INTO seeker_name_pairs (pair, seeker_id, gender, birth_year) VALUES (?, ?, ?, ?)"
        };
        for row in rows {
            let id: uuid::Uuid = row.try_get("", "id")?;
            let name: String = row.try_get("", "full_name")?;
            let gender: String = row.try_get("", "gender")?;
            let birth_year: Option<i32> = row.try_get("", "birth_year")?;
            for pair in name_pairs(&name_words(&name)) {
                let values: [Value; 4] = [
                    pair.into(),
                    id.into(),
                    gender.clone().into(),
                    birth_year.into(),
                ];
                db.execute_raw(Statement::from_sql_and_values(backend, insert, values))
                    .await?;
            }
        }
        Ok(())
    }

    /// The keys stay as written: the earlier rules are no longer here to write
    /// theirs, so going back to them leaves the look-up by name to miss what these
    /// keys spell differently (ث, ذ, ظ and a g) until the names are keyed again.
    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
