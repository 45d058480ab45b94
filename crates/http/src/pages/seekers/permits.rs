//! The small forms on a profile: add a permit, renew or revoke one, grant or
//! withdraw a consent. Refused input shows the profile again with the problem next
//! to the field of the form it came from.

use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use forsa_domain::{
    ConsentId, FieldErrors, PermitId, SeekerId, consent::ConsentInput, permit::PermitInput,
};
use forsa_service::{Actor, ServiceError};
use serde::Deserialize;

use super::{
    Frame, PageResult, Refused, other_id,
    profile::{self, PermitForm, Renewal},
    seeker_id, staff,
};
use crate::{
    AppState,
    pages::{problems::Problems, visitor::Visitor},
};

fn back(id: SeekerId, done: &str) -> PageResult {
    Ok(Redirect::to(&format!("/seekers/{id}?done={done}")).into_response())
}

fn text(raw: &str) -> Option<String> {
    Some(raw.trim().to_owned())
}

/// The profile again, 422, after `refine` has put the problems on it.
async fn refused(
    state: &AppState,
    actor: &Actor,
    frame: Frame,
    id: SeekerId,
    refine: impl FnOnce(&mut profile::ProfilePage),
) -> PageResult {
    let mut page = profile::load(state, actor, frame, id).await?;
    refine(&mut page);
    Ok(page.render(StatusCode::UNPROCESSABLE_ENTITY))
}

/// Only a refusal of the input becomes problems on the page; anything else is the
/// page's error.
fn invalid<T>(result: Result<T, ServiceError>) -> Result<Result<T, FieldErrors>, Refused> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(ServiceError::Invalid(errors)) => Ok(Err(errors)),
        Err(ServiceError::Conflict(_)) => Ok(Err(FieldErrors::single("input", "already exists"))),
        Err(other) => Err(other.into()),
    }
}

pub async fn add(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<String>,
    Form(form): Form<PermitForm>,
) -> PageResult {
    let (actor, frame) = staff(&visitor, "seekers-profile-title")?;
    let id = seeker_id(&id)?;
    let input = PermitInput {
        permit_type: Some(form.permit_type.trim().to_owned()).filter(|t| !t.is_empty()),
        number: text(&form.number),
        issuer: text(&form.issuer),
        valid_from: Some(form.valid_from.clone()).filter(|d| !d.trim().is_empty()),
        valid_until: Some(form.valid_until.clone()).filter(|d| !d.trim().is_empty()),
        employer_id: text(&form.employer_id),
        status: Some(form.status.clone()).filter(|s| !s.trim().is_empty()),
    };
    match invalid(state.service.add_permit(&actor, id, input).await)? {
        Ok(_) => back(id, "permit-added"),
        Err(errors) => {
            let tr = frame.t;
            refused(&state, &actor, frame, id, |page| {
                page.permit_problems = Problems::from_errors(&errors, tr);
                page.permit_form = form;
            })
            .await
        }
    }
}

/// Renews a permit with a new validity (and makes it active), or revokes it.
pub async fn change(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((id, permit)): Path<(String, String)>,
    Form(form): Form<PermitForm>,
) -> PageResult {
    let (actor, frame) = staff(&visitor, "seekers-profile-title")?;
    let id = seeker_id(&id)?;
    let permit: PermitId = other_id(&permit)?;
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
    match invalid(state.service.update_permit(&actor, permit, input).await)? {
        Ok(_) => back(id, done),
        Err(errors) => {
            let tr = frame.t;
            refused(&state, &actor, frame, id, |page| {
                page.renewal = Some(Renewal {
                    permit: permit.to_string(),
                    problems: Problems::from_errors(&errors, tr),
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
}

pub async fn grant(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<String>,
    Form(form): Form<ConsentForm>,
) -> PageResult {
    let (actor, frame) = staff(&visitor, "seekers-profile-title")?;
    let id = seeker_id(&id)?;
    let input = ConsentInput {
        purpose: Some(form.purpose.trim().to_owned()).filter(|p| !p.is_empty()),
    };
    match invalid(state.service.grant_consent(&actor, id, input).await)? {
        Ok(_) => back(id, "consent-granted"),
        Err(errors) => {
            let tr = frame.t;
            refused(&state, &actor, frame, id, |page| {
                page.consent_problems = Problems::from_errors(&errors, tr);
                page.purpose = form.purpose;
            })
            .await
        }
    }
}

pub async fn withdraw(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((id, consent)): Path<(String, String)>,
) -> PageResult {
    let (actor, _) = staff(&visitor, "seekers-profile-title")?;
    let id = seeker_id(&id)?;
    let consent: ConsentId = other_id(&consent)?;
    state.service.withdraw_consent(&actor, consent).await?;
    back(id, "consent-withdrawn")
}
