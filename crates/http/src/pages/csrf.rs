//! Cross-site request forgery: a form that changes something must come from a page
//! of this server. Browsers send `Origin` with every POST (and `Referer` when a
//! privacy setting withholds it); a missing or foreign one is refused.

use axum::{
    extract::Request,
    http::{HeaderMap, Method, StatusCode, Uri, header},
    middleware::Next,
    response::Response,
};

use super::error::error_page;

pub async fn same_origin(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe || from_this_server(request.headers(), request.uri()) {
        return next.run(request).await;
    }
    tracing::warn!(path = %request.uri().path(), "cross-origin form refused");
    error_page(StatusCode::FORBIDDEN, "error-cross-origin")
}

/// Whether the `Origin` (or, when there is none, the `Referer`) names this server:
/// the same host and port that the request was sent to.
pub fn from_this_server(headers: &HeaderMap, uri: &Uri) -> bool {
    let Some(own) = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .or_else(|| uri.authority().map(|a| a.as_str()))
    else {
        return false;
    };
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<Uri>().ok());
    source
        .as_ref()
        .and_then(Uri::authority)
        .is_some_and(|authority| authority.as_str().eq_ignore_ascii_case(own))
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

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
