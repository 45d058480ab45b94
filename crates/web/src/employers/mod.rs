//! Employers, for staff: a list with search, registration, edits and verification.
//! An employer's own user sees their record through the same pages (the service
//! scopes the list and refuses what they may not do).

mod edit;
mod list;
pub mod pick;

use axum::{
    Router,
    routing::{get, post},
};
use forsa_domain::employer::{Employer, EmployerInput};
use serde::Deserialize;

use crate::{AppState, problems::FormSpec, visitor::Visitor};

/// The no-fees pledge as its checkbox words it: in the employer's own voice to an
/// employer, as the employer's to staff who record it for them.
pub fn pledge_label(visitor: &Visitor) -> String {
    let own = visitor
        .signed_in
        .as_ref()
        .is_some_and(|(actor, _)| actor.membership.employer_id().is_some());
    visitor.tr.text(if own {
        "jobs-pledge"
    } else {
        "jobs-pledge-staff"
    })
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/employers", get(list::list).post(edit::create))
        .route("/employers/new", get(edit::new))
        .route("/employers/{id}", post(edit::update))
        .route("/employers/{id}/edit", get(edit::edit))
        .route("/employers/{id}/verify", post(edit::verify))
}

/// The employer form as typed, kept to show again when something is wrong.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EmployerForm {
    pub name_ar: String,
    pub name_en: String,
    pub registration_number: String,
    pub sector: String,
    pub location: String,
    pub contact_name: String,
    pub contact_phone: String,
    pub contact_email: String,
    pub fee_pledge: Option<String>,
    pub version: String,
}

impl EmployerForm {
    fn of(employer: &Employer) -> Self {
        let details = &employer.details;
        EmployerForm {
            name_ar: details.name.ar.clone().unwrap_or_default(),
            name_en: details.name.en.clone().unwrap_or_default(),
            registration_number: details.registration_number.clone().unwrap_or_default(),
            sector: details.sector.to_string(),
            location: details.location.to_string(),
            contact_name: details.contact_name.clone().unwrap_or_default(),
            contact_phone: details.contact_phone.clone().unwrap_or_default(),
            contact_email: details
                .contact_email
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            fee_pledge: None,
            version: employer.version.to_string(),
        }
    }

    /// What the service takes. Every field is sent, so that emptying one clears it.
    fn input(&self) -> EmployerInput {
        EmployerInput {
            // Each language sent, so that emptying one clears it.
            name_ar: Some(self.name_ar.clone()),
            name_en: Some(self.name_en.clone()),
            name: None,
            registration_number: Some(self.registration_number.clone()),
            sector: Some(self.sector.clone()),
            location: Some(self.location.clone()),
            contact_name: Some(self.contact_name.clone()),
            contact_phone: Some(self.contact_phone.clone()),
            contact_email: Some(self.contact_email.clone()),
            fee_pledge: crate::forms::ticked(&self.fee_pledge).then_some(true),
            verified: None,
            version: self.version.trim().parse().ok(),
        }
    }
}

/// The employer form's fields in order, and those it needs.
pub(crate) const FORM: FormSpec = FormSpec {
    order: &[
        "names",
        "name_ar",
        "name_en",
        "registration_number",
        "sector",
        "location",
        "contact_name",
        "contact_phone",
        "contact_email",
        "fee_pledge",
    ],
    // A name in one language at least: the group of names is marked.
    required: &["names", "sector", "location"],
};

/// The form field a service field belongs to.
fn form_field(name: &str) -> Option<&'static str> {
    Some(match name {
        "name" => "names",
        "name_ar" => "name_ar",
        "name_en" => "name_en",
        "registration_number" => "registration_number",
        "sector" => "sector",
        "location" => "location",
        "contact_name" => "contact_name",
        "contact_phone" => "contact_phone",
        "contact_email" => "contact_email",
        "fee_pledge" => "fee_pledge",
        _ => return None,
    })
}
