//! Small builders shared by the migrations.

use forsa_domain::{
    likeness::{name_pairs, name_words},
    seeker::duplicate::UNKNOWN_BIRTH_YEAR,
};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, Value};
use sea_orm_migration::prelude::*;

/// A foreign key from `table.column` to `target.id`.
pub fn references(
    table: &'static str,
    column: &'static str,
    target: &'static str,
    target_column: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(table, column)
        .to(target, target_column)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

/// Indexes as a migration lists them: each its name, its table and its columns.
pub type NamedIndexes = [(&'static str, &'static str, &'static [&'static str])];

/// Creates each of `indexes`.
pub async fn create_indexes(
    manager: &SchemaManager<'_>,
    indexes: &NamedIndexes,
) -> Result<(), DbErr> {
    for (name, table, columns) in indexes {
        manager
            .create_index(named_index(name, table, columns))
            .await?;
    }
    Ok(())
}

/// Drops each of `indexes`.
pub async fn drop_indexes(
    manager: &SchemaManager<'_>,
    indexes: &NamedIndexes,
) -> Result<(), DbErr> {
    for (name, table, _) in indexes {
        manager
            .drop_index(Index::drop().name(*name).table(*table).to_owned())
            .await?;
    }
    Ok(())
}

/// An index on some columns of a table, named after them.
pub fn index(table: &'static str, columns: &[&'static str]) -> IndexCreateStatement {
    named_index(&format!("ix_{table}_{}", columns.join("_")), table, columns)
}

/// An index named `name` on some columns of a table.
pub fn named_index(
    name: &str,
    table: &'static str,
    columns: &[&'static str],
) -> IndexCreateStatement {
    let mut statement = Index::create();
    statement.name(name).table(table);
    for column in columns {
        statement.col(*column);
    }
    statement.to_owned()
}

/// Drops tables in the order given (dependents first).
pub async fn drop_all(manager: &SchemaManager<'_>, tables: &[&'static str]) -> Result<(), DbErr> {
    for table in tables {
        manager
            .drop_table(Table::drop().table(*table).to_owned())
            .await?;
    }
    Ok(())
}

/// Writes every live person's name keys again by today's rules
/// (`likeness::name_pairs`), for a migration that follows a change to them. Erased
/// and merged records keep none.
pub async fn rekey_names(db: &impl ConnectionTrait) -> Result<(), DbErr> {
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

/// Writes the look-up keys of person `id`'s name (`likeness::name_pairs`), each with
/// their gender and year of birth.
pub async fn write_name_keys(
    db: &impl ConnectionTrait,
    id: uuid::Uuid,
    name: &str,
    gender: &str,
    birth_year: Option<i32>,
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let insert = if backend == DatabaseBackend::Postgres {
        "INSERT INTO seeker_name_pairs (pair, seeker_id, gender, birth_year) VALUES ($1, $2, $3, $4)"
    } else {
        "INSERT INTO seeker_name_pairs (pair, seeker_id, gender, birth_year) VALUES (?, ?, ?, ?)"
    };
    for pair in name_pairs(&name_words(name)) {
        let values: [Value; 4] = [
            pair.into(),
            id.into(),
            gender.to_owned().into(),
            birth_year.unwrap_or(UNKNOWN_BIRTH_YEAR).into(),
        ];
        db.execute_raw(Statement::from_sql_and_values(backend, insert, values))
            .await?;
    }
    Ok(())
}
