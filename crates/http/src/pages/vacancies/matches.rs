//! The centre's seekers for a vacancy, best first, each with the eligibility verdict
//! and why the match is good or not, in the page's words.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
};
use forsa_domain::{
    Locale, VacancyId,
    eligibility::{Basis, Obstacle, Remedy, Verdict},
    matching::{Closeness, Concern, Explanation, PlaceFit},
    permit::PermitType,
};
use forsa_service::{MatchInput, SeekerMatchView};
use serde::Deserialize;

use crate::{
    AppState,
    pages::{
        error::PageError,
        frame::{self, Frame, SignedIn, framed},
        html,
        i18n::Tr,
        pager::{self, Pager},
    },
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

/// Words for a verdict: the sentence, and what would help if it is a no.
fn verdict(verdict: &Verdict, types: &[PermitType], tr: Tr) -> (String, Vec<String>) {
    let type_name = |code: &str| {
        types
            .iter()
            .find(|t| t.code == code)
            .map_or(code.to_owned(), |t| match tr.locale() {
                Locale::Ar => t.name_ar.clone(),
                Locale::En => t.name_en.clone(),
            })
    };
    let with = |key: &str, detail: String| format!("{} {detail}", tr.text(key));
    match verdict {
        Verdict::Eligible { basis } => {
            let text = match basis {
                Basis::National => tr.text("vacancies-verdict-national"),
                Basis::Permit { permit_type, .. } => {
                    with("vacancies-verdict-permit", type_name(permit_type))
                }
                Basis::EmployerArrangesPermit => tr.text("vacancies-verdict-employer-arranges"),
            };
            (text, Vec::new())
        }
        Verdict::NotEligible { obstacle, remedies } => {
            let text = match obstacle {
                Obstacle::ClosedOccupation { closed_group } => with(
                    "vacancies-verdict-closed-occupation",
                    closed_group.to_string(),
                ),
                Obstacle::NoPermit => tr.text("vacancies-verdict-no-permit"),
            };
            let remedies = remedies
                .iter()
                .map(|remedy| match remedy {
                    Remedy::FlexiblePermit { permit_type } => {
                        with("vacancies-remedy-flexible", type_name(permit_type))
                    }
                    Remedy::RenewPermit { before, .. } => {
                        with("vacancies-remedy-renew", before.to_string())
                    }
                    Remedy::AwaitPermit { .. } => tr.text("vacancies-remedy-await"),
                    Remedy::EmployerSpecificPermit { .. } => {
                        tr.text("vacancies-remedy-employer-specific")
                    }
                })
                .collect();
            (text, remedies)
        }
    }
}

/// Why the match is good or not, a short line each.
fn reasons(explanation: &Explanation, tr: Tr) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(fit) = &explanation.occupation {
        let key = match fit.closeness {
            Closeness::UnitGroup => "vacancies-fit-same-occupation",
            Closeness::MinorGroup => "vacancies-fit-minor-group",
            Closeness::SubMajorGroup => "vacancies-fit-sub-major-group",
            Closeness::MajorGroup => "vacancies-fit-major-group",
        };
        let years = tr.text_with("vacancies-fit-years", "years", u64::from(fit.years));
        lines.push(format!("{} ({years})", tr.text(key)));
    }
    let list = |key: &str, items: &[String]| format!("{} {}", tr.text(key), items.join("، "));
    if !explanation.skills.matched.is_empty() {
        lines.push(list("vacancies-fit-skills", &explanation.skills.matched));
    }
    if !explanation.skills.missing.is_empty() {
        lines.push(list(
            "vacancies-fit-skills-missing",
            &explanation.skills.missing,
        ));
    }
    if !explanation.languages_missing.is_empty() {
        let codes: Vec<String> = explanation
            .languages_missing
            .iter()
            .map(|l| l.code.to_string())
            .collect();
        lines.push(list("vacancies-fit-languages-missing", &codes));
    }
    lines.push(tr.text(match explanation.place {
        PlaceFit::Home => "vacancies-fit-place-home",
        PlaceFit::Preferred => "vacancies-fit-place-preferred",
        PlaceFit::SameGovernorate => "vacancies-fit-place-governorate",
        PlaceFit::Elsewhere => "vacancies-fit-place-elsewhere",
    }));
    for concern in &explanation.concerns {
        lines.push(tr.text(match concern {
            Concern::NightWork => "vacancies-concern-night-work",
            Concern::NoTransport => "vacancies-concern-no-transport",
            Concern::NoChildcare => "vacancies-concern-no-childcare",
            Concern::TooManyHours => "vacancies-concern-too-many-hours",
            Concern::ClosesBeforeAvailable => "vacancies-concern-closes-early",
            Concern::OtherSector => "vacancies-concern-other-sector",
        }));
    }
    let percent = u64::from(explanation.wage_percent_of_minimum);
    lines.push(tr.text_with("vacancies-fit-wage", "percent", percent));
    lines
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
    Path(id): Path<String>,
    Query(query): Query<MatchQuery>,
) -> Result<Response, PageError> {
    let tr = visitor.tr;
    let id: VacancyId = frame::id(&id)?;
    let vacancy = state.service.vacancy(&actor, id).await?;
    let include_ineligible = frame::ticked(&query.ineligible);
    let input = MatchInput {
        include_ineligible,
        page: pager::page(query.page.as_deref()),
    };
    let found = state.service.vacancy_matches(&actor, id, input).await?;
    let types = state.service.rules(&actor).await?.permit_types;
    let filters = pager::query(&[("ineligible", query.ineligible.as_deref().unwrap_or(""))]);
    let page = MatchesPage {
        frame: Frame::new(&visitor, "vacancies-matches-title"),
        vacancy_title: super::title(&vacancy.details, tr),
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
