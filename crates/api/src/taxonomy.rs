//! The shipped classifications, open to anyone (the kiosk and pickers use them).

use crate::wire::{Location, Occupation, Sector};
use axum::{Json, extract::State, response::IntoResponse};
use forsa_domain::{FieldErrors, Problem};

use super::{ApiResult, openapi::Invalid};
use crate::{ApiError, AppState, extract::Params};

/// The ISIC Rev.4 sections.
#[utoipa::path(
    get,
    path = "/taxonomy/sectors",
    tag = "taxonomy",
    security(()),
    responses((status = 200, description = "Every sector", body = Vec<Sector>))
)]
pub async fn sectors(State(state): State<AppState>) -> ApiResult {
    let sectors = state.service.sectors().await?;
    Ok(Json(sectors.into_iter().map(Sector::from).collect::<Vec<_>>()).into_response())
}

/// The places: governorates, districts and camps.
#[utoipa::path(
    get,
    path = "/taxonomy/locations",
    tag = "taxonomy",
    security(()),
    responses((status = 200, description = "Every place", body = Vec<Location>))
)]
pub async fn locations(State(state): State<AppState>) -> ApiResult {
    let locations = state.service.locations().await?;
    Ok(Json(
        locations
            .into_iter()
            .map(Location::from)
            .collect::<Vec<_>>(),
    )
    .into_response())
}

/// ISCO-08 occupation groups for a picker: by code prefix or by a word of the Arabic
/// or English name.
#[utoipa::path(
    get,
    path = "/taxonomy/occupations",
    tag = "taxonomy",
    security(()),
    params(
        ("q" = Option<String>, Query, description = "A code prefix or a word of the name"),
        ("level" = Option<i16>, Query, minimum = 1, maximum = 4, description = "1 = major group ... 4 = unit group"),
        ("limit" = Option<u64>, Query, description = "At most this many (20 unless given)"),
    ),
    responses((status = 200, description = "Matching occupations", body = Vec<Occupation>), Invalid)
)]
pub async fn occupations(State(state): State<AppState>, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let level = params.parsed(&mut errors, "level", |raw| {
        raw.parse::<i16>()
            .map_err(|_| Problem::OutOfRange { min: 1, max: 4 })
    });
    let limit = params.parsed(&mut errors, "limit", |raw| {
        raw.parse::<u64>().map_err(|_| Problem::NotWholeNumber)
    });
    errors.into_result().map_err(ApiError::invalid)?;
    let q = params.text("q").unwrap_or_default();
    let found = state
        .service
        .complete_occupations(&q, level, limit.unwrap_or(20))
        .await?;
    Ok(Json(found.into_iter().map(Occupation::from).collect::<Vec<_>>()).into_response())
}
