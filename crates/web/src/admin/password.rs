//! Setting a new password for a user who lost theirs. Their sessions end with it.

use askama::Template;
use axum::{
    Form,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::{Problem, UserId, organisation::UserPatchInput};
use forsa_service::{Actor, ServiceError};
use serde::Deserialize;

use crate::{
    AppState,
    error::PageError,
    frame::{Frame, SignedIn, framed},
    html,
    problems::Problems,
    record_id::RecordId,
    visitor::Visitor,
};

#[derive(Template)]
#[template(path = "admin/password.html")]
struct PasswordPage {
    frame: Frame,
    id: UserId,
    name: String,
    problems: Problems,
}

framed!(PasswordPage);

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
}

async fn page(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
    id: UserId,
    (status, problems): (StatusCode, Problems),
) -> Result<Response, PageError> {
    // The user's name, from the list an admin may read.
    let user = state.service.user(actor, id).await?;
    let page = PasswordPage {
        frame: Frame::new(visitor, "admin-password-reset"),
        id,
        name: user.name,
        problems,
    };
    Ok(html(status, &page))
}

pub async fn form(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    RecordId(id): RecordId<UserId>,
) -> Result<Response, PageError> {
    let fresh = (StatusCode::OK, Problems::default());
    page(&state, &actor, &visitor, id, fresh).await
}

pub async fn reset(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    RecordId(id): RecordId<UserId>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, PageError> {
    let result = if form.password.is_empty() {
        Err(ServiceError::invalid("password", Problem::Required))
    } else {
        let patch = UserPatchInput {
            password: Some(form.password),
            ..UserPatchInput::default()
        };
        state.service.update_user(&actor, id, patch).await
    };
    match result {
        Ok(_) => Ok(Redirect::to("/users?saved=1").into_response()),
        Err(error) => {
            let shown = Problems::from_service(error, visitor.tr, |name| {
                (name == "password").then_some("password")
            })?;
            page(&state, &actor, &visitor, id, shown).await
        }
    }
}
