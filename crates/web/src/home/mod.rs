//! The signed-in home: the centre's dashboard for a caseworker; for the other roles,
//! for now, the shell and the role's heading.

mod dashboard;

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::Role;
use serde::Deserialize;

use super::{
    assets::stylesheet_href,
    error::{PageError, signed_out},
    follow_up_form::FollowUpAttempt,
    frame::SignedIn,
    html,
    i18n::Tr,
    visitor::{Shell, Visitor},
};
use crate::AppState;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    t: Tr,
    shell: Shell,
    css: String,
    title: String,
}

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
    let heading = match actor.role() {
        Role::Admin => "home-title-admin",
        Role::Caseworker => {
            let actor = *actor;
            let recorded = query.recorded.is_some();
            return dashboard::show(&state, &actor, &visitor, recorded, None).await;
        }
        Role::Employer => "home-title-employer",
    };
    let page = HomePage {
        t: visitor.tr,
        shell: Shell::for_visitor(&visitor),
        css: stylesheet_href(),
        title: visitor.tr.text(heading),
    };
    Ok(html(StatusCode::OK, &page))
}

/// The dashboard again, with a follow-up record that was refused shown on its form.
pub(crate) async fn dashboard_again(
    state: &AppState,
    page: &SignedIn,
    attempt: FollowUpAttempt,
) -> Result<Response, PageError> {
    dashboard::show(state, &page.actor, &page.visitor, false, Some(attempt)).await
}
