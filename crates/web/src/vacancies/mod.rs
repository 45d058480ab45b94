//! Vacancies: staff post them for any employer, an employer's user for their own
//! (the service scopes the list). Posting checks the wage against the minimum and
//! publishing needs the no-fees pledge; closing asks first; staff see the matches.

mod close;
mod edit;
mod form;
mod list;
mod matches;

use axum::{
    Router,
    routing::{get, post},
};
use forsa_domain::{Money, vacancy::VacancyDetails};

use super::{
    i18n::Tr,
    seekers::{LANGUAGES, named},
};
use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/vacancies", get(list::list).post(edit::create))
        .route("/vacancies/new", get(edit::new))
        .route("/vacancies/{id}", post(edit::update))
        .route("/vacancies/{id}/edit", get(edit::edit))
        .route(
            "/vacancies/{id}/close",
            get(close::confirm).post(close::close),
        )
        .route(
            "/vacancies/{id}/matches",
            get(matches::matches).post(matches::refer),
        )
}

/// An amount in dinars without the currency, which the catalogue words.
pub fn amount(money: Money) -> String {
    let fils = money.fils();
    if fils % 1000 == 0 {
        (fils / 1000).to_string()
    } else {
        format!("{}.{:03}", fils / 1000, fils % 1000)
    }
}

/// The pay range and period in words: `350–420 dinars a month`.
pub fn wage(details: &VacancyDetails, tr: Tr) -> String {
    let wage = &details.wage;
    let per = tr.text(&format!("vacancies-per-{}", wage.period.as_str()));
    if wage.max > wage.min {
        format!("{}–{} {per}", amount(wage.min), amount(wage.max))
    } else {
        format!("{} {per}", amount(wage.min))
    }
}

/// The languages a vacancy needs, each with its level: `Arabic (Fluent), English (Basic)`.
pub fn languages(details: &VacancyDetails, tr: Tr) -> String {
    tr.list(details.languages.iter().map(|l| {
        let level = tr.label(l.level);
        format!("{} ({level})", named(LANGUAGES, l.code.as_str(), tr))
    }))
}
