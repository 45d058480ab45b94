//! What was wrong with a posted form, in the page's language, field by field: the
//! service's `FieldErrors` (named after the input's own fields) become messages of
//! the catalogues (`messages`), keyed by the form's field names.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use forsa_domain::FieldErrors;
use forsa_service::ServiceError;

use super::{error::PageError, i18n::Tr, messages};

/// A form's fields as the error summary and the labels need them.
pub struct FormSpec {
    /// The fields' ids in the order the form shows them: the summary lists problems
    /// in this order, as a reader meets the fields.
    pub order: &'static [&'static str],
    /// The fields that must be filled in, marked on their labels before any submit.
    pub required: &'static [&'static str],
}

impl FormSpec {
    /// A form none of whose fields are named in advance: problems in the order met.
    pub const NONE: FormSpec = FormSpec {
        order: &[],
        required: &[],
    };
}

/// Problems with a form, ready for its template.
pub struct Problems {
    fields: BTreeMap<String, String>,
    /// A problem with the form as a whole (a stale edit, an unknown field).
    general: Option<String>,
    /// What the top of the form says when only fields have problems.
    note: String,
    /// The summary's heading and the note on marked fields, in the page's language.
    heading: String,
    required_note: String,
    spec: &'static FormSpec,
}

impl Default for Problems {
    fn default() -> Self {
        Problems {
            fields: BTreeMap::new(),
            general: None,
            note: String::new(),
            heading: String::new(),
            required_note: String::new(),
            spec: &FormSpec::NONE,
        }
    }
}

impl Problems {
    /// The service's errors on the form's fields. `field` names the form field a
    /// service field belongs to (`wage.min` -> `wage_min`), or `None` for a problem
    /// that belongs to no field of this form (shown at the top).
    pub fn from_errors(
        errors: &FieldErrors,
        tr: Tr,
        field: impl Fn(&str) -> Option<&'static str>,
    ) -> Self {
        let mut problems = Problems::new(tr);
        problems.absorb(errors, tr, field);
        problems
    }

    /// No problems yet, in the page's language.
    pub fn new(tr: Tr) -> Self {
        Problems {
            note: tr.text("jobs-error-summary"),
            ..Problems::default()
        }
        .of_form(&FormSpec::NONE, tr)
    }

    /// Adds the service's errors to those the page found; a field's first stays.
    pub fn absorb(
        &mut self,
        errors: &FieldErrors,
        tr: Tr,
        field: impl Fn(&str) -> Option<&'static str>,
    ) {
        for (name, problem) in errors.iter() {
            match field(name) {
                Some(form_field) => {
                    self.add(form_field, messages::problem_on(form_field, problem, tr))
                }
                None => {
                    self.general.get_or_insert(messages::problem(problem, tr));
                }
            }
        }
    }

