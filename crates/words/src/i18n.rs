//! The pages' words: Fluent catalogues for Arabic and English, compiled into the
//! binary. A page holds a `Tr` and asks it for every label and message.

use std::sync::LazyLock;

use chrono_tz::Tz;
use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};
use forsa_domain::Locale;

/// The time zone of a centre that has not set one: the camps and towns forsa was
/// first built for are in Jordan.
pub const DEFAULT_ZONE: Tz = Tz::Asia__Amman;

/// The catalogues, an area of the pages each, in Arabic and in English: one file per
/// area and language under `web/i18n/{ar,en}/`, so that work on one area leaves the
/// others' files alone.
struct Area {
    #[cfg_attr(not(test), expect(dead_code, reason = "the tests name the area"))]
    name: &'static str,
    arabic: &'static str,
    english: &'static str,
    /// Only the kiosk speaks French too: the staff pages are Arabic and English.
    french: Option<&'static str>,
}

macro_rules! area {
    ($name:literal) => {
        Area {
            name: $name,
            arabic: include_str!(concat!("../../../web/i18n/ar/", $name, ".ftl")),
            english: include_str!(concat!("../../../web/i18n/en/", $name, ".ftl")),
            french: None,
        }
    };
    ($name:literal, french) => {
        Area {
            french: Some(include_str!(concat!(
                "../../../web/i18n/fr/",
                $name,
                ".ftl"
            ))),
            ..area!($name)
        }
    };
}

const AREAS: &[Area] = &[
    area!("shell"),
    area!("reports"),
    area!("jobs"),
    area!("seekers"),
    area!("admin"),
    area!("kiosk", french),
    area!("follow_ups"),
    area!("sheets"),
];

type Bundle = FluentBundle<FluentResource>;

struct Catalogues {
    arabic: Bundle,
    english: Bundle,
    french: Bundle,
}

fn bundle(language: &str, sources: impl Iterator<Item = &'static str>) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![language.parse().unwrap_or_default()]);
    // Names and other text that users typed are wrapped in <bdi> by the templates;
    // Fluent's own isolation marks would only get in the way of comparisons.
    bundle.set_use_isolating(false);
    for source in sources {
        // A syntax error keeps the entries that did parse; the unit tests below
        // refuse any error, so a shipped catalogue has none.
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        // Only fails on a duplicate key, which the tests also refuse.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

static CATALOGUES: LazyLock<Catalogues> = LazyLock::new(|| Catalogues {
    arabic: bundle("ar", AREAS.iter().map(|area| area.arabic)),
    english: bundle("en", AREAS.iter().map(|area| area.english)),
    french: bundle("fr", AREAS.iter().filter_map(|area| area.french)),
});

/// Translates for one language. Cheap to copy into every template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    locale: Locale,
    /// Where the reader is, for the times and days shown: their centre's time zone.
    zone: Tz,
}

impl Tr {
    pub fn new(locale: Locale) -> Self {
        Self {
            locale,
            zone: DEFAULT_ZONE,
        }
    }

    /// The same language, with times shown in `zone`.
    pub fn in_zone(self, zone: Tz) -> Self {
        Self { zone, ..self }
    }

    /// Items joined as the page's language lists them: "a, b" and "أ، ب".
    pub fn list(self, items: impl IntoIterator<Item = String>) -> String {
        items
            .into_iter()
            .collect::<Vec<_>>()
            .join(&self.text("list-separator"))
    }

    pub fn zone(self) -> Tz {
        self.zone
    }

    pub fn locale(self) -> Locale {
        self.locale
    }

    /// The `lang` attribute.
    pub fn lang(self) -> &'static str {
        self.locale.as_str()
    }

    /// The `dir` attribute: Arabic reads right to left.
    pub fn dir(self) -> &'static str {
        match self.locale {
            Locale::Ar => "rtl",
            Locale::En => "ltr",
        }
    }

    /// The first of Arabic or English in an `Accept-Language` header, in the
    /// sender's order (`fr, en-GB;q=0.8, ar;q=0.5`: English).
    pub fn preferred(accept_language: &str) -> Option<Locale> {
        accept_language.split(',').find_map(|item| {
            let tag = item.split(';').next()?.trim();
            let primary = tag.split('-').next()?.to_ascii_lowercase();
            Locale::parse(&primary).ok()
        })
    }

    /// The language a switch offers.
    pub fn other(self) -> Tr {
        let locale = match self.locale {
            Locale::Ar => Locale::En,
            Locale::En => Locale::Ar,
        };
        Self { locale, ..self }
    }

    /// The message under `key`; the key itself if the catalogue lacks it (the tests
    /// make sure that no template or page asks for a missing key).
    pub fn text(self, key: &str) -> String {
        self.format(key, None)
    }

    /// A message with a number in it, such as a count or a wait in seconds; Fluent
    /// picks the plural form the language needs.
    pub fn text_with(self, key: &str, name: &str, number: u64) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), number);
        self.format(key, Some(&args))
    }

    /// A message with several numbers in it, such as the bounds of a range.
    pub fn text_with_numbers(self, key: &str, numbers: &[(&str, i64)]) -> String {
        let mut args = FluentArgs::new();
        for (name, number) in numbers {
            args.set(name.to_string(), *number);
        }
        self.format(key, Some(&args))
    }

    /// A message with words put in, such as a day or a name.
    pub fn text_with_words(self, key: &str, words: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, word) in words {
            args.set(name.to_string(), word.to_string());
        }
        self.format(key, Some(&args))
    }

    /// A message that names things (a person, an employer, a job): each name is set
    /// apart from the sentence (Unicode's first-strong isolate), so that an English
    /// name in an Arabic sentence, or an Arabic one in English, keeps the sentence's
    /// punctuation on the sentence's side.
    pub fn text_naming(self, key: &str, names: &[(&str, &str)], words: &[(&str, &str)]) -> String {
        let isolated: Vec<(&str, String)> = names
            .iter()
            .map(|(name, value)| (*name, format!("\u{2068}{value}\u{2069}")))
            .collect();
        let all: Vec<(&str, &str)> = isolated
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .chain(words.iter().copied())
            .collect();
        self.text_with_words(key, &all)
    }

    /// Whether the catalogue has `key`, for words it knows only some of (cities).
    pub fn has(self, key: &str) -> bool {
        self.bundle().has_message(key)
    }

    fn bundle(self) -> &'static Bundle {
        match self.locale {
            Locale::Ar => &CATALOGUES.arabic,
            Locale::En => &CATALOGUES.english,
        }
    }

    fn format(self, key: &str, args: Option<&FluentArgs>) -> String {
        format(self.bundle(), key, args)
    }
}

