//! A form's problems, field by field, in the page's language. The service reports
//! invalid input as English messages keyed by the input's field names
//! (`languages[1].code`); a form names its fields the same way with `_` for the
//! punctuation (`languages_1_code`), and each message becomes a catalogue key, or a
//! generic "not valid" when there is none, so no English reaches an Arabic page.

use std::collections::BTreeMap;

use forsa_domain::FieldErrors;

use super::i18n::Tr;

#[derive(Debug, Default)]
pub struct Problems {
    fields: BTreeMap<String, String>,
}

impl Problems {
    pub fn from_errors(errors: &FieldErrors, tr: Tr) -> Self {
        let mut problems = Self::default();
        for (field, message) in errors.iter() {
            problems.add(&field_id(field), translate(message, tr));
        }
        problems
    }

    /// Records a problem already in the page's language; the first for a field wins.
    pub fn add(&mut self, id: &str, message: String) {
        self.fields.entry(id.to_owned()).or_insert(message);
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The message for the field with this id, for the template.
    pub fn get(&self, id: &str) -> Option<&str> {
        self.fields.get(id).map(String::as_str)
    }

    pub fn has(&self, id: &str) -> bool {
        self.fields.contains_key(id)
    }

    /// Messages for fields the form does not show, to be shown above it.
    pub fn unplaced(&self, shown: &[&str]) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(id, _)| !shown.contains(&id.as_str()))
            .map(|(_, message)| message.clone())
            .collect()
    }
}

/// `languages[1].code` -> `languages_1_code`: the id of the form field.
pub fn field_id(field: &str) -> String {
    field
        .replace("].", "_")
        .replace(['[', '.'], "_")
        .replace(']', "")
}

/// The number in a message such as "must be at most 120 characters".
fn number_in(message: &str) -> u64 {
    message
        .split(|c: char| !c.is_ascii_digit())
        .find_map(|part| part.parse().ok())
        .unwrap_or(0)
}

/// The service's English message in the page's language.
pub fn translate(message: &str, tr: Tr) -> String {
    let known: &[(&str, &str)] = &[
        ("is required", "seekers-error-required"),
        ("must not be empty", "seekers-error-required"),
        ("must be one of", "seekers-error-choose"),
        ("must be an ISCO-08", "seekers-error-isco"),
        ("is not an ISCO-08 occupation", "seekers-error-isco"),
        ("must be a two-letter ISO 639-1", "seekers-error-language"),
        ("must be a two-letter ISO 3166-1", "seekers-error-country"),
        ("must be a phone number", "seekers-error-phone"),
        ("must make the person", "seekers-error-birth-year"),
        ("must be a date", "seekers-error-date"),
        ("must be a number", "seekers-error-number"),
        ("must be a location code", "seekers-error-location"),
        ("is not a known location", "seekers-error-location"),
        ("must be an ISCED level", "seekers-error-choose"),
        ("lists ", "seekers-error-duplicate"),
        ("already exists", "seekers-error-duplicate-reference"),
        ("must not be before the start date", "permits-error-range"),
        ("is not a known permit type", "permits-error-type"),
        (
            "is required for an employer-specific",
            "permits-error-employer",
        ),
        ("a flexible permit is not tied", "permits-error-no-employer"),
        ("is not a known employer", "permits-error-employer"),
    ];
    if message.starts_with("must be at least") {
        return tr.text_with("seekers-error-too-short", "count", number_in(message));
    }
    if message.starts_with("must be at most") {
        return tr.text_with("seekers-error-too-long", "count", number_in(message));
    }
    known
        .iter()
        .find(|(part, _)| message.contains(part))
        .map_or_else(|| tr.text("seekers-error-invalid"), |(_, key)| tr.text(key))
}

#[cfg(test)]
mod tests {
    use forsa_domain::Locale;

    use super::*;

    #[test]
    fn field_names_become_form_ids() {
        assert_eq!(field_id("languages[1].code"), "languages_1_code");
        assert_eq!(field_id("preferences.hours"), "preferences_hours");
        assert_eq!(field_id("full_name"), "full_name");
        assert_eq!(field_id("skills[2]"), "skills_2");
    }

    #[test]
    fn messages_are_translated_or_generic() {
        let arabic = Tr::new(Locale::Ar);
        let required = translate("is required", arabic);
        assert!(
            !required.chars().any(|c| c.is_ascii_alphabetic()),
            "{required}"
        );
        let unknown = translate("something nobody foresaw", arabic);
        assert_eq!(unknown, arabic.text("seekers-error-invalid"));
        let english = Tr::new(Locale::En);
        assert!(translate("must be at most 120 characters", english).contains("120"));
    }
}
