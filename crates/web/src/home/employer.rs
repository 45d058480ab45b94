//! The employer's home: referrals waiting for their answer, and their open vacancies
//! each with the referrals new this week and those waiting.

use askama::Template;
use axum::{http::StatusCode, response::Response};
use chrono::NaiveDate;
use forsa_domain::{ReferralId, VacancyId};
use forsa_service::{Actor, EmployerHome, NEW_DAYS};

use crate::{
    AppState,
    error::PageError,
    frame::{Frame, framed},
    html,
    key_figures::KeyFiguresView,
    visitor::Visitor,
};

/// A referral waiting for the employer's answer.
struct Waiting {
    id: ReferralId,
    /// The person's name; `None` when they have not agreed to share it.
    name: Option<String>,
    /// Whether the person's record was erased.
    erased: bool,
    vacancy: String,
    since: NaiveDate,
}

/// An open vacancy with its referrals.
struct Open {
    id: VacancyId,
    title: String,
    closing: Option<NaiveDate>,
    new: u64,
    waiting: u64,
}

#[derive(Template)]
#[template(path = "home/employer.html")]
struct EmployerPage {
    frame: Frame,
    employer: String,
    waiting: Vec<Waiting>,
    waiting_total: u64,
    open: Vec<Open>,
    open_total: u64,
    drafts: u64,
    /// "New this week", with the number of days it means.
    new_heading: String,
    key_figures: KeyFiguresView,
    reports_link: bool,
}

framed!(EmployerPage);

pub async fn show(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
) -> Result<Response, PageError> {
    let home: EmployerHome = state.service.employer_home(actor).await?;
    let tr = visitor.tr;
    let waiting = home
        .waiting
        .first
        .iter()
        .map(|row| Waiting {
            id: row.view.referral.id,
            name: row.view.candidate.as_ref().map(|c| c.full_name.clone()),
            erased: row.view.erased,
            vacancy: tr.name(&row.vacancy.details),
            since: tr.day_of(&row.view.referral.updated_at),
        })
        .collect();
    let open = home
        .open
        .first
        .iter()
        .map(|o| Open {
            id: o.vacancy.id,
            title: tr.name(&o.vacancy.details),
            closing: o.vacancy.details.closing_date,
            new: o.referrals.new,
            waiting: o.referrals.waiting,
        })
        .collect();
    let page = EmployerPage {
        frame: Frame::new(visitor, "home-title-employer"),
        employer: tr.name(&home.employer_name),
        waiting,
        waiting_total: home.waiting.total,
        open,
        open_total: home.open.total,
        drafts: home.drafts,
        new_heading: tr.text_with("home-new-referrals", "days", NEW_DAYS.unsigned_abs()),
        key_figures: KeyFiguresView::of(&home.key_figures, tr),
        reports_link: false,
    };
    Ok(html(StatusCode::OK, &page))
}
