//! `/seekers`: finding a person. Words of the name in any order and spelling, a phone
//! typed any way, or part of a case reference; filtered by status, a page at a time,
//! each with their occupation, permit and last activity. When nobody is found, the
//! page offers to register them with what was typed.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
};
use chrono::NaiveDate;
use forsa_domain::{ExportList, SeekerStatus};
use forsa_service::{Queue, SeekerFilter, SeekerRow};
use serde::Deserialize;

use super::PageResult;
use crate::{
    AppState,
    downloads::Downloads,
    frame::{Frame, SignedIn, framed},
    html,
    i18n::Tr,
    labels::Labelled,
    names::Names,
    pager::{Pager, page, query as query_of},
};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    status: String,
    archived: String,
    page: String,
    queue: String,
}

pub struct Row {
    pub id: String,
    pub name: String,
    /// Refugee, host community…, in the form the person's gender takes in Arabic.
    pub status: String,
    pub case_reference: String,
    pub occupation: String,
    /// The permit that matters today: its words and whether it is in force.
    pub permit: String,
    pub permit_in_force: bool,
    pub last_activity: String,
    pub archived: bool,
}

#[derive(Template)]
#[template(path = "seekers/list.html")]
struct ListPage {
    frame: Frame,
    q: String,
    status: String,
    archived: bool,
    statuses: Vec<(&'static str, String)>,
    rows: Vec<Row>,
    total: u64,
    pager: Pager,
    /// When nobody was found: the registration form, filled with what was typed.
    register: Option<String>,
    /// The dashboard queue the list shows, in words.
    queue: Option<String>,
    downloads: Downloads,
}
framed!(ListPage);

fn row(found: SeekerRow, names: &Names, today: NaiveDate, tr: Tr) -> Row {
    let SeekerRow {
        seeker,
        permit: held,
        last_activity,
    } = found;
    let profile = seeker.profile;
    let (permit, permit_in_force) = super::permit_badge(profile.status, held.as_ref(), today, tr);
    Row {
        id: seeker.id.to_string(),
        name: profile.full_name,
        status: tr.label_of(profile.status, profile.gender),
        case_reference: profile.case_reference.unwrap_or_default(),
        occupation: profile
            .occupations
            .first()
            .map(|o| names.occupation(o.isco.as_str()))
            .unwrap_or_default(),
        permit,
        permit_in_force,
        last_activity: tr.date_of(&last_activity),
        archived: seeker.archived_at.is_some(),
    }
}

/// The registration form's address, filled with what was typed: a phone when it
/// reads as one, else a name.
fn register_with(q: &str) -> String {
    let digits = q.chars().filter(char::is_ascii_digit).count();
    let field = if digits >= 3 && !q.chars().any(char::is_alphabetic) {
        "phone"
    } else {
        "full_name"
    };
    format!("/seekers/new?{}", query_of(&[(field, q)]))
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    Query(query): Query<ListQuery>,
) -> PageResult {
    let actor = signed.actor;
    let frame = Frame::new(&signed.visitor, "seekers-list-title");
    let tr = frame.t;
    let status = SeekerStatus::parse(&query.status).ok();
    let q = query.q.trim();
    let queue = Queue::parse(&query.queue).filter(|queue| queue.list() == "/seekers");
    let filter = SeekerFilter {
        text: Some(q.to_owned()).filter(|q| !q.is_empty()),
        status,
        include_archived: !query.archived.is_empty(),
        queue,
    };
    let found = state
        .service
        .seeker_list(&actor, filter, page(Some(&query.page))?)
        .await?;
    let names = Names::new(&state.service, tr);
    let today = tr.today();
    let filters = query_of(&[
        ("q", q),
        ("status", status.map_or("", SeekerStatus::as_str)),
        ("archived", &query.archived),
        ("queue", queue.map_or("", Queue::as_str)),
    ]);
    let downloads = Downloads::of(
        ExportList::Seekers,
        &[
            ("q", q),
            ("status", status.map_or("", SeekerStatus::as_str)),
            (
                "include_archived",
                if query.archived.is_empty() {
                    ""
                } else {
                    "true"
                },
            ),
            ("queue", queue.map_or("", Queue::as_str)),
        ],
        tr,
    );
    let list = ListPage {
        downloads,
        q: q.to_owned(),
        status: status.map_or_else(String::new, |s| s.as_str().to_owned()),
        archived: !query.archived.is_empty(),
        statuses: SeekerStatus::ALL
            .iter()
            .map(|s| (s.as_str(), s.key()))
            .collect(),
        total: found.total,
        pager: Pager::new(&found, "/seekers", &filters),
        register: (found.total == 0 && !q.is_empty()).then(|| register_with(q)),
        queue: queue.map(|queue| tr.label(queue)),
        rows: found
            .items
            .into_iter()
            .map(|s| row(s, &names, today, tr))
            .collect(),
        frame,
    };
    Ok(html(StatusCode::OK, &list))
}
