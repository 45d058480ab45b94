//! Seekers, their permits and consents.

use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{
    ConsentId, FieldErrors, PermitId, SeekerId, SeekerStatus, consent::ConsentInput,
    permit::PermitInput, seeker::SeekerInput,
};
use forsa_service::SeekerFilter;

use super::{ApiResult, created};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Params, path_id},
};

pub async fn list(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    let filter = SeekerFilter {
        text: params.text("q"),
        status: params.parsed(&mut errors, "status", SeekerStatus::parse),
        include_archived: params.text("include_archived").as_deref() == Some("true"),
    };
    errors.into_result().map_err(ApiError::invalid)?;
    Ok(Json(state.service.seekers(&actor, filter, page).await?).into_response())
}

pub async fn register(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<SeekerInput>,
) -> ApiResult {
    Ok(created(state.service.register_seeker(&actor, input).await?))
}

pub async fn show(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.seeker(&actor, id).await?).into_response())
}

pub async fn update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<SeekerInput>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.update_seeker(&actor, id, input).await?).into_response())
}

pub async fn archive(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.archive_seeker(&actor, id).await?).into_response())
}

pub async fn permits(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.permits(&actor, id).await?).into_response())
}

pub async fn add_permit(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<PermitInput>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(created(state.service.add_permit(&actor, id, input).await?))
}

pub async fn update_permit(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<PermitInput>,
) -> ApiResult {
    let id: PermitId = path_id(&id)?;
    Ok(Json(state.service.update_permit(&actor, id, input).await?).into_response())
}

pub async fn consents(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.consents(&actor, id).await?).into_response())
}

pub async fn grant_consent(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<ConsentInput>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(created(
        state.service.grant_consent(&actor, id, input).await?,
    ))
}

pub async fn withdraw_consent(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: ConsentId = path_id(&id)?;
    Ok(Json(state.service.withdraw_consent(&actor, id).await?).into_response())
}
