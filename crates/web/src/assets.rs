//! The staff pages' stylesheet, the scripts (the staff pages' and the kiosk's) and the
//! Arabic typeface, compiled into the binary and
//! cached by browsers for a year: each address carries a hash of its content, so a
//! new build gets a new address.

use std::sync::LazyLock;

use axum::{
    extract::Path,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

use super::error::error_page;

const STYLESHEET_SOURCE: &str = include_str!("../../../web/static/forsa.css");
/// The Arabic typeface, regular and bold (Noto Sans Arabic cut to the Arabic block,
/// web/static/fonts/subset.sh), so that a bare Linux desk or kiosk does not draw
/// Arabic in whatever font it happens to have.
const ARABIC_400: &[u8] = include_bytes!("../../../web/static/fonts/noto-sans-arabic-400.woff2");
const ARABIC_700: &[u8] = include_bytes!("../../../web/static/fonts/noto-sans-arabic-700.woff2");
const FONTS: [(&str, &[u8]); 2] = [
    ("noto-sans-arabic-400.woff2", ARABIC_400),
    ("noto-sans-arabic-700.woff2", ARABIC_700),
];
/// The occupation picker's few lines: completes an `<input list>` as one types.
const OCCUPATIONS_JS: &str = include_str!("../../../web/static/occupations.js");
/// The kiosk's own script (its stylesheet is inlined in its page, see kiosk/shell.rs):
/// it loads nothing of the staff pages'.
const KIOSK_JS: &str = include_str!("../../../web/static/kiosk.js");

/// FNV-1a of the content: enough to tell two builds' files apart.
pub(super) fn fingerprint(content: &str) -> String {
    fingerprint_bytes(content.as_bytes())
}

fn fingerprint_bytes(content: &[u8]) -> String {
    let hash = content
        .iter()
        .copied()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{hash:016x}")
}

/// A stylesheet's text with each font's address carrying the font's hash, so that
/// a new cut of a font is fetched again though fonts are cached for a year.
pub(crate) fn with_font_versions(css: &str) -> String {
    FONTS.iter().fold(css.to_owned(), |css, (name, bytes)| {
        css.replace(
            &format!("/static/{name})"),
            &format!("/static/{name}?v={})", fingerprint_bytes(bytes)),
        )
    })
}

static STYLESHEET: LazyLock<String> = LazyLock::new(|| with_font_versions(STYLESHEET_SOURCE));
static VERSION: LazyLock<String> = LazyLock::new(|| fingerprint(&STYLESHEET));
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
const WOFF2: &str = "font/woff2";

pub async fn asset(Path(name): Path<String>) -> Response {
    let (content_type, body): (&str, &[u8]) = match name.as_str() {
        "forsa.css" => (CSS, STYLESHEET.as_bytes()),
        "occupations.js" => (JS, OCCUPATIONS_JS.as_bytes()),
        "kiosk.js" => (JS, KIOSK_JS.as_bytes()),
        other => match FONTS.iter().find(|(font, _)| *font == other) {
            Some((_, bytes)) => (WOFF2, bytes),
            None => return error_page(StatusCode::NOT_FOUND, "error-not-found"),
        },
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
