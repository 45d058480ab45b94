//! Recording what happened to a referral: interview, offer, hire or rejection, with
//! a reason.

use axum::{
    Form,
    extract::State,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::{ReferralId, referral::StageChangeInput};
use serde::Deserialize;

use super::list::{Attempt, Shown, at, list_page};
use crate::{AppState, error::PageError, frame::SignedIn, problems::Problems, record_id::RecordId};

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct StageForm {
    stage: String,
    reason: String,
    /// The list's filter and page the move was made from.
    list_stage: String,
    list_queue: String,
    list_vacancy: String,
    list_page: String,
}

impl StageForm {
    fn shown(&self) -> Shown {
        Shown {
            stage: self.list_stage.clone(),
            queue: self.list_queue.clone(),
            vacancy: self.list_vacancy.clone(),
            page: self.list_page.clone(),
        }
    }
}

fn form_field(name: &str) -> Option<&'static str> {
    match name {
        "stage" => Some("stage"),
        "reason" => Some("reason"),
        _ => None,
    }
}

pub async fn move_stage(
    State(state): State<AppState>,
    page: SignedIn,
    RecordId(id): RecordId<ReferralId>,
    Form(form): Form<StageForm>,
) -> Result<Response, PageError> {
    let input = StageChangeInput {
        stage: Some(form.stage.clone()).filter(|s| !s.is_empty()),
        reason: Some(form.reason.clone()),
    };
    match state.service.move_referral(&page.actor, id, input).await {
        Ok(moved) => {
            // A referral that is closed now leaves the open ones: the notice says where.
            let saved = if moved.referral.stage.is_final() {
                "saved=closed"
            } else {
                "saved=1"
            };
            Ok(Redirect::to(&form.shown().address(saved)).into_response())
        }
        Err(error) => {
            let (_, problems) = Problems::from_service(error, page.visitor.tr, form_field)?;
            let shown = at(form.shown());
            let attempt = Attempt {
                id,
                stage: form.stage,
                reason: form.reason,
                problems,
            };
            list_page(&state, &page, shown, Some(attempt), None).await
        }
    }
}
