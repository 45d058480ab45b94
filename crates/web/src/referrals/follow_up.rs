//! Recording a follow-up after a hire, from the dashboard's due list or from the
//! hire's row on the referrals page; a refused record is shown again where it was
//! typed, with each problem by its field.

use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::{FollowUpId, FollowUpOutcome, referral::FollowUpInput};
use serde::Deserialize;

use super::list::{at, list_page};
use crate::{
    AppState,
    error::PageError,
    frame::{self, Choice, SignedIn},
    home,
    i18n::Tr,
    problems::Problems,
};

/// The small form a due follow-up carries.
pub struct FollowUpForm {
    pub outcomes: Vec<Choice>,
    pub note: String,
    pub problems: Problems,
}

/// A record that was refused, to be shown again on its follow-up.
pub struct FollowUpAttempt {
    pub id: FollowUpId,
    /// 422 for bad values, 409 when it was recorded already.
    pub status: StatusCode,
    pub outcome: String,
    pub note: String,
    pub problems: Problems,
}

pub fn outcome_name(outcome: FollowUpOutcome, tr: Tr) -> String {
    tr.text(&format!("follow-up-outcome-{outcome}"))
}

impl FollowUpAttempt {
    /// A refusal whose follow-up has no form on the page (it was recorded meanwhile):
    /// its status and what the top of the page says.
    pub fn unshown(attempt: Option<FollowUpAttempt>) -> Option<(StatusCode, String)> {
        attempt.and_then(|a| Some((a.status, a.problems.summary()?.to_owned())))
    }
}

impl FollowUpForm {
    /// The form of follow-up `id`, blank or as last typed when `attempt` was on it.
    pub fn of(id: FollowUpId, attempt: &mut Option<FollowUpAttempt>, tr: Tr) -> Self {
        let (outcome, note, problems) = match attempt.take_if(|a| a.id == id) {
            Some(a) => (a.outcome, a.note, a.problems),
            None => (String::new(), String::new(), Problems::new(tr)),
        };
        let outcomes = FollowUpOutcome::ALL
            .iter()
            .map(|&o| (o.as_str().to_owned(), outcome_name(o, tr)));
        FollowUpForm {
            outcomes: Choice::list(outcomes, &outcome),
            note,
            problems,
        }
    }
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
    Path(id): Path<String>,
    Form(form): Form<RecordForm>,
) -> Result<Response, PageError> {
    let id: FollowUpId = frame::id(&id)?;
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
                let query = at("hired".to_owned(), "1".to_owned());
                list_page(&state, &page, query, None, Some(attempt)).await
            }
        }
    }
}
