use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{EmployerId, FieldErrors, SectorCode, employer::EmployerInput};
use forsa_service::EmployerQuery;

use super::{ApiResult, created};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Params, path_id},
};

pub async fn list(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    let query = EmployerQuery {
        name: params.text("q"),
        sector: params.parsed(&mut errors, "sector", SectorCode::parse),
        verified: params.parsed(&mut errors, "verified", |raw| match raw {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err("must be true or false".to_owned()),
        }),
        only: None,
    };
    errors.into_result().map_err(ApiError::invalid)?;
    Ok(Json(state.service.employers(&actor, query, page).await?).into_response())
}

pub async fn register(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<EmployerInput>,
) -> ApiResult {
    Ok(created(
        state.service.register_employer(&actor, input).await?,
    ))
}

pub async fn show(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: EmployerId = path_id(&id)?;
    Ok(Json(state.service.employer(&actor, id).await?).into_response())
}

pub async fn update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<EmployerInput>,
) -> ApiResult {
    let id: EmployerId = path_id(&id)?;
    Ok(Json(state.service.update_employer(&actor, id, input).await?).into_response())
}
