//! The labels of the shipped classifications, held in memory: documents carry the
//! Arabic and English names of their codes, and occupations complete as people type.

use std::{cmp::Reverse, collections::HashMap};

use serde::Serialize;

use crate::analysis::Analyzer;

/// A code with its names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub code: String,
    pub parent_code: Option<String>,
    pub name_ar: String,
    pub name_en: String,
}

/// An entry prepared for completion: the folded words of both names and of its
/// everyday titles.
#[derive(Debug, Clone)]
struct Completable {
    entry: Entry,
    aliases: Vec<String>,
    words: Vec<String>,
}

/// Everyday titles of occupations (`data/occupation-aliases.tsv`), by ISCO code.
pub(crate) const ALIASES: &str = include_str!("../data/occupation-aliases.tsv");

fn aliases() -> HashMap<&'static str, Vec<&'static str>> {
    let mut by_code: HashMap<&str, Vec<&str>> = HashMap::new();
    for line in ALIASES.lines().filter(|l| !l.starts_with('#')) {
        if let Some((code, alias)) = line.split_once('\t') {
            by_code.entry(code.trim()).or_default().push(alias.trim());
        }
    }
    by_code
}

/// ISCO-08 occupations, ISIC sections and places, by code.
#[derive(Debug, Clone, Default)]
pub struct Taxonomy {
    occupations: HashMap<String, Completable>,
    /// Occupation codes in code order, so that completion lists are stable.
    occupation_order: Vec<String>,
    sectors: HashMap<String, Entry>,
    locations: HashMap<String, Entry>,
    /// The analysed terms of every everyday title and unit-group name of two words
    /// or more, and the occupations they name.
    phrases: HashMap<Vec<String>, Vec<String>>,
    /// The analysed terms of the places' names (irbid, زعتري, camp), and the places
    /// whose names hold them.
    place_terms: HashMap<String, Vec<String>>,
}

impl Taxonomy {
    pub fn new(occupations: Vec<Entry>, sectors: Vec<Entry>, locations: Vec<Entry>) -> Self {
        let mut analyzer = Analyzer::default();
        let mut occupation_order: Vec<String> =
            occupations.iter().map(|entry| entry.code.clone()).collect();
        occupation_order.sort();
        let mut everyday = aliases();
        let occupations = occupations
            .into_iter()
            .map(|entry| {
                let aliases: Vec<String> = everyday
                    .remove(entry.code.as_str())
                    .unwrap_or_default()
                    .into_iter()
                    .map(str::to_owned)
                    .collect();
                let mut words = analyzer.folded_words(&entry.name_ar);
                words.extend(analyzer.folded_words(&entry.name_en));
                for alias in &aliases {
                    words.extend(analyzer.folded_words(alias));
                }
                let completable = Completable {
                    entry,
                    aliases,
                    words,
                };
                (completable.entry.code.clone(), completable)
            })
            .collect();
        let by_code = |entries: Vec<Entry>| {
            entries
                .into_iter()
                .map(|entry| (entry.code.clone(), entry))
                .collect()
        };
        let phrases = phrases(&occupations, &occupation_order, &mut analyzer);
        let mut place_terms: HashMap<String, Vec<String>> = HashMap::new();
        for place in &locations {
            for name in [&place.name_ar, &place.name_en] {
                for term in analyzer.terms(name) {
                    let codes = place_terms.entry(term).or_default();
                    if !codes.contains(&place.code) {
                        codes.push(place.code.clone());
                    }
                }
            }
        }
        place_terms.retain(|term, _| term.chars().count() >= 3);
        Self {
            occupations,
            occupation_order,
            sectors: by_code(sectors),
            locations: by_code(locations),
            phrases,
            place_terms,
        }
    }

    /// The places whose names hold `term` (analysed): Irbid, the Zaatari camp.
    pub fn places_named(&self, term: &str) -> &[String] {
        self.place_terms.get(term).map_or(&[], Vec::as_slice)
    }

    /// The occupations that `terms` (a query's, analysed) name as a whole, by one of
    /// their everyday titles or their unit group's name: عامل نظافة is a cleaner.
    pub fn occupations_named(&self, terms: &[String]) -> &[String] {
        self.phrases.get(terms).map_or(&[], Vec::as_slice)
    }

    pub fn occupation(&self, code: &str) -> Option<&Entry> {
        self.occupations.get(code).map(|c| &c.entry)
    }

    /// Every occupation with its everyday titles, in code order.
    pub fn occupations(&self) -> impl Iterator<Item = (&Entry, &[String])> {
        self.occupation_order.iter().filter_map(|code| {
            self.occupations
                .get(code)
                .map(|c| (&c.entry, c.aliases.as_slice()))
        })
    }

