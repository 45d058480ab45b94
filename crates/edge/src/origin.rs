//! Which origin is this site's. A write must come from a page of this site:
//! browsers send `Origin` with every POST (and `Referer` when a privacy setting
//! withholds it); a missing or foreign one is refused.
//!
//! The configured public origin (`FORSA_PUBLIC_ORIGIN`) when there is one, and only
//! that; otherwise the `Host` the request was sent to. Behind a proxy that rewrites
//! `Host`, or one that passes a client's `Host` through, only the configured origin
//! is a safe answer.

use axum::http::{HeaderMap, Uri, header};

/// The address browsers reach forsa at (`https://jobs.example.org`): scheme, host and
/// port, lowercased, with the scheme's default port left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicOrigin(String);

impl PublicOrigin {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let problem = || format!("{raw:?} is not an origin such as https://jobs.example.org");
        let uri: Uri = raw.trim().parse().map_err(|_| problem())?;
        // An origin has no path: `https://jobs.example.org/app` is a mistake.
        if uri.path_and_query().is_some_and(|p| p.as_str() != "/") {
            return Err(problem());
        }
        origin_of(&uri).map(PublicOrigin).ok_or_else(problem)
    }

    /// `scheme://host[:port]`, without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_https(&self) -> bool {
        self.0.starts_with("https://")
    }
}

/// `scheme://host[:port]` of an absolute http(s) address, normalised.
fn origin_of(uri: &Uri) -> Option<String> {
    let scheme = uri.scheme_str()?.to_ascii_lowercase();
    let default = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ => return None,
    };
    let host = uri.host()?.to_ascii_lowercase();
    if host.is_empty() {
        return None;
    }
    Some(match uri.port_u16() {
        Some(port) if port != default => format!("{scheme}://{host}:{port}"),
        _ => format!("{scheme}://{host}"),
    })
}

/// The `Origin`, or the `Referer` when there is none, as sent.
fn source(headers: &HeaderMap) -> Option<Uri> {
    headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<Uri>().ok())
}

/// Whether the form came from a page at the configured public origin: scheme, host
/// and port alike. The `Host` header plays no part.
pub(crate) fn from_public_origin(headers: &HeaderMap, public: &PublicOrigin) -> bool {
    source(headers)
        .as_ref()
        .and_then(origin_of)
        .is_some_and(|origin| origin == public.0)
}

/// Whether the `Origin` (or, when there is none, the `Referer`) names this server:
/// the same host and port that the request was sent to.
pub(crate) fn from_this_server(headers: &HeaderMap, uri: &Uri) -> bool {
    let Some(own) = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .or_else(|| uri.authority().map(|a| a.as_str()))
    else {
        return false;
    };
    source(headers)
        .as_ref()
        .and_then(Uri::authority)
        .is_some_and(|authority| authority.as_str().eq_ignore_ascii_case(own))
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    #[test]
    fn a_configured_origin_is_the_only_one_accepted() {
        let public = PublicOrigin::parse("https://Jobs.Example.org:443").expect("origin");
        assert_eq!(
            public,
            PublicOrigin::parse("https://jobs.example.org/").expect("origin")
        );
        let cases = [
            (vec![(header::ORIGIN, "https://jobs.example.org")], true),
            (
                vec![(header::REFERER, "https://jobs.example.org/seekers/new")],
                true,
            ),
            // The Host the proxy passed on does not matter, either way.
            (
                vec![
                    (header::HOST, "evil.test"),
                    (header::ORIGIN, "http://evil.test"),
                ],
                false,
            ),
            (
                vec![
                    (header::HOST, "jobs.example.org"),
                    (header::ORIGIN, "http://jobs.example.org"),
                ],
                false,
            ),
            (
                vec![(header::ORIGIN, "https://jobs.example.org:8443")],
                false,
            ),
            (vec![(header::ORIGIN, "null")], false),
            (vec![], false),
        ];
        for (pairs, expected) in cases {
            assert_eq!(
                from_public_origin(&headers(&pairs), &public),
                expected,
                "{pairs:?}"
            );
        }
        for bad in [
            "jobs.example.org",
            "ftp://jobs.example.org",
            "https://jobs.example.org/app",
            "",
        ] {
            assert!(PublicOrigin::parse(bad).is_err(), "{bad}");
        }
    }

    fn headers(pairs: &[(header::HeaderName, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(name.clone(), HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn only_this_servers_own_pages_may_post() {
        let uri: Uri = "/login".parse().expect("uri");
        let own = (header::HOST, "forsa.test:8080");
        let cases = [
            (
                vec![own.clone(), (header::ORIGIN, "http://forsa.test:8080")],
                true,
            ),
            (
                vec![own.clone(), (header::ORIGIN, "https://FORSA.test:8080")],
                true,
            ),
            (
                vec![
                    own.clone(),
                    (header::REFERER, "http://forsa.test:8080/login?x=1"),
                ],
                true,
            ),
            (
                vec![own.clone(), (header::ORIGIN, "http://evil.test")],
                false,
            ),
            (
                vec![own.clone(), (header::ORIGIN, "http://forsa.test:9090")],
                false,
            ),
            (vec![own.clone(), (header::ORIGIN, "null")], false),
            // A foreign Origin is not excused by a matching Referer.
            (
                vec![
                    own.clone(),
                    (header::ORIGIN, "http://evil.test"),
                    (header::REFERER, "http://forsa.test:8080/"),
                ],
                false,
            ),
            (vec![own.clone()], false),
            (vec![(header::ORIGIN, "http://forsa.test:8080")], false),
        ];
        for (pairs, expected) in cases {
            assert_eq!(
                from_this_server(&headers(&pairs), &uri),
                expected,
                "{pairs:?}"
            );
        }
    }
}
