//! What the job vocabulary joins: its size, the terms it puts on more than one line
//! (each such term finds the words of all its lines) and the pairs of Arabic terms
//! that only a shared root joins, for review.
//!
//! `cargo run -p forsa-bench --bin vocabulary [-- --list]`; `-- --terms TEXT` prints
//! the terms TEXT is analysed into, and the relatives of each word and phrase.

use std::collections::{BTreeMap, BTreeSet};

use forsa_search::analysis::{
    Analyzer,
    vocabulary::{FILES, Group, Kinship, Vocabulary, kin_term},
};

/// The terms of `text`, each with its relatives, and the phrases they hold.
fn show_terms(vocabulary: &Vocabulary, text: &str) {
    let terms = Analyzer::default().terms(text);
    let phrases = vocabulary.phrases_in(&terms).map(|(phrase, _)| phrase);
    for term in terms.iter().cloned().chain(phrases) {
        let relatives: Vec<String> = vocabulary
            .relatives(&term)
            .iter()
            .map(|relative| kin_term(&relative.term, relative.kinship))
            .collect();
        println!("{term}\t{}", relatives.join(", "));
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let list = args.iter().any(|arg| arg == "--list");
    let (vocabulary, errors) = Vocabulary::read(&FILES);
    for error in &errors {
        eprintln!("{}:{}: {}", error.file, error.line, error.problem);
    }
    if let Some(at) = args.iter().position(|arg| arg == "--terms") {
        show_terms(&vocabulary, &args[at + 1..].join(" "));
        return;
    }
    let groups = vocabulary.groups();
    let pairs: usize = groups
        .iter()
        .map(|g| g.english.len() * g.arabic.len())
        .sum();
    let mut lines_of: BTreeMap<&str, Vec<&Group>> = BTreeMap::new();
    for group in groups {
        for term in group.terms() {
            lines_of.entry(term).or_default().push(group);
        }
    }
    let shared: Vec<(&str, &Vec<&Group>)> = lines_of
        .iter()
        .filter(|(_, lines)| lines.len() > 1)
        .map(|(term, lines)| (*term, lines))
        .collect();
    let mut root_pairs = BTreeSet::new();
    for term in lines_of.keys() {
        for relative in vocabulary.relatives(term) {
            if relative.kinship == Kinship::Root {
                let pair = if *term < relative.term.as_str() {
                    (term.to_string(), relative.term.clone())
                } else {
                    (relative.term.clone(), term.to_string())
                };
                root_pairs.insert(pair);
            }
        }
    }
    let roots: BTreeSet<&str> = groups.iter().filter_map(|g| g.root.as_deref()).collect();
    let phrases = lines_of.keys().filter(|term| term.contains(' ')).count();
    println!(
        "{} lines ({} with a root, {} roots), {} Arabic-English pairs, {} distinct terms, {} of them phrases",
        groups.len(),
        groups.iter().filter(|g| g.root.is_some()).count(),
        roots.len(),
        pairs,
        lines_of.len(),
        phrases
    );
    println!("{} terms on more than one line", shared.len());
    println!(
        "{} pairs of Arabic terms joined by a root alone",
        root_pairs.len()
    );
    if list {
        println!("\n# terms on more than one line");
        for (term, lines) in &shared {
            let places: Vec<String> = lines
                .iter()
                .map(|g| format!("{}:{}", g.file, g.line))
                .collect();
            println!("{term}\t{}", places.join(" "));
        }
        println!("\n# pairs joined by a root");
        for (a, b) in &root_pairs {
            println!("{a}\t{b}");
        }
    }
}
