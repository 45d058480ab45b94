use std::collections::BTreeMap;

use serde::Serialize;

/// What was wrong with an input, one message per field.
///
/// Field names are the input's own (`wage.min`, `languages[1].code`), so a client can
/// put each message next to the field that caused it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[error("invalid input in {} field(s)", .0.len())]
#[serde(transparent)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: impl Into<String>, message: impl Into<String>) -> Self {
        let mut errors = Self::new();
        errors.add(field, message);
        errors
    }

    /// Records a problem; the first message for a field wins.
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.entry(field.into()).or_insert_with(|| message.into());
    }

    /// Keeps the value of a successful parse, or records why it failed.
    pub fn check<T>(&mut self, field: &str, parsed: Result<T, String>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }

    /// Like `check`, for a field that must be present.
    pub fn require<R, T>(
        &mut self,
        field: &str,
        raw: Option<R>,
        parse: impl FnOnce(R) -> Result<T, String>,
    ) -> Option<T> {
        match raw {
            Some(raw) => self.check(field, parse(raw)),
            None => {
                self.add(field, "is required");
                None
            }
        }
    }

    /// Like `check`, for a field that may be left out.
    pub fn optional<R, T>(
        &mut self,
        field: &str,
        raw: Option<R>,
        parse: impl FnOnce(R) -> Result<T, String>,
    ) -> Option<T> {
        raw.and_then(|raw| self.check(field, parse(raw)))
    }

    pub fn merge(&mut self, other: FieldErrors) {
        for (field, message) in other.0 {
            self.add(field, message);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The fields reported missing, to check a type's list of required fields.
    #[cfg(test)]
    pub(crate) fn missing(&self) -> Vec<&str> {
        self.iter()
            .filter(|(_, message)| *message == "is required")
            .map(|(field, _)| field)
            .collect()
    }

    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_message_for_a_field_wins() {
        let mut errors = FieldErrors::new();
        errors.add("email", "is required");
        errors.add("email", "is not an email address");
        assert_eq!(errors.get("email"), Some("is required"));
    }

    #[test]
    fn require_reports_missing_fields() {
        let mut errors = FieldErrors::new();
        let value: Option<u8> = errors.require("age", None::<u8>, Ok);
        assert_eq!(value, None);
        assert_eq!(errors.get("age"), Some("is required"));
        assert!(errors.into_result().is_err());
    }

    #[test]
    fn optional_skips_absent_fields() {
        let mut errors = FieldErrors::new();
        let value: Option<u8> = errors.optional("age", None::<u8>, Ok);
        assert_eq!(value, None);
        assert!(errors.is_empty());
    }
}
