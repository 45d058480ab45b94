//! Seekers, their permits and consents.

use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{
    ConsentId, FieldErrors, PermitId, SeekerId, SeekerStatus,
    consent::{Consent, ConsentInput},
    permit::{PermitInput, WorkPermit},
    seeker::{
        MergeInput, Seeker, SeekerInput, TransferInput,
        erasure::{EraseInput, Erasure},
    },
};
use forsa_service::{SeekerFilter, ServiceError};

use super::{
    ApiResult, created,
    openapi::{
        Conflict, Forbidden, Gone, Invalid, Malformed, NewPermit, NewSeeker, NotFound,
        Unauthenticated,
    },
};
use crate::{
    ApiError, AppState,
    extract::{ApiJson, Auth, Paging, Params, path_id},
    wire::{DuplicatePair, Paged, PersonalDataView},
};

/// Seekers of the caller's centre (every centre for admins). Reading is audited.
#[utoipa::path(
    get,
    path = "/seekers",
    operation_id = "list_seekers",
    tag = "seekers",
    params(
        Paging,
        ("q" = Option<String>, Query, description = "Words of the name, or the case reference"),
        ("status" = Option<SeekerStatus>, Query, description = "Only seekers of this status"),
        ("include_archived" = Option<bool>, Query, description = "Include archived seekers (`true`)"),
    ),
    responses(
        (status = 200, description = "A page of seekers", body = Paged<Seeker>),
        Unauthenticated, Forbidden, Invalid,
    )
)]
pub async fn list(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let mut errors = FieldErrors::new();
    let page = params.page(&mut errors);
    let filter = filter(&params, &mut errors);
    errors.into_result().map_err(ApiError::invalid)?;
    let seekers = state.service.seekers(&actor, filter, page).await?;
    Ok(Json(Paged::<Seeker>::of(seekers)).into_response())
}

/// The list's filters, which its export takes too.
pub(crate) const FILTERS: &[&str] = &["q", "status", "include_archived"];

pub(crate) fn filter(params: &Params, errors: &mut FieldErrors) -> SeekerFilter {
    SeekerFilter {
        text: params.text("q"),
        status: params.parsed(errors, "status", SeekerStatus::parse),
        include_archived: params.text("include_archived").as_deref() == Some("true"),
        ..SeekerFilter::default()
    }
}

/// Registers a seeker at the caller's centre (admins name the centre).
#[utoipa::path(
    post,
    path = "/seekers",
    operation_id = "register_seeker",
    tag = "seekers",
    request_body = NewSeeker,
    responses(
        (status = 201, description = "The new seeker", body = Seeker),
        Malformed, Unauthenticated, Forbidden, Conflict, Invalid,
    )
)]
pub async fn register(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<SeekerInput>,
) -> ApiResult {
    Ok(created(state.service.register_seeker(&actor, input).await?))
}

/// One seeker. Reading is audited. A record merged into another answers 308 with the
/// kept record's address; any other request about a merged record answers 409
/// `merged`. An erased record answers 410 `erased`, with its receipt.
#[utoipa::path(
    get,
    path = "/seekers/{id}",
    operation_id = "get_seeker",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id")),
    responses(
        (status = 200, description = "The seeker", body = Seeker),
        (status = 308, description = "Merged into the record the Location header names"),
        Unauthenticated, Forbidden, NotFound, Gone,
    )
)]
pub async fn show(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    match state.service.seeker(&actor, id).await {
        Ok(seeker) => Ok(Json(seeker).into_response()),
        Err(ServiceError::Merged(kept)) => Ok(ApiError::merged_redirect(kept).into_response()),
        Err(other) => Err(other.into()),
    }
}

/// Changes the fields sent; send `version` to be told (409) of a newer edit.
#[utoipa::path(
    patch,
    path = "/seekers/{id}",
    operation_id = "update_seeker",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id")),
    request_body = SeekerInput,
    responses(
        (status = 200, description = "The seeker as changed", body = Seeker),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<SeekerInput>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.update_seeker(&actor, id, input).await?).into_response())
}

/// Archives a seeker: they leave lists and matching, and their record is kept.
#[utoipa::path(
    delete,
    path = "/seekers/{id}",
    operation_id = "archive_seeker",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id")),
    responses(
        (status = 200, description = "The archived seeker", body = Seeker),
        Unauthenticated, Forbidden, NotFound, Conflict,
    )
)]
pub async fn archive(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.archive_seeker(&actor, id).await?).into_response())
}

/// Moves a person to another centre: its caseworkers see them from now on, the old
/// centre's no longer. Admins only.
#[utoipa::path(
    post,
    path = "/seekers/{id}/transfer",
    operation_id = "transfer_seeker",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id")),
    request_body = TransferInput,
    responses(
        (status = 200, description = "The seeker at their new centre", body = Seeker),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn transfer(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<TransferInput>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.transfer_seeker(&actor, id, input).await?).into_response())
}

/// Merges this record into another record of the same person (`into`), saying why:
/// its permits, consents, referrals and access history move to the record kept, and
/// this one points there from then on (reading it answers 308 with the kept record's
/// address). Admins, and caseworkers for two records of their own centre.
#[utoipa::path(
    post,
    path = "/seekers/{id}/merge",
    operation_id = "merge_seeker",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The record merged away")),
    request_body = MergeInput,
    responses(
        (status = 200, description = "The record kept, with what it gained", body = Seeker),
        Malformed, Unauthenticated, Forbidden, NotFound, Invalid,
    )
)]
pub async fn merge(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<MergeInput>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    let (kept, _) = state.service.merge_seekers(&actor, id, input).await?;
    Ok(Json(kept).into_response())
}

