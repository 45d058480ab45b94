//! Recording what happened to a referral: interview, offer, hire or rejection, with
//! a reason.

use axum::{
    Form,
    extract::State,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::{ReferralId, referral::StageChangeInput};
use serde::Deserialize;

use super::list::{Attempt, address, at, list_page};
use crate::{
    AppState, error::PageError, frame::SignedIn, pager, problems::Problems, record_id::RecordId,
};

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct StageForm {
    stage: String,
    reason: String,
    /// The list's filter and page the move was made from.
    list_stage: String,
    list_queue: String,
    list_page: String,
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
        Ok(_) => {
            let page = pager::page_or_first(&form.list_page);
            let back = address(&form.list_stage, &form.list_queue, page, "saved=1");
            Ok(Redirect::to(&back).into_response())
        }
        Err(error) => {
            let (_, problems) = Problems::from_service(error, page.visitor.tr, form_field)?;
            let attempt = Attempt {
                id,
                stage: form.stage,
                reason: form.reason,
                problems,
            };
            let shown = at(form.list_stage, form.list_queue, form.list_page);
            list_page(&state, &page, shown, Some(attempt), None).await
        }
    }
}
