//! Every error the API answers with, in one shape:
//! `{"error": {"code": "...", "message": "...", "fields": {...}}}`.

use std::collections::BTreeMap;

use axum::{
    Json,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use forsa_domain::{
    FieldErrors,
    seeker::{duplicate::DuplicateCandidate, erasure::Erasure},
};
use forsa_service::{Conflict, ServiceError};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: ErrorCode,
    message: String,
    fields: Option<FieldErrors>,
    // Boxed, so that an error stays small to pass around.
    candidates: Option<Box<[DuplicateCandidate]>>,
    erasure: Option<Box<Erasure>>,
    retry_after: Option<u64>,
    /// Where the record is now (a merged seeker's record kept).
    location: Option<Box<str>>,
}

impl ApiError {
    fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            fields: None,
            candidates: None,
            erasure: None,
            retry_after: None,
            location: None,
        }
    }

    pub fn malformed(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, ErrorCode::Malformed, message)
    }

    pub fn invalid(fields: FieldErrors) -> Self {
        Self {
            fields: Some(fields),
            ..Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::Invalid,
                "some values are not valid",
            )
        }
    }

    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such record")
    }

    /// A file that cannot be imported at all: not a spreadsheet, an encoding forsa
    /// does not read, or columns missing; `message` says which.
    pub fn unreadable_file(message: String) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::UnreadableFile,
            message,
        )
    }

    /// A body larger than the route reads.
    pub fn too_large() -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::TooLarge,
            "the body is larger than this address reads",
        )
    }

    pub fn not_found_route() -> Self {
        Self::new(StatusCode::NOT_FOUND, ErrorCode::NoRoute, "no such address")
    }

    /// A merged seeker's record read: 308 to the record kept.
    pub fn merged_redirect(kept: forsa_domain::SeekerId) -> Self {
        Self {
            location: Some(format!("/api/v1/seekers/{kept}").into_boxed_str()),
            ..Self::new(
                StatusCode::PERMANENT_REDIRECT,
                ErrorCode::Merged,
                merged_into(kept),
            )
        }
    }

    pub fn unauthenticated() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthenticated,
            "sign in first",
        )
    }
}

/// What an answer about a merged seeker's record says.
fn merged_into(kept: forsa_domain::SeekerId) -> String {
    format!("this record was merged into {kept}; it is the person's record now")
}

impl From<ServiceError> for ApiError {
    fn from(error: ServiceError) -> Self {
        match error {
            ServiceError::Unauthenticated => Self::unauthenticated(),
            ServiceError::Forbidden => Self::new(
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                "your role may not do this",
            ),
            ServiceError::NotFound => Self::not_found(),
            ServiceError::Malformed { field, problem } => {
                Self::malformed(format!("{field} {problem}"))
            }
            ServiceError::Invalid(fields) => Self::invalid(fields),
            ServiceError::Conflict(Conflict::PossibleDuplicate(candidates)) => {
                let message = Conflict::PossibleDuplicate(Vec::new()).to_string();
                Self {
                    candidates: Some(candidates.into_boxed_slice()),
                    ..Self::new(StatusCode::CONFLICT, ErrorCode::PossibleDuplicate, message)
                }
            }
            ServiceError::Conflict(conflict) => Self::new(
                StatusCode::CONFLICT,
                ErrorCode::Conflict,
                conflict.to_string(),
            ),
            // Only reading the record redirects (`merged_redirect`): a change or a
            // part of a merged record is refused, never replayed on the one kept.
            ServiceError::Merged(kept) => {
                Self::new(StatusCode::CONFLICT, ErrorCode::Merged, merged_into(kept))
            }
            ServiceError::Erased(receipt) => Self {
                erasure: Some(receipt),
                ..Self::new(
                    StatusCode::GONE,
                    ErrorCode::Erased,
                    "this person's record was erased; only its receipt is left",
                )
            },
            ServiceError::RateLimited(wait) => Self {
                retry_after: Some(wait.as_secs().max(1)),
                ..Self::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    ErrorCode::RateLimited,
                    "too many attempts; wait and try again",
                )
            },
            ServiceError::Internal(cause) => {
                // The cause is for the operator's log; the client gets a generic message.
                tracing::error!(cause = %Chain(cause.as_ref()), "request failed");
                Self::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorCode::Internal,
                    "something went wrong on our side",
                )
            }
        }
    }
}

/// The body of every error answer. `IntoResponse` serialises this very type, so the
/// API document's schema for it is the shape clients receive.
#[derive(Serialize, ToSchema)]
pub struct ErrorResponse {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    pub code: ErrorCode,
    /// For people to read; it may change between versions, the code does not.
    pub message: String,
    /// Only with `invalid`: one message per field, keyed by the field's name in the
    /// request (`wage.min`, `languages[1].code`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub fields: Option<FieldMessages>,
    /// Only with `possible_duplicate`: the people registered already whom this
    /// registration may be. One of the caller's centre (any, for an admin) is named
    /// with what matched; one of another centre only by where they are registered.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub candidates: Option<Vec<DuplicateCandidate>>,
    /// Only with `erased`: the erasure's receipt.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub erasure: Option<Erasure>,
}

/// What was wrong, one English message per field.
#[derive(Serialize, ToSchema)]
#[schema(as = FieldErrors)]
#[serde(transparent)]
pub struct FieldMessages(BTreeMap<String, String>);

/// What went wrong, for programs to act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 400: the body is not JSON, or not readable.
    Malformed,
    /// 422: some values are not valid; see `fields`.
    Invalid,
    /// 422: the file sent to an import cannot be read as a spreadsheet of that kind;
    /// the message says why (not a spreadsheet, its encoding, a column missing).
    UnreadableFile,
    /// 413: the body is larger than the address reads (1 MB; an import's file, 32 MB).
    TooLarge,
    /// 404: no such record, or none the caller may see.
    NotFound,
    /// 404: no such address.
    NoRoute,
    /// 401: sign in first.
    Unauthenticated,
    /// 403: the caller's role may not do this.
    Forbidden,
    /// 409: the change clashes with another record or a newer version.
    Conflict,
    /// 409: a person with matching details is registered already; see `candidates`.
    /// Send the registration again with `duplicate_reason` to register them anyway.
    PossibleDuplicate,
    /// 308 (reading it) or 409 (anything else): the seeker's record was merged into
    /// another; the Location header of a 308, and the message, name the record kept.
    Merged,
    /// 410: the person's record was erased; `erasure` says when, by whom and why.
    Erased,
    /// 429: too many attempts; see the Retry-After header.
    RateLimited,
    /// 500: something went wrong on the server.
    Internal,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorResponse {
            error: ErrorDetail {
                code: self.code,
                message: self.message,
                candidates: self.candidates.map(Vec::from),
                erasure: self.erasure.map(|receipt| *receipt),
                fields: self.fields.map(|fields| {
                    FieldMessages(
                        fields
                            .iter()
                            .map(|(field, problem)| (field.to_owned(), problem.to_string()))
                            .collect(),
                    )
                }),
            },
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(location) = self.location
            && let Ok(value) = HeaderValue::from_str(&location)
        {
            response.headers_mut().insert(header::LOCATION, value);
        }
        if let Some(seconds) = self.retry_after
            && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

/// An error and its sources, one after another, for the log.
struct Chain<'a>(&'a (dyn std::error::Error + 'static));

impl std::fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(cause) = source {
            write!(f, ": {cause}")?;
            source = cause.source();
        }
        Ok(())
    }
}
