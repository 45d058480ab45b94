//! Users: the list, with disabling and enabling, and the form that creates one.

use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::{
    Role, UserId,
    organisation::{NewUserInput, User, UserPatchInput},
};
use forsa_service::{Actor, Conflict, ServiceError};
use serde::Deserialize;

use crate::{
    AppState,
    choices::Choice,
    employers::pick::{self, EmployerPicker},
    error::PageError,
    forms::given,
    frame::{Frame, SignedIn, framed},
    html, messages,
    pager::{self, Pager},
    problems::{FormSpec, Problems},
    record_id::RecordId,
    visitor::Visitor,
};

#[derive(Template)]
#[template(path = "admin/users.html")]
struct ListPage {
    frame: Frame,
    users: Vec<User>,
    pager: Pager,
    notice: Option<String>,
    /// Why the last change was refused.
    problem: Option<String>,
    /// The admin looking: their own account is not offered for disabling.
    own: UserId,
}

framed!(ListPage);

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    page: Option<String>,
    saved: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let notice = query.saved.map(|_| visitor.tr.text("admin-user-saved"));
    list_page(
        &state,
        &actor,
        &visitor,
        query.page.as_deref(),
        notice,
        None,
    )
    .await
}

async fn list_page(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
    page: Option<&str>,
    notice: Option<String>,
    problem: Option<String>,
) -> Result<Response, PageError> {
    let paged = state.service.users(actor, pager::page(page)?).await?;
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = ListPage {
        frame: Frame::new(visitor, "admin-users-title"),
        pager: Pager::new(&paged, "/users", ""),
        users: paged.items,
        notice,
        problem,
        own: actor.user_id,
    };
    Ok(html(status, &page))
}

#[derive(Deserialize)]
pub struct DisabledForm {
    #[serde(default)]
    disabled: String,
}

/// Disables a user (which ends their sessions) or lets them sign in again. Refused
/// for the admin's own account: the list comes back saying why.
pub async fn set_disabled(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    RecordId(id): RecordId<UserId>,
    Form(form): Form<DisabledForm>,
) -> Result<Response, PageError> {
    let patch = UserPatchInput {
        disabled: Some(form.disabled == "yes"),
        ..UserPatchInput::default()
    };
    match state.service.update_user(&actor, id, patch).await {
        Ok(_) => Ok(Redirect::to("/users?saved=1").into_response()),
        Err(ServiceError::Invalid(errors)) if errors.get("disabled").is_some() => {
            let problem = visitor.tr.text("admin-error-disable-self");
            list_page(&state, &actor, &visitor, None, None, Some(problem)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "admin/user_form.html")]
struct FormPage {
    frame: Frame,
    form: UserForm,
    roles: Vec<Choice>,
    centres: Vec<Choice>,
    employer: EmployerPicker,
    locales: Vec<Choice>,
    problems: Problems,
}

framed!(FormPage);

/// The new-user form as typed; the password is never shown again.
#[derive(Default, Deserialize)]
#[serde(default)]
pub struct UserForm {
    email: String,
    name: String,
    role: String,
    centre_id: String,
    /// The employer's name as typed; `employer_id` is one chosen among the matches.
    employer: String,
    employer_id: String,
    password: String,
    locale: String,
}

impl UserForm {
    fn input(&self) -> NewUserInput {
        NewUserInput {
            email: given(&self.email),
            name: given(&self.name),
            role: given(&self.role),
            centre_id: given(&self.centre_id),
            employer_id: given(&self.employer_id),
            password: Some(self.password.clone()).filter(|p| !p.is_empty()),
            locale: given(&self.locale),
        }
    }
}

/// The new-user form's fields in order, and those it needs.
const FORM: FormSpec = FormSpec {
    order: &[
        "name",
        "email",
        "role",
        "centre_id",
        "employer",
        "password",
        "locale",
    ],
    required: &["name", "email", "role", "password"],
};

fn form_field(name: &str) -> Option<&'static str> {
    Some(match name {
        "email" => "email",
        "name" => "name",
        "role" => "role",
        "centre_id" => "centre_id",
        "employer_id" => "employer",
        "password" => "password",
        "locale" => "locale",
        _ => return None,
    })
}

async fn form_page(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
    (form, employer): (UserForm, EmployerPicker),
    (status, problems): (StatusCode, Problems),
) -> Result<Response, PageError> {
    let tr = visitor.tr;
    let centres = state.service.centres(actor).await?;
    let none = || (String::new(), tr.text("admin-user-no-membership"));
    let centres = std::iter::once(none()).chain(
        centres
            .into_iter()
            .map(|centre| (centre.id.to_string(), tr.name(&centre))),
    );
    let roles = Role::ALL
        .iter()
        .map(|&role| (role.as_str().to_owned(), tr.label(role)));
    let locales = [
        ("ar".to_owned(), tr.text("admin-locale-ar")),
        ("en".to_owned(), tr.text("admin-locale-en")),
    ];
    let page = FormPage {
        frame: Frame::new(visitor, "admin-user-new"),
        roles: Choice::list(roles, &form.role),
        centres: Choice::list(centres, &form.centre_id),
        employer,
        locales: Choice::list(locales, &form.locale),
        form,
        problems: problems.of_form(&FORM, visitor.tr),
    };
    Ok(html(status, &page))
}

pub async fn new(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
) -> Result<Response, PageError> {
    let fresh = (StatusCode::OK, Problems::default());
    let blank = (UserForm::default(), EmployerPicker::blank());
    form_page(&state, &actor, &visitor, blank, fresh).await
}

pub async fn create(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Form(mut form): Form<UserForm>,
) -> Result<Response, PageError> {
    let tr = visitor.tr;
    let mut input = form.input();
    // An employer's user names their employer; found by name among any number.
    let mut picker = EmployerPicker::blank();
    let wants_employer = form.role == Role::Employer.as_str()
        || !form.employer.trim().is_empty()
        || !form.employer_id.trim().is_empty();
    if wants_employer {
        let mut problems = Problems::new(tr);
        let (found, matches) = pick::resolve(
            &state,
            &actor,
            &form.employer,
            &form.employer_id,
            "employer",
            &mut problems,
            tr,
        )
        .await?;
        picker = matches;
        input.employer_id = found.map(|id| id.to_string());
        if !problems.is_empty() {
            form.password.clear();
            let shown = (StatusCode::UNPROCESSABLE_ENTITY, problems);
            return form_page(&state, &actor, &visitor, (form, picker), shown).await;
        }
    }
    match state.service.create_user(&actor, input).await {
        Ok(_) => Ok(Redirect::to("/users?saved=1").into_response()),
        // A user's one unique detail is the email: found taken before the insert, or
        // by the database's unique rule in a race.
        Err(ServiceError::Conflict(Conflict::EmailTaken | Conflict::Duplicate)) => {
            let mut problems = Problems::new(tr);
            problems.add("email", messages::conflict(Conflict::EmailTaken, tr));
            form.password.clear();
            let shown = (StatusCode::CONFLICT, problems);
            form_page(&state, &actor, &visitor, (form, picker), shown).await
        }
        Err(error) => {
            let shown = Problems::from_service(error, tr, form_field)?;
            form.password.clear();
            form_page(&state, &actor, &visitor, (form, picker), shown).await
        }
    }
}
