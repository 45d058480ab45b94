//! The signed-in home: the centre's dashboard for a caseworker; for the other roles,
//! for now, the shell and the role's heading.

mod dashboard;

use askama::Template;
use axum::{
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::Role;

use super::{
    assets::stylesheet_href,
    error::{PageError, signed_out},
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

pub async fn show(State(state): State<AppState>, visitor: Visitor) -> Result<Response, PageError> {
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
            return dashboard::show(&state, &actor, &visitor).await;
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
