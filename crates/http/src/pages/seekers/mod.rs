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
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use forsa_domain::{Locale, SeekerId};
use forsa_service::{Actor, Service, ServiceError};

use super::{
    assets::stylesheet_href,
    error::PageError,
    i18n::Tr,
    visitor::{Shell, Visitor},
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

/// Why a page is not shown: a stranger signs in first; the rest is the service's
/// answer (403, 404, ...).
pub enum Refused {
    Stranger,
    Service(ServiceError),
}

impl From<ServiceError> for Refused {
    fn from(error: ServiceError) -> Self {
        Refused::Service(error)
    }
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        match self {
            Refused::Stranger => Redirect::to("/login").into_response(),
            Refused::Service(error) => PageError::from(error).into_response(),
        }
    }
}

pub type PageResult = Result<Response, Refused>;

/// What the layout needs around every page; the page structs deref to it so that
/// `layout.html` finds `t`, `shell`, `css` and `title`.
pub struct Frame {
    pub t: Tr,
    pub shell: Shell,
    pub css: String,
    pub title: String,
}

macro_rules! framed {
    ($page:ty) => {
        impl std::ops::Deref for $page {
            type Target = super::Frame;
            fn deref(&self) -> &super::Frame {
                &self.frame
            }
        }
    };
}
pub(crate) use framed;

/// The signed-in actor and the page's frame; a stranger or an ended session is sent
/// to sign in.
pub fn staff(visitor: &Visitor, title_key: &str) -> Result<(Actor, Frame), Refused> {
    let Some((actor, _)) = &visitor.signed_in else {
        if visitor.session_ended {
            return Err(ServiceError::Unauthenticated.into());
        }
        return Err(Refused::Stranger);
    };
    let frame = Frame {
        t: visitor.tr,
        shell: Shell::for_visitor(visitor),
        css: stylesheet_href(),
        title: visitor.tr.text(title_key),
    };
    Ok((*actor, frame))
}

/// A seeker's id from the address; anything else is a page that does not exist.
pub fn seeker_id(raw: &str) -> Result<SeekerId, Refused> {
    raw.parse().map_err(|_| ServiceError::NotFound.into())
}

/// An id of another record from the address, the same way.
pub fn other_id<T: std::str::FromStr>(raw: &str) -> Result<T, Refused> {
    raw.parse().map_err(|_| ServiceError::NotFound.into())
}

/// Names of codes in the page's language, from the taxonomies the service holds.
pub struct Names {
    locale: Locale,
    locations: Vec<forsa_service::Location>,
}

impl Names {
    pub async fn load(service: &Service, tr: Tr) -> Result<Self, Refused> {
        Ok(Self {
            locale: tr.locale(),
            locations: service.locations().await?,
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

/// Percent-encodes a query value.
pub fn encode(raw: &str) -> String {
    raw.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
