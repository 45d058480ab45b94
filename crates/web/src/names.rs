//! Codes named in the page's language: sectors, places and occupations, from the
//! classifications the service holds in memory (naming a code costs no query).

use forsa_service::{Service, Taxonomy, TaxonomyEntry};

use crate::{choices::Choice, i18n::Tr};

/// (code, name) pairs for a select or a datalist.
pub type Options = Vec<(String, String)>;

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

    fn named(&self, entry: Option<&TaxonomyEntry>, code: &str) -> String {
        entry.map_or_else(|| code.to_owned(), |entry| self.tr.name(entry))
    }

    fn options(&self, entries: Vec<&TaxonomyEntry>) -> Options {
        entries
            .into_iter()
            .map(|entry| (entry.code.clone(), self.tr.name(entry)))
            .collect()
    }

    /// A language's name (`ar`: Arabic), or its code when the pages know no name.
    pub fn language(&self, code: &str) -> String {
        crate::seekers::named(crate::seekers::LANGUAGES, code, self.tr)
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

    /// An occupation as its picker shows it: code and name (`7115 Carpenters`), or
    /// what was typed when that names none.
    pub fn occupation_picked(&self, typed: &str) -> String {
        let code = crate::forms::code_of(typed);
        match self.taxonomy.occupation(&code) {
            Some(entry) => format!("{code} {}", self.tr.name(entry)),
            None => typed.to_owned(),
        }
    }

    /// Every sector, for a choice.
    pub fn sector_options(&self) -> Options {
        self.options(self.taxonomy.sectors())
    }

    /// Every place, for a choice.
    pub fn location_options(&self) -> Options {
        self.options(self.taxonomy.locations())
    }

    pub fn sector_choices(&self, chosen: &str) -> Vec<Choice> {
        Choice::list(self.sector_options(), chosen)
    }

    pub fn location_choices(&self, chosen: &str) -> Vec<Choice> {
        Choice::list(self.location_options(), chosen)
    }
}
