//! Registering and editing an employer, and verifying one.

use askama::Template;
use axum::{
    Form,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::{EmployerId, employer::EmployerInput};
use serde::Deserialize;

use super::{EmployerForm, form_field};
use crate::{
    AppState,
    choices::Choice,
    error::PageError,
    frame::{Frame, SignedIn, framed},
    html,
    names::{Names, Pickers},
    problems::Problems,
    record_id::RecordId,
    visitor::Visitor,
};

#[derive(Template)]
#[template(path = "employers/form.html")]
struct FormPage {
    frame: Frame,
    /// Where the form posts: `/employers` or `/employers/{id}`.
    action: String,
    form: EmployerForm,
    sectors: Vec<Choice>,
    locations: Vec<Choice>,
    /// The pledge is taken already: no checkbox to offer.
    pledged: bool,
    /// The pledge's checkbox, worded for who ticks it.
    pledge: String,
    problems: Problems,
}

framed!(FormPage);

async fn form_page(
    state: &AppState,
    visitor: &Visitor,
    action: String,
    form: EmployerForm,
    pledged: bool,
    (status, problems): (StatusCode, Problems),
) -> Result<Response, PageError> {
    let tr = visitor.tr;
    let title = if action == "/employers" {
        "employers-new-title"
    } else {
        "employers-edit-title"
    };
    let page = FormPage {
        frame: Frame::new(visitor, title),
        sectors: Names::new(&state.service, tr).sector_choices(&form.sector),
        locations: Names::new(&state.service, tr).location_choices(&form.location),
        action,
        form,
        pledged,
        pledge: super::pledge_label(visitor),
        problems: problems.of_form(&super::FORM, visitor.tr),
    };
    Ok(html(status, &page))
}

fn fresh() -> (StatusCode, Problems) {
    (StatusCode::OK, Problems::default())
}

pub async fn new(
    State(state): State<AppState>,
    SignedIn { visitor, .. }: SignedIn,
) -> Result<Response, PageError> {
    let form = EmployerForm::default();
    form_page(&state, &visitor, "/employers".into(), form, false, fresh()).await
}

pub async fn create(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Form(form): Form<EmployerForm>,
) -> Result<Response, PageError> {
    match state.service.register_employer(&actor, form.input()).await {
        Ok(_) => Ok(Redirect::to("/employers?saved=1").into_response()),
        Err(error) => {
            let shown = Problems::from_service(error, visitor.tr, form_field)?;
            form_page(&state, &visitor, "/employers".into(), form, false, shown).await
        }
    }
}

pub async fn edit(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    RecordId(id): RecordId<EmployerId>,
) -> Result<Response, PageError> {
    let employer = state.service.employer(&actor, id).await?;
    let action = format!("/employers/{}", employer.id);
    let pledged = employer.may_publish();
    let form = EmployerForm::of(&employer);
    form_page(&state, &visitor, action, form, pledged, fresh()).await
}

pub async fn update(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    RecordId(id): RecordId<EmployerId>,
    Form(form): Form<EmployerForm>,
) -> Result<Response, PageError> {
    match state
        .service
        .update_employer(&actor, id, form.input())
        .await
    {
        Ok(_) => Ok(Redirect::to("/employers?saved=1").into_response()),
        Err(error) => {
            let shown = Problems::from_service(error, visitor.tr, form_field)?;
            let pledged = state.service.employer(&actor, id).await?.may_publish();
            let action = format!("/employers/{id}");
            form_page(&state, &visitor, action, form, pledged, shown).await
        }
    }
}

#[derive(Deserialize)]
pub struct VerifyForm {
    #[serde(default)]
    version: String,
}

/// Records that staff checked the employer; the service decides who may.
pub async fn verify(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    RecordId(id): RecordId<EmployerId>,
    Form(form): Form<VerifyForm>,
) -> Result<Response, PageError> {
    let input = EmployerInput {
        verified: Some(true),
        version: form.version.trim().parse().ok(),
        ..EmployerInput::default()
    };
    match state.service.update_employer(&actor, id, input).await {
        Ok(_) => Ok(Redirect::to("/employers?saved=1").into_response()),
        Err(error) => {
            // A stale list: show the employer as it is now, saying why.
            let shown = Problems::from_service(error, visitor.tr, |_| None)?;
            let employer = state.service.employer(&actor, id).await?;
            let action = format!("/employers/{id}");
            let form = EmployerForm::of(&employer);
            form_page(
                &state,
                &visitor,
                action,
                form,
                employer.may_publish(),
                shown,
            )
            .await
        }
    }
}
