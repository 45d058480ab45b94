//! The caseworker's dashboard: new registrations, open referrals by stage, follow-ups
//! due and permits running out, for their centre.

use askama::Template;
use axum::{http::StatusCode, response::Response};
use forsa_domain::ReferralStage;
use forsa_service::{Actor, Dashboard};

use crate::{
    AppState,
    pages::{
        error::PageError,
        frame::{Frame, framed},
        html,
        i18n::Tr,
        visitor::Visitor,
    },
};

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    frame: Frame,
    board: Dashboard,
    /// Each open stage's name, its count and where its referrals are listed.
    stages: Vec<(String, u64, String)>,
}

framed!(DashboardPage);

fn stage_name(stage: ReferralStage, tr: Tr) -> String {
    tr.text(match stage {
        ReferralStage::Proposed => "referrals-stage-proposed",
        ReferralStage::Referred => "referrals-stage-referred",
        ReferralStage::Interview => "referrals-stage-interview",
        ReferralStage::Offered => "referrals-stage-offered",
        ReferralStage::Hired => "referrals-stage-hired",
        ReferralStage::Declined => "referrals-stage-declined",
        ReferralStage::Rejected => "referrals-stage-rejected",
        ReferralStage::NoShow => "referrals-stage-no_show",
        ReferralStage::Withdrawn => "referrals-stage-withdrawn",
    })
}

pub async fn show(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
) -> Result<Response, PageError> {
    let board = state.service.dashboard(actor).await?;
    let stages = board
        .open_referrals
        .iter()
        .map(|&(stage, count)| {
            let href = format!("/referrals?stage={stage}");
            (stage_name(stage, visitor.tr), count, href)
        })
        .collect();
    let page = DashboardPage {
        frame: Frame::new(visitor, "home-title-caseworker"),
        board,
        stages,
    };
    Ok(html(StatusCode::OK, &page))
}
