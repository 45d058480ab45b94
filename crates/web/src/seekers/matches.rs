//! `/seekers/{id}/matches`: open vacancies for a seeker, best first, each with its
//! eligibility verdict and why it fits told in words, and a "refer" button.

use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use forsa_domain::{Money, SeekerId, WagePeriod, permit::PermitType, referral::ReferralInput};
use forsa_service::{Actor, MatchInput, Page, SeekerMatches, ServiceError, VacancyMatchView};
use serde::Deserialize;

use super::{PageResult, SeekerVisit};
use crate::{
    AppState,
    error::PageError,
    explain::{reasons, verdict},
    frame::{Frame, framed},
    html,
    i18n::Tr,
    messages,
    names::Names,
    pager::{self, query},
};

pub struct MatchRow {
    pub vacancy_id: String,
    pub title: String,
    pub employer: String,
    pub location: String,
    pub wage: String,
    pub eligible: bool,
    pub verdict: String,
    pub remedies: Vec<String>,
    /// Why the job fits or not, a line each.
    pub reasons: Vec<String>,
}

#[derive(Template)]
#[template(path = "seekers/matches.html")]
struct MatchesPage {
    frame: Frame,
    id: String,
    name: String,
    all: bool,
    rows: Vec<MatchRow>,
    total: u64,
    notice: Option<String>,
    problem: Option<String>,
    next: Option<String>,
}
framed!(MatchesPage);

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MatchesQuery {
    all: String,
    page: String,
    referred: String,
}

fn dinars(money: Money) -> String {
    let value = money.dinars();
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

/// A vacancy matched to the seeker, in the page's words.
fn row(found: VacancyMatchView, types: &[PermitType], names: &Names, tr: Tr) -> MatchRow {
    let d = &found.vacancy.details;
    let period = match d.wage.period {
        WagePeriod::Monthly => "matches-per-month",
        WagePeriod::Daily => "matches-per-day",
    };
    let (verdict, remedies) = verdict(&found.verdict, types, tr);
    MatchRow {
        vacancy_id: found.vacancy.id.to_string(),
        title: tr.name(d),
        employer: found.vacancy.employer_name.clone(),
        location: names.location(d.location.as_str()),
        wage: format!(
            "{}–{} {}",
            dinars(d.wage.min),
            dinars(d.wage.max),
            tr.text(period)
        ),
        eligible: found.eligible,
        verdict,
        remedies,
        reasons: reasons(&found.explanation, tr),
    }
}

async fn page(
    state: &AppState,
    actor: &Actor,
    frame: Frame,
    id: SeekerId,
    all: bool,
    page: Page,
) -> Result<MatchesPage, PageError> {
    let input = MatchInput {
        include_ineligible: all,
        page,
    };
    let SeekerMatches {
        seeker,
        permit_types: types,
        found,
    } = state.service.seeker_matches(actor, id, input).await?;
    let names = Names::new(&state.service, frame.t);
    let tr = frame.t;
    let more = found.total > page.number.saturating_mul(page.size);
    let number = page.number;
    Ok(MatchesPage {
        id: id.to_string(),
        name: seeker.profile.full_name,
        all,
        total: found.total,
        rows: found
            .items
            .into_iter()
            .map(|m| row(m, &types, &names, tr))
            .collect(),
        notice: None,
        problem: None,
        next: more.then(|| {
            format!(
                "/seekers/{id}/matches?all={}&page={}",
                if all { "1" } else { "" },
                number + 1
            )
        }),
        frame,
    })
}

pub async fn show(
    State(state): State<AppState>,
    visit: SeekerVisit,
    Query(query): Query<MatchesQuery>,
) -> PageResult {
    let (actor, id, frame) = visit.parts("matches-title");
    let asked = pager::page(Some(&query.page))?;
    let mut page = page(&state, &actor, frame, id, !query.all.is_empty(), asked).await?;
    if let Some(row) = page.rows.iter().find(|r| r.vacancy_id == query.referred) {
        page.notice = Some(format!("{} {}", page.t.text("matches-referred"), row.title));
    }
    Ok(html(StatusCode::OK, &page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReferForm {
    vacancy_id: String,
    all: String,
}

pub async fn refer(
    State(state): State<AppState>,
    visit: SeekerVisit,
    Form(form): Form<ReferForm>,
) -> PageResult {
    let (actor, id, frame) = visit.parts("matches-title");
    let input = ReferralInput {
        seeker_id: Some(id.to_string()),
        vacancy_id: Some(form.vacancy_id.clone()),
        stage: None,
        note: None,
    };
    let all = !form.all.is_empty();
    let problem = match state.service.refer(&actor, input).await {
        Ok(_) => {
            let filters = query(&[
                ("all", if all { "1" } else { "" }),
                ("referred", &form.vacancy_id),
            ]);
            let to = format!("/seekers/{id}/matches?{filters}");
            return Ok(Redirect::to(&to).into_response());
        }
        Err(ServiceError::Conflict(conflict)) => messages::conflict(conflict, frame.t),
        // One vacancy, one problem: the first says it (not eligible, no longer open).
        Err(ServiceError::Invalid(errors)) => errors
            .iter()
            .next()
            .map(|(_, problem)| messages::problem(problem, frame.t))
            .unwrap_or_default(),
        Err(other) => return Err(other.into()),
    };
    let mut page = page(&state, &actor, frame, id, all, Page::default()).await?;
    page.problem = Some(problem);
    Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page))
}
