use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{
    EmployerId, FieldErrors, Problem, SectorCode,
    employer::{Employer, EmployerInput},
};
use forsa_service::EmployerQuery;

use super::{
    ApiResult, created,
    openapi::{Conflict, Forbidden, Invalid, Malformed, NewEmployer, NotFound, Unauthenticated},
};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Paging, Params, path_id},
    wire::Paged,
};

/// Employers; an employer's user sees only their own.
#[utoipa::path(
    get,
    path = "/employers",
    operation_id = "list_employers",
    tag = "employers",
    params(
        Paging,
        ("q" = Option<String>, Query, description = "Words of the name"),
        ("sector" = Option<String>, Query, description = "An ISIC Rev.4 section letter"),
        ("verified" = Option<bool>, Query, description = "Only verified (`true`) or unverified (`false`) employers"),
    ),
    responses(
        (status = 200, description = "A page of employers", body = Paged<Employer>),
        Unauthenticated, Invalid,
    )
)]
pub async fn list(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    let query = filter(&params, &mut errors);
    errors.into_result().map_err(ApiError::invalid)?;
    let employers = state.service.employers(&actor, query, page).await?;
    Ok(Json(Paged::<Employer>::of(employers)).into_response())
}

/// The list's filters, which its export takes too.
pub(crate) const FILTERS: &[&str] = &["q", "sector", "verified"];

pub(crate) fn filter(params: &Params, errors: &mut FieldErrors) -> EmployerQuery {
    EmployerQuery {
        name: params.text("q"),
        sector: params.parsed(errors, "sector", SectorCode::parse),
        verified: params.parsed(errors, "verified", |raw| match raw {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(Problem::NotTrueOrFalse),
        }),
        only: None,
    }
}

/// Registers an employer.
#[utoipa::path(
    post,
    path = "/employers",
    operation_id = "register_employer",
    tag = "employers",
    request_body = NewEmployer,
    responses(
        (status = 201, description = "The new employer", body = Employer),
        Malformed, Unauthenticated, Forbidden, Conflict, Invalid,
    )
)]
pub async fn register(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<EmployerInput>,
) -> ApiResult {
    Ok(created(
        state.service.register_employer(&actor, input).await?,
    ))
}

/// One employer.
#[utoipa::path(
    get,
    path = "/employers/{id}",
    operation_id = "get_employer",
    tag = "employers",
    params(("id" = uuid::Uuid, Path, description = "The employer's id")),
    responses(
        (status = 200, description = "The employer", body = Employer),
        Unauthenticated, NotFound,
    )
)]
pub async fn show(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: EmployerId = path_id(&id)?;
    Ok(Json(state.service.employer(&actor, id).await?).into_response())
}

/// Changes the fields sent; only staff may verify an employer.
#[utoipa::path(
    patch,
    path = "/employers/{id}",
    operation_id = "update_employer",
    tag = "employers",
    params(("id" = uuid::Uuid, Path, description = "The employer's id")),
    request_body = EmployerInput,
    responses(
        (status = 200, description = "The employer as changed", body = Employer),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<EmployerInput>,
) -> ApiResult {
    let id: EmployerId = path_id(&id)?;
    Ok(Json(state.service.update_employer(&actor, id, input).await?).into_response())
}
