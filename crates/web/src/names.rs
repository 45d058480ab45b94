//! Codes as the pages' pickers offer them: every sector and place for a choice, and
//! an occupation as its picker shows it. Naming a code is the words crate's
//! (`forsa_words::Names`).

pub use forsa_words::Names;

use crate::choices::Choice;

/// (code, name) pairs for a select or a datalist.
pub type Options = Vec<(String, String)>;

/// What the pickers offer, in the reader's language.
pub trait Pickers {
    /// An occupation as its picker shows it: code and name (`7115 Carpenters`), or
    /// what was typed when that names none.
    fn occupation_picked(&self, typed: &str) -> String;
    /// Every sector, for a choice.
    fn sector_options(&self) -> Options;
    /// Every place, for a choice.
    fn location_options(&self) -> Options;

    fn sector_choices(&self, chosen: &str) -> Vec<Choice> {
        Choice::list(self.sector_options(), chosen)
    }

    fn location_choices(&self, chosen: &str) -> Vec<Choice> {
        Choice::list(self.location_options(), chosen)
    }
}

impl Pickers for Names<'_> {
    fn occupation_picked(&self, typed: &str) -> String {
        let code = crate::forms::code_of(typed);
        match self.taxonomy().occupation(&code) {
            Some(entry) => format!("{code} {}", self.tr().name(entry)),
            None => typed.to_owned(),
        }
    }

    fn sector_options(&self) -> Options {
        options(self, self.taxonomy().sectors())
    }

    fn location_options(&self) -> Options {
        options(self, self.taxonomy().locations())
    }
}

fn options(names: &Names, entries: Vec<&forsa_service::TaxonomyEntry>) -> Options {
    entries
        .into_iter()
        .map(|entry| (entry.code.clone(), names.tr().name(entry)))
        .collect()
}
