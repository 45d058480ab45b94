//! Search and matching: vacancy search for the signed in and for anyone (the kiosk),
//! and matches in both directions for staff.

use axum::{
    Json,
    extract::{Path, State},
    http::{HeaderMap, header},
    response::{IntoResponse, Response},
};
use forsa_domain::{
    Benefit, Contract, EmployerId, FieldErrors, Gender, IscoCode, LocationCode, Problem,
    SectorCode, SeekerId, VacancyId, VacancyStatus, permit::PermitType,
};
use forsa_service::{Actor, MatchInput, Sort, VacancySearchInput};
use forsa_words::{Explainer, Names, Tr};
use serde::Serialize;

use super::{
    ApiResult,
    openapi::{Forbidden, Invalid, Malformed, NotFound, Unauthenticated},
};
use crate::{
    ApiError, AppState,
    extract::{Auth, Paging, Params, path_id},
    wire::{Results, SeekerMatchView, VacancyMatchView, VacancyResult, VacancySummary},
};

/// The filters both vacancy searches take, for the API document; `search_input`
/// reads them.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code, reason = "only the API document reads this type")]
struct SearchFilters {
    /// Words in Arabic or English, at most 512 characters; operators mean nothing.
    q: Option<String>,
    /// ISIC Rev.4 sections, comma-separated.
    #[param(style = Form, explode = false)]
    sector: Option<Vec<String>>,
    /// ISCO-08 groups at any level, comma-separated.
    #[param(style = Form, explode = false)]
    occupation: Option<Vec<String>>,
    /// Places or governorates, comma-separated.
    #[param(style = Form, explode = false)]
    location: Option<Vec<String>>,
    /// Benefits that must all be offered, comma-separated.
    #[param(style = Form, explode = false)]
    benefit: Option<Vec<Benefit>>,
    /// Contracts, comma-separated.
    #[param(style = Form, explode = false)]
    contract: Option<Vec<Contract>>,
    /// Only vacancies whose employer arranges the work permit (or only those whose
    /// employer does not).
    arranges_permit: Option<bool>,
    /// `relevance` (the default; newest first without `q`) or `newest`.
    sort: Option<SearchOrder>,
}

/// The orders of a vacancy search, for the API document.
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code, reason = "only the API document reads this type")]
pub(crate) enum SearchOrder {
    Relevance,
    Newest,
}

/// Which matches to show, for the API document; `match_input` reads it.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code, reason = "only the API document reads this type")]
struct MatchFilters {
    /// Also list what the person may not legally take, with the reasons, after the
    /// rest.
    include_ineligible: Option<bool>,
}

/// `q`, the filters (comma-separated lists), `sort`, `page` and `per_page`.
fn search_input(params: &Params, signed_in: bool) -> Result<VacancySearchInput, ApiError> {
    let mut errors = FieldErrors::new();
    let input = VacancySearchInput {
        q: params.raw("q").map(str::to_owned),
        sectors: params.list(&mut errors, "sector", SectorCode::parse),
        occupations: params.list(&mut errors, "occupation", IscoCode::parse),
        locations: params.list(&mut errors, "location", LocationCode::parse),
        benefits: params.list(&mut errors, "benefit", Benefit::parse),
        contracts: params.list(&mut errors, "contract", Contract::parse),
        arranges_permit: params.flag(&mut errors, "arranges_permit"),
        statuses: if signed_in {
            params.list(&mut errors, "status", VacancyStatus::parse)
        } else {
            Vec::new()
        },
        employer: if signed_in {
            params.parsed(&mut errors, "employer_id", |raw| raw.parse::<EmployerId>())
        } else {
            None
        },
        sort: params
            .parsed(&mut errors, "sort", |raw| match raw {
                "relevance" => Ok(Sort::Relevance),
                "newest" => Ok(Sort::Newest),
                _ => Err(Problem::NotOneOf {
                    allowed: &["relevance", "newest"],
                }),
            })
            .unwrap_or_default(),
        page: params.page(&mut errors),
    };
    const PUBLIC: [&str; 10] = [
        "q",
        "sector",
        "occupation",
        "location",
        "benefit",
        "contract",
        "arranges_permit",
        "sort",
        "page",
        "per_page",
    ];
    const STAFF: [&str; 2] = ["status", "employer_id"];
    let staff: &[&str] = if signed_in { &STAFF } else { &[] };
    params.refuse_unknown(&mut errors, &[&PUBLIC[..], staff].concat());
    errors.into_result().map_err(ApiError::invalid)?;
    Ok(input)
}

/// Vacancy search for anyone signed in: open vacancies unless `status` says
/// otherwise (staff; an employer only for their own).
#[utoipa::path(
    get,
    path = "/vacancies/search",
    operation_id = "search_vacancies",
    tag = "vacancies",
    params(
        SearchFilters,
        ("status" = Option<Vec<VacancyStatus>>, Query, style = Form, explode = false, description = "Vacancy states, comma-separated; open by default"),
        ("employer_id" = Option<uuid::Uuid>, Query, description = "Only this employer's vacancies"),
        Paging,
    ),
    responses(
        (status = 200, description = "A page of vacancies, best first", body = Results<VacancyResult>),
        Malformed, Unauthenticated, Forbidden, Invalid,
    )
)]
pub async fn search(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let input = search_input(&params, true)?;
    let found = state.service.search_vacancies(&actor, input).await?;
    Ok(Json(Results::<VacancyResult>::of(found)).into_response())
}

