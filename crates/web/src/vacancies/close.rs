//! Closing a vacancy: a page that asks first, then the change.

use askama::Template;
use axum::{
    Form,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::{VacancyId, VacancyStatus, vacancy::VacancyInput};
use serde::Deserialize;

use crate::{
    AppState,
    error::PageError,
    frame::{Frame, SignedIn, framed},
    html,
    problems::Problems,
    record_id::RecordId,
};

#[derive(Template)]
#[template(path = "vacancies/close.html")]
struct ConfirmPage {
    frame: Frame,
    id: VacancyId,
    vacancy_title: String,
    /// The code the vacancy is known by at the kiosk and on the list.
    code: String,
    version: i32,
    problems: Problems,
}

framed!(ConfirmPage);

async fn confirm_page(
    state: &AppState,
    SignedIn { actor, visitor }: &SignedIn,
    id: VacancyId,
    (status, problems): (StatusCode, Problems),
) -> Result<Response, PageError> {
    let vacancy = state.service.vacancy(actor, id).await?;
    let page = ConfirmPage {
        frame: Frame::new(visitor, "vacancies-close-title"),
        id,
        vacancy_title: visitor.tr.name(&vacancy.details),
        code: vacancy.code.grouped(),
        version: vacancy.version,
        problems,
    };
    Ok(html(status, &page))
}

pub async fn confirm(
    State(state): State<AppState>,
    page: SignedIn,
    RecordId(id): RecordId<VacancyId>,
) -> Result<Response, PageError> {
    let fresh = (StatusCode::OK, Problems::default());
    confirm_page(&state, &page, id, fresh).await
}

#[derive(Deserialize)]
pub struct CloseForm {
    #[serde(default)]
    version: String,
}

pub async fn close(
    State(state): State<AppState>,
    page: SignedIn,
    RecordId(id): RecordId<VacancyId>,
    Form(form): Form<CloseForm>,
) -> Result<Response, PageError> {
    let input = VacancyInput {
        status: Some(VacancyStatus::Closed.as_str().to_owned()),
        version: form.version.trim().parse().ok(),
        ..VacancyInput::default()
    };
    match state.service.update_vacancy(&page.actor, id, input).await {
        Ok(_) => Ok(Redirect::to("/vacancies?saved=1").into_response()),
        Err(error) => {
            let shown = Problems::from_service(error, page.visitor.tr, |_| None)?;
            confirm_page(&state, &page, id, shown).await
        }
    }
}
