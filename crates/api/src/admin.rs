//! Centres, users, rules and the audit log.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::IntoResponse,
};
use forsa_domain::rules::{ClosedOccupationInput, MinimumWageInput};
use forsa_domain::{
    CentreId, FieldErrors, IscoCode, Need, Problem, SubjectType, UserId,
    money::MinimumWage,
    organisation::{Centre, CentreInput, NewUserInput, User, UserPatchInput},
    permit::{PermitType, PermitTypeInput},
};

use crate::wire::{AuditEvent, Paged, RulesView};
use serde::Serialize;
use utoipa::ToSchema;

use super::{
    ApiResult, created,
    openapi::{Conflict, Forbidden, Invalid, Malformed, NotFound, Unauthenticated},
};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Paging, Params, path_id},
};

/// An occupation group now closed to non-nationals.
#[derive(Serialize, ToSchema)]
pub struct ClosedOccupation {
    pub code: IscoCode,
}

/// Every centre. Admins only.
#[utoipa::path(
    get,
    path = "/centres",
    tag = "admin",
    responses((status = 200, description = "The centres", body = Vec<Centre>), Unauthenticated, Forbidden)
)]
pub async fn centres(State(state): State<AppState>, Auth(actor): Auth) -> ApiResult {
    Ok(Json(state.service.centres(&actor).await?).into_response())
}

/// Opens a centre. Admins only.
#[utoipa::path(
    post,
    path = "/centres",
    tag = "admin",
    request_body = CentreInput,
    responses(
        (status = 201, description = "The new centre", body = Centre),
        Malformed, Unauthenticated, Forbidden, Conflict, Invalid,
    )
)]
pub async fn create_centre(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<CentreInput>,
) -> ApiResult {
    Ok(created(state.service.create_centre(&actor, input).await?))
}

/// Gives a centre new details: its names, place, opening hours and time zone, all
/// sent again (what is left out is cleared, or for the time zone, Jordan's). Admins
/// only.
#[utoipa::path(
    put,
    path = "/centres/{id}",
    tag = "admin",
    params(("id" = uuid::Uuid, Path, description = "The centre's id")),
    request_body = CentreInput,
    responses(
        (status = 200, description = "The centre as changed", body = Centre),
        Malformed, Unauthenticated, Forbidden, NotFound, Invalid,
    )
)]
pub async fn update_centre(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<CentreInput>,
) -> ApiResult {
    let id: CentreId = path_id(&id)?;
    Ok(Json(state.service.update_centre(&actor, id, input).await?).into_response())
}

/// Every user, a page at a time. Admins only.
#[utoipa::path(
    get,
    path = "/users",
    tag = "admin",
    params(Paging),
    responses(
        (status = 200, description = "A page of users", body = Paged<User>),
        Unauthenticated, Forbidden, Invalid,
    )
)]
pub async fn users(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    errors.into_result().map_err(ApiError::invalid)?;
    Ok(Json(Paged::<User>::of(state.service.users(&actor, page).await?)).into_response())
}

/// Creates a user: an admin, a caseworker of a centre or a user of an employer.
/// Admins only.
#[utoipa::path(
    post,
    path = "/users",
    tag = "admin",
    request_body = NewUserInput,
    responses(
        (status = 201, description = "The new user", body = User),
        Malformed, Unauthenticated, Forbidden, Conflict, Invalid,
    )
)]
pub async fn create_user(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<NewUserInput>,
) -> ApiResult {
    Ok(created(state.service.create_user(&actor, input).await?))
}

