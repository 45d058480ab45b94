//! The language switch: remembered on the user's record when signed in, and in a
//! cookie either way (so the sign-in page after signing out keeps it).

use axum::{
    Form,
    extract::State,
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::Locale;
use serde::Deserialize;

use super::{cookies, error::PageError, visitor::Visitor};
use crate::AppState;

#[derive(Deserialize)]
pub struct Switch {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

pub async fn switch(
    State(state): State<AppState>,
    visitor: Visitor,
    Form(input): Form<Switch>,
) -> Result<Response, PageError> {
    let locale = Locale::parse(&input.lang).unwrap_or(visitor.tr.other().locale());
    if let Some((actor, _)) = &visitor.signed_in {
        state.service.set_locale(actor, locale).await?;
    }
    Ok((
        [(header::SET_COOKIE, cookies::language(locale))],
        Redirect::to(local_path(&input.back)),
    )
        .into_response())
}

/// Back where the switch was pressed, but only to a path on this site made of the
/// characters an address carries percent-encoded: never an open redirect (`//host`,
/// `/\\host`, or a tab or line break that a browser drops to make `//host` of it),
/// never a header that cannot be sent.
fn local_path(back: &str) -> &str {
    let safe = |c: char| c.is_ascii_alphanumeric() || "/-._~%!$&'()*+,;=:@?".contains(c);
    let local = back.starts_with('/') && !back.starts_with("//") && back.chars().all(safe);
    if local { back } else { "/" }
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn the_switch_only_returns_to_this_server() {
        assert_eq!(local_path("/login"), "/login");
        assert_eq!(local_path("/"), "/");
        assert_eq!(local_path("//evil.test/x"), "/");
        assert_eq!(local_path("/\\evil.test"), "/");
        assert_eq!(local_path("https://evil.test/"), "/");
        assert_eq!(local_path(""), "/");
        assert_eq!(
            local_path("/seekers?q=%D8%A3&page=2"),
            "/seekers?q=%D8%A3&page=2"
        );
        for bad in [
            "/\t/evil.example",
            "/\r\nSet-Cookie:x",
            "/\0",
            "/\u{7f}",
            "/ x",
            "/أ",
        ] {
            assert_eq!(local_path(bad), "/", "{bad:?}");
        }
    }
}
