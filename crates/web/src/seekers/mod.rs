//! The caseworker's seeker pages: the list, registration and editing, the profile
//! with its permits and consents, and the seeker's matches with a "refer" action.
//! Who may see a seeker is decided by the service (an employer is refused there).

mod access;
mod duplicates;
mod edit;
mod erase;
mod form;
mod list;
mod matches;
mod own_data;
mod permits;
mod profile;

use axum::{
    Router,
    extract::{FromRequestParts, RawPathParams},
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use chrono::NaiveDate;
use forsa_domain::{PermitStatus, SeekerId, SeekerStatus, permit::WorkPermit};
use forsa_service::Actor;

use super::{
    error::{PageError, error_page},
    follow_up_form::FollowUpAttempt,
    forms::code_of,
    frame::{Frame, SignedIn},
    i18n::Tr,
    record_id::first_id,
    visitor::Visitor,
};
pub use forsa_words::{LANGUAGES, named};

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
        .route(
            "/seekers/{id}/transfer",
            get(profile::confirm_transfer).post(profile::transfer),
        )
        .route("/seekers/{id}/merge", post(duplicates::merge))
        .route(
            "/seekers/{id}/erase",
            get(erase::confirm).post(erase::erase),
        )
        .route("/seekers/{id}/data", get(own_data::show))
        .route("/seekers/{id}/access", get(access::show))
        .route("/duplicates", get(duplicates::show))
        .route("/duplicates/{id}/different", post(duplicates::different))
        .route("/seekers/{id}/permits", post(permits::add))
        .route("/seekers/{id}/permits/{permit}", post(permits::change))
        .route(
            "/seekers/{id}/permits/{permit}/revoke",
            get(profile::confirm_revoke),
        )
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

/// The person's page again after a follow-up record on it was refused, with the
/// record shown on its follow-up.
pub async fn profile_again(
    state: &AppState,
    SignedIn { actor, visitor }: &SignedIn,
    seeker: SeekerId,
    attempt: FollowUpAttempt,
) -> PageResult {
    let status = attempt.status;
    let frame = Frame::new(visitor, "seekers-profile-title");
    let page = profile::load_with(state, actor, frame, seeker, Some(attempt)).await?;
    Ok(page.render(status))
}

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

    /// The seeker's id and who asks, for a handler that shows another page.
    pub fn signed(self) -> (SeekerId, SignedIn) {
        (
            self.id,
            SignedIn {
                actor: self.actor,
                visitor: self.visitor,
            },
        )
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

/// What was typed in a picker of one of the lists above, as a code: a name in
/// either language (`Syria`, `سوريا`), a code (`SY`), or a picker's `SY Syria`.
pub fn coded(list: &[(&str, &str)], typed: &str, tr: Tr) -> String {
    let lower = typed.trim().to_lowercase();
    list.iter()
        .find(|(code, key)| {
            code.eq_ignore_ascii_case(&lower)
                || [tr, tr.other()]
                    .into_iter()
                    .any(|tr| tr.text(key).to_lowercase() == lower)
        })
        .map_or_else(|| code_of(typed), |(code, _)| (*code).to_owned())
}

/// The permit that tells a person's state, in words, and whether they may work: a
/// member of the host community needs none.
pub fn permit_badge(
    status: SeekerStatus,
    permit: Option<&WorkPermit>,
    today: NaiveDate,
    tr: Tr,
) -> (String, bool) {
    match permit {
        None if status == SeekerStatus::HostCommunity => {
            (tr.text("seekers-permit-not-needed"), true)
        }
        _ => permit_in_words(permit, today, tr),
    }
}

/// A permit in words, and whether it is in force: until when it is, when it ended or
/// starts, or its state; "no permit" for none.
pub fn permit_in_words(permit: Option<&WorkPermit>, today: NaiveDate, tr: Tr) -> (String, bool) {
    let Some(permit) = permit else {
        return (tr.text("seekers-permit-none"), false);
    };
    let validity = &permit.details.validity;
    let (key, day) = match permit.details.status {
        PermitStatus::Active if validity.contains(today) => {
            ("seekers-permit-in-force-until", validity.until())
        }
        PermitStatus::Active if validity.until() < today => {
            ("seekers-permit-ended", validity.until())
        }
        PermitStatus::Active => ("seekers-permit-starts", validity.from()),
        other => return (tr.label(other), false),
    };
    let words = tr.text_with_words(key, &[("day", &tr.date(&day))]);
    (words, permit.in_force_on(today))
}
