use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{
    EmployerId, FieldErrors, PublicCode, SectorCode, VacancyId, VacancyStatus,
    vacancy::{Vacancy, VacancyInput},
};
use forsa_service::VacancyFilter;

use super::{
    ApiResult, created,
    openapi::{Conflict, Forbidden, Invalid, Malformed, NewVacancy, NotFound, Unauthenticated},
};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Paging, Params, path_id},
    wire::Paged,
};

/// Vacancies; an employer's user sees only their own.
#[utoipa::path(
    get,
    path = "/vacancies",
    operation_id = "list_vacancies",
    tag = "vacancies",
    params(
        Paging,
        ("employer_id" = Option<uuid::Uuid>, Query, description = "Only this employer's vacancies"),
        ("status" = Option<VacancyStatus>, Query, description = "Only vacancies in this state"),
        ("sector" = Option<String>, Query, description = "An ISIC Rev.4 section letter"),
        ("code" = Option<String>, Query, description = "Only the vacancy with this code, in Latin or Arabic-Indic digits, spaces allowed"),
    ),
    responses(
        (status = 200, description = "A page of vacancies", body = Paged<Vacancy>),
        Unauthenticated, Invalid,
    )
)]
pub async fn list(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    let filter = filter(&params, &mut errors);
    errors.into_result().map_err(ApiError::invalid)?;
    let vacancies = state.service.vacancies(&actor, filter, page).await?;
    Ok(Json(Paged::<Vacancy>::of(vacancies)).into_response())
}

/// The list's filters, which its export takes too.
pub(crate) const FILTERS: &[&str] = &["employer_id", "status", "sector", "code"];

pub(crate) fn filter(params: &Params, errors: &mut FieldErrors) -> VacancyFilter {
    VacancyFilter {
        employer: params.parsed(errors, "employer_id", |raw| raw.parse::<EmployerId>()),
        status: params.parsed(errors, "status", VacancyStatus::parse),
        sector: params.parsed(errors, "sector", SectorCode::parse),
        code: params.parsed(errors, "code", PublicCode::parse),
        ..VacancyFilter::default()
    }
}

/// Posts a vacancy, as a draft unless `status` is `open`. Publishing needs the
/// employer's no-fee pledge and a wage of at least the minimum.
#[utoipa::path(
    post,
    path = "/vacancies",
    operation_id = "post_vacancy",
    tag = "vacancies",
    request_body = NewVacancy,
    responses(
        (status = 201, description = "The new vacancy", body = Vacancy),
        Malformed, Unauthenticated, Forbidden, Conflict, Invalid,
    )
)]
pub async fn post(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<VacancyInput>,
) -> ApiResult {
    Ok(created(state.service.post_vacancy(&actor, input).await?))
}

/// One vacancy.
#[utoipa::path(
    get,
    path = "/vacancies/{id}",
    operation_id = "get_vacancy",
    tag = "vacancies",
    params(("id" = uuid::Uuid, Path, description = "The vacancy's id")),
    responses(
        (status = 200, description = "The vacancy", body = Vacancy),
        Unauthenticated, NotFound,
    )
)]
pub async fn show(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: VacancyId = path_id(&id)?;
    Ok(Json(state.service.vacancy(&actor, id).await?).into_response())
}

/// Changes the fields sent; send `version` to be told (409) of a newer edit.
#[utoipa::path(
    patch,
    path = "/vacancies/{id}",
    operation_id = "update_vacancy",
    tag = "vacancies",
    params(("id" = uuid::Uuid, Path, description = "The vacancy's id")),
    request_body = VacancyInput,
    responses(
        (status = 200, description = "The vacancy as changed", body = Vacancy),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<VacancyInput>,
) -> ApiResult {
    let id: VacancyId = path_id(&id)?;
    Ok(Json(state.service.update_vacancy(&actor, id, input).await?).into_response())
}
