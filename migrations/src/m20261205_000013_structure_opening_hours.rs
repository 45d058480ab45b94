//! A centre's opening hours become days and times (`Sun–Thu 08:00–15:00`), which
//! every page can say in its own language, instead of one line of free text. A line
//! written before is kept where it, or one of its parts ("Sun–Thu 08:00–15:00 ·
//! الأحد–الخميس …"), reads as days and times; a line that does not is cleared, and
//! the centre's admin sets the hours again on the centres page.

use forsa_domain::hours::OpeningHours;
use sea_orm::{ConnectionTrait, Statement, Value};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT id, opening_hours FROM centres WHERE opening_hours IS NOT NULL",
            ))
            .await?;
        let update = match backend {
            sea_orm::DatabaseBackend::Postgres => {
                "UPDATE centres SET opening_hours = $1 WHERE id = $2"
            }
            _ => "UPDATE centres SET opening_hours = ? WHERE id = ?",
        };
        for row in rows {
            let id: uuid::Uuid = row.try_get("", "id")?;
            let line: String = row.try_get("", "opening_hours")?;
            let hours = line
                .split('·')
                .find_map(|part| OpeningHours::parse(part).ok())
                .filter(|hours| !hours.is_closed())
                .map(|hours| hours.to_string());
            let values: [Value; 2] = [hours.into(), id.into()];
            db.execute_raw(Statement::from_sql_and_values(backend, update, values))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // The text form is a line of text as before.
        Ok(())
    }
}
