//! A spreadsheet of records brought in by an integrator: the file is the request's
//! body (CSV in UTF-8 or Windows-1256, or XLSX, headed in Arabic or English), and the
//! answer says what became of every row.

use axum::{
    Json,
    body::Bytes,
    extract::{Path, State, rejection::BytesRejection},
    http::header,
    response::IntoResponse,
};
use forsa_domain::FieldErrors;
use forsa_service::Run;
use forsa_sheets::{ImportError, Kind};

use super::{
    ApiResult,
    openapi::{Forbidden, Internal, Invalid, NotFound, Unauthenticated},
};
use crate::{
    ApiError, AppState,
    extract::{Auth, Params, body_rejected},
    wire::ImportReport,
};

/// Parameters of an import.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code, reason = "only the API document reads this type")]
pub struct ImportParams {
    /// `true`: check every row and say what would happen, writing nothing.
    dry_run: Option<bool>,
    /// The centre to import into: an admin's import names one; a caseworker's goes to
    /// their own centre.
    centre_id: Option<uuid::Uuid>,
}

/// Imports the rows of a spreadsheet: `seekers` (people, with a work permit and their
/// consents per row), `employers` or `vacancies`. Each row passes the form's checks;
/// a record the row names is updated, or left alone when the row says what the record
/// says (importing the same file twice changes nothing): a person by case reference
/// at the centre; an employer by record id, registration number or (without one)
/// name; a vacancy by record id or code, or else its employer's vacancy with the same
/// titles, occupation and place. A row that may be someone registered already is set
/// aside (`set_aside`, with the people found) until its `duplicate_reason` cell says
/// why. Rows with problems are not written; the others are. People and employers go
/// to the caseworker's centre or the one an admin names; a vacancy names its
/// employer. The columns: `GET /imports/{kind}/template`. Admins and caseworkers.
#[utoipa::path(
    post,
    path = "/imports/{kind}",
    operation_id = "import",
    tag = "imports",
    params(
        ("kind" = String, Path, description = "What the file holds: `seekers`, `employers` or `vacancies`"),
        ImportParams,
    ),
    request_body(
        content(
            (Vec<u8> = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (Vec<u8> = "application/octet-stream"),
        ),
        description = "The spreadsheet file, as it is (up to 32 MB)"
    ),
    responses(
        (status = 200, description = "What became of every row", body = ImportReport),
        Unauthenticated, Forbidden, NotFound, Invalid, Internal,
    )
)]
pub async fn import(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(kind): Path<String>,
    params: Params,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let body = body.map_err(body_rejected)?;
    let kind = Kind::parse(&kind).ok_or_else(ApiError::not_found)?;
    let mut errors = FieldErrors::new();
    let dry_run = params.flag(&mut errors, "dry_run").unwrap_or(false);
    let centre = params.text("centre_id");
    params.refuse_unknown(&mut errors, &["dry_run", "centre_id"]);
    errors.into_result().map_err(ApiError::invalid)?;
    let run = if dry_run { Run::Dry } else { Run::Real };
    let report = forsa_sheets::import(
        &state.service,
        &actor,
        kind,
        &body,
        centre.as_deref(),
        run,
        |_, _| {},
    )
    .await
    .map_err(|error| match error {
        ImportError::Service(error) => ApiError::from(error),
        unreadable => ApiError::unreadable_file(unreadable.to_string()),
    })?;
    Ok(Json(ImportReport::from(report)).into_response())
}

/// Parameters of a template.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code, reason = "only the API document reads this type")]
pub struct TemplateParams {
    /// The language of the headers, the example and the explanations: `ar` or `en`
    /// (the default).
    lang: Option<forsa_domain::Locale>,
}

/// The template of a spreadsheet of `seekers`, `employers` or `vacancies`, as an XLSX
/// file: the columns' headers in Arabic or English with an example row that imports
/// as it is (a vacancy's once its example employer is registered), and a second
/// sheet that says what each column holds, whether it is required and the values it
/// takes. Admins and caseworkers.
#[utoipa::path(
    get,
    path = "/imports/{kind}/template",
    operation_id = "import_template",
    tag = "imports",
    params(
        ("kind" = String, Path, description = "What the file holds: `seekers`, `employers` or `vacancies`"),
        TemplateParams,
    ),
    responses(
        (
            status = 200,
            description = "The template",
            content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            body = Vec<u8>,
        ),
        Unauthenticated, Forbidden, NotFound, Invalid, Internal,
    )
)]
pub async fn template(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(kind): Path<String>,
    params: Params,
) -> ApiResult {
    let kind = Kind::parse(&kind).ok_or_else(ApiError::not_found)?;
    let mut errors = FieldErrors::new();
    let locale = params
        .parsed(&mut errors, "lang", forsa_domain::Locale::parse)
        .unwrap_or(forsa_domain::Locale::En);
    params.refuse_unknown(&mut errors, &["lang"]);
    errors.into_result().map_err(ApiError::invalid)?;
    state.service.may_import(&actor)?;
    let permit_types = state.service.rules(&actor).await?.permit_types;
    let today = chrono::Utc::now().date_naive();
    let bytes =
        forsa_sheets::template(kind, locale, state.service.taxonomy(), &permit_types, today)
            .map_err(|error| {
                ApiError::from(forsa_service::ServiceError::internal(error.to_string()))
            })?;
    let disposition = format!(
        "attachment; filename=\"{}\"",
        forsa_sheets::template::file_name(kind, locale)
    );
    Ok((
        [
            (header::CONTENT_TYPE, XLSX.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}

/// The media type of an XLSX file.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
