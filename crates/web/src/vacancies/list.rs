use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::Response,
};
use forsa_domain::{EmployerId, ExportList, PublicCode, SectorCode, VacancyStatus};
use forsa_service::{Queue, VacancyFilter, VacancyRow};
use serde::Deserialize;

use crate::{
    AppState,
    choices::Choice,
    downloads::Downloads,
    error::PageError,
    frame::{Frame, SignedIn, framed},
    html,
    i18n::Tr,
    names::{Names, Pickers},
    pager::{self, Pager},
};

/// One vacancy as the list shows it.
struct Row {
    id: String,
    title: String,
    code: String,
    employer: String,
    employer_id: String,
    status: String,
    wage: String,
    /// The languages it needs, with levels, in words; empty when none.
    languages: String,
    /// Draft or open: it may still be closed.
    closable: bool,
}

#[derive(Template)]
#[template(path = "vacancies/list.html")]
struct ListPage {
    frame: Frame,
    rows: Vec<Row>,
    statuses: Vec<Choice>,
    sectors: Vec<Choice>,
    pager: Pager,
    staff: bool,
    notice: Option<String>,
    /// The dashboard queue the list shows, in words.
    queue: Option<String>,
    /// The one employer whose vacancies are shown: their id, and name when one is.
    employer: Option<(String, String)>,
    /// The code asked for, as typed, and what is wrong with it.
    code: String,
    code_problem: Option<String>,
    /// What the empty list says.
    none: String,
    downloads: Downloads,
}

framed!(ListPage);

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    status: String,
    sector: String,
    page: Option<String>,
    saved: Option<String>,
    queue: String,
    /// One employer's vacancies.
    employer: String,
    /// The one vacancy with this code, as a visitor reads it out ("٤٨٢ ٩١٥").
    code: String,
}

fn row(
    VacancyRow {
        vacancy,
        employer_name,
    }: VacancyRow,
    tr: Tr,
) -> Row {
    Row {
        id: vacancy.id.to_string(),
        title: tr.name(&vacancy.details),
        code: vacancy.code.grouped(),
        employer: tr.name(&employer_name),
        employer_id: vacancy.employer_id.to_string(),
        status: tr.label(vacancy.status),
        wage: super::wage(&vacancy.details, tr),
        languages: super::languages(&vacancy.details, tr),
        closable: matches!(vacancy.status, VacancyStatus::Draft | VacancyStatus::Open),
    }
}

pub async fn list(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let tr = visitor.tr;
    let queue = Queue::parse(&query.queue).filter(|queue| queue.list() == "/vacancies");
    let employer = query.employer.parse().ok();
    let code = (!query.code.trim().is_empty()).then(|| PublicCode::parse(&query.code));
    let filter_status = VacancyStatus::parse(&query.status).ok();
    let filter_sector = SectorCode::parse(&query.sector).ok();
    let filter_code = code.clone().and_then(Result::ok);
    let employer_id = employer
        .map(|id: EmployerId| id.to_string())
        .unwrap_or_default();
    let filter = VacancyFilter {
        employer,
        status: filter_status,
        sector: filter_sector.clone(),
        queue,
        code: filter_code.clone(),
    };
    let mut paged = state
        .service
        .vacancy_list(&actor, filter, pager::page(query.page.as_deref())?)
        .await?;
    let code_problem = matches!(code, Some(Err(_))).then(|| tr.text("vacancies-code-invalid"));
    if code_problem.is_some() {
        // A code that cannot be one finds nothing rather than everything.
        paged.items.clear();
        paged.total = 0;
    }
    let none = match code {
        Some(Ok(code)) => tr.text_with_words("vacancies-code-none", &[("code", &code.grouped())]),
        _ => tr.text("vacancies-none"),
    };
    let filters = pager::query(&[
        ("status", &query.status),
        ("sector", &query.sector),
        ("queue", queue.map_or("", Queue::as_str)),
        ("employer", &query.employer),
        ("code", &query.code),
    ]);
    let pager = Pager::new(&paged, "/vacancies", &filters);
    let rows: Vec<Row> = paged.items.into_iter().map(|v| row(v, tr)).collect();
    let employer = employer.map(|id: EmployerId| {
        let name = rows
            .first()
            .map_or_else(|| tr.text("vacancies-one-employer"), |r| r.employer.clone());
        (id.to_string(), name)
    });
    let statuses = VacancyStatus::ALL
        .iter()
        .map(|s| (s.as_str().to_owned(), tr.label(s)));
    let downloads = Downloads::of(
        ExportList::Vacancies,
        &[
            ("status", filter_status.map_or("", VacancyStatus::as_str)),
            ("sector", filter_sector.as_ref().map_or("", |s| s.as_str())),
            ("queue", queue.map_or("", Queue::as_str)),
            ("employer_id", &employer_id),
            (
                "code",
                filter_code
                    .as_ref()
                    .map_or(String::new(), |c| c.to_string())
                    .as_str(),
            ),
        ],
        tr,
    );
    let page = ListPage {
        downloads,
        frame: Frame::new(&visitor, "vacancies-title"),
        pager,
        rows,
        employer,
        statuses: Choice::list(statuses, &query.status),
        sectors: Names::new(&state.service, tr).sector_choices(&query.sector),
        staff: actor.membership.employer_id().is_none(),
        notice: query.saved.map(|_| tr.text("vacancies-saved")),
        queue: queue.map(|queue| tr.label(queue)),
        code: query.code,
        code_problem,
        none,
    };
    Ok(html(StatusCode::OK, &page))
}
