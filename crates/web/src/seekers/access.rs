//! `/seekers/{id}/access`: who read or changed a person's record or anything
//! attached to it (permits, consents, referrals), the newest first, by name. Admins
//! only; the caseworkers of the person's centre see the same list on the page to
//! hand over.

use askama::Template;
use axum::{extract::State, http::StatusCode};

use super::{PageResult, SeekerVisit, own_data::access_rows};
use crate::{
    AppState,
    frame::{Frame, framed},
    html,
};

#[derive(Template)]
#[template(path = "seekers/access.html")]
struct AccessPage {
    frame: Frame,
    id: String,
    name: String,
    access: Vec<[String; 4]>,
}
framed!(AccessPage);

pub async fn show(State(state): State<AppState>, visit: SeekerVisit) -> PageResult {
    let (actor, id, frame) = visit.parts("access-title");
    let history = state.service.access_history(&actor, id).await?;
    let page = AccessPage {
        id: id.to_string(),
        access: access_rows(&history.access, &history.users, frame.t),
        name: history.seeker.profile.full_name,
        frame,
    };
    Ok(html(StatusCode::OK, &page))
}
