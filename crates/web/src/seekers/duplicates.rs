//! The duplicates queue (`/duplicates`): people registered although alike to an
//! earlier record, each pair with what tells them apart, to decide: one person (the
//! later record is merged into the earlier one, with a reason) or two.

use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use forsa_domain::seeker::{MergeInput, Seeker};
use forsa_service::{DuplicateQueue, ServiceError};
use serde::Deserialize;

use super::{PageResult, SeekerVisit};
use crate::{
    AppState,
    forms::given,
    frame::{Frame, SignedIn, framed},
    html,
    i18n::Tr,
    messages,
    record_id::RecordId,
};

#[derive(Template)]
#[template(path = "seekers/duplicates.html")]
struct QueuePage {
    frame: Frame,
    pairs: Vec<PairView>,
    notice: Option<String>,
}
framed!(QueuePage);

/// One pair of the queue as the page shows it.
struct PairView {
    id: String,
    /// The later record (merged away if one person) and the earlier (kept), each
    /// with the catalogue key that says which it is.
    people: [(PersonView, &'static str); 2],
    later: String,
    earlier: String,
    reason: Option<String>,
    flagged: String,
    /// Why the last merge of this pair was refused, with the reason typed.
    refused: Option<(String, String)>,
}

struct PersonView {
    id: String,
    name: String,
    facts: Vec<String>,
}

impl PersonView {
    fn of(seeker: &Seeker, queue: &DuplicateQueue, tr: Tr) -> Self {
        let p = &seeker.profile;
        let mut facts = Vec::new();
        if let Some(reference) = &p.case_reference {
            facts.push(reference.clone());
        }
        if let Some(year) = p.birth_year {
            facts.push(tr.text_with_numbers("duplicates-born", &[("year", i64::from(year))]));
        }
        facts.push(tr.label(p.gender));
        if let Some(phone) = &p.phone {
            facts.push(phone.clone());
        }
        if let Some(centre) = queue.centres.iter().find(|c| c.id == seeker.centre_id) {
            facts.push(tr.name(centre));
        }
        facts.push(tr.text_naming(
            "duplicates-registered",
            &[],
            &[("day", &tr.date_of(&seeker.created_at))],
        ));
        PersonView {
            id: seeker.id.to_string(),
            name: p.full_name.clone(),
            facts,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct QueueQuery {
    done: String,
}

async fn page(
    state: &AppState,
    signed: &SignedIn,
    refused: Option<(String, String, String)>,
    notice: Option<String>,
) -> PageResult {
    let queue = state.service.duplicate_queue(&signed.actor).await?;
    let frame = Frame::new(&signed.visitor, "duplicates-title");
    let tr = frame.t;
    let pairs = queue
        .pairs
        .iter()
        .map(|pair| {
            let id = pair.id.to_string();
            PairView {
                people: [
                    (PersonView::of(&pair.seeker, &queue, tr), "duplicates-later"),
                    (
                        PersonView::of(&pair.other, &queue, tr),
                        "duplicates-earlier",
                    ),
                ],
                later: pair.seeker.id.to_string(),
                earlier: pair.other.id.to_string(),
                reason: pair.reason.clone(),
                flagged: tr.date_of(&pair.flagged_at),
                refused: refused
                    .as_ref()
                    .filter(|(pair, _, _)| *pair == id)
                    .map(|(_, message, reason)| (message.clone(), reason.clone())),
                id,
            }
        })
        .collect();
    let status = if refused.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(html(
        status,
        &QueuePage {
            frame,
            pairs,
            notice,
        },
    ))
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    Query(query): Query<QueueQuery>,
) -> PageResult {
    let notice = match query.done.as_str() {
        "merged" => Some("duplicates-done-merged"),
        "different" => Some("duplicates-done-different"),
        _ => None,
    }
    .map(|key| signed.visitor.tr.text(key));
    page(&state, &signed, None, notice).await
}

pub async fn different(
    State(state): State<AppState>,
    signed: SignedIn,
    RecordId(id): RecordId<uuid::Uuid>,
) -> PageResult {
    state.service.not_duplicates(&signed.actor, id).await?;
    Ok(Redirect::to("/duplicates?done=different").into_response())
}

/// The merge form of a pair: the record kept, why, and the pair it came from.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MergeForm {
    into: String,
    reason: String,
    pair: String,
}

pub async fn merge(
    State(state): State<AppState>,
    visit: SeekerVisit,
    Form(form): Form<MergeForm>,
) -> PageResult {
    let (id, signed) = visit.signed();
    let actor = signed.actor;
    let input = MergeInput {
        into: given(&form.into),
        reason: Some(form.reason.clone()),
    };
    match state.service.merge_seekers(&actor, id, input).await {
        Ok((kept, _)) => {
            Ok(Redirect::to(&format!("/seekers/{}?done=merged", kept.id)).into_response())
        }
        Err(ServiceError::Invalid(errors)) => {
            let tr = signed.visitor.tr;
            let message = errors
                .iter()
                .map(|(_, problem)| messages::problem(problem, tr))
                .next()
                .unwrap_or_default();
            page(
                &state,
                &signed,
                Some((form.pair, message, form.reason)),
                None,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
