//! The caseworker's dashboard: new registrations, open referrals by stage, follow-ups
//! due and permits running out, for their centre.

use askama::Template;
use axum::{http::StatusCode, response::Response};
use forsa_service::{Actor, Dashboard};

use crate::{
    AppState,
    error::PageError,
    follow_up_form::{FollowUpAttempt, FollowUpForm},
    frame::{Frame, framed},
    html,
    key_figures::KeyFiguresView,
    visitor::Visitor,
};

#[derive(Template)]
#[template(path = "home/dashboard.html")]
struct DashboardPage {
    frame: Frame,
    board: Dashboard,
    /// Each queue of work: its words, its count and the list it links to.
    queues: Vec<QueueTile>,
    /// Each open stage's name, its count and where its referrals are listed.
    stages: Vec<(String, u64, String)>,
    /// The record form of each follow-up due, in the list's order.
    due_forms: Vec<FollowUpForm>,
    /// Coming follow-ups carry no form: they are recorded once due.
    no_forms: Vec<FollowUpForm>,
    notice: Option<String>,
    /// Why a record was refused when its follow-up is no longer listed.
    refused: Option<String>,
    key_figures: KeyFiguresView,
    reports_link: bool,
}

framed!(DashboardPage);

/// A queue as the dashboard shows it.
struct QueueTile {
    id: &'static str,
    label: String,
    count: u64,
    href: String,
}

pub async fn show(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
    recorded: bool,
    mut attempt: Option<FollowUpAttempt>,
) -> Result<Response, PageError> {
    let board = state.service.dashboard(actor).await?;
    let due_forms: Vec<FollowUpForm> = board
        .follow_ups_due
        .first
        .iter()
        .map(|f| FollowUpForm::of(f.id, &mut attempt, visitor.tr))
        .collect();
    let refused = FollowUpAttempt::unshown(attempt);
    let status = match &refused {
        Some((status, _)) => *status,
        None if due_forms.iter().any(|f| !f.problems.is_empty()) => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        None => StatusCode::OK,
    };
    let stages = board
        .open_referrals
        .iter()
        .map(|&(stage, count)| {
            let href = format!("/referrals?stage={stage}");
            (visitor.tr.label(stage), count, href)
        })
        .collect();
    let queues = board
        .queues
        .iter()
        .map(|&(queue, count)| QueueTile {
            id: queue.as_str(),
            // "1 work permit ending…": the label agrees with its count.
            label: visitor
                .tr
                .text_with(&crate::labels::Labelled::key(queue), "count", count),
            count,
            href: format!("{}?queue={}", queue.list(), queue.as_str()),
        })
        .collect();
    let page = DashboardPage {
        frame: Frame::new(visitor, "home-title-caseworker"),
        key_figures: KeyFiguresView::of(&board.key_figures, visitor.tr),
        reports_link: true,
        queues,
        board,
        stages,
        due_forms,
        no_forms: Vec::new(),
        notice: recorded.then(|| visitor.tr.text("follow-up-recorded")),
        refused: refused.map(|(_, message)| message),
    };
    Ok(html(status, &page))
}
