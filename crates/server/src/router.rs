//! The whole application's router: the JSON API under `/api/v1`, the pages and the
//! kiosk beside it, the health checks, and the middleware around all of them.

use std::{sync::Arc, time::Duration};

use axum::{
    Router,
    extract::{DefaultBodyLimit, Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use forsa_edge::{PublicOrigin, Site};
use forsa_service::{IndexStatus, Service};
use forsa_web::KioskSettings;
use tower_http::{
    compression::CompressionLayer, limit::RequestBodyLimitLayer,
    set_header::SetResponseHeaderLayer, timeout::TimeoutLayer, trace::TraceLayer,
};

/// The most a form or a JSON body may hold.
const FORM_BYTES: usize = 1024 * 1024;

/// The whole application's router, with the kiosk's defaults and no public origin.
pub fn router(service: Service) -> Router {
    router_with(service, KioskSettings::default(), None)
}

/// The whole application's router. `public_origin`, when given, is the only origin
/// whose forms the pages accept, and an https one marks the session cookie `Secure`.
pub fn router_with(
    service: Service,
    kiosk: KioskSettings,
    public_origin: Option<PublicOrigin>,
) -> Router {
    let site = Arc::new(Site::new(public_origin));
    let routes = Router::new()
        .nest("/api/v1", forsa_api::router(service.clone(), site.clone()))
        .merge(forsa_web::router(service.clone(), site, kiosk))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready).with_state(service))
        .fallback(not_found);
    with_security_headers(routes)
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(compress_only_public))
        // A form or a JSON body is read up to 1 MB (an extractor's limit); a route
        // that takes a spreadsheet allows itself more, and nothing more than that
        // is read from any request.
        .layer(DefaultBodyLimit::max(FORM_BYTES))
        .layer(RequestBodyLimitLayer::new(forsa_sheets::MAX_BYTES + FORM_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        // Spans carry the method and path only: never bodies, never query strings.
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
                tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
            }),
        )
}

/// The headers every answer carries. Answers that may be cached say so themselves
/// (static files, the kiosk's public parts); any other answer may hold personal data
/// and is `no-store`.
fn with_security_headers(routes: Router) -> Router {
    let policy = HeaderValue::from_str(&forsa_web::content_security_policy())
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"));
    routes
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            policy,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// Compression for what anyone may fetch: the kiosk, the static files and the public
/// API. Never for pages or API answers behind a sign-in: compressing a response that
/// holds a secret beside text an attacker can inject leaks the secret through the
/// response's size (BREACH). Dropping `Accept-Encoding` here keeps the compression
/// layer inside from compressing anything else.
async fn compress_only_public(mut request: Request, next: Next) -> Response {
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
async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        forsa_api::not_found()
    } else {
        forsa_web::not_found().await
    }
}

/// Ready when the database answers and the index is built; the body says how many
/// outbox rows the index is behind.
async fn ready(State(service): State<Service>) -> impl IntoResponse {
    if service.ready().await.is_err() {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "database unreachable".to_owned(),
        );
    }
    match service.index_status().await {
        Ok(IndexStatus::Following { lag }) => (StatusCode::OK, format!("ready; index lag {lag}")),
        Ok(IndexStatus::Building) => (StatusCode::SERVICE_UNAVAILABLE, "index building".to_owned()),
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "database unreachable".to_owned(),
        ),
    }
}
