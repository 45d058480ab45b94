//! The JSON API, `/api/v1`. One file per resource; handlers stay short.

mod admin;
mod auth;
mod employers;
mod referrals;
mod search;
mod seekers;
mod taxonomy;
mod vacancies;

use axum::{
    Json, Router,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{delete, get, patch, post, put},
};
use serde::Serialize;

use crate::{AppState, error::ApiError};

/// Every route the API serves, as (method, path). The end-to-end suite walks this
/// table with every role.
pub const ROUTES: &[(&str, &str)] = &[
    ("POST", "/auth/login"),
    ("POST", "/auth/logout"),
    ("GET", "/me"),
    ("GET", "/centres"),
    ("POST", "/centres"),
    ("GET", "/users"),
    ("POST", "/users"),
    ("PATCH", "/users/{id}"),
    ("GET", "/audit-events"),
    ("GET", "/rules"),
    ("PUT", "/rules/permit-types"),
    ("POST", "/rules/closed-occupations"),
    ("DELETE", "/rules/closed-occupations/{code}"),
    ("PUT", "/rules/minimum-wage"),
    ("GET", "/seekers"),
    ("POST", "/seekers"),
    ("GET", "/seekers/{id}"),
    ("PATCH", "/seekers/{id}"),
    ("DELETE", "/seekers/{id}"),
    ("GET", "/seekers/{id}/permits"),
    ("POST", "/seekers/{id}/permits"),
    ("PATCH", "/permits/{id}"),
    ("GET", "/seekers/{id}/consents"),
    ("POST", "/seekers/{id}/consents"),
    ("DELETE", "/consents/{id}"),
    ("GET", "/employers"),
    ("POST", "/employers"),
    ("GET", "/employers/{id}"),
    ("PATCH", "/employers/{id}"),
    ("GET", "/vacancies"),
    ("POST", "/vacancies"),
    ("GET", "/vacancies/search"),
    ("GET", "/vacancies/{id}/matches"),
    ("GET", "/seekers/{id}/matches"),
    ("GET", "/public/vacancies"),
    ("GET", "/public/vacancies/{code}"),
    ("GET", "/vacancies/{id}"),
    ("PATCH", "/vacancies/{id}"),
    ("GET", "/referrals"),
    ("POST", "/referrals"),
    ("GET", "/referrals/{id}"),
    ("PATCH", "/referrals/{id}"),
    ("GET", "/taxonomy/sectors"),
    ("GET", "/taxonomy/occupations"),
    ("GET", "/taxonomy/locations"),
];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/login", post(auth::login))
        .route("/auth/logout", post(auth::logout))
        .route("/me", get(auth::me))
        .route("/centres", get(admin::centres).post(admin::create_centre))
        .route("/users", get(admin::users).post(admin::create_user))
        .route("/users/{id}", patch(admin::update_user))
        .route("/audit-events", get(admin::audit_events))
        .route("/rules", get(admin::rules))
        .route("/rules/permit-types", put(admin::save_permit_type))
        .route("/rules/closed-occupations", post(admin::close_occupation))
        .route(
            "/rules/closed-occupations/{code}",
            delete(admin::open_occupation),
        )
        .route("/rules/minimum-wage", put(admin::set_minimum_wage))
        .route("/seekers", get(seekers::list).post(seekers::register))
        .route(
            "/seekers/{id}",
            get(seekers::show)
                .patch(seekers::update)
                .delete(seekers::archive),
        )
        .route(
            "/seekers/{id}/permits",
            get(seekers::permits).post(seekers::add_permit),
        )
        .route("/permits/{id}", patch(seekers::update_permit))
        .route(
            "/seekers/{id}/consents",
            get(seekers::consents).post(seekers::grant_consent),
        )
        .route("/consents/{id}", delete(seekers::withdraw_consent))
        .route("/employers", get(employers::list).post(employers::register))
        .route(
            "/employers/{id}",
            get(employers::show).patch(employers::update),
        )
        .route("/vacancies", get(vacancies::list).post(vacancies::post))
        .route(
            "/vacancies/{id}",
            get(vacancies::show).patch(vacancies::update),
        )
        .route("/vacancies/search", get(search::search))
        .route("/vacancies/{id}/matches", get(search::vacancy_matches))
        .route("/seekers/{id}/matches", get(search::seeker_matches))
        .route("/public/vacancies", get(search::public_search))
        .route("/public/vacancies/{code}", get(search::public_vacancy))
        .route("/referrals", get(referrals::list).post(referrals::refer))
        .route(
            "/referrals/{id}",
            get(referrals::show).patch(referrals::move_stage),
        )
        .route("/taxonomy/sectors", get(taxonomy::sectors))
        .route("/taxonomy/occupations", get(taxonomy::occupations))
        .route("/taxonomy/locations", get(taxonomy::locations))
        .fallback(|| async { ApiError::not_found_route() })
}

/// A 201 with the created record.
fn created<T: Serialize>(value: T) -> Response {
    (StatusCode::CREATED, Json(value)).into_response()
}

type ApiResult<T = Response> = Result<T, ApiError>;
