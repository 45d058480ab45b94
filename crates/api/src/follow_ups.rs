use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{
    FieldErrors, FollowUpId, FollowUpState,
    dates::parse_date,
    referral::{FollowUp, FollowUpInput},
};
use forsa_service::FollowUpFilter;

use super::{
    ApiResult,
    openapi::{Conflict, Forbidden, Invalid, Malformed, NotFound, Unauthenticated},
};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Paging, Params, path_id},
    wire::{FollowUpView, Paged},
};

/// The follow-ups after hires that the caller's centre must make (an admin: every
/// centre's), earliest due first, each with the person it is with. Caseworkers and
/// admins; each person listed is recorded in the audit log as read.
#[utoipa::path(
    get,
    path = "/follow-ups",
    operation_id = "list_follow_ups",
    tag = "referrals",
    params(
        Paging,
        ("due_before" = Option<NaiveDate>, Query, description = "Only follow-ups due before this day (`YYYY-MM-DD`): the day after today lists those due by today"),
        ("status" = Option<FollowUpState>, Query, description = "`open` (the default): not yet recorded; `done`: recorded; `all`"),
    ),
    responses(
        (status = 200, description = "A page of follow-ups", body = Paged<FollowUpView>),
        Unauthenticated, Forbidden, Invalid,
    )
)]
pub async fn list(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    params.refuse_unknown(&mut errors, &["due_before", "status", "page", "per_page"]);
    let page = params.page(&mut errors);
    let filter = FollowUpFilter {
        due_before: params.parsed(&mut errors, "due_before", parse_date),
        state: params
            .parsed(&mut errors, "status", FollowUpState::parse)
            .unwrap_or(FollowUpState::Open),
    };
    errors.into_result().map_err(ApiError::invalid)?;
    let listed = state.service.follow_ups(&actor, filter, page).await?;
    Ok(Json(Paged::<FollowUpView>::of(listed)).into_response())
}

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
