//! What the employer, vacancy and referral pages share: the signed-in actor or a
//! sign-in redirect, the layout's fields, and the choices their forms offer in the
//! page's language.

use std::str::FromStr;

use axum::{
    extract::FromRequestParts,
    http::request::Parts,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::Locale;
use forsa_service::{Actor, Location, Sector, ServiceError};

use super::{
    assets::stylesheet_href,
    error::{PageError, signed_out},
    i18n::Tr,
    visitor::{Shell, Visitor},
};
use crate::AppState;

/// A signed-in visit: the actor and the visitor. A stranger is sent to sign in.
pub struct SignedIn {
    pub actor: Actor,
    pub visitor: Visitor,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let visitor = Visitor::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match &visitor.signed_in {
            Some((actor, _)) => Ok(SignedIn {
                actor: *actor,
                visitor,
            }),
            None if visitor.session_ended => Err(signed_out()),
            None => Err(Redirect::to("/login").into_response()),
        }
    }
}

/// An id from the address; one that cannot be an id is a record that is not there.
pub fn id<T: FromStr>(raw: &str) -> Result<T, PageError> {
    raw.parse().map_err(|_| ServiceError::NotFound.into())
}

/// The fields the layout reads, built once per page.
pub struct Frame {
    pub t: Tr,
    pub shell: Shell,
    pub css: String,
    pub title: String,
}

impl Frame {
    pub fn new(visitor: &Visitor, title_key: &str) -> Self {
        let mut shell = Shell::for_visitor(visitor);
        // A page below a section (`/vacancies/…/edit`) marks the section current.
        if !shell.nav.iter().any(|item| item.current) {
            for item in &mut shell.nav {
                item.current = item.href != "/" && visitor.path.starts_with(item.href);
            }
        }
        Frame {
            t: visitor.tr,
            shell,
            css: stylesheet_href(),
            title: visitor.tr.text(title_key),
        }
    }
}

/// One choice of a `<select>`: its value, its label, and whether it is chosen.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    pub fn list(options: impl IntoIterator<Item = (String, String)>, chosen: &str) -> Vec<Choice> {
        options
            .into_iter()
            .map(|(value, label)| Choice {
                selected: value == chosen,
                value,
                label,
            })
            .collect()
    }
}

/// The sectors, named in the page's language.
pub fn sector_choices(sectors: Vec<Sector>, tr: Tr, chosen: &str) -> Vec<Choice> {
    Choice::list(
        sectors.into_iter().map(|s| {
            let name = match tr.locale() {
                Locale::Ar => s.name_ar,
                Locale::En => s.name_en,
            };
            (s.code, name)
        }),
        chosen,
    )
}

/// The places, named in the page's language.
pub fn location_choices(locations: Vec<Location>, tr: Tr, chosen: &str) -> Vec<Choice> {
    Choice::list(
        locations.into_iter().map(|l| {
            let name = match tr.locale() {
                Locale::Ar => l.name_ar,
                Locale::En => l.name_en,
            };
            (l.code, name)
        }),
        chosen,
    )
}

/// A checkbox's value in a posted form: present means ticked.
pub fn ticked(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| !v.is_empty())
}

/// Lets a page's template read the layout's fields (`t`, `shell`, `css`, `title`)
/// from the page's `frame`.
macro_rules! framed {
    ($($page:ty),+ $(,)?) => {$(
        impl std::ops::Deref for $page {
            type Target = $crate::frame::Frame;

            fn deref(&self) -> &Self::Target {
                &self.frame
            }
        }
    )+};
}
pub(crate) use framed;
