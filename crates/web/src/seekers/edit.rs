//! Registering a seeker (`/seekers/new`, POST `/seekers`) and editing one
//! (`/seekers/{id}/edit`). Refused input shows the form again with what was typed and
//! nothing saved; a stale edit is told, not written over the newer record.

use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
// The seeker form sends a name once for each box ticked (a sector, a place): this
// `Form` gathers them into a list, where axum's keeps one.
use axum_extra::extract::Form;
use forsa_domain::{FieldErrors, Problem, organisation::Centre};
use forsa_service::ServiceError;
use serde::Deserialize;

use super::{
    PageResult, SeekerVisit,
    form::{FormPage, SeekerForm},
};
use crate::{
    AppState,
    frame::{Frame, SignedIn},
    names::Names,
};

/// The form page; `centres` are those an admin registers at (none for an edit, and
/// none for a caseworker, who registers at their own).
fn page(state: &AppState, frame: Frame, form: SeekerForm, centres: &[Centre]) -> FormPage {
    let names = Names::new(&state.service, frame.t);
    let tr = frame.t;
    let centres = centres
        .iter()
        .map(|centre| (centre.id.to_string(), tr.name(centre)))
        .collect();
    FormPage::new(frame, form, &names, centres)
}

/// What a search that found nobody passes on to the registration form.
#[derive(Default, Deserialize)]
#[serde(default)]
pub struct Prefill {
    full_name: String,
    phone: String,
    case_reference: String,
}

pub async fn blank(
    State(state): State<AppState>,
    signed: SignedIn,
    Query(prefill): Query<Prefill>,
) -> PageResult {
    // The service refuses employers here, at once rather than after the form is
    // filled in.
    let data = state.service.seeker_form(&signed.actor, None).await?;
    let frame = Frame::new(&signed.visitor, "seekers-new-title");
    let form = SeekerForm {
        full_name: prefill.full_name,
        phone: prefill.phone,
        case_reference: prefill.case_reference,
        ..SeekerForm::default()
    };
    let page = page(&state, frame, form, &data.centres);
    Ok(page.render(StatusCode::OK))
}

/// The form again with the problems of `errors`, or the error a page shows.
fn refused_input(page: FormPage, errors: &FieldErrors) -> PageResult {
    Ok(page
        .with_problems(errors)
        .render(StatusCode::UNPROCESSABLE_ENTITY))
}

pub async fn register(
    State(state): State<AppState>,
    signed: SignedIn,
    Form(form): Form<SeekerForm>,
) -> PageResult {
    let actor = signed.actor;
    let data = state.service.seeker_form(&actor, None).await?;
    let frame = Frame::new(&signed.visitor, "seekers-new-title");
    let converted = form.convert(frame.t);
    let page = page(&state, frame, form, &data.centres);
    if !converted.errors.is_empty() {
        // Nothing is saved; the rest of the form is checked too, so every problem
        // shows at once.
        let mut errors = converted.errors.clone();
        if let Err(more) = converted.input.clone().parse(signed.visitor.tr.today()) {
            errors.merge(converted.place(&more));
        }
        return refused_input(page, &errors);
    }
    match state
        .service
        .register_seeker(&actor, converted.input.clone())
        .await
    {
        Ok(seeker) => {
            Ok(Redirect::to(&format!("/seekers/{}?done=registered", seeker.id)).into_response())
        }
        Err(error) => page.refused(error, &converted),
    }
}

pub async fn edit(State(state): State<AppState>, visit: SeekerVisit) -> PageResult {
    let (actor, id, frame) = visit.parts("seekers-edit-title");
    let data = state.service.seeker_form(&actor, Some(id)).await?;
    let seeker = data.seeker.as_ref().ok_or(ServiceError::NotFound)?;
    let mut page = page(&state, frame, SeekerForm::of(seeker), &data.centres);
    page.editing = true;
    page.action = format!("/seekers/{id}/edit");
    page.cancel = format!("/seekers/{id}");
    Ok(page.render(StatusCode::OK))
}

pub async fn update(
    State(state): State<AppState>,
    visit: SeekerVisit,
    Form(form): Form<SeekerForm>,
) -> PageResult {
    let (actor, id, frame) = visit.parts("seekers-edit-title");
    let mut converted = form.convert(frame.t);
    // A required field emptied on the form is a problem, not "keep what was there".
    for (field, value) in [
        ("full_name", &form.full_name),
        ("gender", &form.gender),
        ("nationality", &form.nationality),
        ("status", &form.status),
        ("location", &form.location),
    ] {
        if value.trim().is_empty() {
            converted.errors.add(field, Problem::Required);
        }
    }
    let mut page = page(&state, frame, form, &[]);
    page.editing = true;
    page.action = format!("/seekers/{id}/edit");
    page.cancel = format!("/seekers/{id}");
    if !converted.errors.is_empty() {
        return refused_input(page, &converted.errors);
    }
    let mut input = converted.input.clone();
    input.centre_id = None;
    match state.service.update_seeker(&actor, id, input).await {
        Ok(_) => Ok(Redirect::to(&format!("/seekers/{id}?done=updated")).into_response()),
        Err(error) => page.refused(error, &converted),
    }
}
