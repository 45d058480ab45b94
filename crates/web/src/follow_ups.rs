//! Recording a follow-up after a hire (`POST /follow-ups/{id}`), from the dashboard's
//! due list or from the hire's row on the referrals page; a refused record is shown
//! again on the page it was typed on, with each problem by its field.

use axum::{
    Form, Router,
    extract::State,
    response::{IntoResponse, Redirect, Response},
    routing::post,
};
use forsa_domain::{FollowUpId, referral::FollowUpInput};
use serde::Deserialize;

use crate::{
    AppState, error::PageError, follow_up_form::FollowUpAttempt, frame::SignedIn, home,
    problems::Problems, record_id::RecordId, referrals,
};

pub fn routes() -> Router<AppState> {
    Router::new().route("/follow-ups/{id}", post(record))
}

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct RecordForm {
    outcome: String,
    note: String,
    /// The page the form was on: `dashboard`, or else the referrals.
    from: String,
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
    let on_dashboard = form.from == "dashboard";
    let input = FollowUpInput {
        outcome: Some(form.outcome.clone()).filter(|s| !s.is_empty()),
        note: Some(form.note.clone()),
    };
    match state.service.record_follow_up(&page.actor, id, input).await {
        Ok(_) if on_dashboard => Ok(Redirect::to("/?recorded=1").into_response()),
        Ok(_) => Ok(Redirect::to("/referrals?stage=hired&recorded=1").into_response()),
        Err(error) => {
            let (status, problems) = Problems::from_service(error, page.visitor.tr, form_field)?;
            let attempt = FollowUpAttempt {
                id,
                status,
                outcome: form.outcome,
                note: form.note,
                problems,
            };
            if on_dashboard {
                home::dashboard_again(&state, &page, attempt).await
            } else {
                let query = referrals::at("hired".to_owned(), String::new(), "1".to_owned());
                referrals::list_page(&state, &page, query, None, Some(attempt)).await
            }
        }
    }
}
