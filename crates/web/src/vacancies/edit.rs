//! Posting and editing a vacancy. The wage is checked against the minimum (shown on
//! the form) and publishing needs the employer's no-fees pledge, which the form can
//! record first.

use askama::Template;
use axum::{
    Form,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::{
    Contract, EmployerId, FieldErrors, LanguageLevel, Shift, VacancyId, VacancyStatus, WagePeriod,
    employer::EmployerInput,
    vacancy::{VacancyContext, VacancyInput},
};
use forsa_service::{Actor, ServiceError, VacancyFormData};

use super::{
    amount,
    form::{VacancyForm, form_field},
};
use crate::{
    AppState,
    assets::occupations_script_href,
    choices::Choice,
    employers::pick::{self, EmployerPicker},
    error::PageError,
    frame::{Frame, SignedIn, framed},
    html,
    i18n::Tr,
    labels::options,
    names::{Names, Pickers},
    problems::Problems,
    record_id::RecordId,
    seekers::{LANGUAGES, named},
};

#[derive(Template)]
#[template(path = "vacancies/form.html")]
struct FormPage {
    frame: Frame,
    action: String,
    form: VacancyForm,
    problems: Problems,
    /// Staff posting a vacancy name the employer.
    employer: Option<EmployerPicker>,
    sectors: Vec<Choice>,
    locations: Vec<Choice>,
    periods: Vec<Choice>,
    shifts: Vec<Choice>,
    contracts: Vec<Choice>,
    minimum_monthly: String,
    minimum_daily: String,
    /// The employer has pledged already: no checkbox to offer.
    pledged: bool,
    /// The pledge's checkbox, worded for who ticks it.
    pledge: String,
    /// A vacancy no longer a draft says so instead of offering to publish it.
    published: Option<String>,
    language_rows: Vec<LanguageRow>,
    /// (code, name) of the languages the picker suggests.
    languages: Vec<(String, String)>,
    script: String,
}

framed!(FormPage);

/// One required language: a picker for the language and a choice of level.
struct LanguageRow {
    code_id: String,
    code_label: String,
    code: String,
    level_id: String,
    level_label: String,
    levels: Vec<Choice>,
}

fn language_rows(form: &VacancyForm, tr: Tr) -> Vec<LanguageRow> {
    form.language_rows()
        .into_iter()
        .enumerate()
        .map(|(i, (code, level))| LanguageRow {
            code_id: format!("languages_{i}_code"),
            code_label: tr.text_with("seekers-field-language", "number", i as u64 + 1),
            code: named(LANGUAGES, code, tr),
            level_id: format!("languages_{i}_level"),
            level_label: tr.text_with("seekers-field-level", "number", i as u64 + 1),
            levels: Choice::list(
                options(LanguageLevel::ALL, LanguageLevel::as_str, tr),
                level,
            ),
        })
        .collect()
}

/// Where the form posts and for which employer: a new vacancy, or an edit.
struct Target {
    action: String,
    employer: Option<EmployerId>,
    /// A new vacancy by staff: the employer as typed and the matches found.
    picker: EmployerPicker,
}

/// The form page, from what `vacancy_form` read (`data`) and what was typed.
fn form_page(
    state: &AppState,
    SignedIn { actor, visitor }: &SignedIn,
    (target, data): (Target, &VacancyFormData),
    mut form: VacancyForm,
    (status, problems): (StatusCode, Problems),
) -> Response {
    let tr = visitor.tr;
    let names = Names::new(&state.service, tr);
    form.occupation = names.occupation_picked(&form.occupation);
    let minimum = data.minimum_wage;
    let employer = match (actor.membership.employer_id(), target.employer) {
        (None, None) => Some(target.picker),
        _ => None,
    };
    let title = if target.employer.is_some() {
        "vacancies-edit-title"
    } else {
        "vacancies-new-title"
    };
    let page = FormPage {
        frame: Frame::new(visitor, title),
        sectors: names.sector_choices(&form.sector),
        locations: names.location_choices(&form.location),
        published: data
            .vacancy
            .as_ref()
            .map(|v| v.status)
            .filter(|status| *status != VacancyStatus::Draft)
            .map(|status| {
                tr.text_with_words("vacancies-published", &[("status", &tr.label(status))])
            }),
        periods: Choice::list(
            options(WagePeriod::ALL, WagePeriod::as_str, tr),
            &form.wage_period,
        ),
        shifts: Choice::list(options(Shift::ALL, Shift::as_str, tr), &form.shift),
        contracts: Choice::list(options(Contract::ALL, Contract::as_str, tr), &form.contract),
        minimum_monthly: amount(minimum.for_period(WagePeriod::Monthly)),
        minimum_daily: amount(minimum.for_period(WagePeriod::Daily)),
        script: occupations_script_href(),
        language_rows: language_rows(&form, tr),
        languages: LANGUAGES
            .iter()
            .map(|(code, key)| ((*code).to_owned(), tr.text(key)))
            .collect(),
        action: target.action,
        employer,
        pledged: data.pledged,
        pledge: crate::employers::pledge_label(visitor),
        form,
        problems: problems.of_form(&super::form::FORM, tr),
    };
    html(status, &page)
}

fn fresh() -> (StatusCode, Problems) {
    (StatusCode::OK, Problems::default())
}

fn new_target(picker: EmployerPicker) -> Target {
    Target {
        action: "/vacancies".into(),
        employer: None,
        picker,
    }
}

pub async fn new(State(state): State<AppState>, page: SignedIn) -> Result<Response, PageError> {
    let data = state.service.vacancy_form(&page.actor, None).await?;
    let form = VacancyForm {
        openings: "1".into(),
        hours_per_week: "48".into(),
        wage_period: WagePeriod::Monthly.as_str().into(),
        ..VacancyForm::default()
    };
    let target = new_target(EmployerPicker::blank());
    Ok(form_page(&state, &page, (target, &data), form, fresh()))
}

/// The form's own problems (numbers that are not numbers) and the domain's, found
/// before anything is written: the pledge is recorded only for a vacancy that can be
/// posted.
fn checked(form: &VacancyForm, data: &VacancyFormData, tr: Tr) -> (VacancyInput, Problems) {
    let mut errors = FieldErrors::new();
    let input = form.input(&mut errors, tr);
    let mut problems = Problems::from_errors(&errors, tr, form_field);
    let context = VacancyContext {
        today: tr.today(),
        minimum_wage: data.minimum_wage,
    };
    if let Err(errors) = input.parse(context) {
        problems.absorb(&form.place(&errors), tr, form_field);
    }
    (input, problems)
}

/// Records the pledge when the form carries it and the employer has not taken it.
async fn pledge(
    state: &AppState,
    actor: &Actor,
    employer: Option<EmployerId>,
    form: &VacancyForm,
    data: &VacancyFormData,
) -> Result<(), forsa_service::ServiceError> {
    let Some(employer) = employer.filter(|_| form.pledge() && !data.pledged) else {
        return Ok(());
    };
    let input = EmployerInput {
        fee_pledge: Some(true),
        ..EmployerInput::default()
    };
    state
        .service
        .update_employer(actor, employer, input)
        .await?;
    Ok(())
}

pub async fn create(
    State(state): State<AppState>,
    page: SignedIn,
    Form(form): Form<VacancyForm>,
) -> Result<Response, PageError> {
    let tr = page.visitor.tr;
    let data = state.service.vacancy_form(&page.actor, None).await?;
    let (mut input, mut problems) = checked(&form, &data, tr);
    let (employer, picker) = match page.actor.membership.employer_id() {
        Some(own) => (Some(own), EmployerPicker::blank()),
        None => {
            let (found, picker) = pick::resolve(
                &state,
                &page.actor,
                &form.employer,
                &form.employer_id,
                "employer",
                &mut problems,
                tr,
            )
            .await?;
            input.employer_id = found.map(|id| id.to_string());
            (found, picker)
        }
    };
    if !problems.is_empty() {
        let shown = (StatusCode::UNPROCESSABLE_ENTITY, problems);
        return Ok(form_page(
            &state,
            &page,
            (new_target(picker), &data),
            form,
            shown,
        ));
    }
    let posted = match pledge(&state, &page.actor, employer, &form, &data).await {
        Ok(()) => state.service.post_vacancy(&page.actor, input).await,
        Err(error) => Err(error),
    };
    match posted {
        Ok(_) => Ok(Redirect::to("/vacancies?saved=1").into_response()),
        Err(error) => {
            let shown = Problems::from_service(error, tr, form_field)?;
            Ok(form_page(
                &state,
                &page,
                (new_target(picker), &data),
                form,
                shown,
            ))
        }
    }
}

fn edit_target(id: VacancyId, employer: EmployerId) -> Target {
    Target {
        action: format!("/vacancies/{id}"),
        employer: Some(employer),
        picker: EmployerPicker::blank(),
    }
}

pub async fn edit(
    State(state): State<AppState>,
    page: SignedIn,
    RecordId(id): RecordId<VacancyId>,
) -> Result<Response, PageError> {
    let data = state.service.vacancy_form(&page.actor, Some(id)).await?;
    let vacancy = data.vacancy.as_ref().ok_or(ServiceError::NotFound)?;
    let target = edit_target(vacancy.id, vacancy.employer_id);
    let form = VacancyForm::of(vacancy);
    Ok(form_page(&state, &page, (target, &data), form, fresh()))
}

/// Saves an edit; one made on a version someone else has changed since is shown,
/// not written over theirs.
pub async fn update(
    State(state): State<AppState>,
    page: SignedIn,
    RecordId(id): RecordId<VacancyId>,
    Form(form): Form<VacancyForm>,
) -> Result<Response, PageError> {
    let data = state.service.vacancy_form(&page.actor, Some(id)).await?;
    let current = data.vacancy.as_ref().ok_or(ServiceError::NotFound)?;
    let target = edit_target(id, current.employer_id);
    let (input, problems) = checked(&form, &data, page.visitor.tr);
    if !problems.is_empty() {
        let shown = (StatusCode::UNPROCESSABLE_ENTITY, problems);
        return Ok(form_page(&state, &page, (target, &data), form, shown));
    }
    let saved = match pledge(&state, &page.actor, target.employer, &form, &data).await {
        Ok(()) => state.service.update_vacancy(&page.actor, id, input).await,
        Err(error) => Err(error),
    };
    match saved {
        Ok(_) => Ok(Redirect::to("/vacancies?saved=1").into_response()),
        Err(error) => {
            let shown = Problems::from_service(error, page.visitor.tr, form_field)?;
            Ok(form_page(&state, &page, (target, &data), form, shown))
        }
    }
}
