//! The stylesheet and the pages' small scripts, compiled into the binary and cached
//! by browsers for a year: each address carries a hash of its content, so a new
//! build gets a new address.

use std::sync::LazyLock;

use axum::{
    extract::Path,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

use super::error::error_page;

const STYLESHEET: &str = include_str!("../../../../web/static/forsa.css");
/// The seeker form's occupation picker.
const SEEKERS_SCRIPT: &str = include_str!("../../../../web/static/seekers.js");

/// FNV-1a of the content: enough to tell two builds' files apart.
fn version(content: &str) -> String {
    let hash = content
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{hash:016x}")
}

static VERSION: LazyLock<String> = LazyLock::new(|| version(STYLESHEET));
static SEEKERS_VERSION: LazyLock<String> = LazyLock::new(|| version(SEEKERS_SCRIPT));

/// The stylesheet's address, for the layout's `<link>`.
pub fn stylesheet_href() -> String {
    format!("/static/forsa.css?v={}", *VERSION)
}

/// The seeker form script's address.
pub fn script_href() -> String {
    format!("/static/seekers.js?v={}", *SEEKERS_VERSION)
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
        "seekers.js" => (
            [
                (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            SEEKERS_SCRIPT,
        )
            .into_response(),
        _ => error_page(StatusCode::NOT_FOUND, "error-not-found"),
    }
}
