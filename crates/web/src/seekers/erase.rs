//! Erasing a person's personal data, asked for and confirmed with a reason
//! (`/seekers/{id}/erase`), and what is left to see afterwards: the receipt, on the
//! person's page, answered with 410.

use askama::Template;
use axum::{
    Form,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use forsa_domain::seeker::erasure::{EraseInput, Erasure, ErasureCause};
use forsa_service::{Actor, ServiceError};
use serde::Deserialize;

use super::{PageResult, SeekerVisit};
use crate::{
    AppState,
    forms::given,
    frame::{Frame, framed},
    html,
    problems::{FormSpec, Problems},
};

#[derive(Template)]
#[template(path = "seekers/erase.html")]
struct ErasePage {
    frame: Frame,
    id: String,
    name: String,
    reason: String,
    problems: Problems,
}
framed!(ErasePage);

/// The erase form's one field.
const ERASE_FORM: FormSpec = FormSpec {
    order: &["reason"],
    required: &["reason"],
};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EraseForm {
    reason: String,
}

async fn erase_page(
    state: &AppState,
    actor: &Actor,
    frame: Frame,
    visit_id: forsa_domain::SeekerId,
    reason: String,
    (status, problems): (StatusCode, Problems),
) -> PageResult {
    let seeker = state.service.seeker(actor, visit_id).await?;
    let tr = frame.t;
    let page = ErasePage {
        id: seeker.id.to_string(),
        name: seeker.profile.full_name,
        reason,
        problems: problems.of_form(&ERASE_FORM, tr),
        frame,
    };
    Ok(html(status, &page))
}

pub async fn confirm(State(state): State<AppState>, visit: SeekerVisit) -> PageResult {
    let (actor, id, frame) = visit.parts("erase-title");
    let fresh = (StatusCode::OK, Problems::default());
    erase_page(&state, &actor, frame, id, String::new(), fresh).await
}

pub async fn erase(
    State(state): State<AppState>,
    visit: SeekerVisit,
    Form(form): Form<EraseForm>,
) -> PageResult {
    let (actor, id, frame) = visit.parts("erase-title");
    let input = EraseInput {
        reason: given(&form.reason),
    };
    match state.service.erase_seeker(&actor, id, input).await {
        Ok(_) => Ok(Redirect::to(&format!("/seekers/{id}?done=erased")).into_response()),
        Err(error) => {
            let shown = Problems::from_service(error, frame.t, |field| {
                (field == "reason").then_some("reason")
            })?;
            erase_page(&state, &actor, frame, id, form.reason, shown).await
        }
    }
}

#[derive(Template)]
#[template(path = "seekers/erased.html")]
struct ErasedPage {
    frame: Frame,
    notice: Option<String>,
    when: String,
    by: String,
    why: String,
}
framed!(ErasedPage);

/// What is left of an erased person: the receipt, answered with 410.
pub fn receipt(frame: Frame, receipt: &Erasure, just_erased: bool) -> PageResult {
    let tr = frame.t;
    let why = match &receipt.cause {
        ErasureCause::Requested { reason } => reason.clone(),
        ErasureCause::Archived { months } => {
            tr.text_with("erased-archived", "months", u64::from(*months))
        }
        ErasureCause::Inactive { months } => {
            tr.text_with("erased-inactive", "months", u64::from(*months))
        }
    };
    let page = ErasedPage {
        notice: just_erased.then(|| tr.text("seekers-done-erased")),
        when: tr.moment(&receipt.erased_at),
        by: receipt
            .erased_by_name
            .clone()
            .unwrap_or_else(|| tr.text("erased-by-rule")),
        why,
        frame,
    };
    Ok(html(StatusCode::GONE, &page))
}

/// The receipt of an erased person when `error` says they were; else the error.
pub fn erased_or(
    error: ServiceError,
    frame: impl FnOnce() -> Frame,
    just_erased: bool,
) -> PageResult {
    match error {
        ServiceError::Erased(erasure) => receipt(frame(), &erasure, just_erased),
        other => Err(other.into()),
    }
}
