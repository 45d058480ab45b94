//! An employer has a name in Arabic and one in English, either of which may be
//! missing. The names recorded before, one line in one language or both as
//! "عربي · English", are sorted into the two by their script. `name` stays, both
//! names on one line, for searching and ordering.

use forsa_domain::employer::EmployerName;
use sea_orm::{ConnectionTrait, Statement, Value};
use sea_orm_migration::{prelude::*, schema::string_len_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["name_ar", "name_en"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("employers")
                        .add_column(string_len_null(column, 200))
                        .to_owned(),
                )
                .await?;
        }
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT id, name FROM employers",
            ))
            .await?;
        let update = match backend {
            sea_orm::DatabaseBackend::Postgres => {
                "UPDATE employers SET name_ar = $1, name_en = $2 WHERE id = $3"
            }
            _ => "UPDATE employers SET name_ar = ?, name_en = ? WHERE id = ?",
        };
        for row in rows {
            let id: uuid::Uuid = row.try_get("", "id")?;
            let name: String = row.try_get("", "name")?;
            let sorted = EmployerName::sorted(&name);
            let values: [Value; 3] = [sorted.ar.into(), sorted.en.into(), id.into()];
            db.execute_raw(Statement::from_sql_and_values(backend, update, values))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["name_en", "name_ar"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("employers")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
