//! `/seekers/{id}/matches`: open vacancies for a seeker, best first, each with its
//! eligibility verdict and why it fits told in words, and a "refer" button.

use askama::Template;
use axum::{
    Form,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use forsa_domain::{
    Locale, Money, SeekerId, WagePeriod,
    eligibility::{Basis, Obstacle, Remedy, Verdict},
    matching::{Closeness, Concern, Explanation, PlaceFit},
    referral::ReferralInput,
};
use forsa_service::{Actor, MatchInput, Page, RulesView, ServiceError, VacancyMatchView};
use serde::Deserialize;

use super::{LANGUAGES, Names, PageResult, named, seeker_id};
use crate::{
    AppState,
    pages::{
        error::PageError,
        frame::{Frame, SignedIn, framed},
        html,
        i18n::Tr,
        pager::query,
        problems::Problems,
    },
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
    /// The fit, a sentence a line: occupation, skills, languages, place, wage.
    pub fit: Vec<String>,
    pub concerns: Vec<String>,
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

struct Context<'a> {
    tr: Tr,
    rules: &'a RulesView,
    names: &'a Names,
    state: &'a AppState,
}

impl Context<'_> {
    fn permit_name(&self, code: &str) -> String {
        self.rules
            .permit_types
            .iter()
            .find(|t| t.code == code)
            .map_or_else(
                || code.to_owned(),
                |t| match self.tr.locale() {
                    Locale::Ar => t.name_ar.clone(),
                    Locale::En => t.name_en.clone(),
                },
            )
    }

    fn with(&self, key: &str, detail: &str) -> String {
        format!("{} {detail}", self.tr.text(key))
    }

    /// The verdict and what would change it, in words.
    fn verdict(&self, verdict: &Verdict) -> (String, Vec<String>) {
        match verdict {
            Verdict::Eligible { basis } => (
                match basis {
                    Basis::National => self.tr.text("matches-eligible-national"),
                    Basis::Permit { permit_type, .. } => {
                        self.with("matches-eligible-permit", &self.permit_name(permit_type))
                    }
                    Basis::EmployerArrangesPermit => self.tr.text("matches-eligible-employer"),
                },
                Vec::new(),
            ),
            Verdict::NotEligible { obstacle, remedies } => {
                let why = match obstacle {
                    Obstacle::ClosedOccupation { closed_group } => {
                        self.with("matches-not-eligible-closed", closed_group.as_str())
                    }
                    Obstacle::NoPermit => self.tr.text("matches-not-eligible-no-permit"),
                };
                let remedies = remedies
                    .iter()
                    .map(|remedy| match remedy {
                        Remedy::FlexiblePermit { permit_type } => {
                            self.with("matches-remedy-flexible", &self.permit_name(permit_type))
                        }
                        Remedy::RenewPermit { before, .. } => {
                            self.with("matches-remedy-renew", &before.to_string())
                        }
                        Remedy::AwaitPermit { .. } => self.tr.text("matches-remedy-await"),
                        Remedy::EmployerSpecificPermit { .. } => {
                            self.tr.text("matches-remedy-employer")
                        }
                    })
                    .collect();
                (why, remedies)
            }
        }
    }

    fn languages(&self, list: &[forsa_domain::seeker::LanguageSkill]) -> String {
        list.iter()
            .map(|l| named(LANGUAGES, l.code.as_str(), self.tr))
            .collect::<Vec<_>>()
            .join("، ")
    }

    fn fit(&self, e: &Explanation) -> Vec<String> {
        let tr = self.tr;
        let mut lines = Vec::new();
        lines.push(match &e.occupation {
            Some(fit) => {
                let key = match fit.closeness {
                    Closeness::UnitGroup => "matches-occupation-same",
                    Closeness::MinorGroup => "matches-occupation-minor",
                    Closeness::SubMajorGroup => "matches-occupation-sub-major",
                    Closeness::MajorGroup => "matches-occupation-major",
                };
                let name = self
                    .names
                    .occupation(&self.state.service, fit.isco.as_str());
                let years = tr.text_with("seekers-years", "count", u64::from(fit.years));
                format!("{} {name} ({years})", tr.text(key))
            }
            None => tr.text("matches-occupation-none"),
        });
        if !e.skills.matched.is_empty() {
            lines.push(self.with("matches-skills-matched", &e.skills.matched.join("، ")));
        }
        if !e.skills.missing.is_empty() {
            lines.push(self.with("matches-skills-missing", &e.skills.missing.join("، ")));
        }
        if !e.languages_matched.is_empty() {
            let spoken = self.languages(&e.languages_matched);
            lines.push(self.with("matches-languages-matched", &spoken));
        }
        if !e.languages_missing.is_empty() {
            let missing = self.languages(&e.languages_missing);
            lines.push(self.with("matches-languages-missing", &missing));
        }
        lines.push(tr.text(match e.place {
            PlaceFit::Home => "matches-place-home",
            PlaceFit::Preferred => "matches-place-preferred",
            PlaceFit::SameGovernorate => "matches-place-governorate",
            PlaceFit::Elsewhere => "matches-place-elsewhere",
        }));
        lines.push(tr.text_with(
            "matches-wage-percent",
            "percent",
            u64::from(e.wage_percent_of_minimum),
        ));
        lines
    }

    fn concern(&self, concern: Concern) -> String {
        self.tr.text(match concern {
            Concern::NightWork => "matches-concern-night",
            Concern::NoTransport => "matches-concern-transport",
            Concern::NoChildcare => "matches-concern-childcare",
            Concern::TooManyHours => "matches-concern-hours",
            Concern::ClosesBeforeAvailable => "matches-concern-closes",
            Concern::OtherSector => "matches-concern-sector",
        })
    }

    fn row(&self, found: VacancyMatchView) -> MatchRow {
        let d = &found.vacancy.details;
        let title = match self.tr.locale() {
            Locale::Ar => d.title_ar.clone().or_else(|| d.title_en.clone()),
            Locale::En => d.title_en.clone().or_else(|| d.title_ar.clone()),
        };
        let period = match d.wage.period {
            WagePeriod::Monthly => "matches-per-month",
            WagePeriod::Daily => "matches-per-day",
        };
        let (verdict, remedies) = self.verdict(&found.verdict);
        MatchRow {
            vacancy_id: found.vacancy.id.to_string(),
            title: title.unwrap_or_default(),
            employer: found.vacancy.employer_name.clone(),
            location: self.names.location(d.location.as_str()),
            wage: format!(
                "{}–{} {}",
                dinars(d.wage.min),
                dinars(d.wage.max),
                self.tr.text(period)
            ),
            eligible: found.eligible,
            verdict,
            remedies,
            fit: self.fit(&found.explanation),
            concerns: found
                .explanation
                .concerns
                .iter()
                .map(|c| self.concern(*c))
                .collect(),
        }
    }
}

