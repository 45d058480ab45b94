use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{
    FieldErrors, ReferralId, ReferralStage, SeekerId, VacancyId,
    referral::{Referral, ReferralInput, StageChangeInput},
};
use forsa_service::ReferralFilter;

use super::{
    ApiResult, created,
    openapi::{Conflict, Forbidden, Invalid, Malformed, NotFound, Unauthenticated},
};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Paging, Params, path_id},
    wire::{Paged, ReferralView},
};

/// Referrals of the caller's centre; an employer's user sees those to their vacancies.
#[utoipa::path(
    get,
    path = "/referrals",
    operation_id = "list_referrals",
    tag = "referrals",
    params(
        Paging,
        ("stage" = Option<ReferralStage>, Query, description = "Only referrals at this stage"),
        ("seeker_id" = Option<uuid::Uuid>, Query, description = "Only this seeker's referrals"),
        ("vacancy_id" = Option<uuid::Uuid>, Query, description = "Only referrals to this vacancy"),
        ("open" = Option<bool>, Query, description = "Only referrals in a stage that is not final (`true`)"),
    ),
    responses(
        (status = 200, description = "A page of referrals", body = Paged<Referral>),
        Unauthenticated, Invalid,
    )
)]
pub async fn list(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    let filter = filter(&params, &mut errors);
    errors.into_result().map_err(ApiError::invalid)?;
    let referrals = state.service.referrals(&actor, filter, page).await?;
    Ok(Json(Paged::<Referral>::of(referrals)).into_response())
}

/// The list's filters, which its export takes too.
pub(crate) const FILTERS: &[&str] = &["stage", "seeker_id", "vacancy_id", "open"];

pub(crate) fn filter(params: &Params, errors: &mut FieldErrors) -> ReferralFilter {
    ReferralFilter {
        stage: params.parsed(errors, "stage", ReferralStage::parse),
        seeker: params.parsed(errors, "seeker_id", |raw| raw.parse::<SeekerId>()),
        vacancy: params.parsed(errors, "vacancy_id", |raw| raw.parse::<VacancyId>()),
        open_only: params.flag(errors, "open").unwrap_or(false),
        ..ReferralFilter::default()
    }
}

/// Refers a seeker to an open vacancy they may legally take.
#[utoipa::path(
    post,
    path = "/referrals",
    operation_id = "refer",
    tag = "referrals",
    request_body = ReferralInput,
    responses(
        (status = 201, description = "The new referral", body = ReferralView),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn refer(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<ReferralInput>,
) -> ApiResult {
    Ok(created(ReferralView::from(
        state.service.refer(&actor, input).await?,
    )))
}

/// One referral with its history; the candidate only while consent to share is in force.
#[utoipa::path(
    get,
    path = "/referrals/{id}",
    operation_id = "get_referral",
    tag = "referrals",
    params(("id" = uuid::Uuid, Path, description = "The referral's id")),
    responses(
        (status = 200, description = "The referral", body = ReferralView),
        Unauthenticated, NotFound,
    )
)]
pub async fn show(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: ReferralId = path_id(&id)?;
    Ok(Json(ReferralView::from(
        state.service.referral(&actor, id).await?,
    ))
    .into_response())
}

/// Moves a referral to another stage; some moves need a reason.
#[utoipa::path(
    patch,
    path = "/referrals/{id}",
    operation_id = "move_referral",
    tag = "referrals",
    params(("id" = uuid::Uuid, Path, description = "The referral's id")),
    request_body = StageChangeInput,
    responses(
        (status = 200, description = "The referral as moved", body = ReferralView),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn move_stage(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<StageChangeInput>,
) -> ApiResult {
    let id: ReferralId = path_id(&id)?;
    let moved = state.service.move_referral(&actor, id, input).await?;
    Ok(Json(ReferralView::from(moved)).into_response())
}
