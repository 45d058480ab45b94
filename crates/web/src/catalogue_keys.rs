//! Every catalogue key the pages use exists: the templates' `text("…")` and any
//! quoted kebab-case word of the page handlers, against the English catalogue files
//! (forsa-words checks that the Arabic ones have the same keys).

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;

/// Every key of the English catalogue files.
fn all_keys() -> BTreeSet<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/i18n/en");
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("the catalogue directory") {
        let source = std::fs::read_to_string(entry.expect("a catalogue file").path())
            .expect("a readable catalogue");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("catalogue parses");
        keys.extend(resource.body.iter().filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_owned()),
            Entry::Term(term) => Some(format!("-{}", term.id.name)),
            _ => None,
        }));
    }
    keys
}

/// Catalogue keys are kebab-case words; in Rust code they stand alone in quotes.
fn looks_like_key(text: &str) -> bool {
    text.contains('-')
        && text
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase()))
}

/// Every key the templates (`text("…")`) and the page handlers (any quoted
/// kebab-case word) use exists.
#[test]
fn every_key_the_pages_use_exists() {
    let dirs = [
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/templates"),
        concat!(env!("CARGO_MANIFEST_DIR"), "/src"),
    ];
    let known = all_keys();
    let mut used = BTreeSet::new();
    let mut pending: Vec<std::path::PathBuf> = dirs.iter().map(Into::into).collect();
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).expect("readable directory") {
                pending.push(entry.expect("directory entry").path());
            }
            continue;
        }
        // The vocabularies' key prefixes are no keys; labels.rs checks the keys
        // they make.
        if path.ends_with("i18n.rs") || path.ends_with("labels.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("readable file");
        let template = path.extension().is_some_and(|ext| ext == "html");
        let pieces: Vec<&str> = if template {
            source
                .split("text(\"")
                .skip(1)
                .filter_map(|rest| rest.split('"').next())
                .collect()
        } else {
            source
                .split('"')
                .skip(1)
                .step_by(2)
                .filter(|t| looks_like_key(t))
                .collect()
        };
        for key in pieces {
            used.insert((path.display().to_string(), key.to_owned()));
        }
    }
    // A quoted word whose first part starts no catalogue key (`no-store`) is
    // something else.
    let prefixes: BTreeSet<&str> = known
        .iter()
        .filter_map(|key| key.split('-').next())
        .collect();
    let missing: Vec<_> = used
        .iter()
        .filter(|(_, key)| !known.contains(key))
        .filter(|(_, key)| {
            key.split('-')
                .next()
                .is_some_and(|first| prefixes.contains(first))
        })
        .collect();
    assert!(used.len() > 10, "the scan found too few keys: {used:?}");
    assert!(
        missing.is_empty(),
        "keys missing from the catalogues: {missing:?}"
    );
}
