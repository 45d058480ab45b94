//! What the employer, vacancy and referral pages share: the signed-in actor or a
//! sign-in redirect, the layout's fields, and the choices their forms offer in the
//! page's language.

use axum::{
    extract::FromRequestParts,
    http::request::Parts,
    response::{IntoResponse, Redirect, Response},
};
use forsa_service::Actor;

use super::{
    assets::stylesheet_href,
    error::signed_out,
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
