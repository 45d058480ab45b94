//! Recording a follow-up after a hire (`POST /follow-ups/{id}`), from the dashboard's
//! due list, the hire's row on the referrals page or the person's page; a refused record is shown
//! again on the page it was typed on, with each problem by its field.

use axum::{
    Form, Router,
    extract::State,
    response::{IntoResponse, Redirect, Response},
    routing::post,
};
use forsa_domain::{FollowUpId, SeekerId, referral::FollowUpInput};
use serde::Deserialize;

use crate::{
    AppState, error::PageError, follow_up_form::FollowUpAttempt, frame::SignedIn, home,
    problems::Problems, record_id::RecordId, referrals, seekers,
};

pub fn routes() -> Router<AppState> {
    Router::new().route("/follow-ups/{id}", post(record))
}

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct RecordForm {
    outcome: String,
    note: String,
    /// The page the form was on: `dashboard`, `person`, or else the referrals.
    from: String,
    /// The person whose page it was on, when `from` is `person`.
    seeker: String,
}

/// Where a follow-up's form was.
enum From {
    Dashboard,
    Person(SeekerId),
    Referrals,
}

impl RecordForm {
    fn from(&self) -> From {
        match (self.from.as_str(), self.seeker.parse()) {
            ("dashboard", _) => From::Dashboard,
            ("person", Ok(seeker)) => From::Person(seeker),
            _ => From::Referrals,
        }
    }
}

fn form_field(name: &str) -> Option<&'static str> {
    match name {
        "outcome" => Some("outcome"),
        "note" => Some("note"),
        _ => None,
    }
}

pub async fn record(
    State(state): State<AppState>,
    page: SignedIn,
    RecordId(id): RecordId<FollowUpId>,
    Form(form): Form<RecordForm>,
) -> Result<Response, PageError> {
    let from = form.from();
    let input = FollowUpInput {
        outcome: Some(form.outcome.clone()).filter(|s| !s.is_empty()),
        note: Some(form.note.clone()),
        // The pages offer only follow-ups that are due.
        early: None,
    };
    match state.service.record_follow_up(&page.actor, id, input).await {
        Ok(_) => {
            let back = match from {
                From::Dashboard => "/?recorded=1".to_owned(),
                From::Person(seeker) => format!("/seekers/{seeker}?done=follow-up-recorded"),
                From::Referrals => "/referrals?stage=hired&recorded=1".to_owned(),
            };
            Ok(Redirect::to(&back).into_response())
        }
        Err(error) => {
            let (status, problems) = Problems::from_service(error, page.visitor.tr, form_field)?;
            let attempt = FollowUpAttempt {
                id,
                status,
                outcome: form.outcome,
                note: form.note,
                problems,
            };
            match from {
                From::Dashboard => home::dashboard_again(&state, &page, attempt).await,
                From::Person(seeker) => {
                    seekers::profile_again(&state, &page, seeker, attempt).await
                }
                From::Referrals => {
                    let query = referrals::at(referrals::Shown {
                        stage: "hired".to_owned(),
                        ..referrals::Shown::default()
                    });
                    referrals::list_page(&state, &page, query, None, Some(attempt)).await
                }
            }
        }
    }
}
