//! The admin's pages: centres, users, the labour-market rules and the access log.
//! Each calls the same `service` functions as the JSON admin API, which refuse anyone
//! but an admin; the rules page, whose reading is open to every role, is refused here.

mod audit;
mod centres;
mod password;
mod rules;
mod users;

use axum::{
    Router,
    routing::{get, post},
};
use forsa_domain::Role;
use forsa_service::{Actor, ServiceError};

use serde::Deserialize;

use super::error::PageError;
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

/// The admin pages that read what every role may read (the rules) still belong to
/// admins alone.
fn admin_only(actor: &Actor) -> Result<(), PageError> {
    if actor.role() == Role::Admin {
        Ok(())
    } else {
        Err(ServiceError::Forbidden.into())
    }
}
