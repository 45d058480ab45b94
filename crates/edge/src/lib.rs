//! What the JSON API (`forsa-api`) and the pages (`forsa-web`) truly share, and
//! nothing else: the session cookie a browser carries, how a request says who is
//! asking, and which origin is this site's (for cookies marked `Secure` and for
//! refusing writes sent from other sites).
#![forbid(unsafe_code)]

mod origin;
mod session;

pub use origin::PublicOrigin;
pub use session::{ClientAddr, SESSION_COOKIE, Token, actor};

use axum::http::{HeaderMap, Uri};

/// Where browsers reach this forsa: what the configured public origin decides at
/// the edge. Cheap to share; built once at start.
#[derive(Debug, Clone, Default)]
pub struct Site {
    public_origin: Option<PublicOrigin>,
}

impl Site {
    pub fn new(public_origin: Option<PublicOrigin>) -> Self {
        Self { public_origin }
    }

    /// `FORSA_PUBLIC_ORIGIN`, when configured.
    pub fn public_origin(&self) -> Option<&PublicOrigin> {
        self.public_origin.as_ref()
    }

    /// The `Set-Cookie` value that carries a token to a browser. `Secure` whenever
    /// browsers reach forsa over https, so the token never travels in clear.
    pub fn session_cookie(&self, token: &str, max_age_secs: i64) -> String {
        // A JWT is base64url with dots: safe in a cookie value as it is.
        let secure = if self
            .public_origin
            .as_ref()
            .is_some_and(PublicOrigin::is_https)
        {
            "; Secure"
        } else {
            ""
        };
        format!(
            "{SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age_secs}{secure}"
        )
    }

    /// The `Set-Cookie` value that removes the session cookie.
    pub fn ended_session_cookie(&self) -> String {
        self.session_cookie("", 0)
    }

    /// Whether a request that changes something was sent by a page of this site: its
    /// `Origin` (or, without one, its `Referer`) is the configured public origin, or,
    /// when none is configured, the host the request was sent to.
    pub fn is_same_origin(&self, headers: &HeaderMap, uri: &Uri) -> bool {
        match &self.public_origin {
            Some(public) => origin::from_public_origin(headers, public),
            None => origin::from_this_server(headers, uri),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_secure_behind_https_only() {
        let plain = Site::default().session_cookie("t", 60);
        assert_eq!(
            plain,
            "forsa_session=t; HttpOnly; SameSite=Strict; Path=/; Max-Age=60"
        );
        let http = Site::new(PublicOrigin::parse("http://jobs.example.org").ok());
        assert!(!http.session_cookie("t", 60).contains("Secure"));
        let https = Site::new(PublicOrigin::parse("https://jobs.example.org").ok());
        assert!(https.session_cookie("t", 60).ends_with("; Secure"));
        assert!(https.ended_session_cookie().contains("Max-Age=0; Secure"));
    }
}
