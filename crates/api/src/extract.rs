//! Extractors: who is asking, JSON bodies with per-field errors, query parameters.

use std::collections::HashMap;

use axum::{
    body::Bytes,
    extract::{FromRequest, FromRequestParts, Request, rejection::BytesRejection},
    http::{header, request::Parts},
};
use forsa_domain::{FieldErrors, Problem};
use forsa_service::{Actor, Page};
use serde::de::DeserializeOwned;

use crate::{AppState, error::ApiError};

/// A signed-in actor, from a Bearer header or the session cookie.
pub struct Auth(pub Actor);

impl FromRequestParts<AppState> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Auth(
            forsa_edge::actor(&state.service, &state.site, parts).await?,
        ))
    }
}

/// A JSON body. Broken JSON is a 400; JSON of the wrong shape (a wrong type, an
/// unknown field) is a 422 naming the field.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("application/json"));
        if !is_json {
            return Err(ApiError::malformed("send the body as application/json"));
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(body_rejected)?;
        let deserializer = &mut serde_json::Deserializer::from_slice(&bytes);
        match serde_path_to_error::deserialize(deserializer) {
            Ok(value) => Ok(ApiJson(value)),
            Err(error) => {
                let path = error.path().to_string();
                let inner = error.into_inner();
                if inner.is_syntax() || inner.is_eof() || inner.is_io() {
                    return Err(ApiError::malformed(format!(
                        "the body is not valid JSON: {inner}"
                    )));
                }
                let message = inner.to_string();
                let message = message
                    .split(" at line ")
                    .next()
                    .unwrap_or(&message)
                    .to_owned();
                let field = if path == "." {
                    unknown_field(&message).unwrap_or_else(|| "body".to_owned())
                } else {
                    path
                };
                Err(ApiError::invalid(FieldErrors::single(
                    field,
                    Problem::Shape(message),
                )))
            }
        }
    }
}

/// A body that could not be read: larger than the route reads (413), or broken.
pub fn body_rejected(rejection: BytesRejection) -> ApiError {
    if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::too_large()
    } else {
        ApiError::malformed("the body could not be read")
    }
}

/// serde names an unknown field in its message: "unknown field `x`, expected ...".
fn unknown_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.split('`').next().map(str::to_owned)
}

/// Query parameters, parsed by the handler so that a bad value is a 422 with its name.
pub struct Params(HashMap<String, String>);

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let axum::extract::Query(map) =
            axum::extract::Query::<HashMap<String, String>>::from_request_parts(parts, state)
                .await
                .map_err(|_| ApiError::malformed("the query string could not be read"))?;
        Ok(Params(map))
    }
}

impl Params {
    pub fn text(&self, name: &str) -> Option<String> {
        self.0
            .get(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    }

    /// Parses an optional parameter, recording a message if it does not parse.
    pub fn parsed<T>(
        &self,
        errors: &mut FieldErrors,
        name: &str,
        parse: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Option<T> {
        self.text(name)
            .and_then(|raw| errors.check(name, parse(&raw)))
    }

    /// A comma-separated list, each item parsed; empty when absent.
    pub fn list<T>(
        &self,
        errors: &mut FieldErrors,
        name: &str,
        parse: impl Fn(&str) -> Result<T, Problem>,
    ) -> Vec<T> {
        let Some(raw) = self.text(name) else {
            return Vec::new();
        };
        raw.split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .filter_map(|item| errors.check(name, parse(item)))
            .collect()
    }

    /// `true` or `false`.
    pub fn flag(&self, errors: &mut FieldErrors, name: &str) -> Option<bool> {
        self.parsed(errors, name, |raw| match raw {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(Problem::NotTrueOrFalse),
        })
    }

    /// The names of the parameters sent.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// Records each parameter sent that is not one of `known`: a typo is refused,
    /// never silently ignored.
    pub fn refuse_unknown(&self, errors: &mut FieldErrors, known: &[&str]) {
        for name in self.names().filter(|name| !known.contains(name)) {
            errors.add(name, Problem::UnknownParameter);
        }
    }

    /// The raw value, untrimmed: search text is the analyser's to clean.
    pub fn raw(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    pub fn page(&self, errors: &mut FieldErrors) -> Page {
        let number = self.parsed(errors, "page", whole_number);
        let size = self.parsed(errors, "per_page", whole_number);
        match Page::new(number, size) {
            Ok(page) => page,
            Err((field, message)) => {
                errors.add(field, message);
                Page::default()
            }
        }
    }
}

/// A count from the address: digits, which past `u64` are simply too large (the
/// bounds of what they count say how large they may be).
fn whole_number(raw: &str) -> Result<u64, Problem> {
    if raw.is_empty() || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::NotWholeNumber);
    }
    Ok(raw.parse().unwrap_or(u64::MAX))
}

/// The paging parameters of every list, for the API document; `Params::page` reads
/// them.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code, reason = "only the API document reads this type")]
pub struct Paging {
    /// Which page, counting from 1.
    // The bounds are `Page`'s; tests/api/openapi.rs holds them equal.
    #[param(minimum = 1, maximum = 100000, default = 1)]
    page: Option<u64>,
    /// How many items a page holds.
    // The bounds are `Page`'s; tests/api/openapi.rs holds them equal.
    #[param(minimum = 1, maximum = 100, default = 25)]
    per_page: Option<u64>,
}

/// An id from the path; one that does not parse names nothing, so it is not found.
pub fn path_id<T: std::str::FromStr>(raw: &str) -> Result<T, ApiError> {
    raw.parse().map_err(|_| ApiError::not_found())
}
