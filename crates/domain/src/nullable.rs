//! What `null` means in an edit. An input field left out keeps what is recorded; a
//! field sent as `null` clears it. serde reads both as `None` unless told otherwise:
//! these functions tell it, for `#[serde(default, deserialize_with = "...")]`.

use serde::{Deserialize, Deserializer};

/// A text field: `null` becomes the blank text that clears it, as a blank form field
/// does (`Some("")`); absent stays `None` (through `#[serde(default)]`).
pub fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(Some(
        Option::<String>::deserialize(deserializer)?.unwrap_or_default(),
    ))
}

/// Any other optional value: `Some(None)` for `null` (clear it), `Some(Some(v))` for a
/// value; absent stays `None` (keep it).
pub fn value<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Some(Option::<T>::deserialize(deserializer)?))
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Default, Deserialize, PartialEq)]
    #[serde(default)]
    struct Edit {
        #[serde(deserialize_with = "super::text")]
        note: Option<String>,
        #[serde(deserialize_with = "super::value")]
        year: Option<Option<i32>>,
    }

    #[test]
    fn absent_keeps_null_clears_a_value_sets() {
        let parse = |json: &str| serde_json::from_str::<Edit>(json).expect("json");
        assert_eq!(parse("{}"), Edit::default());
        assert_eq!(
            parse(r#"{"note": null, "year": null}"#),
            Edit {
                note: Some(String::new()),
                year: Some(None)
            }
        );
        assert_eq!(
            parse(r#"{"note": "x", "year": 1990}"#),
            Edit {
                note: Some("x".into()),
                year: Some(Some(1990))
            }
        );
    }
}