async fn page(
    state: &AppState,
    actor: &Actor,
    frame: Frame,
    id: SeekerId,
    all: bool,
    number: u64,
) -> Result<MatchesPage, PageError> {
    let seeker = state.service.seeker(actor, id).await?;
    let input = MatchInput {
        include_ineligible: all,
        page: Page {
            number,
            size: Page::DEFAULT_SIZE,
        },
    };
    let found = state.service.seeker_matches(actor, id, input).await?;
    let rules = state.service.rules(actor).await?;
    let names = Names::load(&state.service, frame.t).await?;
    let context = Context {
        tr: frame.t,
        rules: &rules,
        names: &names,
        state,
    };
    let more = found.total > number * Page::DEFAULT_SIZE;
    Ok(MatchesPage {
        id: id.to_string(),
        name: seeker.profile.full_name,
        all,
        total: found.total,
        rows: found.items.into_iter().map(|m| context.row(m)).collect(),
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
    signed: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<MatchesQuery>,
) -> PageResult {
    let actor = signed.actor;
    let frame = Frame::new(&signed.visitor, "matches-title");
    let number = query.page.trim().parse::<u64>().unwrap_or(1).max(1);
    let mut page = page(
        &state,
        &actor,
        frame,
        seeker_id(&id)?,
        !query.all.is_empty(),
        number,
    )
    .await?;
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
    signed: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<ReferForm>,
) -> PageResult {
    let actor = signed.actor;
    let frame = Frame::new(&signed.visitor, "matches-title");
    let id = seeker_id(&id)?;
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
        Err(ServiceError::Conflict(_)) => frame.t.text("matches-already-referred"),
        Err(ServiceError::Invalid(errors)) => {
            let message = errors.iter().next().map_or("", |(_, m)| m);
            if message.starts_with("Not eligible") {
                frame.t.text("matches-refer-not-eligible")
            } else {
                let problems = Problems::from_errors(&errors, frame.t, |_| None);
                problems.summary().unwrap_or_default().to_owned()
            }
        }
        Err(other) => return Err(other.into()),
    };
    let mut page = page(&state, &actor, frame, id, all, 1).await?;
    page.problem = Some(problem);
    Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &page))
}
