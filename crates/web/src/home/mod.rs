//! The signed-in home, one per role: the centre's dashboard for a caseworker, the
//! employer's vacancies and referrals waiting for them, the admin's overview.

mod admin;
mod dashboard;
mod employer;

use axum::{
    extract::{Query, State},
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::Role;
use serde::Deserialize;

use super::{
    error::{PageError, signed_out},
    follow_up_form::FollowUpAttempt,
    frame::SignedIn,
    visitor::Visitor,
};
use crate::AppState;

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct HomeQuery {
    /// Set after a follow-up was recorded from the dashboard.
    recorded: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    Query(query): Query<HomeQuery>,
    visitor: Visitor,
) -> Result<Response, PageError> {
    let Some((actor, _)) = &visitor.signed_in else {
        if visitor.session_ended {
            return Ok(signed_out());
        }
        return Ok(Redirect::to("/login").into_response());
    };
    let actor = *actor;
    match actor.role() {
        Role::Admin => admin::show(&state, &actor, &visitor).await,
        Role::Caseworker => {
            let recorded = query.recorded.is_some();
            dashboard::show(&state, &actor, &visitor, recorded, None).await
        }
        Role::Employer => employer::show(&state, &actor, &visitor).await,
    }
}

/// The dashboard again, with a follow-up record that was refused shown on its form.
pub(crate) async fn dashboard_again(
    state: &AppState,
    page: &SignedIn,
    attempt: FollowUpAttempt,
) -> Result<Response, PageError> {
    dashboard::show(state, &page.actor, &page.visitor, false, Some(attempt)).await
}
