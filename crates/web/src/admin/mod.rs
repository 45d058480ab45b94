//! The admin's pages: centres, users, the labour-market rules and the access log.
//! Each calls a `service` function that refuses anyone but an admin (the rules page
//! its own, as every role may read the rules through the API).

mod audit;
mod centres;

pub use centres::KIOSK_CENTRE_COOKIE;
mod password;
mod rules;
mod users;

use axum::{
    Router,
    routing::{get, post},
};

use serde::Deserialize;

use crate::AppState;

/// `?saved=1`: the page after a form that worked says so.
#[derive(Default, Deserialize)]
#[serde(default)]
pub struct Saved {
    saved: Option<String>,
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/centres", get(centres::list).post(centres::create))
        .route("/centres/{id}", post(centres::update))
        .route("/centres/{id}/edit", get(centres::edit))
        .route("/centres/{id}/kiosk", post(centres::make_kiosk))
        .route("/users", get(users::list).post(users::create))
        .route("/users/new", get(users::new))
        .route("/users/{id}/disabled", post(users::set_disabled))
        .route(
            "/users/{id}/password",
            get(password::form).post(password::reset),
        )
        .route("/rules", get(rules::show))
        .route("/rules/permit-types", post(rules::save_permit_type))
        .route("/rules/closed-occupations", post(rules::close_occupation))
        .route(
            "/rules/closed-occupations/{code}/open",
            post(rules::open_occupation),
        )
        .route("/rules/minimum-wage", post(rules::set_minimum_wage))
        .route("/audit", get(audit::list))
}
