//! Reports for integrators: `GET /reports/{indicator}`, counts that never list people
//! and hide what is under five.

use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{FieldErrors, Indicator};
use forsa_service::ReportInput;

use super::{
    ApiResult,
    openapi::{Forbidden, Internal, Invalid, NotFound, Unauthenticated},
};
use crate::{
    ApiError, AppState,
    extract::{Auth, Params},
    wire::ReportView,
};

/// What a report takes.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code, reason = "only the API document reads this type")]
pub struct ReportParams {
    /// A month (`2026-11`), a quarter (`2026-Q4`) or a year (`2026`); or `from` and
    /// `to`. Neither: this month.
    period: Option<String>,
    /// The first day (`2026-01-15`), with `to`.
    from: Option<String>,
    /// The last day, included.
    to: Option<String>,
    /// Up to two breakdowns, comma-separated: `sex`, `age_band`, `nationality`,
    /// `status`, `location` (governorate or camp), `centre` for people and their
    /// referrals; `sector`, `occupation_group` (ISCO-08 major group) for vacancies and
    /// referrals; `month` for what happened in the period.
    by: Option<String>,
    /// A centre's id (admins; a caseworker's reports are of their own centre).
    centre: Option<String>,
}

const PARAMS: &[&str] = &["period", "from", "to", "by", "centre"];

/// An indicator over a period: `registered`, `active`, `permits_recorded`,
/// `permits_valid`, `permits_ending`, `vacancies_posted`, `openings`, `referrals`,
/// `interviews`, `offers`, `placements`, `placement_rate` (of the people active, the
/// share placed), `days_to_placement` (the median from registration to hire),
/// `employed_30`, `employed_90`, `employed_180` (still employed at that follow-up, of
/// those reached and of all placed). Caseworkers: their own centre; admins: any centre
/// or all. Every count under five is "<5", and enough of the others that the totals
/// do not give it away.
#[utoipa::path(
    get,
    path = "/reports/{indicator}",
    operation_id = "report",
    tag = "reports",
    params(
        ("indicator" = String, Path, description = "The indicator (`placements`, `registered`, …)"),
        ReportParams,
    ),
    responses(
        (status = 200, description = "The report", body = ReportView),
        Unauthenticated, Forbidden, NotFound, Invalid, Internal,
    )
)]
pub async fn report(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(indicator): Path<String>,
    params: Params,
) -> ApiResult {
    let indicator = Indicator::parse(&indicator).map_err(|_| ApiError::not_found_route())?;
    let mut errors = FieldErrors::new();
    params.refuse_unknown(&mut errors, PARAMS);
    errors.into_result().map_err(ApiError::invalid)?;
    let input = ReportInput {
        period: params.text("period"),
        from: params.text("from"),
        to: params.text("to"),
        by: params.text("by"),
        centre: params.text("centre"),
    };
    let report = state.service.report(&actor, indicator, &input).await?;
    Ok(Json(ReportView::from(&report)).into_response())
}
