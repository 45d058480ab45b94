//! Centres, users, rules and the audit log.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::IntoResponse,
};
use forsa_domain::{
    FieldErrors, SubjectType, UserId,
    organisation::{CentreInput, NewUserInput, UserPatchInput},
    permit::PermitTypeInput,
};
use forsa_service::{ClosedOccupationInput, MinimumWageInput};

use super::{ApiResult, created};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Params, path_id},
};

pub async fn centres(State(state): State<AppState>, Auth(actor): Auth) -> ApiResult {
    Ok(Json(state.service.centres(&actor).await?).into_response())
}

pub async fn create_centre(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<CentreInput>,
) -> ApiResult {
    Ok(created(state.service.create_centre(&actor, input).await?))
}

pub async fn users(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    errors.into_result().map_err(ApiError::invalid)?;
    Ok(Json(state.service.users(&actor, page).await?).into_response())
}

pub async fn create_user(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<NewUserInput>,
) -> ApiResult {
    Ok(created(state.service.create_user(&actor, input).await?))
}

pub async fn update_user(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<UserPatchInput>,
) -> ApiResult {
    let id: UserId = path_id(&id)?;
    Ok(Json(state.service.update_user(&actor, id, input).await?).into_response())
}

pub async fn audit_events(
    State(state): State<AppState>,
    Auth(actor): Auth,
    params: Params,
) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    let subject_type = params.parsed(&mut errors, "subject_type", SubjectType::parse);
    let subject_id = params.parsed(&mut errors, "subject_id", |raw| {
        uuid::Uuid::parse_str(raw).map_err(|_| "must be an id".to_owned())
    });
    let by = params.parsed(&mut errors, "actor_id", |raw| raw.parse::<UserId>());
    let subject = match (subject_type, subject_id) {
        (Some(kind), Some(id)) => Some((kind, id)),
        (None, Some(_)) => {
            errors.add("subject_type", "is required with subject_id");
            None
        }
        _ => None,
    };
    errors.into_result().map_err(ApiError::invalid)?;
    Ok(Json(
        state
            .service
            .audit_events(&actor, subject, by, page)
            .await?,
    )
    .into_response())
}

pub async fn rules(State(state): State<AppState>, Auth(actor): Auth) -> ApiResult {
    Ok(Json(state.service.rules(&actor).await?).into_response())
}

pub async fn save_permit_type(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<PermitTypeInput>,
) -> ApiResult {
    Ok(Json(state.service.save_permit_type(&actor, input).await?).into_response())
}

pub async fn close_occupation(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<ClosedOccupationInput>,
) -> ApiResult {
    let code = state.service.close_occupation(&actor, input).await?;
    Ok(created(serde_json::json!({ "code": code })))
}

pub async fn open_occupation(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(code): Path<String>,
) -> ApiResult {
    state.service.open_occupation(&actor, &code).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn set_minimum_wage(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<MinimumWageInput>,
) -> ApiResult {
    Ok(Json(state.service.set_minimum_wage(&actor, input).await?).into_response())
}