/// Renames, disables or re-enables a user, or sets a new password. Disabling signs
/// the user out everywhere. Admins only.
#[utoipa::path(
    patch,
    path = "/users/{id}",
    tag = "admin",
    params(("id" = uuid::Uuid, Path, description = "The user's id")),
    request_body = UserPatchInput,
    responses(
        (status = 200, description = "The user as changed", body = User),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn update_user(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<UserPatchInput>,
) -> ApiResult {
    let id: UserId = path_id(&id)?;
    Ok(Json(state.service.update_user(&actor, id, input).await?).into_response())
}

/// The access log, by subject or by actor (one of the two is required). Admins only.
#[utoipa::path(
    get,
    path = "/audit-events",
    tag = "admin",
    params(
        Paging,
        ("subject_type" = Option<SubjectType>, Query, description = "The kind of record; needed with `subject_id`"),
        ("subject_id" = Option<uuid::Uuid>, Query, description = "The record's id"),
        ("actor_id" = Option<uuid::Uuid>, Query, description = "The user who acted"),
    ),
    responses(
        (status = 200, description = "A page of audit events, newest first", body = Paged<AuditEvent>),
        Unauthenticated, Forbidden, Invalid,
    )
)]
pub async fn audit_events(
    State(state): State<AppState>,
    Auth(actor): Auth,
    params: Params,
) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    let subject_type = params.parsed(&mut errors, "subject_type", SubjectType::parse);
    let subject_id = params.parsed(&mut errors, "subject_id", |raw| {
        uuid::Uuid::parse_str(raw).map_err(|_| Problem::NotAnId)
    });
    let by = params.parsed(&mut errors, "actor_id", |raw| raw.parse::<UserId>());
    let subject = match (subject_type, subject_id) {
        (Some(kind), Some(id)) => Some((kind, id)),
        (None, Some(_)) => {
            errors.add("subject_type", Problem::RequiredFor(Need::SubjectType));
            None
        }
        _ => None,
    };
    errors.into_result().map_err(ApiError::invalid)?;
    let events = state
        .service
        .audit_events(&actor, subject, by, page)
        .await?;
    Ok(Json(Paged::<AuditEvent>::of(events)).into_response())
}

/// The labour-market rules in force.
#[utoipa::path(
    get,
    path = "/rules",
    tag = "admin",
    responses((status = 200, description = "The rules in force", body = RulesView), Unauthenticated)
)]
pub async fn rules(State(state): State<AppState>, Auth(actor): Auth) -> ApiResult {
    Ok(Json(RulesView::from(state.service.rules(&actor).await?)).into_response())
}

/// Adds a permit type or changes the one with the same code. Admins only.
#[utoipa::path(
    put,
    path = "/rules/permit-types",
    tag = "admin",
    request_body = PermitTypeInput,
    responses(
        (status = 200, description = "The permit type as saved", body = PermitType),
        Malformed, Unauthenticated, Forbidden, Conflict, Invalid,
    )
)]
pub async fn save_permit_type(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<PermitTypeInput>,
) -> ApiResult {
    Ok(Json(state.service.save_permit_type(&actor, input).await?).into_response())
}

/// Closes an occupation group to non-nationals. Admins only.
#[utoipa::path(
    post,
    path = "/rules/closed-occupations",
    tag = "admin",
    request_body = ClosedOccupationInput,
    responses(
        (status = 201, description = "The group closed", body = ClosedOccupation),
        Malformed, Unauthenticated, Forbidden, Conflict, Invalid,
    )
)]
pub async fn close_occupation(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<ClosedOccupationInput>,
) -> ApiResult {
    let code = state.service.close_occupation(&actor, input).await?;
    Ok(created(ClosedOccupation { code }))
}

/// Opens a closed occupation group again. Admins only.
#[utoipa::path(
    delete,
    path = "/rules/closed-occupations/{code}",
    tag = "admin",
    params(("code" = String, Path, description = "The ISCO-08 code of the closed group")),
    responses(
        (status = 204, description = "The group is open again"),
        Unauthenticated, Forbidden, NotFound,
    )
)]
pub async fn open_occupation(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(code): Path<String>,
) -> ApiResult {
    state.service.open_occupation(&actor, &code).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Sets the monthly minimum wage from a given day. Admins only.
#[utoipa::path(
    put,
    path = "/rules/minimum-wage",
    tag = "admin",
    request_body = MinimumWageInput,
    responses(
        (status = 200, description = "The minimum wage as set", body = MinimumWage),
        Malformed, Unauthenticated, Forbidden, Conflict, Invalid,
    )
)]
pub async fn set_minimum_wage(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<MinimumWageInput>,
) -> ApiResult {
    Ok(Json(state.service.set_minimum_wage(&actor, input).await?).into_response())
}
