//! forsa's HTTP edge: the JSON API under `/api/v1`, health checks, and the web
//! pages. Handlers parse, call `service`, and render; errors become statuses here.
#![forbid(unsafe_code)]

mod api;
mod error;
mod extract;
mod pages;

use std::{sync::Arc, time::Duration};

use axum::{
    Router,
    extract::Request,
    http::{StatusCode, header},
    middleware::{self, Next},
    response::IntoResponse,
    routing::get,
};
use forsa_service::Service;
use tower_http::{
    compression::CompressionLayer, limit::RequestBodyLimitLayer, timeout::TimeoutLayer,
    trace::TraceLayer,
};

pub use api::ROUTES;
pub use error::ApiError;
pub use extract::SESSION_COOKIE;
pub use pages::KioskSettings;
pub use pages::PAGE_ROUTES;
pub use pages::PublicOrigin;

/// What every handler can reach: cheap handles only.
#[derive(Clone)]
pub struct AppState {
    pub service: Service,
    pub kiosk: Arc<KioskSettings>,
}

/// The whole application's router, with the kiosk's defaults.
pub fn router(service: Service) -> Router {
    router_with(service, KioskSettings::default(), None)
}

/// The whole application's router. `public_origin`, when given, is the only origin
/// whose forms the pages accept.
pub fn router_with(
    service: Service,
    kiosk: KioskSettings,
    public_origin: Option<PublicOrigin>,
) -> Router {
    let state = AppState {
        service,
        kiosk: Arc::new(kiosk),
    };
    Router::new()
        .nest("/api/v1", api::router())
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .merge(pages::router())
        .fallback(not_found)
        .with_state(state)
        .layer(axum::Extension(public_origin))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(compress_only_public))
        .layer(RequestBodyLimitLayer::new(1024 * 1024))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        // Spans carry the method and path only: never bodies, never query strings.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
        }))
}

/// Compression for what anyone may fetch: the kiosk, the static files and the public
/// API. Never for pages or API answers behind a sign-in: compressing a response that
/// holds a secret beside text an attacker can inject leaks the secret through the
/// response's size (BREACH). Dropping `Accept-Encoding` here keeps the compression
/// layer inside from compressing anything else.
async fn compress_only_public(mut request: Request, next: Next) -> axum::response::Response {
    let path = request.uri().path();
    let public = path == "/kiosk"
        || path.starts_with("/kiosk/")
        || path == "/kiosk-sw.js"
        || path.starts_with("/static/")
        || path.starts_with("/api/v1/public/");
    if !public {
        request.headers_mut().remove(header::ACCEPT_ENCODING);
    }
    next.run(request).await
}

/// An unknown address: JSON under the API, an HTML page elsewhere.
async fn not_found(uri: axum::http::Uri) -> axum::response::Response {
    if uri.path().starts_with("/api/") {
        ApiError::not_found_route().into_response()
    } else {
        pages::not_found().await
    }
}

/// Ready when the database answers and the index is built; the body says how many
/// outbox rows the index is behind.
async fn ready(axum::extract::State(state): axum::extract::State<AppState>) -> impl IntoResponse {
    if state.service.ready().await.is_err() {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "database unreachable".to_owned(),
        );
    }
    match state.service.index_status().await {
        Ok(forsa_service::IndexStatus::Following { lag }) => {
            (StatusCode::OK, format!("ready; index lag {lag}"))
        }
        Ok(forsa_service::IndexStatus::Building) => {
            (StatusCode::SERVICE_UNAVAILABLE, "index building".to_owned())
        }
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "database unreachable".to_owned(),
        ),
    }
}
