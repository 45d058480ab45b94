//! Reading what a form sent: every field arrives as text, as typed, so that a refused
//! form comes back as it was; these turn that text into what the service takes.

use forsa_domain::{FieldErrors, Problem};

/// A field's text with the blanks taken out: an empty field is one not given.
pub fn given(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// A checkbox: present means ticked.
pub fn ticked(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| !v.is_empty())
}

/// A checkbox's value for a form filled from a record.
pub fn checked(on: bool) -> Option<String> {
    on.then(|| "yes".to_owned())
}

/// A number, or nothing when the field is blank; text that is no number is recorded
/// as a problem of `field` (the service's name for it).
pub fn number<T: std::str::FromStr>(errors: &mut FieldErrors, field: &str, raw: &str) -> Option<T> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let parsed = raw.parse().ok();
    if parsed.is_none() {
        errors.add(field, Problem::NotANumber);
    }
    parsed
}

/// What a picker put in the field: the code before any name (`7115 Carpenters`).
pub fn code_of(raw: &str) -> String {
    raw.split_whitespace().next().unwrap_or_default().to_owned()
}

/// Items typed with commas between them, Latin or Arabic (`،`).
pub fn list(raw: &str) -> Vec<String> {
    raw.split([',', '،'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_becomes_values() {
        assert_eq!(given("  "), None);
        assert_eq!(given(" a "), Some("a".to_owned()));
        assert_eq!(code_of("7115 Carpenters"), "7115");
        assert_eq!(
            list("welding، tiling ,, paint"),
            ["welding", "tiling", "paint"]
        );
        let mut errors = FieldErrors::new();
        assert_eq!(number::<u8>(&mut errors, "years", " 6 "), Some(6));
        assert_eq!(number::<u8>(&mut errors, "years", ""), None);
        assert!(errors.is_empty());
        assert_eq!(number::<u8>(&mut errors, "years", "six"), None);
        assert_eq!(errors.get("years"), Some(&Problem::NotANumber));
    }
}
