use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::Response,
};
use chrono::NaiveDate;
use forsa_domain::{
    EmployerId, ExportList, FollowUpId, ReferralId, ReferralStage, Role, SeekerId, VacancyId,
    referral::{FollowUp, Referral, check_move},
};
use forsa_service::{Actor, Candidate, Queue, ReferralFilter, ReferralRow, ReferralView};
use serde::Deserialize;

use crate::follow_up_form::{FollowUpAttempt, FollowUpForm};
use crate::{
    AppState,
    choices::Choice,
    downloads::Downloads,
    error::PageError,
    frame::{Frame, SignedIn, framed},
    html,
    i18n::Tr,
    names::Names,
    pager::{self, Pager},
    problems::Problems,
};

/// After this many days without the employer's answer, the referral asks for a call.
const WAIT_BEFORE_CALLING: i64 = 7;

/// What the employer may know of a candidate, in words.
struct CandidateView {
    phone: String,
    languages: Vec<String>,
    occupations: Vec<String>,
    skills: String,
}

/// One line of the table.
struct Row {
    id: ReferralId,
    /// The person's name; `None` when the employer may not see it, or it was erased.
    name: Option<String>,
    /// Whether the person's record was erased.
    erased: bool,
    /// The person's page, for the centre's staff.
    seeker: Option<SeekerId>,
    /// What the employer may know beyond the name, shown on demand.
    candidate: Option<CandidateView>,
    /// Said when the seeker has not agreed to share with employers, in the words
    /// that fit who reads it: the employer, or the centre's own staff.
    not_shared: Option<String>,
    vacancy: String,
    vacancy_id: VacancyId,
    /// The employer's name and id, for the centre's staff (an employer knows).
    employer: Option<(EmployerId, String)>,
    stage: String,
    /// The day the referral reached its stage.
    since: NaiveDate,
    /// What happens next, in words, and whether it is the reader's to do now.
    next: String,
    urgent: bool,
    /// Follow-ups due and not yet recorded, each with its form (staff only).
    follow_ups: Vec<FollowUpView>,
    moves: Vec<Choice>,
    reason: String,
    problems: Problems,
}

impl Row {
    /// The reason field's attributes: described by its hint, and its problem if any.
    fn reason_attrs(&self) -> String {
        let hint = format!("reason_hint_{}", self.id);
        self.problems.attrs("reason", Some(&hint))
    }
}

struct FollowUpView {
    id: FollowUpId,
    due_on: NaiveDate,
    form: FollowUpForm,
}

#[derive(Template)]
#[template(path = "referrals/list.html")]
struct ListPage {
    frame: Frame,
    rows: Vec<Row>,
    /// Whether the employer column is shown: the centre's staff see many employers.
    staff: bool,
    stages: Vec<Choice>,
    pager: Pager,
    notice: Option<String>,
    /// Why a follow-up record was refused when its follow-up has no form here.
    refused: Option<String>,
    /// What the list shows, which each move form sends back so that a refused move
    /// (or a saved one) returns here rather than to the first page.
    shown: Shown,
    /// The dashboard queue the list shows, in words.
    queue: Option<String>,
    /// The one vacancy whose referrals the list shows, by name when one is listed.
    vacancy: Option<String>,
    downloads: Downloads,
}

framed!(ListPage);

/// Which referrals a list shows, and which page of them: what the list's address
/// says, and what each form on it sends back.
#[derive(Clone, Default, Deserialize)]
#[serde(default)]
pub struct Shown {
    /// A stage, `all`, or nothing for the open referrals.
    pub stage: String,
    /// A dashboard queue the list shows instead.
    pub queue: String,
    /// One vacancy's referrals.
    pub vacancy: String,
    pub page: String,
}

