//! Cross-site request forgery: a form that changes something must come from a page
//! of this site (`Site::is_same_origin`); a missing or foreign origin is refused.

use axum::{
    extract::{Request, State},
    http::{Method, StatusCode},
    middleware::Next,
    response::Response,
};

use super::error::error_page;
use crate::AppState;

pub async fn same_origin(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe || state.site.is_same_origin(request.headers(), request.uri()) {
        return next.run(request).await;
    }
    tracing::warn!(path = %request.uri().path(), "cross-origin form refused");
    error_page(StatusCode::FORBIDDEN, "error-cross-origin")
}
