//! Codes named in the reader's language: sectors, places and occupations, from the
//! classifications the service holds in memory (naming a code costs no query), and
//! languages from the list the pickers offer.

use forsa_service::{Service, Taxonomy, TaxonomyEntry};

use crate::Tr;

/// Languages a picker offers, with their catalogue keys; others may be typed as codes.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("ar", "seekers-language-ar"),
    ("en", "seekers-language-en"),
    ("fr", "seekers-language-fr"),
    ("ku", "seekers-language-ku"),
    ("tr", "seekers-language-tr"),
    ("fa", "seekers-language-fa"),
    ("ur", "seekers-language-ur"),
    ("so", "seekers-language-so"),
    ("am", "seekers-language-am"),
    ("es", "seekers-language-es"),
];

/// A code's name from a list of codes and catalogue keys, or the code itself.
pub fn named(list: &[(&str, &str)], code: &str, tr: Tr) -> String {
    list.iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map_or_else(|| code.to_owned(), |(_, key)| tr.text(key))
}

pub struct Names<'a> {
    tr: Tr,
    taxonomy: &'a Taxonomy,
}

impl<'a> Names<'a> {
    pub fn new(service: &'a Service, tr: Tr) -> Self {
        Names {
            tr,
            taxonomy: service.taxonomy(),
        }
    }

    pub fn tr(&self) -> Tr {
        self.tr
    }

    pub fn taxonomy(&self) -> &'a Taxonomy {
        self.taxonomy
    }

    fn named(&self, entry: Option<&TaxonomyEntry>, code: &str) -> String {
        entry.map_or_else(|| code.to_owned(), |entry| self.tr.name(entry))
    }

    /// A language's name (`ar`: Arabic), or its code when the list knows no name.
    pub fn language(&self, code: &str) -> String {
        named(LANGUAGES, code, self.tr)
    }

    pub fn sector(&self, code: &str) -> String {
        self.named(self.taxonomy.sector(code), code)
    }

    pub fn location(&self, code: &str) -> String {
        self.named(self.taxonomy.location(code), code)
    }

    /// An occupation's name; the code itself when it names none.
    pub fn occupation(&self, code: &str) -> String {
        self.named(self.taxonomy.occupation(code), code)
    }
}
