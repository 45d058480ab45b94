//! The centre's seekers for a vacancy, best first, each with the eligibility verdict
//! and why the match is good or not, in the page's words; each person links to their
//! page, and the caseworker refers one or several from the list.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use axum_extra::extract::Form;
use forsa_domain::{SeekerId, VacancyId, referral::ReferralInput};
use forsa_service::{MATCH_DEPTH, MatchInput, MatchedPerson, SeekerMatchView, VacancyMatches};
use forsa_words::{Explained, Explainer};
use serde::Deserialize;

use crate::{
    AppState,
    error::PageError,
    frame::{Frame, SignedIn, framed},
    html, messages,
    names::Names,
    pager::{self, Pager},
    record_id::RecordId,
};

struct Row {
    id: SeekerId,
    name: String,
    case_reference: String,
    eligible: bool,
    explained: Explained,
    /// Said when the person has not agreed to share their profile with employers.
    not_sharing: Option<String>,
    /// The stage of their referral to this vacancy, in words, if referred.
    referred: Option<String>,
    /// Ticked in a choice that was refused, to be sent again.
    chosen: bool,
}

#[derive(Template)]
#[template(path = "vacancies/matches.html")]
struct MatchesPage {
    frame: Frame,
    id: VacancyId,
    vacancy_title: String,
    employer: String,
    include_ineligible: bool,
    rows: Vec<Row>,
    /// Whether anyone listed can still be chosen to refer.
    choosable: bool,
    pager: Pager,
    notice: Option<String>,
    /// Why some of those chosen were not referred: each one's name and the reason
    /// (no name when nobody was chosen).
    problems: Vec<(String, String)>,
}

framed!(MatchesPage);

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct MatchQuery {
    ineligible: Option<String>,
    page: Option<String>,
    /// How many were just referred.
    referred: Option<String>,
}

/// The people chosen to be referred, and the list they were chosen from.
#[derive(Default, Deserialize)]
#[serde(default)]
pub struct ReferMany {
    seeker: Vec<String>,
    ineligible: Option<String>,
    page: Option<String>,
}

async fn page(
    state: &AppState,
    page: &SignedIn,
    id: VacancyId,
    query: &MatchQuery,
    chosen: &[SeekerId],
) -> Result<MatchesPage, PageError> {
    let SignedIn { actor, visitor } = page;
    let tr = visitor.tr;
    let include_ineligible = crate::forms::ticked(&query.ineligible);
    let input = MatchInput {
        include_ineligible,
        page: pager::page(query.page.as_deref())?,
    };
    let VacancyMatches {
        vacancy,
        employer_name,
        permit_types: types,
        found,
        people,
    } = state.service.vacancy_matches(actor, id, input).await?;
    let names = Names::new(&state.service, tr);
    let explainer = Explainer {
        names: &names,
        types: &types,
        tr,
    };
    let row = |found: SeekerMatchView| {
        let seeker = found.seeker;
        let person = people.get(&seeker.id);
        let gender = person.map_or(forsa_domain::Gender::Undisclosed, |p| p.gender);
        Row {
            id: seeker.id,
            name: seeker.full_name,
            case_reference: seeker.case_reference.unwrap_or_default(),
            eligible: found.eligible,
            explained: explainer.explain(&found.verdict, &found.explanation, gender),
            not_sharing: person
                .filter(|p| !p.shares)
                .map(|_| tr.said_of("vacancies-candidate-not-sharing", gender)),
            referred: person
                .and_then(|p: &MatchedPerson| p.referral)
                .map(|stage| tr.referred_tag(stage)),
            chosen: chosen.contains(&seeker.id),
        }
    };
    let filters = pager::query(&[("ineligible", query.ineligible.as_deref().unwrap_or(""))]);
    let rows: Vec<Row> = found.items.into_iter().map(row).collect();
    Ok(MatchesPage {
        frame: Frame::new(visitor, "vacancies-matches-title"),
        vacancy_title: tr.name(&vacancy.details),
        employer: tr.name(&employer_name),
        pager: Pager::counted(
            found.page,
            found.per_page,
            // Pages go as deep as matches are ranked; the total counts them all.
            found.total.min(MATCH_DEPTH as u64),
            &format!("/vacancies/{id}/matches"),
            &filters,
        ),
        choosable: rows.iter().any(|r| r.eligible && r.referred.is_none()),
        rows,
        include_ineligible,
        notice: query
            .referred
            .as_deref()
            .and_then(|n| n.parse::<u64>().ok())
            .map(|n| tr.text_with("vacancies-referred-many", "count", n)),
        problems: Vec::new(),
        id,
    })
}

pub async fn matches(
    State(state): State<AppState>,
    signed_in: SignedIn,
    RecordId(id): RecordId<VacancyId>,
    Query(query): Query<MatchQuery>,
) -> Result<Response, PageError> {
    let page = page(&state, &signed_in, id, &query, &[]).await?;
    Ok(html(StatusCode::OK, &page))
}

/// Refers each person chosen; those refused are named with the reason, and the list
/// is shown again with the refused ones still ticked.
pub async fn refer(
    State(state): State<AppState>,
    signed_in: SignedIn,
    RecordId(id): RecordId<VacancyId>,
    Form(form): Form<ReferMany>,
) -> Result<Response, PageError> {
    let tr = signed_in.visitor.tr;
    let chosen: Vec<SeekerId> = form.seeker.iter().filter_map(|s| s.parse().ok()).collect();
    let mut referred = 0;
    let mut refused = Vec::new();
    for &seeker in &chosen {
        let input = ReferralInput {
            seeker_id: Some(seeker.to_string()),
            vacancy_id: Some(id.to_string()),
            stage: None,
            note: None,
        };
        match state.service.refer(&signed_in.actor, input).await {
            Ok(_) => referred += 1,
            Err(error) => refused.push((seeker, messages::refusal(error, tr)?)),
        }
    }
    let query = MatchQuery {
        ineligible: form.ineligible,
        page: form.page,
        referred: Some(referred.to_string()),
    };
    if chosen.is_empty() || !refused.is_empty() {
        let again: Vec<SeekerId> = refused.iter().map(|(seeker, _)| *seeker).collect();
        let mut page = page(&state, &signed_in, id, &query, &again).await?;
        page.notice = page.notice.filter(|_| referred > 0);
        page.problems = if chosen.is_empty() {
            vec![(String::new(), tr.text("vacancies-choose-someone"))]
        } else {
            let mut problems = Vec::with_capacity(refused.len());
            for (seeker, message) in refused {
                // Someone the list does not show (not eligible, or on another page)
                // is still named, if the caseworker may see them.
                let name = match page.rows.iter().find(|r| r.id == seeker) {
                    Some(row) => row.name.clone(),
                    None => state
                        .service
                        .seeker(&signed_in.actor, seeker)
                        .await
                        .map_or_else(|_| String::new(), |s| s.profile.full_name),
                };
                problems.push((name, message));
            }
            problems
        };
        return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page));
    }
    let filters = pager::query(&[
        ("ineligible", query.ineligible.as_deref().unwrap_or("")),
        ("page", query.page.as_deref().unwrap_or("")),
        ("referred", &referred.to_string()),
    ]);
    Ok(Redirect::to(&format!("/vacancies/{id}/matches?{filters}")).into_response())
}
