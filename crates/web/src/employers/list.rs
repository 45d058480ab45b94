use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::Response,
};
use forsa_domain::{ExportList, employer::Employer};
use forsa_service::EmployerQuery;
use serde::Deserialize;

use crate::{
    AppState,
    downloads::Downloads,
    error::PageError,
    frame::{Frame, SignedIn, framed},
    html,
    pager::{self, Pager},
};

#[derive(Template)]
#[template(path = "employers/list.html")]
struct ListPage {
    frame: Frame,
    q: String,
    employers: Vec<Employer>,
    pager: Pager,
    staff: bool,
    notice: Option<String>,
    /// Staff take the list away; an employer sees only their own record.
    downloads: Option<Downloads>,
}

framed!(ListPage);

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    page: Option<String>,
    saved: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let search = EmployerQuery {
        name: Some(query.q.trim().to_owned()).filter(|q| !q.is_empty()),
        ..EmployerQuery::default()
    };
    let paged = state
        .service
        .employers(&actor, search, pager::page(query.page.as_deref())?)
        .await?;
    let t = visitor.tr;
    let staff = actor.membership.employer_id().is_none();
    let downloads = (staff && !paged.items.is_empty())
        .then(|| Downloads::of(ExportList::Employers, &[("q", query.q.trim())], t));
    let page = ListPage {
        downloads,
        frame: Frame::new(&visitor, "employers-title"),
        pager: Pager::new(&paged, "/employers", &pager::query(&[("q", &query.q)])),
        employers: paged.items,
        q: query.q,
        staff,
        notice: query.saved.map(|_| t.text("employers-saved")),
    };
    Ok(html(StatusCode::OK, &page))
}