/// Erases the person: their name, phone, case reference, year of birth, free text
/// and disability go from the database and their document from the search index,
/// so that no file holds them afterwards; what statistics need (centre, referral
/// stages and dates, outcomes) and the access history stay. Admins, and the
/// caseworkers of the person's centre, with a reason. Answers with the receipt;
/// reading the record afterwards answers 410 `erased`.
#[utoipa::path(
    post,
    path = "/seekers/{id}/erase",
    operation_id = "erase_seeker",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id")),
    request_body = EraseInput,
    responses(
        (status = 200, description = "The erasure's receipt", body = Erasure),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Gone, Invalid,
    )
)]
pub async fn erase(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<EraseInput>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.erase_seeker(&actor, id, input).await?).into_response())
}

/// The people registered although alike to an earlier record, not yet decided, the
/// newest hundred: every centre's for an admin, a caseworker's own centre's.
#[utoipa::path(
    get,
    path = "/duplicates",
    tag = "seekers",
    responses(
        (status = 200, description = "The pairs waiting for a decision", body = Vec<DuplicatePair>),
        Unauthenticated, Forbidden,
    )
)]
pub async fn duplicates(State(state): State<AppState>, Auth(actor): Auth) -> ApiResult {
    let pairs: Vec<DuplicatePair> = state
        .service
        .duplicate_queue(&actor)
        .await?
        .pairs
        .into_iter()
        .map(DuplicatePair::from)
        .collect();
    Ok(Json(pairs).into_response())
}

/// Decides that a pair of the duplicates queue are two people: it leaves the queue.
/// (To decide they are one person, merge the two records.)
#[utoipa::path(
    post,
    path = "/duplicates/{id}/different",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The pair's id")),
    responses(
        (status = 204, description = "Decided"),
        Unauthenticated, Forbidden, NotFound,
    )
)]
pub async fn not_duplicates(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: uuid::Uuid = path_id(&id)?;
    state.service.not_duplicates(&actor, id).await?;
    Ok(axum::http::StatusCode::NO_CONTENT.into_response())
}

/// Everything forsa holds on the person, to hand to them: the record, permits,
/// consents (when and by whom), referrals with every stage and follow-up, and who
/// read or changed any of it, when, by name. The caseworkers of their centre and
/// admins; gathering it is recorded in the access history.
#[utoipa::path(
    get,
    path = "/seekers/{id}/export",
    operation_id = "export_seeker",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id")),
    responses(
        (status = 200, description = "Everything held on the person", body = PersonalDataView),
        Unauthenticated, Forbidden, NotFound,
    )
)]
pub async fn export(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    let data = state.service.personal_data(&actor, id).await?;
    Ok(Json(PersonalDataView::from(data)).into_response())
}

/// A seeker's work permits.
#[utoipa::path(
    get,
    path = "/seekers/{id}/permits",
    operation_id = "list_permits",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id")),
    responses(
        (status = 200, description = "The seeker's permits", body = Vec<WorkPermit>),
        Unauthenticated, Forbidden, NotFound,
    )
)]
pub async fn permits(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.permits(&actor, id).await?).into_response())
}

/// Records a work permit a seeker holds or applied for.
#[utoipa::path(
    post,
    path = "/seekers/{id}/permits",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id")),
    request_body = NewPermit,
    responses(
        (status = 201, description = "The new permit", body = WorkPermit),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn add_permit(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<PermitInput>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(created(state.service.add_permit(&actor, id, input).await?))
}

/// Changes the fields sent of a permit.
#[utoipa::path(
    patch,
    path = "/permits/{id}",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The permit's id")),
    request_body = PermitInput,
    responses(
        (status = 200, description = "The permit as changed", body = WorkPermit),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn update_permit(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<PermitInput>,
) -> ApiResult {
    let id: PermitId = path_id(&id)?;
    Ok(Json(state.service.update_permit(&actor, id, input).await?).into_response())
}

/// A seeker's consents, in force and withdrawn.
#[utoipa::path(
    get,
    path = "/seekers/{id}/consents",
    operation_id = "list_consents",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id")),
    responses(
        (status = 200, description = "The seeker's consents", body = Vec<Consent>),
        Unauthenticated, Forbidden, NotFound,
    )
)]
pub async fn consents(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(Json(state.service.consents(&actor, id).await?).into_response())
}

/// Records a consent the seeker gave, bound to one purpose.
#[utoipa::path(
    post,
    path = "/seekers/{id}/consents",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id")),
    request_body = ConsentInput,
    responses(
        (status = 201, description = "The new consent", body = Consent),
        Malformed, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
    )
)]
pub async fn grant_consent(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<ConsentInput>,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    Ok(created(
        state.service.grant_consent(&actor, id, input).await?,
    ))
}

/// Withdraws a consent; it stays on record as withdrawn.
#[utoipa::path(
    delete,
    path = "/consents/{id}",
    tag = "seekers",
    params(("id" = uuid::Uuid, Path, description = "The consent's id")),
    responses(
        (status = 200, description = "The withdrawn consent", body = Consent),
        Unauthenticated, Forbidden, NotFound, Conflict,
    )
)]
pub async fn withdraw_consent(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> ApiResult {
    let id: ConsentId = path_id(&id)?;
    Ok(Json(state.service.withdraw_consent(&actor, id).await?).into_response())
}
