//! `/seekers`: the centre's seekers, searched by name or case reference, filtered by
//! status, a page at a time.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
};
use forsa_domain::{SeekerStatus, seeker::Seeker};
use forsa_service::{Page, SeekerFilter};
use serde::Deserialize;

use super::{Frame, Names, PageResult, encode, framed, staff};
use crate::{
    AppState,
    pages::{html, visitor::Visitor},
};

const PER_PAGE: u64 = 25;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    status: String,
    archived: String,
    page: String,
}

pub struct Row {
    pub id: String,
    pub name: String,
    pub case_reference: String,
    pub status_key: String,
    pub location: String,
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
    previous: Option<String>,
    next: Option<String>,
    page: u64,
    pages: u64,
}
framed!(ListPage);

pub fn status_key(status: SeekerStatus) -> String {
    format!("seekers-status-{}", status.as_str().replace('_', "-"))
}

fn row(seeker: Seeker, names: &Names) -> Row {
    Row {
        id: seeker.id.to_string(),
        name: seeker.profile.full_name,
        case_reference: seeker.profile.case_reference.unwrap_or_default(),
        status_key: status_key(seeker.profile.status),
        location: names.location(seeker.profile.location.as_str()),
        archived: seeker.archived_at.is_some(),
    }
}

pub async fn show(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(query): Query<ListQuery>,
) -> PageResult {
    let (actor, frame) = staff(&visitor, "seekers-list-title")?;
    let number = query.page.trim().parse::<u64>().unwrap_or(1).max(1);
    let status = SeekerStatus::parse(&query.status).ok();
    let filter = SeekerFilter {
        text: Some(query.q.trim().to_owned()).filter(|q| !q.is_empty()),
        status,
        include_archived: !query.archived.is_empty(),
    };
    let found = state
        .service
        .seekers(
            &actor,
            filter,
            Page {
                number,
                size: PER_PAGE,
            },
        )
        .await?;
    let names = Names::load(&state.service, frame.t).await?;
    let pages = found.total.div_ceil(PER_PAGE).max(1);
    let link = |n: u64| {
        format!(
            "/seekers?q={}&status={}&archived={}&page={n}",
            encode(query.q.trim()),
            status.map_or("", SeekerStatus::as_str),
            encode(&query.archived),
        )
    };
    let page = ListPage {
        q: query.q.trim().to_owned(),
        status: status.map_or_else(String::new, |s| s.as_str().to_owned()),
        archived: !query.archived.is_empty(),
        statuses: SeekerStatus::ALL
            .iter()
            .map(|s| (s.as_str(), status_key(*s)))
            .collect(),
        total: found.total,
        rows: found.items.into_iter().map(|s| row(s, &names)).collect(),
        previous: (number > 1).then(|| link(number - 1)),
        next: (number < pages).then(|| link(number + 1)),
        page: number,
        pages,
        frame,
    };
    Ok(html(StatusCode::OK, &page))
}
