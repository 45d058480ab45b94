//! Search and matching: vacancy search for the signed in and for anyone (the kiosk),
//! and matches in both directions for staff.

use axum::{
    Json,
    extract::{Path, State},
    response::IntoResponse,
};
use forsa_domain::{
    Benefit, Contract, EmployerId, FieldErrors, IscoCode, LocationCode, SectorCode, SeekerId,
    VacancyId, VacancyStatus,
};
use forsa_service::{MatchInput, Sort, VacancySearchInput};

use super::ApiResult;
use crate::{
    ApiError, AppState,
    extract::{Auth, Params, path_id},
};

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
                _ => Err("must be relevance or newest".to_owned()),
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
    for name in params.names() {
        let known = PUBLIC.contains(&name) || (signed_in && STAFF.contains(&name));
        if !known {
            errors.add(name, "is not a search parameter");
        }
    }
    errors.into_result().map_err(ApiError::invalid)?;
    Ok(input)
}

pub async fn search(State(state): State<AppState>, Auth(actor): Auth, params: Params) -> ApiResult {
    let input = search_input(&params, true)?;
    Ok(Json(state.service.search_vacancies(&actor, input).await?).into_response())
}

pub async fn public_search(State(state): State<AppState>, params: Params) -> ApiResult {
    let input = search_input(&params, false)?;
    Ok(Json(state.service.public_vacancies(input).await?).into_response())
}

pub async fn public_vacancy(State(state): State<AppState>, Path(code): Path<String>) -> ApiResult {
    Ok(Json(state.service.public_vacancy(&code).await?).into_response())
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

pub async fn seeker_matches(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult {
    let id: SeekerId = path_id(&id)?;
    let input = match_input(&params)?;
    Ok(Json(state.service.seeker_matches(&actor, id, input).await?).into_response())
}

pub async fn vacancy_matches(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult {
    let id: VacancyId = path_id(&id)?;
    let input = match_input(&params)?;
    Ok(Json(state.service.vacancy_matches(&actor, id, input).await?).into_response())
}