/// Open vacancies for anyone (the kiosk): no sign-in, no personal data.
#[utoipa::path(
    get,
    path = "/public/vacancies",
    operation_id = "search_public_vacancies",
    tag = "public",
    security(()),
    params(SearchFilters, Paging),
    responses(
        (status = 200, description = "A page of open vacancies, best first", body = Results<VacancyResult>),
        Malformed, Invalid,
    )
)]
pub async fn public_search(State(state): State<AppState>, params: Params) -> ApiResult {
    let input = search_input(&params, false)?;
    let found = state.service.public_vacancies(input).await?;
    Ok(Json(Results::<VacancyResult>::of(found)).into_response())
}

/// One open vacancy by the six-character code on a kiosk slip.
#[utoipa::path(
    get,
    path = "/public/vacancies/{code}",
    operation_id = "get_public_vacancy",
    tag = "public",
    security(()),
    params(("code" = String, Path, description = "The vacancy's short code")),
    responses(
        (status = 200, description = "The vacancy", body = VacancySummary),
        NotFound,
    )
)]
pub async fn public_vacancy(State(state): State<AppState>, Path(code): Path<String>) -> ApiResult {
    let vacancy = state.service.public_vacancy(&code).await?;
    Ok(Json(VacancySummary::from(vacancy)).into_response())
}

fn match_input(params: &Params) -> Result<MatchInput, ApiError> {
    let mut errors = FieldErrors::new();
    let input = MatchInput {
        include_ineligible: params
            .flag(&mut errors, "include_ineligible")
            .unwrap_or(false),
        page: params.page(&mut errors),
    };
    errors.into_result().map_err(ApiError::invalid)?;
    Ok(input)
}

/// Open vacancies for a seeker, best first, each with its eligibility verdict and
/// an explanation. Reading a seeker's matches is audited.
#[utoipa::path(
    get,
    path = "/seekers/{id}/matches",
    operation_id = "match_vacancies_for_seeker",
    tag = "matching",
    params(("id" = uuid::Uuid, Path, description = "The seeker's id"), MatchFilters, Paging),
    responses(
        (status = 200, description = "A page of matches", body = Results<VacancyMatchView>),
        Unauthenticated, Forbidden, NotFound, Invalid,
    )
)]
pub async fn seeker_matches(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    headers: HeaderMap,
    params: Params,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    let input = match_input(&params)?;
    let matches = state.service.seeker_matches(&actor, id, input).await?;
    let tr = caller_words(&state, &actor, &headers).await?;
    let gender = matches.seeker.profile.gender;
    Ok(told(
        &state,
        tr,
        &matches.permit_types,
        matches.found,
        |m, explainer| VacancyMatchView::of(m, explainer, gender),
    ))
}

/// The words to answer the caller in: the first of Arabic or English their
/// `Accept-Language` names, else the language of their account.
async fn caller_words(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
) -> Result<Tr, ApiError> {
    let asked = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .and_then(Tr::preferred);
    let locale = match asked {
        Some(locale) => locale,
        None => state.service.me(actor).await?.locale,
    };
    Ok(Tr::new(locale))
}

/// Matches told in the words of `tr` (the verdicts' permits named from `types`),
/// each made a wire item by `item`, with the language they are in.
fn told<S, T: Serialize>(
    state: &AppState,
    tr: Tr,
    types: &[PermitType],
    found: forsa_service::Results<S>,
    item: impl Fn(S, &Explainer) -> T,
) -> Response {
    let names = Names::new(&state.service, tr);
    let explainer = Explainer {
        names: &names,
        types,
        tr,
    };
    let results = Results::each(found, |m| item(m, &explainer));
    ([(header::CONTENT_LANGUAGE, tr.lang())], Json(results)).into_response()
}

/// The seekers of the caller's centre (an admin: every centre) for a vacancy, best
/// first, each with its verdict and explanation.
#[utoipa::path(
    get,
    path = "/vacancies/{id}/matches",
    operation_id = "match_seekers_for_vacancy",
    tag = "matching",
    params(("id" = uuid::Uuid, Path, description = "The vacancy's id"), MatchFilters, Paging),
    responses(
        (status = 200, description = "A page of matches", body = Results<SeekerMatchView>),
        Unauthenticated, Forbidden, NotFound, Invalid,
    )
)]
pub async fn vacancy_matches(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    headers: HeaderMap,
    params: Params,
) -> ApiResult {
    let id: VacancyId = path_id(&id)?;
    let input = match_input(&params)?;
    let matches = state.service.vacancy_matches(&actor, id, input).await?;
    let tr = caller_words(&state, &actor, &headers).await?;
    let people = &matches.people;
    Ok(told(
        &state,
        tr,
        &matches.permit_types,
        matches.found,
        |m, explainer| {
            let gender = people
                .get(&m.seeker.id)
                .map_or(Gender::Undisclosed, |p| p.gender);
            SeekerMatchView::of(m, explainer, gender)
        },
    ))
}
