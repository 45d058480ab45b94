//! The web pages: server-rendered HTML from the templates in `web/templates`, with
//! every word from the catalogues in `web/i18n`. Handlers call the same `service`
//! functions as the JSON API.

mod admin;
mod assets;
mod csrf;

pub use csrf::PublicOrigin;
mod employers;
mod error;
mod explain;
mod frame;
mod home;
mod i18n;
mod language;
mod pager;
mod problems;
mod referrals;
mod seekers;
mod session;
mod vacancies;
mod visitor;

use askama::Template;
use axum::{
    Router,
    http::{StatusCode, header},
    middleware,
    response::{IntoResponse, Response},
    routing::{get, post},
};

use crate::AppState;

/// The cookie that remembers an anonymous visitor's language.
pub const LANG_COOKIE: &str = "forsa_lang";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/login", get(session::form).post(session::login))
        .route("/logout", post(session::logout))
        .route("/language", post(language::switch))
        .route("/static/{name}", get(assets::asset))
        .merge(admin::routes())
        .merge(employers::routes())
        .merge(vacancies::routes())
        .merge(referrals::routes())
        .merge(seekers::routes())
        .layer(middleware::from_fn(csrf::same_origin))
}

/// An HTML 404 for addresses outside the API.
pub async fn not_found() -> Response {
    error::error_page(StatusCode::NOT_FOUND, "error-not-found")
}

/// Renders a template; a template that fails to render is a 500, never a panic.
fn html(status: StatusCode, page: &impl Template) -> Response {
    match page.render() {
        Ok(body) => (
            status,
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                // Pages may hold personal data: never kept by shared caches.
                (header::CACHE_CONTROL, "no-store"),
            ],
            body,
        )
            .into_response(),
        Err(cause) => {
            tracing::error!(%cause, "template failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

/// The cookies pages set.
mod cookies {
    pub use crate::extract::session_cookie as session;

    /// A year: the language is a standing choice, not a secret.
    pub fn language(locale: forsa_domain::Locale) -> String {
        format!(
            "{}={}; HttpOnly; SameSite=Lax; Path=/; Max-Age=31536000",
            super::LANG_COOKIE,
            locale.as_str()
        )
    }
}