    pub fn sector(&self, code: &str) -> Option<&Entry> {
        self.sectors.get(code)
    }

    /// Every sector, in code order.
    pub fn sectors(&self) -> Vec<&Entry> {
        in_code_order(&self.sectors)
    }

    /// Every place, in code order (a governorate before the places within it).
    pub fn locations(&self) -> Vec<&Entry> {
        in_code_order(&self.locations)
    }

    pub fn location(&self, code: &str) -> Option<&Entry> {
        self.locations.get(code)
    }

    /// Both names of `code` and of each group above it, and the occupation's
    /// everyday titles, for indexing.
    pub fn occupation_labels(&self, code: &str) -> Vec<&str> {
        let mut labels: Vec<&str> = self
            .occupations
            .get(code)
            .map(|c| c.aliases.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let mut next = self.occupation(code);
        while let Some(entry) = next {
            labels.push(entry.name_ar.as_str());
            labels.push(entry.name_en.as_str());
            next = entry
                .parent_code
                .as_deref()
                .and_then(|parent| self.occupation(parent));
        }
        labels
    }

    /// Occupations whose names hold a word starting with each word of `typed`, in
    /// Arabic or English. Unit groups (the level people and jobs are recorded at) come
    /// first; then the occupations most in use (`uses`: the vacancies and people
    /// recorded in one), by order of magnitude; then whole-word matches before
    /// prefixes.
    pub fn complete_occupations(
        &self,
        typed: &str,
        level: Option<usize>,
        limit: usize,
        uses: impl Fn(&str) -> u64,
    ) -> Vec<&Entry> {
        let mut analyzer = Analyzer::default();
        let wanted: Vec<String> = analyzer.folded_words(typed).into_iter().take(8).collect();
        // Digits are the start of a code.
        if let [digits] = wanted.as_slice()
            && digits.bytes().all(|b| b.is_ascii_digit())
        {
            return self
                .occupation_order
                .iter()
                .filter(|code| code.starts_with(digits.as_str()))
                .filter(|code| level.is_none_or(|level| code.len() == level))
                .filter_map(|code| self.occupations.get(code).map(|c| &c.entry))
                .take(limit)
                .collect();
        }
        let mut found: Vec<(bool, usize, &Entry)> = self
            .occupation_order
            .iter()
            .filter_map(|code| self.occupations.get(code))
            .filter(|c| level.is_none_or(|level| c.entry.code.len() == level))
            .filter_map(|c| {
                let mut whole = true;
                for want in &wanted {
                    let mut best = None;
                    for word in &c.words {
                        if word == want || strip_article(word) == want.as_str() {
                            best = Some(true);
                            break;
                        }
                        if word.starts_with(want.as_str())
                            || strip_article(word).starts_with(want.as_str())
                        {
                            best = Some(false);
                        }
                    }
                    whole &= best?;
                }
                Some((whole, c.entry.code.len(), &c.entry))
            })
            .collect();
        // The sort is stable, so code order breaks ties.
        found.sort_by_cached_key(|&(whole, digits, entry)| {
            let uses = uses(&entry.code);
            (
                Reverse(digits),
                Reverse((uses + 1).ilog10()),
                !whole,
                Reverse(uses),
            )
        });
        found
            .into_iter()
            .take(limit)
            .map(|(_, _, entry)| entry)
            .collect()
    }
}

/// The phrases that name occupations, each with its unit groups in code order.
fn phrases(
    occupations: &HashMap<String, Completable>,
    in_order: &[String],
    analyzer: &mut Analyzer,
) -> HashMap<Vec<String>, Vec<String>> {
    let mut phrases: HashMap<Vec<String>, Vec<String>> = HashMap::new();
    let unit_groups = in_order.iter().filter(|code| code.len() == 4);
    for c in unit_groups.filter_map(|code| occupations.get(code)) {
        let names = [&c.entry.name_ar, &c.entry.name_en].into_iter();
        for name in names.chain(&c.aliases) {
            let terms = analyzer.terms(name);
            if terms.len() < 2 {
                continue;
            }
            let codes = phrases.entry(terms).or_default();
            if !codes.contains(&c.entry.code) {
                codes.push(c.entry.code.clone());
            }
        }
    }
    phrases
}

fn in_code_order(entries: &HashMap<String, Entry>) -> Vec<&Entry> {
    let mut all: Vec<&Entry> = entries.values().collect();
    all.sort_by(|a, b| a.code.cmp(&b.code));
    all
}

/// People type نجار for النجارون: the article is not part of what they look for.
fn strip_article(word: &str) -> &str {
    word.strip_prefix("ال").unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str, parent: Option<&str>, ar: &str, en: &str) -> Entry {
        Entry {
            code: code.into(),
            parent_code: parent.map(Into::into),
            name_ar: ar.into(),
            name_en: en.into(),
        }
    }

