//! The access log, newest first, a page at a time: everything, or one record's events,
//! or one user's.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::Response,
};
use forsa_domain::{SubjectType, UserId};
use forsa_service::{LabelledEvent, SubjectLabel};
use serde::Deserialize;

use crate::{
    AppState,
    choices::Choice,
    error::PageError,
    forms::given,
    frame::{Frame, SignedIn, framed},
    html,
    pager::{self, Pager},
    problems::Problems,
};

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    frame: Frame,
    query: AuditQuery,
    subjects: Vec<Choice>,
    /// `None` when the query is refused (an id that is not one).
    events: Option<Vec<Row>>,
    /// Whose events are shown, in words, when the log is narrowed to a record or a user.
    narrowed: Option<String>,
    /// Whether the look-up by id starts open (it was used).
    by_id: bool,
    pager: Pager,
    problems: Problems,
}

framed!(AuditPage);

/// One event as the log shows it: names where the ids were.
struct Row {
    event: forsa_service::AuditEvent,
    /// The record in words: a seeker's case reference, an employer's name…
    subject: String,
    /// Who acted: name and email; empty for the system.
    actor_name: String,
    actor_email: String,
}

fn row(labelled: LabelledEvent, tr: crate::i18n::Tr) -> Row {
    let subject = match labelled.subject {
        SubjectLabel::Seeker(Some(reference)) => {
            format!("{} {reference}", tr.text("admin-audit-case-reference"))
        }
        SubjectLabel::Seeker(None) => tr.text("admin-audit-no-reference"),
        SubjectLabel::Named { ar, en } => tr.name(&(ar, en)),
        SubjectLabel::Gone => tr.text("admin-audit-gone"),
        SubjectLabel::Erased => tr.text("referrals-record-erased"),
        SubjectLabel::Export(export) => {
            let filters = if export.filters.is_empty() {
                tr.text("admin-audit-export-unfiltered")
            } else {
                export.filters.join(", ")
            };
            tr.text_with_words(
                "admin-audit-export",
                &[
                    ("list", &tr.label(export.list)),
                    ("format", &export.format.as_str().to_uppercase()),
                    ("rows", &export.rows.to_string()),
                    ("filters", &filters),
                ],
            )
        }
    };
    let (actor_name, actor_email) = labelled
        .actor
        .map(|a| (a.name, a.email))
        .unwrap_or_default();
    Row {
        event: labelled.event,
        subject,
        actor_name,
        actor_email,
    }
}

/// Whose events a narrowed log shows: the record's label or the user's name, as the
/// events say them; a record or user with no events is said to have none.
fn narrowed(rows: &[Row], by_subject: bool, tr: crate::i18n::Tr) -> String {
    let whose = rows.first().map(|first| {
        if by_subject {
            first.subject.clone()
        } else if first.actor_name.is_empty() {
            tr.text("admin-audit-system")
        } else {
            first.actor_name.clone()
        }
    });
    match whose {
        Some(whose) => tr.text_naming(
            if by_subject {
                "admin-audit-of-record"
            } else {
                "admin-audit-of-user"
            },
            &[("whose", &whose)],
            &[],
        ),
        None => tr.text("admin-audit-none"),
    }
}

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

fn parse(query: &AuditQuery, problems: &mut Problems, tr: crate::i18n::Tr) -> Asked {
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
    let tr = visitor.tr;
    let mut problems = Problems::new(tr);
    let (subject, by) = parse(&query, &mut problems, tr);
    // An id that is not one asks for nothing: the form comes back with its problem.
    let (subject, by) = if problems.is_empty() {
        (subject, by)
    } else {
        (None, None)
    };
    let asked = subject.is_some() || by.is_some();
    let page = pager::page(query.page.as_deref())?;
    let paged = state.service.audit_log(&actor, subject, by, page).await?;
    let filters = pager::query(&[
        ("subject_type", &query.subject_type),
        ("subject_id", &query.subject_id),
        ("actor_id", &query.actor_id),
    ]);
    let any = (String::new(), tr.text("jobs-all"));
    let subjects = std::iter::once(any).chain(
        SubjectType::ALL
            .iter()
            .map(|&kind| (kind.as_str().to_owned(), tr.label(kind))),
    );
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let pager = Pager::new(&paged, "/audit", &filters);
    let rows: Vec<Row> = paged.items.into_iter().map(|e| row(e, tr)).collect();
    let page = AuditPage {
        frame: Frame::new(&visitor, "admin-audit-title"),
        subjects: Choice::list(subjects, query.subject_type.trim()),
        pager,
        narrowed: asked.then(|| narrowed(&rows, subject.is_some(), tr)),
        by_id: asked || !problems.is_empty(),
        events: problems.is_empty().then_some(rows),
        query,
        problems,
    };
    Ok(html(status, &page))
}
