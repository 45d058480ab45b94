//! The access log, by subject or by actor, newest first, a page at a time.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::Response,
};
use forsa_domain::{SubjectType, UserId};
use forsa_service::{AuditEvent, Paged};
use serde::Deserialize;

use super::{admin_only, given, subject_label};
use crate::{
    AppState,
    pages::{
        error::PageError,
        frame::{Choice, Frame, SignedIn, framed},
        html,
        pager::{self, Pager},
        problems::Problems,
    },
};

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    frame: Frame,
    query: AuditQuery,
    subjects: Vec<Choice>,
    /// `None` until a subject or an actor is asked for.
    events: Option<Vec<AuditEvent>>,
    pager: Pager,
    problems: Problems,
}

framed!(AuditPage);

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct AuditQuery {
    subject_type: String,
    subject_id: String,
    actor_id: String,
    page: Option<String>,
}

/// What the query asks for, or its problems by field.
type Asked = (Option<(SubjectType, uuid::Uuid)>, Option<UserId>);

fn parse(query: &AuditQuery, problems: &mut Problems, tr: crate::pages::i18n::Tr) -> Asked {
    let kind = given(&query.subject_type).and_then(|raw| {
        let kind = SubjectType::parse(&raw).ok();
        if kind.is_none() {
            problems.add("subject_type", tr.text("jobs-error-choose"));
        }
        kind
    });
    let id = given(&query.subject_id).and_then(|raw| {
        let id = uuid::Uuid::parse_str(&raw).ok();
        if id.is_none() {
            problems.add("subject_id", tr.text("admin-audit-error-id"));
        }
        id
    });
    let by = given(&query.actor_id).and_then(|raw| {
        let by = raw.parse::<UserId>().ok();
        if by.is_none() {
            problems.add("actor_id", tr.text("admin-audit-error-id"));
        }
        by
    });
    let subject = match (kind, id) {
        (Some(kind), Some(id)) => Some((kind, id)),
        (None, Some(_)) if problems.get("subject_type").is_none() => {
            problems.add("subject_type", tr.text("jobs-error-required"));
            None
        }
        (Some(_), None) if problems.get("subject_id").is_none() => {
            problems.add("subject_id", tr.text("jobs-error-required"));
            None
        }
        _ => None,
    };
    (subject, by)
}

pub async fn list(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Query(query): Query<AuditQuery>,
) -> Result<Response, PageError> {
    admin_only(&actor)?;
    let tr = visitor.tr;
    let mut problems = Problems::new(tr);
    let (subject, by) = parse(&query, &mut problems, tr);
    let mut paged = Paged::<AuditEvent> {
        items: Vec::new(),
        total: 0,
        page: 1,
        per_page: 1,
    };
    let asked = subject.is_some() || by.is_some();
    if problems.is_empty() && asked {
        let page = pager::page(query.page.as_deref());
        paged = state
            .service
            .audit_events(&actor, subject, by, page)
            .await?;
    }
    let filters = pager::query(&[
        ("subject_type", &query.subject_type),
        ("subject_id", &query.subject_id),
        ("actor_id", &query.actor_id),
    ]);
    let any = (String::new(), tr.text("jobs-all"));
    let subjects = std::iter::once(any).chain(
        SubjectType::ALL
            .iter()
            .map(|&kind| (kind.as_str().to_owned(), tr.text(subject_label(&kind)))),
    );
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = AuditPage {
        frame: Frame::new(&visitor, "admin-audit-title"),
        subjects: Choice::list(subjects, query.subject_type.trim()),
        pager: Pager::new(&paged, "/audit", &filters),
        events: (problems.is_empty() && asked).then_some(paged.items),
        query,
        problems,
    };
    Ok(html(status, &page))
}
