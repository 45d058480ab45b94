//! Who is asking: the token a request carries (a Bearer header from programs, the
//! session cookie from browsers) and the address it came from.

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{HeaderMap, Method, header, request::Parts},
};
use axum_extra::extract::CookieJar;
use forsa_service::{Actor, Service, ServiceError};

use crate::Site;

/// The cookie that carries a browser's token.
pub const SESSION_COOKIE: &str = "forsa_session";

/// A token, and how it came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// `Authorization: Bearer …`: sent by a program on purpose.
    Bearer(String),
    /// The session cookie: a browser sends it with every request to this site,
    /// whichever site's page made the request.
    Cookie(String),
}

impl Token {
    /// The Bearer header, else the session cookie.
    pub fn from_headers(headers: &HeaderMap) -> Option<Token> {
        let bearer = headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|token| !token.is_empty());
        match bearer {
            Some(token) => Some(Token::Bearer(token.to_owned())),
            None => Token::from_cookie(headers),
        }
    }

    /// The session cookie only: what a page visit carries.
    pub fn from_cookie(headers: &HeaderMap) -> Option<Token> {
        CookieJar::from_headers(headers)
            .get(SESSION_COOKIE)
            .map(|cookie| cookie.value().to_owned())
            .filter(|token| !token.is_empty())
            .map(Token::Cookie)
    }

    pub fn as_str(&self) -> &str {
        match self {
            Token::Bearer(token) | Token::Cookie(token) => token,
        }
    }
}

/// The signed-in actor a request names. A change carried by the session cookie alone
/// must come from a page of this site, as a form must: a browser attaches the cookie
/// to requests that other sites' pages make.
pub async fn actor(service: &Service, site: &Site, parts: &Parts) -> Result<Actor, ServiceError> {
    let token = Token::from_headers(&parts.headers).ok_or(ServiceError::Unauthenticated)?;
    let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    if matches!(token, Token::Cookie(_))
        && !safe
        && !site.is_same_origin(&parts.headers, &parts.uri)
    {
        return Err(ServiceError::Forbidden);
    }
    service.authenticate(token.as_str()).await
}

/// The client's address, for sign-in limits.
pub struct ClientAddr(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|info| info.0.ip()),
        ))
    }
}
