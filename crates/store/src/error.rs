use sea_orm::{DbErr, SqlErr};

/// What can go wrong in the store. It knows nothing of HTTP.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A unique constraint refused the write: the record already exists.
    #[error("conflicts with an existing record: {0}")]
    Conflict(String),
    /// A foreign key refused the write: something it refers to does not exist.
    #[error("refers to a record that does not exist: {0}")]
    MissingReference(String),
    /// A stored value does not parse as the domain type it should be.
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Database(DbErr),
}

impl From<DbErr> for StoreError {
    fn from(error: DbErr) -> Self {
        match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(detail)) => StoreError::Conflict(detail),
            Some(SqlErr::ForeignKeyConstraintViolation(detail)) => {
                StoreError::MissingReference(detail)
            }
            _ => StoreError::Database(error),
        }
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(error: serde_json::Error) -> Self {
        StoreError::Corrupt(error.to_string())
    }
}
