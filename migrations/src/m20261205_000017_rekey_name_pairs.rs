//! The look-up keys of people's names written again, for rules that now know the
//! interdentals as each country writes them (ث as th or s, ذ and ظ as dh or z) and
//! the Sudanese g for ق: each key is the pair of skeletons as before, once for every
//! way a letter of the name may be written (`forsa_domain::likeness::name_pairs`).
//! Erased and merged records keep none.

use sea_orm::{ConnectionTrait, Statement};
use sea_orm_migration::prelude::*;

use crate::tables::write_name_keys;

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
        for row in rows {
            let id: uuid::Uuid = row.try_get("", "id")?;
            let name: String = row.try_get("", "full_name")?;
            let gender: String = row.try_get("", "gender")?;
            let birth_year: Option<i32> = row.try_get("", "birth_year")?;
            write_name_keys(db, id, &name, &gender, birth_year).await?;
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
