//! The id of the record an address names (`/vacancies/{id}/edit`, or the permit in
//! `/seekers/{id}/permits/{permit}`: the last id of the path). One that cannot be an
//! id names nothing, so the page is a 404, as for an id that is not there.

use std::str::FromStr;

use axum::{
    extract::{FromRequestParts, RawPathParams},
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Response},
};

use crate::error::error_page;

pub struct RecordId<T>(pub T);

impl<T: FromStr, S: Send + Sync> FromRequestParts<S> for RecordId<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        params
            .iter()
            .last()
            .and_then(|(_, raw)| raw.parse().ok())
            .map(RecordId)
            .ok_or_else(|| error_page(StatusCode::NOT_FOUND, "error-not-found"))
    }
}

/// The `{id}` of an address, whatever follows it.
pub fn first_id<T: FromStr>(params: &RawPathParams) -> Option<T> {
    params
        .iter()
        .find_map(|(name, raw)| (name == "id").then_some(raw))
        .and_then(|raw| raw.parse().ok())
}
