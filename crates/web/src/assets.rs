//! The staff pages' stylesheet and the scripts (the staff pages' and the kiosk's), compiled into the binary and
//! cached by browsers for a year: each address carries a hash of its content, so a
//! new build gets a new address.

use std::sync::LazyLock;

use axum::{
    extract::Path,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

use super::error::error_page;

const STYLESHEET: &str = include_str!("../../../web/static/forsa.css");
/// The occupation picker's few lines: completes an `<input list>` as one types.
const OCCUPATIONS_JS: &str = include_str!("../../../web/static/occupations.js");
/// The kiosk's own script (its stylesheet is inlined in its page, see kiosk/shell.rs):
/// it loads nothing of the staff pages'.
const KIOSK_JS: &str = include_str!("../../../web/static/kiosk.js");

/// FNV-1a of the content: enough to tell two builds' files apart.
pub(super) fn fingerprint(content: &str) -> String {
    let hash = content
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{hash:016x}")
}

static VERSION: LazyLock<String> = LazyLock::new(|| fingerprint(STYLESHEET));
static OCCUPATIONS_VERSION: LazyLock<String> = LazyLock::new(|| fingerprint(OCCUPATIONS_JS));
static KIOSK_JS_VERSION: LazyLock<String> = LazyLock::new(|| fingerprint(KIOSK_JS));

/// The stylesheet's address, for the layout's `<link>`.
pub fn stylesheet_href() -> String {
    format!("/static/forsa.css?v={}", *VERSION)
}

/// The occupation picker's address, for the vacancy form's `<script>`.
pub fn occupations_script_href() -> String {
    format!("/static/occupations.js?v={}", *OCCUPATIONS_VERSION)
}

/// The kiosk's script address.
pub fn kiosk_script_href() -> String {
    format!("/static/kiosk.js?v={}", *KIOSK_JS_VERSION)
}

const CSS: &str = "text/css; charset=utf-8";
const JS: &str = "text/javascript; charset=utf-8";

pub async fn asset(Path(name): Path<String>) -> Response {
    let (content_type, body) = match name.as_str() {
        "forsa.css" => (CSS, STYLESHEET),
        "occupations.js" => (JS, OCCUPATIONS_JS),
        "kiosk.js" => (JS, KIOSK_JS),
        _ => return error_page(StatusCode::NOT_FOUND, "error-not-found"),
    };
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        body,
    )
        .into_response()
}
