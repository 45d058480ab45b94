use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::Response,
};
use chrono::NaiveDate;
use forsa_domain::{FollowUpId, ReferralId, ReferralStage, Role, referral::check_move};
use forsa_service::{Actor, Candidate, Queue, ReferralFilter, ReferralRow, ReferralView};
use serde::Deserialize;

use crate::follow_up_form::{FollowUpAttempt, FollowUpForm};
use crate::{
    AppState,
    choices::Choice,
    error::PageError,
    frame::{Frame, SignedIn, framed},
    html,
    i18n::Tr,
    names::Names,
    pager::{self, Pager},
    problems::Problems,
};

/// What the employer may know of a candidate, in words.
struct CandidateView {
    name: String,
    phone: String,
    languages: Vec<String>,
    occupations: Vec<String>,
    skills: String,
}

struct Row {
    id: ReferralId,
    vacancy: String,
    stage: String,
    /// `None`: the seeker has not agreed to share their profile.
    candidate: Option<CandidateView>,
    /// Said when the seeker has not agreed to share with employers, in the words
    /// that fit who reads it: the employer, or the centre's own staff.
    not_shared: Option<String>,
    /// The centre's check-ins after a hire, with whether each is due; not shown to
    /// employers, whose business they are not.
    follow_ups: Vec<FollowUpView>,
    moves: Vec<Choice>,
    reason: String,
    problems: Problems,
}

struct FollowUpView {
    id: FollowUpId,
    due_on: NaiveDate,
    due: bool,
    /// What was recorded: the outcome's name, the note and the day.
    done: Option<(String, String, NaiveDate)>,
    /// The form to record it, on a due follow-up not yet done.
    form: Option<FollowUpForm>,
}

#[derive(Template)]
#[template(path = "referrals/list.html")]
struct ListPage {
    frame: Frame,
    rows: Vec<Row>,
    stages: Vec<Choice>,
    pager: Pager,
    notice: Option<String>,
    /// Why a follow-up record was refused when its follow-up has no form here.
    refused: Option<String>,
    /// The filter and page shown, which each move form sends back so that a refused
    /// move (or a saved one) returns here rather than to the first page.
    list_stage: String,
    list_queue: String,
    /// The dashboard queue the list shows, in words.
    queue: Option<String>,
    list_page: u64,
}

framed!(ListPage);

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    stage: String,
    /// A dashboard queue the list shows instead of a stage.
    queue: String,
    page: Option<String>,
    saved: Option<String>,
    recorded: Option<String>,
}

/// A move that failed, shown again on its referral with what was typed.
pub struct Attempt {
    pub id: ReferralId,
    pub stage: String,
    pub reason: String,
    pub problems: Problems,
}

fn candidate(state: &AppState, candidate: Candidate, tr: Tr) -> CandidateView {
    let names = Names::new(&state.service, tr);
    let occupation = |code: &str| names.occupation(code);
    CandidateView {
        name: candidate.full_name,
        phone: candidate.phone.unwrap_or_default(),
        languages: candidate
            .languages
            .iter()
            .map(|l| {
                let code = l.code.to_string();
                let name = match code.as_str() {
                    "ar" => tr.text("referrals-language-ar"),
                    "en" => tr.text("referrals-language-en"),
                    _ => code,
                };
                format!(
                    "{name}: {}",
                    tr.text(&format!("referrals-level-{}", l.level))
                )
            })
            .collect(),
        occupations: candidate
            .occupations
            .iter()
            .map(|o| {
                let years = tr.text_with("vacancies-fit-years", "years", u64::from(o.years));
                format!("{} ({years})", occupation(o.isco.as_str()))
            })
            .collect(),
        skills: candidate.skills.join("، "),
    }
}

/// The stages this actor may move a referral to from where it is.
fn moves(actor: &Actor, from: ReferralStage, chosen: &str, tr: Tr) -> Vec<Choice> {
    let allowed = ReferralStage::ALL
        .iter()
        .filter(|&&to| check_move(actor.role(), from, to).is_ok())
        .map(|&to| (to.as_str().to_owned(), tr.label(to)));
    Choice::list(allowed, chosen)
}

