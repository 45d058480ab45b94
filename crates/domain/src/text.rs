//! Free text from users: trimmed, bounded and free of control characters.

use crate::errors::Problem;

/// Trims `raw` and checks it is between `min` and `max` characters, with no control
/// characters other than newlines and tabs where `multiline` allows them.
pub fn bounded(raw: &str, min: usize, max: usize, multiline: bool) -> Result<String, Problem> {
    let text = raw.trim();
    let length = text.chars().count();
    if length < min {
        return Err(if min <= 1 {
            Problem::Empty
        } else {
            Problem::TooShort { min }
        });
    }
    if length > max {
        return Err(Problem::TooLong { max });
    }
    let allowed = |c: char| !c.is_control() || (multiline && (c == '\n' || c == '\t' || c == '\r'));
    if !text.chars().all(allowed) {
        return Err(Problem::ControlCharacters);
    }
    Ok(text.to_owned())
}

/// A one-line text of 1 to `max` characters.
pub fn line(raw: &str, max: usize) -> Result<String, Problem> {
    bounded(raw, 1, max, false)
}

/// An optional one-line text: blank means absent.
pub fn optional_line(raw: &str, max: usize) -> Result<Option<String>, Problem> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        line(raw, max).map(Some)
    }
}

/// An optional paragraph: blank means absent.
pub fn optional_paragraph(raw: &str, max: usize) -> Result<Option<String>, Problem> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        bounded(raw, 1, max, true).map(Some)
    }
}

/// A phone number: digits with an optional leading +, spaces and dashes ignored.
pub fn phone(raw: &str) -> Result<String, Problem> {
    let compact: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')'))
        .collect();
    let digits = compact.strip_prefix('+').unwrap_or(&compact);
    if (7..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) {
        Ok(compact)
    } else {
        Err(Problem::NotPhoneNumber)
    }
}

/// A list of short labels such as skills: each trimmed, blanks dropped, duplicates
/// (ignoring case) dropped.
pub fn labels(raw: &[String], max_items: usize, max_len: usize) -> Result<Vec<String>, Problem> {
    let mut out: Vec<String> = Vec::new();
    for item in raw {
        if item.trim().is_empty() {
            continue;
        }
        let label = line(item, max_len)?;
        if !out
            .iter()
            .any(|known| known.to_lowercase() == label.to_lowercase())
        {
            out.push(label);
        }
    }
    if out.len() > max_items {
        return Err(Problem::TooManyEntries { max: max_items });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_bounds() {
        assert_eq!(line("  Amal  ", 10), Ok("Amal".to_owned()));
        assert!(line("   ", 10).is_err());
        assert!(line("a very long name", 5).is_err());
        assert!(line("tab\u{7}bell", 20).is_err());
        assert_eq!(optional_line("  ", 5), Ok(None));
    }

    #[test]
    fn paragraphs_keep_newlines() {
        assert_eq!(
            optional_paragraph("one\ntwo", 20),
            Ok(Some("one\ntwo".to_owned()))
        );
        assert!(line("one\ntwo", 20).is_err());
    }

    #[test]
    fn phones_are_digits() {
        assert_eq!(phone("+962 79-123 4567"), Ok("+962791234567".to_owned()));
        assert!(phone("call me").is_err());
        assert!(phone("123").is_err());
    }

    #[test]
    fn labels_drop_blanks_and_duplicates() {
        let raw = vec![
            "Welding".to_owned(),
            " ".to_owned(),
            "welding".to_owned(),
            "Tiling".to_owned(),
        ];
        assert_eq!(
            labels(&raw, 5, 20),
            Ok(vec!["Welding".to_owned(), "Tiling".to_owned()])
        );
        assert!(labels(&raw, 1, 20).is_err());
    }
}
