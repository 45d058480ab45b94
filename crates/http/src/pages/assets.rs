//! The stylesheet, compiled into the binary and cached by browsers for a year: its
//! address carries a hash of its content, so a new build gets a new address.

use std::sync::LazyLock;

use axum::{
    extract::Path,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

use super::error::error_page;

const STYLESHEET: &str = include_str!("../../../../web/static/forsa.css");

/// FNV-1a of the content: enough to tell two builds' stylesheets apart.
static VERSION: LazyLock<String> = LazyLock::new(|| {
    let hash = STYLESHEET
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{hash:016x}")
});

/// The stylesheet's address, for the layout's `<link>`.
pub fn stylesheet_href() -> String {
    format!("/static/forsa.css?v={}", *VERSION)
}

pub async fn asset(Path(name): Path<String>) -> Response {
    match name.as_str() {
        "forsa.css" => (
            [
                (header::CONTENT_TYPE, "text/css; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            STYLESHEET,
        )
            .into_response(),
        _ => error_page(StatusCode::NOT_FOUND, "error-not-found"),
    }
}
