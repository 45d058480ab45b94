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
use forsa_domain::{AuditAction, PermitKind, Role, SubjectType};
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

/// A form value with the blanks taken out: an empty field is one not given.
fn given(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The catalogue keys naming a role, an action, a kind of record, a kind of permit;
/// by reference, as templates pass them.
fn role_label(role: &Role) -> &'static str {
    super::visitor::role_key(*role)
}

fn action_label(action: &AuditAction) -> &'static str {
    match action {
        AuditAction::Read => "admin-action-read",
        AuditAction::List => "admin-action-list",
        AuditAction::Create => "admin-action-create",
        AuditAction::Update => "admin-action-update",
        AuditAction::Archive => "admin-action-archive",
        AuditAction::Withdraw => "admin-action-withdraw",
        AuditAction::Login => "admin-action-login",
        AuditAction::Logout => "admin-action-logout",
        AuditAction::Disable => "admin-action-disable",
    }
}

fn subject_label(subject: &SubjectType) -> &'static str {
    match subject {
        SubjectType::Seeker => "admin-subject-seeker",
        SubjectType::Permit => "admin-subject-permit",
        SubjectType::Consent => "admin-subject-consent",
        SubjectType::Referral => "admin-subject-referral",
        SubjectType::User => "admin-subject-user",
        SubjectType::Employer => "admin-subject-employer",
        SubjectType::Vacancy => "admin-subject-vacancy",
        SubjectType::Centre => "admin-subject-centre",
    }
}

fn kind_label(kind: &PermitKind) -> &'static str {
    match kind {
        PermitKind::Flexible => "admin-kind-flexible",
        PermitKind::EmployerSpecific => "admin-kind-employer-specific",
    }
}