    /// A refusal the form can show: invalid values (422) next to their fields, or a
    /// conflict (409): a stale edit, or a record that exists already. Any other
    /// error is the page's to answer.
    pub fn from_service(
        error: ServiceError,
        tr: Tr,
        field: impl Fn(&str) -> Option<&'static str>,
    ) -> Result<(StatusCode, Problems), PageError> {
        match error {
            ServiceError::Invalid(errors) => Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                Problems::from_errors(&errors, tr, field),
            )),
            ServiceError::Conflict(conflict) => {
                let mut problems = Problems::new(tr);
                problems.general = Some(messages::conflict(conflict, tr));
                Ok((StatusCode::CONFLICT, problems))
            }
            other => Err(other.into()),
        }
    }

    /// A problem the page found itself (a number that is not one); the first wins.
    pub fn add(&mut self, field: &str, message: String) {
        self.fields.entry(field.to_owned()).or_insert(message);
    }

    /// The same problems, for the form `spec` describes, told in `tr`'s language.
    pub fn of_form(mut self, spec: &'static FormSpec, tr: Tr) -> Self {
        self.spec = spec;
        self.heading = tr.text("form-problem-heading");
        self.required_note = tr.text("form-required-note");
        self
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.general.is_none()
    }

    /// What the top of the form says, if anything is wrong.
    pub fn summary(&self) -> Option<&str> {
        self.general
            .as_deref()
            .or_else(|| (!self.fields.is_empty()).then_some(self.note.as_str()))
    }

    /// Each field's problem as the summary lists it, a link to the field: in the
    /// form's order, those it does not name after them.
    pub fn listed(&self) -> Vec<(&str, &str)> {
        let rank = |field: &str| {
            self.spec
                .order
                .iter()
                .position(|f| *f == field)
                .unwrap_or(usize::MAX)
        };
        let mut listed: Vec<(&str, &str)> = self
            .fields
            .iter()
            .map(|(field, message)| (field.as_str(), message.as_str()))
            .collect();
        listed.sort_by_key(|(field, _)| rank(field));
        listed
    }

    pub fn heading(&self) -> &str {
        &self.heading
    }

    pub fn required_note(&self) -> &str {
        &self.required_note
    }

    /// The problem with the form as a whole, if any.
    pub fn general(&self) -> Option<&str> {
        self.general.as_deref()
    }

    /// Whether the form has fields that must be filled in.
    pub fn any_required(&self) -> bool {
        !self.spec.required.is_empty()
    }

    pub fn is_required(&self, field: &str) -> bool {
        self.spec.required.contains(&field)
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields.get(field).map(String::as_str)
    }

    /// `aria-invalid` and `aria-describedby` for a field with a problem; `hint` is
    /// the id of a hint the field is also described by. Ids are the form's own field
    /// names, never typed text, so the template may emit this unescaped.
    pub fn attrs(&self, field: &str, hint: Option<&str>) -> String {
        let error = self.fields.contains_key(field);
        let described: Vec<String> = hint
            .map(str::to_owned)
            .into_iter()
            .chain(error.then(|| format!("{field}_error")))
            .collect();
        let mut attrs = String::new();
        if self.is_required(field) {
            attrs.push_str(r#" aria-required="true""#);
        }
        if error {
            attrs.push_str(r#" aria-invalid="true""#);
        }
        if !described.is_empty() {
            attrs.push_str(&format!(r#" aria-describedby="{}""#, described.join(" ")));
        }
        attrs
    }
}

/// Puts the service's problems with the n-th item of a list (`languages[1].level`) on
/// the form row that item was typed in. Blank rows are not sent, so the two can
/// differ: `lists` names each list with, for each item sent, the row it came from.
pub fn place_on_rows(errors: &FieldErrors, lists: &[(&str, &[usize])]) -> FieldErrors {
    let mut placed = FieldErrors::new();
    for (field, problem) in errors.iter() {
        let mut field = field.to_owned();
        'lists: for (name, rows) in lists {
            for (sent, row) in rows.iter().enumerate() {
                let from = format!("{name}[{sent}]");
                if field.starts_with(&from) {
                    field = field.replacen(&from, &format!("{name}[{row}]"), 1);
                    break 'lists;
                }
            }
        }
        placed.add(field, problem.clone());
    }
    placed
}

#[cfg(test)]
mod tests {
    use forsa_domain::{Locale, Money, Problem, WagePeriod};

    use super::*;

    #[test]
    fn service_messages_become_the_pages_language() {
        let mut errors = FieldErrors::new();
        errors.add(
            "wage.min",
            Problem::BelowMinimumWage {
                minimum: Money::from_fils(290_000),
                period: WagePeriod::Monthly,
            },
        );
        errors.add(
            "mystery",
            Problem::Shape("something nobody foresaw".to_owned()),
        );
        let arabic = Tr::new(Locale::Ar);
        let problems = Problems::from_errors(&errors, arabic, |name| {
            (name == "wage.min").then_some("wage_min")
        });
        let wage = problems.get("wage_min").unwrap_or_default();
        assert!(!wage.chars().any(|c| c.is_ascii_alphabetic()), "{wage}");
        let summary = problems.summary().unwrap_or_default();
        assert_eq!(summary, arabic.text("jobs-error-invalid"));
        assert_eq!(
            problems.attrs("wage_min", Some("wage_hint")),
            r#" aria-invalid="true" aria-describedby="wage_hint wage_min_error""#
        );
        assert_eq!(problems.attrs("title_en", None), "");
    }
}
