//! The small forms on a profile: add a permit, renew or revoke one, grant or
//! withdraw a consent. PageError input shows the profile again with the problem next
//! to the field of the form it came from.

use axum::{
    Form,
    extract::State,
    response::{IntoResponse, Redirect},
};
use forsa_domain::{ConsentId, PermitId, SeekerId, consent::ConsentInput, permit::PermitInput};
use forsa_service::ServiceError;
use serde::Deserialize;

use super::{
    PageResult, SeekerVisit,
    profile::{self, PermitForm, Renewal},
};
use crate::{AppState, problems::Problems, record_id::RecordId};

fn back(id: SeekerId, done: &str) -> PageResult {
    Ok(Redirect::to(&format!("/seekers/{id}?done={done}")).into_response())
}

fn text(raw: &str) -> Option<String> {
    Some(raw.trim().to_owned())
}

/// The profile again after a refused change: the status and the problems the
/// service's refusal became, put on the page by `refine`. Any other error is the
/// page's.
async fn refused(
    state: &AppState,
    visit: SeekerVisit,
    error: ServiceError,
    field: fn(&str) -> Option<&'static str>,
    refine: impl FnOnce(&mut profile::ProfilePage, Problems),
) -> PageResult {
    let (actor, id, frame) = visit.parts("seekers-profile-title");
    let (status, problems) = Problems::from_service(error, frame.t, field)?;
    let mut page = profile::load(state, &actor, frame, id).await?;
    refine(&mut page, problems);
    Ok(page.render(status))
}

/// The permit form's fields are named as the service names them.
fn permit_field(field: &str) -> Option<&'static str> {
    [
        "permit_type",
        "number",
        "issuer",
        "valid_from",
        "valid_until",
        "employer_id",
        "status",
    ]
    .into_iter()
    .find(|known| *known == field)
}

fn purpose_field(field: &str) -> Option<&'static str> {
    match field {
        "purpose" => Some("purpose"),
        "method" => Some("method"),
        _ => None,
    }
}

pub async fn add(
    State(state): State<AppState>,
    visit: SeekerVisit,
    Form(form): Form<PermitForm>,
) -> PageResult {
    let (actor, id) = visit.target();
    let input = PermitInput {
        permit_type: Some(form.permit_type.trim().to_owned()).filter(|t| !t.is_empty()),
        number: text(&form.number),
        issuer: text(&form.issuer),
        valid_from: Some(form.valid_from.clone()).filter(|d| !d.trim().is_empty()),
        valid_until: Some(form.valid_until.clone()).filter(|d| !d.trim().is_empty()),
        employer_id: text(&form.employer_id),
        status: Some(form.status.clone()).filter(|s| !s.trim().is_empty()),
    };
    match state.service.add_permit(&actor, id, input).await {
        Ok(_) => back(id, "permit-added"),
        Err(error) => {
            refused(&state, visit, error, permit_field, |page, problems| {
                page.permit_problems = problems.of_form(&super::profile::PERMIT_FORM, page.t);
                page.permit_form = form;
            })
            .await
        }
    }
}

/// Renews a permit with a new validity (and makes it active), or revokes it.
pub async fn change(
    State(state): State<AppState>,
    visit: SeekerVisit,
    RecordId(permit): RecordId<PermitId>,
    Form(form): Form<PermitForm>,
) -> PageResult {
    let (actor, id) = visit.target();
    let (input, done) = if form.action == "revoke" {
        let input = PermitInput {
            status: Some("revoked".to_owned()),
            ..Default::default()
        };
        (input, "permit-revoked")
    } else {
        let input = PermitInput {
            // Blank dates are problems to show, not "keep the old ones".
            valid_from: Some(form.valid_from.clone()),
            valid_until: Some(form.valid_until.clone()),
            status: Some("active".to_owned()),
            ..Default::default()
        };
        (input, "permit-renewed")
    };
    match state.service.update_permit(&actor, permit, input).await {
        Ok(_) => back(id, done),
        Err(error) => {
            refused(&state, visit, error, permit_field, |page, problems| {
                page.renewal = Some(Renewal {
                    permit: permit.to_string(),
                    problems,
                    form,
                });
            })
            .await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConsentForm {
    purpose: String,
    method: String,
}

pub async fn grant(
    State(state): State<AppState>,
    visit: SeekerVisit,
    Form(form): Form<ConsentForm>,
) -> PageResult {
    let (actor, id) = visit.target();
    let input = ConsentInput {
        purpose: Some(form.purpose.trim().to_owned()).filter(|p| !p.is_empty()),
        method: Some(form.method.trim().to_owned()).filter(|m| !m.is_empty()),
    };
    match state.service.grant_consent(&actor, id, input).await {
        Ok(_) => back(id, "consent-granted"),
        Err(error) => {
            refused(&state, visit, error, purpose_field, |page, problems| {
                page.consent_problems = problems;
                page.purpose = form.purpose;
                page.consent_method = form.method;
            })
            .await
        }
    }
}

pub async fn withdraw(
    State(state): State<AppState>,
    visit: SeekerVisit,
    RecordId(consent): RecordId<ConsentId>,
) -> PageResult {
    let (actor, id) = visit.target();
    state.service.withdraw_consent(&actor, consent).await?;
    back(id, "consent-withdrawn")
}
