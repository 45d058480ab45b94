//! The signed-in home. For now the shell and the role's heading; the dashboards come
//! with the rest of issue 4.

use askama::Template;
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::Role;

use super::{
    assets::stylesheet_href,
    error::signed_out,
    html,
    i18n::Tr,
    visitor::{Shell, Visitor},
};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    t: Tr,
    shell: Shell,
    css: String,
    title: String,
}

pub async fn show(visitor: Visitor) -> Response {
    let Some((actor, _)) = &visitor.signed_in else {
        if visitor.session_ended {
            return signed_out();
        }
        return Redirect::to("/login").into_response();
    };
    let heading = match actor.role() {
        Role::Admin => "home-title-admin",
        Role::Caseworker => "home-title-caseworker",
        Role::Employer => "home-title-employer",
    };
    let page = HomePage {
        t: visitor.tr,
        shell: Shell::for_visitor(&visitor),
        css: stylesheet_href(),
        title: visitor.tr.text(heading),
    };
    html(StatusCode::OK, &page)
}
