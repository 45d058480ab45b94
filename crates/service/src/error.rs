use std::{fmt, time::Duration};

use forsa_domain::{FieldErrors, Problem, seeker::duplicate::DuplicateCandidate};
use forsa_search::SearchError;
use forsa_store::StoreError;

/// The cause of an internal error, kept for the operator's log.
pub type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What a use case can answer besides success. It knows nothing of HTTP; the edge maps
/// each variant to a status in one place, and the pages each kind to their words.
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
    #[error("malformed: {field} {problem}")]
    Malformed {
        field: &'static str,
        problem: Problem,
    },
    /// Values that do not make sense, one problem per field.
    #[error(transparent)]
    Invalid(#[from] FieldErrors),
    /// Clashes with the current state.
    #[error("conflict: {0}")]
    Conflict(Conflict),
    /// The record was merged into this one, which is the person's record now.
    #[error("merged into {0}")]
    Merged(forsa_domain::SeekerId),
    /// The person's record was erased: nothing of them is left to read or change.
    #[error("erased")]
    Erased(Box<forsa_domain::seeker::erasure::Erasure>),
    /// Too many attempts; try again after this long.
    #[error("too many attempts")]
    RateLimited(Duration),
    #[error("internal error: {0}")]
    Internal(#[source] Cause),
}

/// How a change clashes with what is stored.
#[derive(Debug, Clone, PartialEq)]
pub enum Conflict {
    /// Someone else saved the record since the caller read it.
    StaleEdit { current: i32, expected: i32 },
    /// The centre already has a seeker with this case reference.
    DuplicateCaseReference,
    /// A user with this email exists.
    EmailTaken,
    /// The seeker is already referred to this vacancy.
    AlreadyReferred,
    /// The follow-up's outcome is already recorded.
    AlreadyRecorded,
    /// Some other record with these details exists (a unique rule of the database).
    Duplicate,
    /// A person with matching details is registered already, here or at another
    /// centre; registering them needs a reason.
    PossibleDuplicate(Vec<DuplicateCandidate>),
    /// More than one employer answers to the name a spreadsheet gives.
    SeveralEmployersNamed,
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Conflict::StaleEdit { current, expected } => write!(
                f,
                "the record was changed by someone else (version {current}, not {expected}); reload it and edit again"
            ),
            Conflict::DuplicateCaseReference => {
                f.write_str("a seeker with this case reference is already registered at the centre")
            }
            Conflict::EmailTaken => f.write_str("a user with this email already exists"),
            Conflict::AlreadyReferred => {
                f.write_str("this seeker is already referred to this vacancy")
            }
            Conflict::AlreadyRecorded => f.write_str("this follow-up is already recorded"),
            Conflict::Duplicate => f.write_str("a record with these details already exists"),
            Conflict::SeveralEmployersNamed => f.write_str(
                "more than one employer has this name; give the employer's registration number or record id",
            ),
            Conflict::PossibleDuplicate(_) => f.write_str(
                "a person with matching details is registered already; to register this person anyway, send duplicate_reason saying why",
            ),
        }
    }
}

impl From<StoreError> for ServiceError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict(_) => ServiceError::Conflict(Conflict::Duplicate),
            other => ServiceError::Internal(Box::new(other)),
        }
    }
}

impl From<SearchError> for ServiceError {
    fn from(error: SearchError) -> Self {
        match error {
            // The text itself is unusable: a bad request, not a bad value.
            SearchError::Invalid {
                field: "q",
                problem,
            } => ServiceError::Malformed {
                field: "q",
                problem,
            },
            SearchError::Invalid { field, problem } => ServiceError::invalid(field, problem),
            other => ServiceError::Internal(Box::new(other)),
        }
    }
}

impl ServiceError {
    pub fn invalid(field: &str, problem: Problem) -> Self {
        ServiceError::Invalid(FieldErrors::single(field, problem))
    }

    /// An internal error with a cause worded here.
    pub fn internal(cause: impl Into<Cause>) -> Self {
        ServiceError::Internal(cause.into())
    }
}
