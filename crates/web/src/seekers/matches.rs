//! `/seekers/{id}/matches`: open vacancies for a seeker, best first, each with its
//! eligibility verdict and why it fits told in words, and a "refer" button.

use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use std::collections::HashMap;

use forsa_domain::{
    ConsentMethod, ConsentPurpose, Gender, Money, ReferralStage, SeekerId, VacancyId, WagePeriod,
    consent::ConsentInput, referral::ReferralInput,
};
use forsa_service::{
    Actor, MATCH_DEPTH, MatchInput, Page, ReferralPreview, SeekerMatches, ServiceError,
    VacancyMatchView,
};
use forsa_words::{Explained, Explainer};
use serde::Deserialize;

use super::{PageResult, SeekerVisit};
use crate::{
    AppState,
    error::PageError,
    frame::{Frame, framed},
    html, messages,
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
    pub explained: Explained,
    /// The stage of the seeker's referral to this vacancy, in words, if referred.
    pub referred: Option<String>,
}

#[derive(Template)]
#[template(path = "seekers/matches.html")]
struct MatchesPage {
    frame: Frame,
    id: String,
    name: String,
    /// Whether the employers the seeker is referred to see their profile, and the
    /// warning when they do not.
    sharing: Option<String>,
    all: bool,
    rows: Vec<MatchRow>,
    total: u64,
    notice: Option<String>,
    problem: Option<String>,
    next: Option<String>,
}
framed!(MatchesPage);

/// Asked before referring someone who does not share their profile.
#[derive(Template)]
#[template(path = "seekers/refer.html")]
struct ConfirmPage {
    frame: Frame,
    id: String,
    name: String,
    vacancy_id: String,
    vacancy: String,
    employer: String,
    warning: String,
    all: bool,
}
framed!(ConfirmPage);

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
fn row(
    found: VacancyMatchView,
    explainer: &Explainer,
    gender: Gender,
    referred: &HashMap<VacancyId, ReferralStage>,
) -> MatchRow {
    let tr = explainer.tr;
    let d = &found.vacancy.details;
    let period = match d.wage.period {
        WagePeriod::Monthly => "matches-per-month",
        WagePeriod::Daily => "matches-per-day",
    };
    MatchRow {
        vacancy_id: found.vacancy.id.to_string(),
        title: tr.name(d),
        employer: tr.name(&found.vacancy.employer_name),
        location: explainer.names.location(d.location.as_str()),
        wage: format!(
            "{}–{} {}",
            dinars(d.wage.min),
            dinars(d.wage.max),
            tr.text(period)
        ),
        eligible: found.eligible,
        explained: explainer.explain(&found.verdict, &found.explanation, gender),
        referred: referred
            .get(&found.vacancy.id)
            .map(|&stage| tr.referred_tag(stage)),
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
        referred,
        shares,
    } = state.service.seeker_matches(actor, id, input).await?;
    let tr = frame.t;
    let names = Names::new(&state.service, tr);
    let explainer = Explainer {
        names: &names,
        types: &types,
        tr,
    };
    let gender = seeker.profile.gender;
    // Pages go as deep as matches are ranked; the total counts them all.
    let more = found.total.min(MATCH_DEPTH as u64) > page.number.saturating_mul(page.size);
    let number = page.number;
    Ok(MatchesPage {
        id: id.to_string(),
        name: seeker.profile.full_name,
        sharing: (!shares).then(|| tr.said_of("matches-not-sharing", gender)),
        all,
        total: found.total,
        rows: found
            .items
            .into_iter()
            .map(|m| row(m, &explainer, gender, &referred))
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
        let names = [("vacancy", row.title.as_str()), ("employer", &row.employer)];
        page.notice = Some(page.t.text_naming("matches-referred-to", &names, &[]));
    }
    Ok(html(StatusCode::OK, &page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReferForm {
    vacancy_id: String,
    all: String,
    /// `yes` once the caseworker has been told what the employer will see.
    confirmed: String,
    /// `yes`: the person agreed, so their consent is recorded before referring.
    consent: String,
}

pub async fn refer(
    State(state): State<AppState>,
    visit: SeekerVisit,
    Form(form): Form<ReferForm>,
) -> PageResult {
    let (actor, id, frame) = visit.parts("matches-title");
    let all = !form.all.is_empty();
    let tr = frame.t;
    // Someone who does not share their profile is referred only once the caseworker
    // knows the employer will see nothing of them, and may record their consent.
    if form.confirmed != "yes"
        && let Ok(vacancy) = form.vacancy_id.parse()
    {
        let preview = state.service.referral_preview(&actor, id, vacancy).await?;
        if !preview.shares {
            let ReferralPreview {
                seeker,
                vacancy,
                employer_name,
                ..
            } = preview;
            let gender = seeker.profile.gender.as_str();
            let employer_name = tr.name(&employer_name);
            let mut frame = frame;
            frame.title = tr.text("matches-confirm-title");
            let page = ConfirmPage {
                id: id.to_string(),
                vacancy_id: vacancy.id.to_string(),
                vacancy: tr.name(&vacancy.details),
                warning: tr.text_naming(
                    "matches-confirm-warning",
                    &[("employer", &employer_name)],
                    &[("gender", gender)],
                ),
                employer: employer_name,
                name: seeker.profile.full_name,
                all,
                frame,
            };
            return Ok(html(StatusCode::OK, &page));
        }
    }
    let problem = match refer_now(&state, &actor, id, &form).await {
        Ok(()) => {
            let filters = query(&[
                ("all", if all { "1" } else { "" }),
                ("referred", &form.vacancy_id),
            ]);
            let to = format!("/seekers/{id}/matches?{filters}");
            return Ok(Redirect::to(&to).into_response());
        }
        Err(error) => messages::refusal(error, tr)?,
    };
    let mut page = page(&state, &actor, frame, id, all, Page::default()).await?;
    page.problem = Some(problem);
    Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

/// Records the consent when the person gave it, then refers.
async fn refer_now(
    state: &AppState,
    actor: &Actor,
    id: SeekerId,
    form: &ReferForm,
) -> Result<(), ServiceError> {
    if form.consent == "yes" {
        // The prompt is read to the person at the desk, who answers aloud.
        let consent = ConsentInput {
            purpose: Some(ConsentPurpose::ShareWithEmployers.as_str().to_owned()),
            method: Some(ConsentMethod::Spoken.as_str().to_owned()),
        };
        state.service.grant_consent(actor, id, consent).await?;
    }
    let input = ReferralInput {
        seeker_id: Some(id.to_string()),
        vacancy_id: Some(form.vacancy_id.clone()),
        stage: None,
        note: None,
    };
    state.service.refer(actor, input).await.map(|_| ())
}
