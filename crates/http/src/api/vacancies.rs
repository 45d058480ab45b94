use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{
    EmployerId, FieldErrors, SectorCode, VacancyId, VacancyStatus, vacancy::VacancyInput,
};
use forsa_service::VacancyFilter;

use super::{ApiResult, created};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Params, path_id},
};

pub async fn list(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    let filter = VacancyFilter {
        employer: params.parsed(&mut errors, "employer_id", |raw| raw.parse::<EmployerId>()),
        status: params.parsed(&mut errors, "status", VacancyStatus::parse),
        sector: params.parsed(&mut errors, "sector", SectorCode::parse),
    };
    errors.into_result().map_err(ApiError::invalid)?;
    Ok(Json(state.service.vacancies(&actor, filter, page).await?).into_response())
}

pub async fn post(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<VacancyInput>,
) -> ApiResult {
    Ok(created(state.service.post_vacancy(&actor, input).await?))
}

pub async fn show(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: VacancyId = path_id(&id)?;
    Ok(Json(state.service.vacancy(&actor, id).await?).into_response())
}

pub async fn update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<VacancyInput>,
) -> ApiResult {
    let id: VacancyId = path_id(&id)?;
    Ok(Json(state.service.update_vacancy(&actor, id, input).await?).into_response())
}