    fn taxonomy() -> Taxonomy {
        Taxonomy::new(
            vec![
                entry("7", None, "الحرفيون", "Craft and related trades workers"),
                entry("711", Some("7"), "عمال البناء", "Building frame workers"),
                entry("7115", Some("711"), "النجارون", "Carpenters and joiners"),
                entry(
                    "7531",
                    Some("7"),
                    "الخياطون",
                    "Tailors, dressmakers, furriers and hatters",
                ),
            ],
            vec![],
            vec![],
        )
    }

    fn unused(_: &str) -> u64 {
        0
    }

    fn codes(found: Vec<&Entry>) -> Vec<&str> {
        found.into_iter().map(|e| e.code.as_str()).collect()
    }

    #[test]
    fn everyday_titles_complete_and_label_their_occupation() {
        let taxonomy = taxonomy();
        // The classification says النجارون; people type نجار, and the alias file
        // also knows the colloquial نجار باطون.
        assert_eq!(
            codes(taxonomy.complete_occupations("باطون", None, 10, unused)),
            vec!["7115"]
        );
        assert!(taxonomy.occupation_labels("7115").contains(&"نجار باطون"));
    }

    #[test]
    fn digits_complete_codes() {
        let taxonomy = taxonomy();
        assert_eq!(
            codes(taxonomy.complete_occupations("71", None, 10, unused)),
            vec!["711", "7115"]
        );
        assert_eq!(
            codes(taxonomy.complete_occupations("٧١١٥", None, 10, unused)),
            vec!["7115"]
        );
    }

    #[test]
    fn completes_in_english_and_arabic_as_typed() {
        let taxonomy = taxonomy();
        assert_eq!(
            codes(taxonomy.complete_occupations("carp", None, 10, unused)),
            vec!["7115"]
        );
        assert_eq!(
            codes(taxonomy.complete_occupations("نجا", None, 10, unused)),
            vec!["7115"]
        );
        assert_eq!(
            codes(taxonomy.complete_occupations("النّجارون", None, 10, unused)),
            vec!["7115"]
        );
        assert_eq!(
            codes(taxonomy.complete_occupations("tailor dress", None, 10, unused)),
            vec!["7531"]
        );
    }

    #[test]
    fn unit_groups_come_first_and_levels_filter() {
        let taxonomy = taxonomy();
        assert_eq!(
            codes(taxonomy.complete_occupations("workers", None, 10, unused)),
            vec!["711", "7"]
        );
        assert_eq!(
            codes(taxonomy.complete_occupations("workers", Some(1), 10, unused)),
            vec!["7"]
        );
    }

    #[test]
    fn occupations_in_use_complete_first() {
        let taxonomy = taxonomy();
        // Both unit groups' Arabic names begin with the article.
        let tailors = |code: &str| if code == "7531" { 40 } else { 2 };
        assert_eq!(
            codes(taxonomy.complete_occupations("ال", Some(4), 10, tailors)),
            vec!["7531", "7115"]
        );
        assert_eq!(
            codes(taxonomy.complete_occupations("ال", Some(4), 10, unused)),
            vec!["7115", "7531"]
        );
        // Within an order of magnitude, whole words first, then the more used.
        let close = |code: &str| if code == "7531" { 5 } else { 4 };
        assert_eq!(
            codes(taxonomy.complete_occupations("ال", Some(4), 10, close)),
            vec!["7531", "7115"]
        );
        assert_eq!(
            codes(taxonomy.complete_occupations("النجارون", Some(4), 10, close)),
            vec!["7115"]
        );
    }

    #[test]
    fn a_phrase_names_the_occupation_of_its_everyday_title() {
        let taxonomy = taxonomy();
        let terms = |text: &str| Analyzer::default().terms(text);
        // From the alias file: نجار باطون is a carpenter.
        assert_eq!(taxonomy.occupations_named(&terms("النجار باطون")), ["7115"]);
        assert_eq!(
            taxonomy.occupations_named(&terms("carpenters and joiners")),
            ["7115"]
        );
        // One word, or words that are not a whole title, name nothing.
        assert!(taxonomy.occupations_named(&terms("نجار")).is_empty());
        assert!(taxonomy.occupations_named(&terms("باطون نجار")).is_empty());
    }

    #[test]
    fn labels_climb_the_groups() {
        let taxonomy = taxonomy();
        let labels = taxonomy.occupation_labels("7115");
        assert!(labels.contains(&"Carpenters and joiners"));
        assert!(labels.contains(&"عمال البناء"));
        assert!(labels.contains(&"Craft and related trades workers"));
    }
}