/// A message of the French catalogue (the kiosk's areas only); the key itself if it
/// lacks it.
pub fn french_text(key: &str) -> String {
    format(&CATALOGUES.french, key, None)
}

fn format(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> String {
    let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) else {
        tracing::warn!(key, "missing translation");
        return key.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    use super::*;

    fn keys(source: &str) -> BTreeSet<String> {
        let resource = fluent_syntax::parser::parse(source).expect("catalogue parses");
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(message) => Some(message.id.name.to_owned()),
                Entry::Term(term) => Some(format!("-{}", term.id.name)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn both_catalogues_parse_and_have_the_same_keys() {
        let mut seen = BTreeSet::new();
        for area in AREAS {
            let arabic = keys(area.arabic);
            let english = keys(area.english);
            let only_arabic: Vec<_> = arabic.difference(&english).collect();
            let only_english: Vec<_> = english.difference(&arabic).collect();
            assert!(
                only_arabic.is_empty() && only_english.is_empty(),
                "{}: only in Arabic: {only_arabic:?}; only in English: {only_english:?}",
                area.name
            );
            assert!(
                FluentResource::try_new(area.arabic.to_owned()).is_ok(),
                "{}",
                area.name
            );
            assert!(
                FluentResource::try_new(area.english.to_owned()).is_ok(),
                "{}",
                area.name
            );
            if let Some(french) = area.french {
                assert!(
                    FluentResource::try_new(french.to_owned()).is_ok(),
                    "{}",
                    area.name
                );
                assert_eq!(
                    keys(french),
                    english,
                    "{}: French and English keys differ",
                    area.name
                );
            }
            for key in english {
                assert!(seen.insert(key.clone()), "{key} is in two areas");
            }
        }
        assert!(seen.len() > 10);
    }

    /// Words in Latin letters that may stand on an Arabic page: a language's own name
    /// on the switch, codes people know by their Latin form, and the example of a
    /// country's code a spreadsheet may hold (SY), and the names of spreadsheet
    /// files and encodings as their programs write them.
    const LATIN_ALLOWED: &[&str] = &[
        "English", "ISCO", "ISIC", "ISCED", "UNHCR", "SY", "CSV", "HXL", "XLSX", "UTF", "Windows",
        "csv", "xlsx", "xls",
    ];

    fn texts<'a>(pattern: &'a Pattern<&'a str>, out: &mut Vec<&'a str>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push(value),
                PatternElement::Placeable { expression } => match expression {
                    Expression::Select { variants, .. } => {
                        for variant in variants {
                            texts(&variant.value, out);
                        }
                    }
                    Expression::Inline(InlineExpression::StringLiteral { value }) => {
                        out.push(value);
                    }
                    Expression::Inline(_) => {}
                },
            }
        }
    }

    #[test]
    fn no_arabic_message_is_left_in_latin_script() {
        let mut offenders = Vec::new();
        let resources: Vec<_> = AREAS
            .iter()
            .map(|area| fluent_syntax::parser::parse(area.arabic).expect("catalogue parses"))
            .collect();
        for entry in resources.iter().flat_map(|resource| &resource.body) {
            let Entry::Message(message) = entry else {
                continue;
            };
            let mut values = Vec::new();
            if let Some(pattern) = &message.value {
                texts(pattern, &mut values);
            }
            for attribute in &message.attributes {
                texts(&attribute.value, &mut values);
            }
            for word in values
                .iter()
                .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()))
            {
                let latin = word
                    .chars()
                    .any(|c| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c));
                if latin && !LATIN_ALLOWED.contains(&word) {
                    offenders.push(format!("{}: {word}", message.id.name));
                }
            }
        }
        assert!(
            offenders.is_empty(),
            "Latin script in the Arabic catalogue: {offenders:?}"
        );
    }

    #[test]
    fn arabic_plurals_pick_the_right_form() {
        let arabic = Tr::new(Locale::Ar);
        assert!(
            arabic
                .text_with("login-rate-limited", "seconds", 2)
                .contains("ثانيتين")
        );
        assert!(
            arabic
                .text_with("login-rate-limited", "seconds", 5)
                .contains("5 ثوانٍ")
        );
        let english = Tr::new(Locale::En);
        assert!(
            english
                .text_with("login-rate-limited", "seconds", 1)
                .contains("one second")
        );
        assert_eq!(english.text("nav-seekers"), "Job seekers");
        assert_eq!(english.text("no-such-key"), "no-such-key");
    }
}
