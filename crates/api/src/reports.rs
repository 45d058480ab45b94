//! Reports for integrators: `GET /reports/{indicator}`, counts that never list people
//! and hide what is under five, as JSON or (`/reports/{indicator}.csv`, `.xlsx`) as a
//! file for a donor's template, with HXL hashtags on request.

use axum::{
    Json,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};
use forsa_domain::{ExportFormat, FieldErrors, Indicator, Locale};
use forsa_service::{ReportInput, ServiceError};
use forsa_sheets::report::{file_name, report_file, reports_file};

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
    #[param(style = Form, explode = false)]
    by: Option<Vec<forsa_domain::Breakdown>>,
    /// A centre's id (admins; a caseworker's reports are of their own centre).
    centre: Option<String>,
    /// A file's language (headers, indicator, names): `ar` or `en` (the default).
    lang: Option<forsa_domain::Locale>,
    /// A file with a second header row of HXL hashtags (`#date+start`, `#org+impl`,
    /// `#adm1+code`, `#indicator+code`, `#reached+ind+f+refugees`, …): `true`.
    hxl: Option<bool>,
}

const PARAMS: &[&str] = &["period", "from", "to", "by", "centre"];

/// What a file takes besides the report's parameters.
const FILE_PARAMS: &[&str] = &["lang", "hxl"];

/// An indicator over a period: `registered`, `active`, `permits_recorded`,
/// `permits_valid`, `permits_ending`, `vacancies_posted`, `openings`, `referrals`,
/// `interviews`, `offers`, `placements`, `placement_rate` (of the people active, the
/// share placed), `days_to_placement` (the median from registration to hire),
/// `employed_30`, `employed_90`, `employed_180` (still employed at that follow-up, of
/// those reached and of all placed). Caseworkers: their own centre; admins: any centre
/// or all. Every count under five is "<5", and enough of the others that the totals
/// do not give it away.
///
/// `/reports/{indicator}.csv` and `.xlsx` give it as a file: a line for each value
/// of a breakdown that is a place, sector, occupation group, nationality, centre or
/// month (and their totals), a column for each sex, status or age band (all of them,
/// every month, and the total), and for a rate, a median or a follow-up a line for
/// each of its numbers (`percent`, `placed`, `active`, …); "<5" as in JSON, a hidden
/// percentage or median empty.
#[utoipa::path(
    get,
    path = "/reports/{indicator}",
    operation_id = "report",
    tag = "reports",
    params(
        ("indicator" = String, Path, description = "The indicator (`placements`, `registered`, …), or the indicator as a file (`placements.csv`, `placements.xlsx`)"),
        ReportParams,
    ),
    responses(
        (status = 200, description = "The report", body = ReportView),
        (status = 200, description = "The report as CSV", content_type = "text/csv", body = String),
        (
            status = 200,
            description = "The report as XLSX",
            content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            body = Vec<u8>,
        ),
        Unauthenticated, Forbidden, NotFound, Invalid, Internal,
    )
)]
pub async fn report(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(indicator): Path<String>,
    params: Params,
) -> ApiResult {
    let (indicator, format) = match indicator.split_once('.') {
        Some((indicator, format)) => (indicator, Some(format)),
        None => (indicator.as_str(), None),
    };
    let indicator = Indicator::parse(indicator).map_err(|_| ApiError::not_found_route())?;
    let format = format
        .map(ExportFormat::parse)
        .transpose()
        .map_err(|_| ApiError::not_found_route())?;
    let (input, file) = asked(&params, format.is_some())?;
    let report = state.service.report(&actor, indicator, &input).await?;
    let (Some(format), Some((locale, hxl))) = (format, file) else {
        return Ok(Json(ReportView::from(&report)).into_response());
    };
    let file = report_file(&report, state.service.taxonomy(), format, locale, hxl)
        .map_err(|error| ApiError::from(ServiceError::internal(error.to_string())))?;
    Ok(attachment(file, format, &file_name(&report, format)))
}

/// Every indicator over a period as one workbook, a sheet for each (as
/// `/reports/{indicator}.xlsx` gives it), each broken down by those of the
/// breakdowns asked for that it takes (vacancies, which have no sex or status, by
/// sector when those are asked for): a month's report to a donor in one file.
#[utoipa::path(
    get,
    path = "/reports.xlsx",
    operation_id = "report_workbook",
    tag = "reports",
    params(ReportParams),
    responses(
        (
            status = 200,
            description = "Every indicator, a sheet each",
            content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            body = Vec<u8>,
        ),
        Unauthenticated, Forbidden, Invalid, Internal,
    )
)]
pub async fn workbook(
    State(state): State<AppState>,
    Auth(actor): Auth,
    params: Params,
) -> ApiResult {
    let (input, file) = asked(&params, true)?;
    let (locale, hxl) = file.unwrap_or((Locale::En, false));
    let page = state.service.reports_page(&actor, &input).await?;
    let format = ExportFormat::Xlsx;
    let file = reports_file(&page.reports, state.service.taxonomy(), format, locale, hxl)
        .map_err(|error| ApiError::from(ServiceError::internal(error.to_string())))?;
    let name = format!(
        "forsa-reports-{}-{}.xlsx",
        page.period.from(),
        page.period.to()
    );
    Ok(attachment(file, format, &name))
}

/// What a report is asked for with; for a file (`file`), its language and whether
/// it carries HXL hashtags too.
fn asked(params: &Params, file: bool) -> Result<(ReportInput, Option<(Locale, bool)>), ApiError> {
    let mut errors = FieldErrors::new();
    let mut allowed = PARAMS.to_vec();
    let options = file.then(|| {
        allowed.extend_from_slice(FILE_PARAMS);
        let locale = params.parsed(&mut errors, "lang", Locale::parse);
        let hxl = params.flag(&mut errors, "hxl");
        (locale.unwrap_or(Locale::En), hxl.unwrap_or(false))
    });
    params.refuse_unknown(&mut errors, &allowed);
    errors.into_result().map_err(ApiError::invalid)?;
    let input = ReportInput {
        period: params.text("period"),
        from: params.text("from"),
        to: params.text("to"),
        by: params.text("by"),
        centre: params.text("centre"),
    };
    Ok((input, options))
}

/// A file to take away, named `name`.
fn attachment(file: Vec<u8>, format: ExportFormat, name: &str) -> Response {
    let media = match format {
        ExportFormat::Csv => "text/csv; charset=utf-8",
        ExportFormat::Xlsx => crate::exports::XLSX,
    };
    (
        [
            (header::CONTENT_TYPE, media.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        file,
    )
        .into_response()
}
