//! The stylesheet and the occupation picker's script, compiled into the binary and
//! cached by browsers for a year: each address carries a hash of its content, so a
//! new build gets a new address.

use std::sync::LazyLock;

use axum::{
    extract::Path,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

use super::error::error_page;

const STYLESHEET: &str = include_str!("../../../../web/static/forsa.css");
/// The occupation picker's few lines: completes an `<input list>` as one types.
const OCCUPATIONS_JS: &str = include_str!("../../../../web/static/occupations.js");

/// FNV-1a of the content: enough to tell two builds' files apart.
fn fingerprint(content: &str) -> String {
    let hash = content
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{hash:016x}")
}

static VERSION: LazyLock<String> = LazyLock::new(|| fingerprint(STYLESHEET));
static OCCUPATIONS_VERSION: LazyLock<String> = LazyLock::new(|| fingerprint(OCCUPATIONS_JS));

/// The stylesheet's address, for the layout's `<link>`.
pub fn stylesheet_href() -> String {
    format!("/static/forsa.css?v={}", *VERSION)
}

/// The occupation picker's address, for the vacancy form's `<script>`.
pub fn occupations_script_href() -> String {
    format!("/static/occupations.js?v={}", *OCCUPATIONS_VERSION)
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
        "occupations.js" => (
            [
                (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            OCCUPATIONS_JS,
        )
            .into_response(),
        _ => error_page(StatusCode::NOT_FOUND, "error-not-found"),
    }
}
