//! `/seekers`: the centre's seekers, searched by name or case reference, filtered by
//! status, a page at a time.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
};
use forsa_domain::{SeekerStatus, seeker::Seeker};
use forsa_service::SeekerFilter;
use serde::Deserialize;

use super::PageResult;
use crate::{
    AppState,
    frame::{Frame, SignedIn, framed},
    html,
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
    pager: Pager,
}
framed!(ListPage);

fn row(seeker: Seeker, names: &Names) -> Row {
    Row {
        id: seeker.id.to_string(),
        name: seeker.profile.full_name,
        case_reference: seeker.profile.case_reference.unwrap_or_default(),
        status_key: seeker.profile.status.key(),
        location: names.location(seeker.profile.location.as_str()),
        archived: seeker.archived_at.is_some(),
    }
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    Query(query): Query<ListQuery>,
) -> PageResult {
    let actor = signed.actor;
    let frame = Frame::new(&signed.visitor, "seekers-list-title");
    let status = SeekerStatus::parse(&query.status).ok();
    let filter = SeekerFilter {
        text: Some(query.q.trim().to_owned()).filter(|q| !q.is_empty()),
        status,
        include_archived: !query.archived.is_empty(),
    };
    let found = state
        .service
        .seekers(&actor, filter, page(Some(&query.page))?)
        .await?;
    let names = Names::new(&state.service, frame.t);
    let filters = query_of(&[
        ("q", query.q.trim()),
        ("status", status.map_or("", SeekerStatus::as_str)),
        ("archived", &query.archived),
    ]);
    let list = ListPage {
        q: query.q.trim().to_owned(),
        status: status.map_or_else(String::new, |s| s.as_str().to_owned()),
        archived: !query.archived.is_empty(),
        statuses: SeekerStatus::ALL
            .iter()
            .map(|s| (s.as_str(), s.key()))
            .collect(),
        total: found.total,
        pager: Pager::new(&found, "/seekers", &filters),
        rows: found.items.into_iter().map(|s| row(s, &names)).collect(),
        frame,
    };
    Ok(html(StatusCode::OK, &list))
}
