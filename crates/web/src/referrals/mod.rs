//! Referrals as the employer sees them: the candidates sent to their vacancies, only
//! as far as consent allows, and the outcome they record with a reason. Staff reach
//! the same list for their centre.

mod list;
mod stage;

pub(crate) use list::{Shown, at, list_page, next_step};

use axum::{
    Router,
    routing::{get, post},
};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/referrals", get(list::list))
        .route("/referrals/{id}/stage", post(stage::move_stage))
}