/// The list; `attempt` is a move that was refused, shown on its referral.
pub async fn list_page(
    state: &AppState,
    SignedIn { actor, visitor }: &SignedIn,
    query: ListQuery,
    mut attempt: Option<Attempt>,
    mut follow_up_attempt: Option<FollowUpAttempt>,
) -> Result<Response, PageError> {
    let tr = visitor.tr;
    let queue = Queue::parse(&query.queue).filter(|queue| queue.list() == "/referrals");
    let filter = ReferralFilter {
        stage: ReferralStage::parse(&query.stage).ok(),
        queue,
        ..ReferralFilter::default()
    };
    let page = pager::page(query.page.as_deref())?;
    // The service decides, per referral, what of the candidate may be shown, and
    // gives the centre's follow-ups to its staff only.
    let paged = state.service.referral_list(actor, filter, page).await?;
    let today = chrono::Utc::now().date_naive();
    let employer = actor.role() == Role::Employer;
    let mut rows = Vec::with_capacity(paged.items.len());
    let (total, number, per_page) = (paged.total, paged.page, paged.per_page);
    for ReferralRow { view, vacancy } in paged.items {
        let ReferralView {
            referral,
            candidate: shared,
            follow_ups,
            shared_with_employer,
            ..
        } = view;
        let mine = attempt.take_if(|a| a.id == referral.id);
        let (chosen, reason, problems) = match mine {
            Some(a) => (a.stage, a.reason, a.problems),
            None => (String::new(), String::new(), Problems::default()),
        };
        rows.push(Row {
            id: referral.id,
            vacancy: tr.name(&vacancy.details),
            stage: tr.label(referral.stage),
            candidate: shared.map(|c| candidate(state, c, tr)),
            not_shared: (!shared_with_employer).then(|| {
                tr.text(if employer {
                    "referrals-no-consent"
                } else {
                    "referrals-no-consent-staff"
                })
            }),
            follow_ups: follow_ups
                .iter()
                .map(|f| {
                    let due = f.done_at.is_none() && f.due_on <= today;
                    FollowUpView {
                        id: f.id,
                        due_on: f.due_on,
                        due,
                        done: f.done_at.map(|at| {
                            (
                                f.outcome.map(|o| tr.label(o)).unwrap_or_default(),
                                f.note.clone().unwrap_or_default(),
                                at.date_naive(),
                            )
                        }),
                        form: due.then(|| FollowUpForm::of(f.id, &mut follow_up_attempt, tr)),
                    }
                })
                .collect(),
            moves: moves(actor, referral.stage, &chosen, tr),
            reason,
            problems,
        });
    }
    let refused = |r: &Row| {
        !r.problems.is_empty()
            || r.follow_ups.iter().any(|f| {
                f.form
                    .as_ref()
                    .is_some_and(|form| !form.problems.is_empty())
            })
    };
    let unshown = FollowUpAttempt::unshown(follow_up_attempt);
    let status = match &unshown {
        Some((status, _)) => *status,
        None if rows.iter().any(refused) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    let stages = ReferralStage::ALL
        .iter()
        .map(|&s| (s.as_str().to_owned(), tr.label(s)));
    let filters = pager::query(&[
        ("stage", &query.stage),
        ("queue", queue.map_or("", Queue::as_str)),
    ]);
    let pager = Pager::counted(number, per_page, total, "/referrals", &filters);
    let mut frame = Frame::new(visitor, "referrals-title");
    // The language switch comes back to this page of the list, not to the move's
    // address (which only takes a POST).
    frame.shell.path = address(&query.stage, &query.queue, pager.number(), "");
    let page = ListPage {
        frame,
        list_page: pager.number(),
        pager,
        stages: Choice::list(stages, &query.stage),
        notice: match (query.saved, query.recorded) {
            (Some(_), _) => Some(tr.text("referrals-saved")),
            (None, Some(_)) => Some(tr.text("follow-up-recorded")),
            (None, None) => None,
        },
        refused: unshown.map(|(_, message)| message),
        list_stage: query.stage,
        list_queue: queue.map_or_else(String::new, |queue| queue.as_str().to_owned()),
        queue: queue.map(|queue| tr.label(queue)),
        rows,
    };
    Ok(html(status, &page))
}

pub async fn list(
    State(state): State<AppState>,
    page: SignedIn,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    list_page(&state, &page, query, None, None).await
}

/// The list filtered by `stage` or `queue` at page `page`, where a move was made from.
pub fn at(stage: String, queue: String, page: String) -> ListQuery {
    ListQuery {
        stage,
        queue,
        page: Some(page),
        saved: None,
        recorded: None,
    }
}

/// The list's address for a stage filter or queue and a page (the first goes
/// unsaid), with `extra` (`saved=1`) added.
pub fn address(stage: &str, queue: &str, page: u64, extra: &str) -> String {
    let page = if page > 1 {
        page.to_string()
    } else {
        String::new()
    };
    let query = [
        pager::query(&[("stage", stage), ("queue", queue), ("page", &page)]),
        extra.to_owned(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join("&");
    if query.is_empty() {
        "/referrals".to_owned()
    } else {
        format!("/referrals?{query}")
    }
}
