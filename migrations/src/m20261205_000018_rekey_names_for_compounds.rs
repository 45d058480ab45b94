//! The look-up keys of people's names written again, for rules that now take Bani,
//! Allah and al-Huda as halves of one name (Bani Hani and Banihani, هبة الله and
//! Hibatullah, نور الهدى and نورالهدى each one word), a Latin "ah" as the end of
//! صلاح as well as of فاطمة, and an initial i before a doubled letter as a vowel
//! (Issa, عيسى). Erased and merged records keep none.

use sea_orm_migration::prelude::*;

use crate::tables::rekey_names;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rekey_names(manager.get_connection()).await
    }

    /// The keys stay as written, as in migration 17: the earlier rules are no longer
    /// here to write theirs.
    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
