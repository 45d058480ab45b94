//! forsa's JSON API, served under `/api/v1`: one file per resource, handlers that
//! parse, call `service` and answer; errors become statuses in `error.rs` only.
#![forbid(unsafe_code)]

mod admin;
mod auth;
mod employers;
mod error;
mod exports;
mod extract;
mod follow_ups;
mod imports;
mod openapi;
mod referrals;
mod reports;
mod search;
mod seekers;
mod taxonomy;
mod vacancies;
mod wire;

use std::sync::Arc;

use axum::{
    Extension, Json, Router,
    extract::DefaultBodyLimit,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::Serialize;
use utoipa::OpenApi;
use utoipa_axum::{router::OpenApiRouter, routes};

use forsa_edge::Site;
use forsa_service::Service;

pub use crate::error::ApiError;

/// What every handler can reach: cheap handles only.
#[derive(Clone)]
pub struct AppState {
    pub service: Service,
    pub site: Arc<Site>,
}

/// The API's router, to be nested under `/api/v1`, and, served at `/openapi.json`,
/// its document: each handler is registered together with its description, so the
/// two list the same routes.
pub fn router(service: Service, site: Arc<Site>) -> Router {
    let (router, mut doc) = OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .routes(routes!(auth::login))
        .routes(routes!(auth::logout))
        .routes(routes!(auth::me))
        .routes(routes!(admin::centres, admin::create_centre))
        .routes(routes!(admin::update_centre))
        .routes(routes!(admin::users, admin::create_user))
        .routes(routes!(admin::update_user))
        .routes(routes!(admin::audit_events))
        .routes(routes!(admin::rules))
        .routes(routes!(admin::save_permit_type))
        .routes(routes!(admin::close_occupation))
        .routes(routes!(admin::open_occupation))
        .routes(routes!(admin::set_minimum_wage))
        .routes(routes!(seekers::list, seekers::register))
        .routes(routes!(seekers::show, seekers::update, seekers::archive))
        .routes(routes!(seekers::transfer))
        .routes(routes!(seekers::merge))
        .routes(routes!(seekers::export))
        .routes(routes!(seekers::erase))
        .routes(routes!(seekers::duplicates))
        .routes(routes!(seekers::not_duplicates))
        .routes(routes!(seekers::permits, seekers::add_permit))
        .routes(routes!(seekers::update_permit))
        .routes(routes!(seekers::consents, seekers::grant_consent))
        .routes(routes!(seekers::withdraw_consent))
        .routes(routes!(employers::list, employers::register))
        .routes(routes!(employers::show, employers::update))
        .routes(routes!(vacancies::list, vacancies::post))
        .routes(routes!(vacancies::show, vacancies::update))
        .routes(routes!(search::search))
        .routes(routes!(search::vacancy_matches))
        .routes(routes!(search::seeker_matches))
        .routes(routes!(search::public_search))
        .routes(routes!(search::public_vacancy))
        .routes(routes!(referrals::list, referrals::refer))
        .routes(routes!(referrals::show, referrals::move_stage))
        .routes(routes!(follow_ups::list))
        .routes(routes!(follow_ups::record))
        .routes(routes!(exports::export))
        .routes(routes!(reports::report))
        .routes(routes!(reports::workbook))
        .routes(routes!(taxonomy::sectors))
        .routes(routes!(taxonomy::occupations))
        .routes(routes!(taxonomy::locations))
        .routes(routes!(openapi::document))
        // A spreadsheet may be larger than any form: its route allows what an import
        // reads (the server's own limit is that, every other route's a form's).
        .merge(
            OpenApiRouter::new()
                .routes(routes!(imports::import))
                .routes(routes!(imports::template))
                .layer(DefaultBodyLimit::max(forsa_sheets::MAX_BYTES)),
        )
        .split_for_parts();
    openapi::finish(&mut doc);
    router
        .layer(Extension(Arc::new(doc)))
        .fallback(|| async { ApiError::not_found_route() })
        .with_state(AppState { service, site })
}

/// The answer to an address under `/api/` that names nothing.
pub fn not_found() -> Response {
    ApiError::not_found_route().into_response()
}

/// A 201 with the created record.
fn created<T: Serialize>(value: T) -> Response {
    (StatusCode::CREATED, Json(value)).into_response()
}

type ApiResult<T = Response> = Result<T, ApiError>;
