//! The labour-market rules: permit types, occupations closed to non-nationals and the
//! minimum wage, each with its own form on one page.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
// `Form` gathers the ticked sectors into a list, where axum's keeps one.
use axum_extra::extract::Form;
use forsa_domain::rules::{ClosedOccupationInput, MinimumWageInput};
use forsa_domain::{PermitKind, permit::PermitTypeInput};
use forsa_service::{Actor, RulesView};
use serde::Deserialize;

use super::Saved;
use crate::{
    AppState,
    choices::{Choice, Group},
    error::PageError,
    forms::given,
    forms::ticked,
    frame::{Frame, SignedIn, framed},
    html,
    names::{Names, Pickers},
    problems::{FormSpec, Problems},
    visitor::Visitor,
};

#[derive(Template)]
#[template(path = "admin/rules.html")]
struct RulesPage {
    frame: Frame,
    rules: RulesView,
    /// The monthly minimum in dinars, without the currency the sentence words.
    minimum: String,
    /// The closed occupation groups, each with its name.
    closed: Vec<(String, String)>,
    kinds: Vec<Choice>,
    /// Each permit type's sectors, named, in the order of `rules.permit_types`.
    permit_sectors: Vec<String>,
    /// The sectors the permit form offers.
    sectors: Group,
    forms: Forms,
    notice: Option<String>,
}

framed!(RulesPage);

/// The page's three forms as typed, each with its own problems.
#[derive(Default)]
struct Forms {
    permit: PermitTypeForm,
    permit_problems: Problems,
    closed: ClosedForm,
    closed_problems: Problems,
    wage: WageForm,
    wage_problems: Problems,
}

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct PermitTypeForm {
    code: String,
    name_ar: String,
    name_en: String,
    kind: String,
    /// The sectors a flexible permit covers, by code.
    sectors: Vec<String>,
    active: Option<String>,
}

impl PermitTypeForm {
    fn input(&self) -> PermitTypeInput {
        let sectors = self.sectors.clone();
        PermitTypeInput {
            code: given(&self.code),
            name_ar: given(&self.name_ar),
            name_en: given(&self.name_en),
            kind: given(&self.kind),
            sectors: Some(sectors),
            active: Some(ticked(&self.active)),
        }
    }
}

fn permit_field(name: &str) -> Option<&'static str> {
    Some(match name {
        "code" => "code",
        "name_ar" => "name_ar",
        "name_en" => "name_en",
        "kind" => "kind",
        sectors if sectors.starts_with("sectors") => "sectors",
        _ => return None,
    })
}

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct ClosedForm {
    occupation: String,
}

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct WageForm {
    monthly: String,
    valid_from: String,
}

/// The three forms' fields in order, and those each needs.
const WAGE_FORM: FormSpec = FormSpec {
    order: &["monthly", "valid_from"],
    required: &["monthly", "valid_from"],
};
const CLOSED_FORM: FormSpec = FormSpec {
    order: &["occupation"],
    required: &["occupation"],
};
const PERMIT_FORM: FormSpec = FormSpec {
    order: &["code", "name_ar", "name_en", "kind", "sectors"],
    required: &["code", "name_ar", "name_en", "kind"],
};

async fn page(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
    mut forms: Forms,
    status: StatusCode,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let tr = visitor.tr;
    for (problems, spec) in [
        (&mut forms.wage_problems, &WAGE_FORM),
        (&mut forms.closed_problems, &CLOSED_FORM),
        (&mut forms.permit_problems, &PERMIT_FORM),
    ] {
        *problems = std::mem::take(problems).of_form(spec, tr);
    }
    let kinds = PermitKind::ALL
        .iter()
        .map(|&kind| (kind.as_str().to_owned(), tr.label(kind)));
    let rules = state.service.rules_page(actor).await?;
    let names = Names::new(&state.service, tr);
    let page = RulesPage {
        frame: Frame::new(visitor, "admin-rules-title"),
        minimum: crate::vacancies::amount(rules.minimum_wage.monthly),
        closed: rules
            .closed_occupations
            .iter()
            .map(|code| (code.to_string(), names.occupation(code.as_str())))
            .collect(),
        permit_sectors: rules
            .permit_types
            .iter()
            .map(|permit| tr.list(permit.sectors.iter().map(|s| names.sector(s.as_str()))))
            .collect(),
        sectors: Group::new(
            "sectors",
            tr.text("admin-permit-sectors"),
            names.sector_options(),
            &forms.permit.sectors,
        ),
        rules,
        kinds: Choice::list(kinds, &forms.permit.kind),
        forms,
        notice,
    };
    Ok(html(status, &page))
}

pub async fn show(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Query(query): Query<Saved>,
) -> Result<Response, PageError> {
    let notice = query.saved.map(|_| visitor.tr.text("admin-rules-saved"));
    let forms = Forms {
        permit: PermitTypeForm {
            active: Some("yes".into()),
            ..PermitTypeForm::default()
        },
        ..Forms::default()
    };
    page(&state, &actor, &visitor, forms, StatusCode::OK, notice).await
}

fn saved() -> Response {
    Redirect::to("/rules?saved=1").into_response()
}

pub async fn save_permit_type(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Form(form): Form<PermitTypeForm>,
) -> Result<Response, PageError> {
    match state.service.save_permit_type(&actor, form.input()).await {
        Ok(_) => Ok(saved()),
        Err(error) => {
            let (status, problems) = Problems::from_service(error, visitor.tr, permit_field)?;
            let forms = Forms {
                permit: form,
                permit_problems: problems,
                ..Forms::default()
            };
            page(&state, &actor, &visitor, forms, status, None).await
        }
    }
}

pub async fn close_occupation(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Form(form): Form<ClosedForm>,
) -> Result<Response, PageError> {
    let input = ClosedOccupationInput {
        code: given(&form.occupation),
    };
    match state.service.close_occupation(&actor, input).await {
        Ok(_) => Ok(saved()),
        Err(error) => {
            let (status, problems) = Problems::from_service(error, visitor.tr, |name| {
                (name == "code").then_some("occupation")
            })?;
            let forms = Forms {
                closed: form,
                closed_problems: problems,
                ..Forms::default()
            };
            page(&state, &actor, &visitor, forms, status, None).await
        }
    }
}

pub async fn open_occupation(
    State(state): State<AppState>,
    SignedIn { actor, .. }: SignedIn,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    state.service.open_occupation(&actor, &code).await?;
    Ok(saved())
}

pub async fn set_minimum_wage(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Form(form): Form<WageForm>,
) -> Result<Response, PageError> {
    let tr = visitor.tr;
    let mut problems = Problems::new(tr);
    let monthly = given(&form.monthly).and_then(|raw| {
        let number = raw.parse::<f64>().ok().filter(|n| n.is_finite());
        if number.is_none() {
            problems.add("monthly", tr.text("jobs-error-number"));
        }
        number
    });
    let input = MinimumWageInput {
        monthly,
        valid_from: given(&form.valid_from),
    };
    let status = if problems.is_empty() {
        match state.service.set_minimum_wage(&actor, input).await {
            Ok(_) => return Ok(saved()),
            Err(error) => {
                let wage_field = |name: &str| match name {
                    "monthly" => Some("monthly"),
                    "valid_from" => Some("valid_from"),
                    _ => None,
                };
                let (status, found) = Problems::from_service(error, tr, wage_field)?;
                problems = found;
                status
            }
        }
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let forms = Forms {
        wage: form,
        wage_problems: problems,
        ..Forms::default()
    };
    page(&state, &actor, &visitor, forms, status, None).await
}
