use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{
    FollowUpId,
    referral::{FollowUp, FollowUpInput},
};

use super::{
    ApiResult,
    openapi::{Conflict, Forbidden, Invalid, Malformed, NotFound, Unauthenticated},
};
use crate::{
    AppState,
    extract::{ApiJson, Auth, path_id},
};

/// Records what a follow-up after a hire found: once; a second time is a conflict.
/// Caseworkers of the referral's centre and admins.
#[utoipa::path(
    patch,
    path = "/follow-ups/{id}",
    operation_id = "record_follow_up",
    tag = "referrals",
    params(("id" = uuid::Uuid, Path, description = "The follow-up's id")),
    request_body = FollowUpInput,
    responses(
        (status = 200, description = "The follow-up as recorded", body = FollowUp),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn record(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<FollowUpInput>,
) -> ApiResult {
    let id: FollowUpId = path_id(&id)?;
    Ok(Json(state.service.record_follow_up(&actor, id, input).await?).into_response())
}
