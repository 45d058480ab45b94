//! forsa's pages: server-rendered HTML from the templates in `web/templates`, with
//! every word from the catalogues in `web/i18n`, for staff and for the kiosk.
//! Handlers call the same `service` functions as the JSON API.
#![forbid(unsafe_code)]

mod admin;
mod assets;
#[cfg(test)]
mod catalogue_keys;
mod choices;
mod csp;
mod csrf;
mod downloads;
mod employers;
mod error;
mod follow_up_form;
mod follow_ups;
mod forms;
mod frame;
mod home;
mod imports;
mod key_figures;
mod kiosk;
mod language;
mod messages;
mod names;
mod pager;
mod problems;
mod record_id;
mod referrals;
mod reports;
mod seekers;
mod session;
mod vacancies;
mod visitor;

// The catalogues and labels, under the names the pages have always used.
use forsa_words::{dates, i18n, labels};

use std::sync::Arc;

use askama::Template;
use axum::{
    Router,
    extract::DefaultBodyLimit,
    http::{StatusCode, header},
    middleware,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use forsa_edge::Site;
use forsa_service::Service;

/// What every page handler can reach: cheap handles only.
#[derive(Clone)]
pub struct AppState {
    pub service: Service,
    pub site: Arc<Site>,
    pub kiosk: Arc<KioskSettings>,
    /// The imports running or done in this process.
    imports: Arc<imports::ImportJobs>,
}

/// Every page a browser opens with GET, as the routers register them (the
/// stylesheet and scripts under `/static` are not pages: they are weighed with the
/// pages that use them). The suites walk this list with every role; a unit test
/// below fails when a router gains a GET page that is missing here.
pub const PAGE_ROUTES: &[&str] = &[
    "/",
    "/login",
    "/centres",
    "/centres/{id}/edit",
    "/users",
    "/users/new",
    "/users/{id}/password",
    "/rules",
    "/audit",
    "/employers",
    "/employers/new",
    "/employers/{id}/edit",
    "/vacancies",
    "/vacancies/new",
    "/vacancies/{id}/edit",
    "/vacancies/{id}/close",
    "/vacancies/{id}/matches",
    "/referrals",
    "/reports",
    "/duplicates",
    "/imports",
    "/imports/{id}",
    "/seekers",
    "/seekers/new",
    "/seekers/{id}",
    "/seekers/{id}/edit",
    "/seekers/{id}/archive",
    "/seekers/{id}/transfer",
    "/seekers/{id}/data",
    "/seekers/{id}/access",
    "/seekers/{id}/erase",
    "/seekers/{id}/matches",
    "/seekers/{id}/permits/{permit}/revoke",
];

pub use csp::content_security_policy;
pub use kiosk::KioskSettings;

/// What an upload form sends besides its file: the fields and their boundaries.
const UPLOAD_FORM_BYTES: usize = 64 * 1024;

/// The cookie that remembers an anonymous visitor's language.
pub const LANG_COOKIE: &str = "forsa_lang";

/// Every page, the kiosk and the static files.
pub fn router(service: Service, site: Arc<Site>, kiosk: KioskSettings) -> Router {
    let state = AppState {
        service,
        site,
        kiosk: Arc::new(kiosk),
        imports: Arc::default(),
    };
    Router::new()
        .route("/", get(home::show))
        .route("/login", get(session::form).post(session::login))
        .route("/logout", post(session::logout))
        .route("/language", post(language::switch))
        .route("/static/{name}", get(assets::asset))
        .route(
            "/imports",
            get(imports::form)
                .post(imports::upload)
                .layer(DefaultBodyLimit::max(
                    forsa_sheets::MAX_BYTES + UPLOAD_FORM_BYTES,
                )),
        )
        .route("/imports/{id}", get(imports::job))
        .route("/reports", get(reports::show))
        .route("/imports/{id}/import", post(imports::import_checked))
        .merge(admin::routes())
        .merge(employers::routes())
        .merge(vacancies::routes())
        .merge(referrals::routes())
        .merge(follow_ups::routes())
        .merge(seekers::routes())
        .merge(kiosk::routes())
        .layer(middleware::from_fn_with_state(
            state.clone(),
            csrf::same_origin,
        ))
        .with_state(state)
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

/// The cookies pages set, besides the session cookie (`Site::session_cookie`).
mod cookies {
    /// A year: the language is a standing choice, not a secret.
    pub fn language(locale: forsa_domain::Locale) -> String {
        format!(
            "{}={}; HttpOnly; SameSite=Lax; Path=/; Max-Age=31536000",
            super::LANG_COOKIE,
            locale.as_str()
        )
    }
}

#[cfg(test)]
mod route_table {
    use std::{collections::BTreeSet, path::Path};

    /// The paths of `.route(...)` calls in the Rust source under `dir` that answer
    /// GET. The kiosk has its own budget and suite, so its folder is left out.
    fn get_routes(dir: &Path, found: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "kiosk") {
                    get_routes(&path, found);
                }
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for call in source.split(".route(").skip(1) {
                // The call's arguments: up to the parenthesis that closes it.
                let mut depth = 1;
                let end = call
                    .char_indices()
                    .find(|&(_, c)| {
                        depth += match c {
                            '(' => 1,
                            ')' => -1,
                            _ => 0,
                        };
                        depth == 0
                    })
                    .map_or(call.len(), |(i, _)| i);
                let arguments = &call[..end];
                let Some(route) = arguments.split('"').nth(1) else {
                    continue;
                };
                if arguments.contains("get(") && route != "/static/{name}" {
                    found.insert(route.to_owned());
                }
            }
        }
    }

    #[test]
    fn every_get_page_of_the_routers_is_in_the_table() {
        let mut found = BTreeSet::new();
        get_routes(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        let listed: BTreeSet<String> = super::PAGE_ROUTES.iter().map(|&r| r.to_owned()).collect();
        assert_eq!(found, listed, "PAGE_ROUTES and the page routers differ");
    }
}
