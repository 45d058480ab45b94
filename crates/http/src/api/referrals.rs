use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{
    FieldErrors, ReferralId, ReferralStage, SeekerId, VacancyId,
    referral::{ReferralInput, StageChangeInput},
};
use forsa_service::ReferralFilter;

use super::{ApiResult, created};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Params, path_id},
};

pub async fn list(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    let filter = ReferralFilter {
        stage: params.parsed(&mut errors, "stage", ReferralStage::parse),
        seeker: params.parsed(&mut errors, "seeker_id", |raw| raw.parse::<SeekerId>()),
        vacancy: params.parsed(&mut errors, "vacancy_id", |raw| raw.parse::<VacancyId>()),
    };
    errors.into_result().map_err(ApiError::invalid)?;
    Ok(Json(state.service.referrals(&actor, filter, page).await?).into_response())
}

pub async fn refer(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<ReferralInput>,
) -> ApiResult {
    Ok(created(state.service.refer(&actor, input).await?))
}

pub async fn show(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: ReferralId = path_id(&id)?;
    Ok(Json(state.service.referral(&actor, id).await?).into_response())
}

pub async fn move_stage(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<StageChangeInput>,
) -> ApiResult {
    let id: ReferralId = path_id(&id)?;
    Ok(Json(state.service.move_referral(&actor, id, input).await?).into_response())
}
