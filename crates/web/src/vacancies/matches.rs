//! The centre's seekers for a vacancy, best first, each with the eligibility verdict
//! and why the match is good or not, in the page's words.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::Response,
};
use forsa_domain::{VacancyId, permit::PermitType};
use forsa_service::{MatchInput, SeekerMatchView, VacancyMatches};
use serde::Deserialize;

use crate::{
    AppState,
    error::PageError,
    explain::{reasons, verdict},
    frame::{Frame, SignedIn, framed},
    html,
    i18n::Tr,
    pager::{self, Pager},
    record_id::RecordId,
};

struct Row {
    name: String,
    case_reference: String,
    eligible: bool,
    verdict: String,
    /// What would make the seeker eligible.
    remedies: Vec<String>,
    reasons: Vec<String>,
}

#[derive(Template)]
#[template(path = "vacancies/matches.html")]
struct MatchesPage {
    frame: Frame,
    id: VacancyId,
    vacancy_title: String,
    include_ineligible: bool,
    rows: Vec<Row>,
    pager: Pager,
}

framed!(MatchesPage);

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct MatchQuery {
    ineligible: Option<String>,
    page: Option<String>,
}

fn row(found: SeekerMatchView, types: &[PermitType], tr: Tr) -> Row {
    let (verdict, remedies) = verdict(&found.verdict, types, tr);
    Row {
        name: found.seeker.full_name,
        case_reference: found.seeker.case_reference.unwrap_or_default(),
        eligible: found.eligible,
        verdict,
        remedies,
        reasons: reasons(&found.explanation, tr),
    }
}

pub async fn matches(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    RecordId(id): RecordId<VacancyId>,
    Query(query): Query<MatchQuery>,
) -> Result<Response, PageError> {
    let tr = visitor.tr;
    let include_ineligible = crate::forms::ticked(&query.ineligible);
    let input = MatchInput {
        include_ineligible,
        page: pager::page(query.page.as_deref())?,
    };
    let VacancyMatches {
        vacancy,
        permit_types: types,
        found,
    } = state.service.vacancy_matches(&actor, id, input).await?;
    let filters = pager::query(&[("ineligible", query.ineligible.as_deref().unwrap_or(""))]);
    let page = MatchesPage {
        frame: Frame::new(&visitor, "vacancies-matches-title"),
        vacancy_title: tr.name(&vacancy.details),
        pager: Pager::counted(
            found.page,
            found.per_page,
            found.total,
            &format!("/vacancies/{id}/matches"),
            &filters,
        ),
        rows: found
            .items
            .into_iter()
            .map(|m| row(m, &types, tr))
            .collect(),
        include_ineligible,
        id,
    };
    Ok(html(StatusCode::OK, &page))
}
