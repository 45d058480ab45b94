use axum::{
    extract::State,
    http::header,
    response::{IntoResponse, Redirect, Response},
};

use crate::{AppState, error::PageError, visitor::Visitor};

/// Signs out everywhere (as the API's logout does) and returns to the sign-in form.
pub async fn logout(
    State(state): State<AppState>,
    visitor: Visitor,
) -> Result<Response, PageError> {
    if let Some((actor, _)) = &visitor.signed_in {
        state.service.logout(actor).await?;
    }
    Ok((
        [(header::SET_COOKIE, state.site.ended_session_cookie())],
        Redirect::to("/login"),
    )
        .into_response())
}
