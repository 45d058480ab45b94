//! The shipped classifications, open to anyone (the kiosk and pickers use them).

use axum::{Json, extract::State, response::IntoResponse};
use forsa_domain::FieldErrors;

use super::ApiResult;
use crate::{ApiError, AppState, extract::Params};

pub async fn sectors(State(state): State<AppState>) -> ApiResult {
    Ok(Json(state.service.sectors().await?).into_response())
}

pub async fn locations(State(state): State<AppState>) -> ApiResult {
    Ok(Json(state.service.locations().await?).into_response())
}

pub async fn occupations(State(state): State<AppState>, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let level = params.parsed(&mut errors, "level", |raw| {
        raw.parse::<i16>()
            .map_err(|_| "must be 1, 2, 3 or 4".to_owned())
    });
    let limit = params.parsed(&mut errors, "limit", |raw| {
        raw.parse::<u64>()
            .map_err(|_| "must be a whole number".to_owned())
    });
    errors.into_result().map_err(ApiError::invalid)?;
    let q = params.text("q").unwrap_or_default();
    Ok(Json(
        state
            .service
            .complete_occupations(&q, level, limit.unwrap_or(20))?,
    )
    .into_response())
}
