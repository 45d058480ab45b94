//! Referrals as the employer sees them: the candidates sent to their vacancies, only
//! as far as consent allows, and the outcome they record with a reason. Staff reach
//! the same list for their centre.

mod follow_up;
mod list;
mod stage;

pub(crate) use follow_up::{FollowUpAttempt, FollowUpForm};

use axum::{
    Router,
    routing::{get, post},
};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/referrals", get(list::list))
        .route("/referrals/{id}/stage", post(stage::move_stage))
        .route("/follow-ups/{id}", post(follow_up::record))
}
