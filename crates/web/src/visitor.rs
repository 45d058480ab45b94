//! Who is looking at a page, in which language, and the shell around every page.

use axum::{
    extract::{FromRequestParts, OriginalUri},
    http::{Method, header, request::Parts},
};
use axum_extra::extract::CookieJar;
use forsa_domain::{Locale, Role, organisation::User};
use forsa_edge::Token;
use forsa_service::{Actor, ServiceError};

use super::{
    LANG_COOKIE,
    error::PageError,
    i18n::{DEFAULT_ZONE, Tr},
    labels::Labelled,
};
use crate::AppState;

/// A browser's visit: signed in or not, and the language to answer in.
pub struct Visitor {
    pub signed_in: Option<(Actor, User)>,
    /// A session cookie came but was refused: expired, signed out elsewhere, disabled.
    pub session_ended: bool,
    pub tr: Tr,
    /// The path asked for, without its query.
    pub path: String,
    /// Where the language switch comes back to: the address asked for, or, after a
    /// form was posted, the form's own page (the POST's address may take no GET).
    pub back: String,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let uri = parts
            .extensions
            .get::<OriginalUri>()
            .map_or_else(|| parts.uri.clone(), |original| original.0.clone());
        let path = uri.path().to_owned();
        let back = if parts.method == Method::GET || parts.method == Method::HEAD {
            uri.path_and_query()
                .map_or_else(|| path.clone(), |p| p.as_str().to_owned())
        } else {
            form_page(&path)
        };
        let mut session_ended = false;
        let mut signed_in = None;
        let mut zone = DEFAULT_ZONE;
        if let Some(token) = Token::from_cookie(&parts.headers) {
            match state.service.signed_in_user(token.as_str()).await {
                Ok(found) => {
                    zone = found.time_zone.tz();
                    signed_in = Some((found.actor, found.user));
                }
                Err(ServiceError::Unauthenticated) => session_ended = true,
                Err(other) => return Err(other.into()),
            }
        }
        let locale = match &signed_in {
            Some((_, user)) => user.locale,
            None => jar
                .get(LANG_COOKIE)
                .and_then(|c| Locale::parse(c.value()).ok())
                .or_else(|| preferred(&parts.headers))
                .unwrap_or(Locale::Ar),
        };
        Ok(Visitor {
            signed_in,
            session_ended,
            tr: Tr::new(locale).in_zone(zone),
            path,
            back,
        })
    }
}

/// The page that holds the form posted to `path`: where a reader who switches language
/// after a refused post should land. Addresses not listed answer GET themselves
/// (`/login`, `/centres`, `/seekers/{id}/edit`, `/seekers/{id}/matches`,
/// `/vacancies/{id}/close`, `/users/{id}/password`, `/seekers/{id}/archive`).
fn form_page(path: &str) -> String {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        [section @ ("seekers" | "vacancies" | "employers" | "users")] => format!("/{section}/new"),
        [section @ ("vacancies" | "employers"), id] => format!("/{section}/{id}/edit"),
        ["employers", id, "verify"] => format!("/employers/{id}/edit"),
        ["seekers", id, "permits" | "consents", ..] => format!("/seekers/{id}"),
        ["users", _, "disabled"] => "/users".to_owned(),
        ["rules", ..] => "/rules".to_owned(),
        ["referrals", ..] => "/referrals".to_owned(),
        ["language" | "logout"] => "/".to_owned(),
        _ => path.to_owned(),
    }
}

/// The first of Arabic or English in Accept-Language, in the browser's order.
fn preferred(headers: &axum::http::HeaderMap) -> Option<Locale> {
    Tr::preferred(headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?)
}

/// A link in the navigation; `key` names its label in the catalogue.
pub struct NavItem {
    pub key: &'static str,
    pub href: &'static str,
    pub current: bool,
}

/// What the layout shows around a page: the user's name and role, the navigation
/// for their role, and where the language switch returns to.
pub struct Shell {
    pub user_name: Option<String>,
    pub role_key: String,
    pub nav: Vec<NavItem>,
    pub path: String,
}

impl Shell {
    /// The navigation a role needs. The pages behind the links come with the rest of
    /// issue 4; the home page is the only one so far.
    pub fn for_visitor(visitor: &Visitor) -> Shell {
        let Some((actor, user)) = &visitor.signed_in else {
            return Shell {
                user_name: None,
                role_key: String::new(),
                nav: Vec::new(),
                path: visitor.back.clone(),
            };
        };
        let links: &[(&'static str, &'static str)] = match actor.role() {
            Role::Admin => &[
                ("nav-home", "/"),
                ("nav-seekers", "/seekers"),
                ("nav-duplicates", "/duplicates"),
                ("nav-centres", "/centres"),
                ("nav-users", "/users"),
                ("nav-rules", "/rules"),
                ("nav-reports", "/reports"),
                ("nav-audit", "/audit"),
            ],
            Role::Caseworker => &[
                ("nav-home", "/"),
                ("nav-seekers", "/seekers"),
                ("nav-duplicates", "/duplicates"),
                ("nav-employers", "/employers"),
                ("nav-vacancies", "/vacancies"),
                ("nav-referrals", "/referrals"),
                ("nav-reports", "/reports"),
            ],
            Role::Employer => &[
                ("nav-home", "/"),
                ("nav-my-vacancies", "/vacancies"),
                ("nav-my-referrals", "/referrals"),
            ],
        };
        Shell {
            user_name: Some(user.name.clone()),
            role_key: actor.role().key(),
            nav: links
                .iter()
                .map(|&(key, href)| NavItem {
                    key,
                    href,
                    current: href == visitor.path,
                })
                .collect(),
            path: visitor.back.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::form_page;

    #[test]
    fn a_posted_form_comes_back_to_its_own_page() {
        let id = "0193c0de-0000-7000-8000-000000000001";
        let cases = [
            ("/seekers".to_owned(), "/seekers/new".to_owned()),
            (format!("/seekers/{id}/edit"), format!("/seekers/{id}/edit")),
            (
                format!("/seekers/{id}/permits/{id}"),
                format!("/seekers/{id}"),
            ),
            (
                format!("/seekers/{id}/consents/{id}/withdraw"),
                format!("/seekers/{id}"),
            ),
            ("/vacancies".to_owned(), "/vacancies/new".to_owned()),
            (format!("/vacancies/{id}"), format!("/vacancies/{id}/edit")),
            (
                format!("/vacancies/{id}/close"),
                format!("/vacancies/{id}/close"),
            ),
            (
                format!("/employers/{id}/verify"),
                format!("/employers/{id}/edit"),
            ),
            (format!("/users/{id}/disabled"), "/users".to_owned()),
            ("/rules/minimum-wage".to_owned(), "/rules".to_owned()),
            (format!("/referrals/{id}/stage"), "/referrals".to_owned()),
            ("/login".to_owned(), "/login".to_owned()),
        ];
        for (posted, page) in cases {
            assert_eq!(form_page(&posted), page, "{posted}");
        }
    }
}