impl Shown {
    /// The list's address, with `extra` (`saved=1`) added.
    pub fn address(&self, extra: &str) -> String {
        let page = match pager::page_or_first(&self.page) {
            1 => String::new(),
            page => page.to_string(),
        };
        let query = [
            self.filters(),
            pager::query(&[("page", &page)]),
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

    /// The query without the page.
    fn filters(&self) -> String {
        pager::query(&[
            ("stage", &self.stage),
            ("queue", &self.queue),
            ("vacancy", &self.vacancy),
        ])
    }

    fn filter(&self) -> ReferralFilter {
        let queue = Queue::parse(&self.queue).filter(|queue| queue.list() == "/referrals");
        let stage = ReferralStage::parse(&self.stage).ok();
        ReferralFilter {
            stage,
            queue,
            vacancy: self.vacancy.parse().ok(),
            // The open ones unless a stage, everything or a queue was asked for.
            open_only: stage.is_none() && queue.is_none() && self.stage != "all",
            ..ReferralFilter::default()
        }
    }
}

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    #[serde(flatten)]
    shown: Shown,
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

fn candidate(state: &AppState, candidate: &Candidate, tr: Tr) -> CandidateView {
    let names = Names::new(&state.service, tr);
    CandidateView {
        phone: candidate.phone.clone().unwrap_or_default(),
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
                format!("{} ({years})", names.occupation(o.isco.as_str()))
            })
            .collect(),
        skills: tr.list(candidate.skills.iter().cloned()),
    }
}

/// The stages this actor may move a referral to from where it is, after a first
/// choice that is none, so that nothing moves without being chosen. A stage that
/// needs a reason says so in its name.
fn moves(actor: &Actor, from: ReferralStage, chosen: &str, tr: Tr) -> Vec<Choice> {
    let none = (String::new(), tr.text("referrals-choose"));
    let allowed = ReferralStage::ALL
        .iter()
        .filter(|&&to| check_move(actor.role(), from, to).is_ok())
        .map(|&to| {
            let label = if to.needs_reason() {
                tr.text_with_words("referrals-needs-reason", &[("stage", &tr.label(to))])
            } else {
                tr.label(to)
            };
            (to.as_str().to_owned(), label)
        });
    let mut choices = Choice::list(std::iter::once(none).chain(allowed), chosen);
    // The browser shows the first when none is marked; marking it says nothing.
    choices[0].selected = false;
    choices
}

