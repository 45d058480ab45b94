//! The caseworker's seeker pages: the list, registration and editing, the profile
//! with its permits and consents, and the seeker's matches with a "refer" action.
//! Who may see a seeker is decided by the service (an employer is refused there).

mod edit;
mod form;
mod list;
mod matches;
mod permits;
mod preferences;
mod profile;

use axum::{
    Router,
    extract::{FromRequestParts, RawPathParams},
    http::request::Parts,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use forsa_domain::{Locale, SeekerId};
use forsa_service::{Actor, Service};

use super::{
    error::PageError,
    frame::{self, Frame, SignedIn},
    i18n::Tr,
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
        let raw = params
            .iter()
            .find_map(|(name, value)| (name == "id").then_some(value))
            .unwrap_or_default();
        let id = frame::id(raw).map_err(IntoResponse::into_response)?;
        Ok(SeekerVisit { actor, visitor, id })
    }
}

/// Names of codes in the page's language, from the taxonomies the service holds.
pub struct Names {
    locale: Locale,
    locations: Vec<forsa_service::Location>,
    sectors: Vec<forsa_service::Sector>,
}

impl Names {
    pub async fn load(service: &Service, tr: Tr) -> Result<Self, PageError> {
        Ok(Self {
            locale: tr.locale(),
            locations: service.locations().await?,
            sectors: service.sectors().await?,
        })
    }

    fn pick(&self, arabic: &str, english: &str) -> String {
        match self.locale {
            Locale::Ar => arabic.to_owned(),
            Locale::En => english.to_owned(),
        }
    }

    pub fn location(&self, code: &str) -> String {
        self.locations
            .iter()
            .find(|l| l.code == code)
            .map_or_else(|| code.to_owned(), |l| self.pick(&l.name_ar, &l.name_en))
    }

    /// (code, name) of every place, for a select.
    pub fn location_options(&self) -> Vec<(String, String)> {
        self.locations
            .iter()
            .map(|l| (l.code.clone(), self.pick(&l.name_ar, &l.name_en)))
            .collect()
    }

    pub fn sector(&self, code: &str) -> String {
        self.sectors
            .iter()
            .find(|s| s.code == code)
            .map_or_else(|| code.to_owned(), |s| self.pick(&s.name_ar, &s.name_en))
    }

    /// (code, name) of every sector, for a choice.
    pub fn sector_options(&self) -> Vec<(String, String)> {
        self.sectors
            .iter()
            .map(|s| (s.code.clone(), self.pick(&s.name_ar, &s.name_en)))
            .collect()
    }

    pub fn occupation(&self, service: &Service, code: &str) -> String {
        service
            .complete_occupations(code, Some(4), 1)
            .ok()
            .and_then(|found| found.into_iter().find(|o| o.code == code))
            .map_or_else(
                || code.to_owned(),
                |o| format!("{code} {}", self.pick(&o.name_ar, &o.name_en)),
            )
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
