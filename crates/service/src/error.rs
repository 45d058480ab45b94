use std::time::Duration;

use forsa_domain::FieldErrors;
use forsa_store::StoreError;

/// What a use case can answer besides success. It knows nothing of HTTP; the edge maps
/// each variant to a status in one place.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// No valid sign-in.
    #[error("sign-in required")]
    Unauthenticated,
    /// Signed in, but this role may not do this.
    #[error("not allowed")]
    Forbidden,
    /// Does not exist, or exists where the actor may not see it.
    #[error("not found")]
    NotFound,
    /// A request that cannot be read as one, such as search text far longer than
    /// anything a person types.
    #[error("malformed: {0}")]
    Malformed(String),
    /// Values that do not make sense, one message per field.
    #[error(transparent)]
    Invalid(#[from] FieldErrors),
    /// Clashes with the current state: a duplicate, or an edit of a stale version.
    #[error("conflict: {0}")]
    Conflict(String),
    /// Too many attempts; try again after this long.
    #[error("too many attempts")]
    RateLimited(Duration),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for ServiceError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict(_) => {
                ServiceError::Conflict("a record with these details already exists".to_owned())
            }
            StoreError::MissingReference(detail) => {
                ServiceError::Internal(format!("missing reference: {detail}"))
            }
            other => ServiceError::Internal(other.to_string()),
        }
    }
}

impl ServiceError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        ServiceError::Invalid(FieldErrors::single(field, message))
    }
}
