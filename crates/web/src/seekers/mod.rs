//! The caseworker's seeker pages: the list, registration and editing, the profile
//! with its permits and consents, and the seeker's matches with a "refer" action.
//! Who may see a seeker is decided by the service (an employer is refused there).

mod edit;
mod form;
mod list;
mod matches;
mod permits;
mod profile;

use axum::{
    Router,
    extract::{FromRequestParts, RawPathParams},
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use forsa_domain::SeekerId;
use forsa_service::Actor;

use super::{
    error::{PageError, error_page},
    frame::{Frame, SignedIn},
    i18n::Tr,
    record_id::first_id,
    visitor::Visitor,
};
use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/seekers", get(list::show).post(form::register))
        .route("/seekers/new", get(form::blank))
        .route("/seekers/{id}", get(profile::show))
        .route("/seekers/{id}/edit", get(form::edit).post(form::update))
        .route(
            "/seekers/{id}/archive",
            get(profile::confirm_archive).post(profile::archive),
        )
        .route("/seekers/{id}/permits", post(permits::add))
        .route("/seekers/{id}/permits/{permit}", post(permits::change))
        .route("/seekers/{id}/consents", post(permits::grant))
        .route(
            "/seekers/{id}/consents/{consent}/withdraw",
            post(permits::withdraw),
        )
        .route(
            "/seekers/{id}/matches",
            get(matches::show).post(matches::refer),
        )
}

pub type PageResult = Result<Response, PageError>;

/// A page about one seeker (`/seekers/{id}/…`): who asks, in which words, and about
/// whom. A stranger is sent to sign in; an address that holds no id is a 404.
pub struct SeekerVisit {
    actor: Actor,
    visitor: Visitor,
    id: SeekerId,
}

impl SeekerVisit {
    /// The actor and the seeker's id, for an action that answers with a redirect.
    pub fn target(&self) -> (Actor, SeekerId) {
        (self.actor, self.id)
    }

    /// The actor, the seeker's id and the page's frame titled by `title_key`.
    pub fn parts(self, title_key: &str) -> (Actor, SeekerId, Frame) {
        let frame = Frame::new(&self.visitor, title_key);
        (self.actor, self.id, frame)
    }
}

impl FromRequestParts<AppState> for SeekerVisit {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let SignedIn { actor, visitor } = SignedIn::from_request_parts(parts, state).await?;
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let id = first_id(&params)
            .ok_or_else(|| error_page(StatusCode::NOT_FOUND, "error-not-found"))?;
        Ok(SeekerVisit { actor, visitor, id })
    }
}

/// Languages a picker offers, with their catalogue keys; others may be typed as codes.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("ar", "seekers-language-ar"),
    ("en", "seekers-language-en"),
    ("fr", "seekers-language-fr"),
    ("ku", "seekers-language-ku"),
    ("tr", "seekers-language-tr"),
    ("fa", "seekers-language-fa"),
    ("ur", "seekers-language-ur"),
    ("so", "seekers-language-so"),
    ("am", "seekers-language-am"),
    ("es", "seekers-language-es"),
];

/// Nationalities the picker offers, with their catalogue keys.
pub const COUNTRIES: &[(&str, &str)] = &[
    ("SY", "seekers-country-sy"),
    ("JO", "seekers-country-jo"),
    ("IQ", "seekers-country-iq"),
    ("YE", "seekers-country-ye"),
    ("SD", "seekers-country-sd"),
    ("SO", "seekers-country-so"),
    ("PS", "seekers-country-ps"),
    ("EG", "seekers-country-eg"),
];

/// A code's name from one of the lists above, or the code itself.
pub fn named(list: &[(&str, &str)], code: &str, tr: Tr) -> String {
    list.iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map_or_else(|| code.to_owned(), |(_, key)| tr.text(key))
}
