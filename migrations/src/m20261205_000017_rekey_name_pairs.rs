//! The look-up keys of people's names written again, for rules that now know the
//! interdentals as each country writes them (ث as th or s, ذ and ظ as dh or z) and
//! the Sudanese g for ق: each key is the pair of skeletons as before, once for every
//! way a letter of the name may be written (`forsa_domain::likeness::name_pairs`).
//! Erased and merged records keep none.

use sea_orm_migration::prelude::*;

use crate::tables::rekey_names;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rekey_names(manager.get_connection()).await
    }

    /// The keys stay as written: the earlier rules are no longer here to write
    /// theirs, so going back to them leaves the look-up by name to miss what these
    /// keys spell differently (ث, ذ, ظ and a g) until the names are keyed again.
    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