/// What happens next to a referral, for whoever reads the list, and whether it is
/// theirs to do now.
pub fn next_step(
    tr: Tr,
    employer: bool,
    referral: &Referral,
    since: NaiveDate,
    follow_ups: &[FollowUp],
    today: NaiveDate,
) -> (String, bool) {
    use ReferralStage::*;
    let waited = (today - since).num_days();
    match (referral.stage, employer) {
        (Proposed, false) => (tr.text("referrals-next-proposed"), false),
        (Proposed, true) => (tr.text("referrals-next-proposed-employer"), false),
        (Referred, false) if waited > WAIT_BEFORE_CALLING => (
            tr.text_with("referrals-next-call-employer", "days", waited as u64),
            true,
        ),
        (Referred, false) => (tr.text("referrals-next-referred"), false),
        (Referred, true) => (tr.text("referrals-next-referred-employer"), true),
        (Interview, false) => (tr.text("referrals-next-interview"), false),
        (Interview, true) => (tr.text("referrals-next-interview-employer"), true),
        (Offered, _) => (tr.text("referrals-next-offered"), false),
        (Hired, false) => {
            let next = follow_ups
                .iter()
                .filter(|f| f.done_at.is_none())
                .map(|f| f.due_on)
                .min();
            match next {
                Some(due) if due <= today => (
                    tr.text_with_words("referrals-next-follow-up-due", &[("day", &tr.date(&due))]),
                    true,
                ),
                Some(due) => (
                    tr.text_with_words("referrals-next-follow-up", &[("day", &tr.date(&due))]),
                    false,
                ),
                None => (tr.text("referrals-next-followed-up"), false),
            }
        }
        (Hired, true) => (tr.text("referrals-next-hired-employer"), false),
        (Declined | Rejected | NoShow | Withdrawn, _) => (tr.text("referrals-next-closed"), false),
    }
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
    let ListQuery {
        shown,
        saved,
        recorded,
    } = query;
    let filter = shown.filter();
    let page = pager::page(Some(&shown.page))?;
    // The service decides, per referral, what of the candidate may be shown, and
    // gives the centre's follow-ups to its staff only.
    let paged = state
        .service
        .referral_list(actor, filter.clone(), page)
        .await?;
    let today = tr.today();
    let employer = actor.role() == Role::Employer;
    let mut rows = Vec::with_capacity(paged.items.len());
    let (total, number, per_page) = (paged.total, paged.page, paged.per_page);
    let mut vacancy_name = None;
    for ReferralRow {
        view,
        vacancy,
        employer_name,
    } in paged.items
    {
        let ReferralView {
            referral,
            candidate: shared,
            follow_ups,
            shared_with_employer,
            erased,
            ..
        } = view;
        let mine = attempt.take_if(|a| a.id == referral.id);
        let (chosen, reason, problems) = match mine {
            Some(a) => (a.stage, a.reason, a.problems),
            None => (String::new(), String::new(), Problems::default()),
        };
        let since = tr.day_of(&referral.updated_at);
        let (next, urgent) = next_step(tr, employer, &referral, since, &follow_ups, today);
        let name = tr.name(&vacancy.details);
        if filter.vacancy.is_some() {
            vacancy_name.get_or_insert_with(|| name.clone());
        }
        rows.push(Row {
            id: referral.id,
            name: shared.as_ref().map(|c| c.full_name.clone()),
            erased,
            seeker: (!employer).then_some(referral.seeker_id),
            candidate: shared
                .as_ref()
                .filter(|_| employer)
                .map(|c| candidate(state, c, tr)),
            not_shared: (!shared_with_employer && !erased).then(|| {
                tr.text(if employer {
                    "referrals-no-consent"
                } else {
                    "referrals-no-consent-staff"
                })
            }),
            vacancy: name,
            vacancy_id: vacancy.id,
            employer: (!employer).then(|| (vacancy.employer_id, tr.name(&employer_name))),
            stage: tr.label(referral.stage),
            since,
            next,
            urgent,
            follow_ups: follow_ups
                .iter()
                .filter(|f| f.done_at.is_none() && f.due_on <= today)
                .map(|f| FollowUpView {
                    id: f.id,
                    due_on: f.due_on,
                    form: FollowUpForm::of(f.id, &mut follow_up_attempt, tr),
                })
                .collect(),
            moves: moves(actor, referral.stage, &chosen, tr),
            reason,
            problems,
        });
    }
    let refused = |r: &Row| {
        !r.problems.is_empty() || r.follow_ups.iter().any(|f| !f.form.problems.is_empty())
    };
    let unshown = FollowUpAttempt::unshown(follow_up_attempt);
    let status = match &unshown {
        Some((status, _)) => *status,
        None if rows.iter().any(refused) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    let stages = [
        (String::new(), tr.text("referrals-open")),
        ("all".to_owned(), tr.text("referrals-all")),
    ]
    .into_iter()
    .chain(
        ReferralStage::ALL
            .iter()
            .map(|&s| (s.as_str().to_owned(), tr.label(s))),
    );
    let pager = Pager::counted(number, per_page, total, "/referrals", &shown.filters());
    let shown = Shown {
        page: pager.number().to_string(),
        queue: filter
            .queue
            .map_or_else(String::new, |q| q.as_str().to_owned()),
        vacancy: filter.vacancy.map_or_else(String::new, |v| v.to_string()),
        ..shown
    };
    let mut frame = Frame::new(visitor, "referrals-title");
    // The language switch comes back to this page of the list, not to the move's
    // address (which only takes a POST).
    frame.shell.path = shown.address("");
    let downloads = Downloads::of(
        ExportList::Referrals,
        &[
            ("stage", filter.stage.map_or("", ReferralStage::as_str)),
            ("open", if filter.open_only { "true" } else { "" }),
            ("queue", filter.queue.map_or("", Queue::as_str)),
            (
                "vacancy_id",
                &filter.vacancy.map(|v| v.to_string()).unwrap_or_default(),
            ),
        ],
        tr,
    );
    let page = ListPage {
        downloads,
        frame,
        staff: !employer,
        pager,
        stages: Choice::list(stages, &shown.stage),
        notice: match (saved, recorded) {
            (Some(saved), _) if saved == "closed" && filter.open_only => {
                Some(tr.text("referrals-saved-closed"))
            }
            (Some(_), _) => Some(tr.text("referrals-saved")),
            (None, Some(_)) => Some(tr.text("follow-up-recorded")),
            (None, None) => None,
        },
        refused: unshown.map(|(_, message)| message),
        queue: filter.queue.map(|queue| tr.label(queue)),
        vacancy: filter
            .vacancy
            .map(|_| vacancy_name.unwrap_or_else(|| tr.text("referrals-one-vacancy"))),
        shown,
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

/// The list as `shown`, where a form was posted from.
pub fn at(shown: Shown) -> ListQuery {
    ListQuery {
        shown,
        saved: None,
        recorded: None,
    }
}
