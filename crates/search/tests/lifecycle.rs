//! The index on disk: it remembers where it stopped, and rebuilds itself when it is
//! missing, damaged or of another schema.

#![allow(clippy::unwrap_used)]

mod fixture;

use std::{fs, path::Path, sync::Arc};

use fixture::*;
use forsa_domain::EmployerId;
use forsa_search::{Kind, Positions, SearchIndex, Storage, VacancySearch, query::text::TextQuery};
use serde_json::json;

fn open(dir: &Path) -> (SearchIndex, forsa_search::Indexer) {
    SearchIndex::open(&Storage::Directory(dir.to_owned()), Arc::new(taxonomy())).unwrap()
}

/// Builds both indexes at position 7 with one vacancy, as a rebuild would.
fn built(dir: &Path) {
    let (_, mut indexer) = open(dir);
    assert_eq!(
        indexer.positions(),
        Positions::default(),
        "a new index asks to be built"
    );
    let job = vacancy(EmployerId::generate(), json!({"title_en": "Carpenter"}));
    indexer.rebuild_start(Kind::Vacancies).unwrap();
    indexer
        .rebuild_add(&[index_vacancy(&job, "Builder")], today())
        .unwrap();
    indexer.rebuild_finish(Kind::Vacancies, 7).unwrap();
    indexer.rebuild_start(Kind::Seekers).unwrap();
    indexer.rebuild_finish(Kind::Seekers, 7).unwrap();
}

fn carpenters(index: &SearchIndex) -> usize {
    index
        .search_vacancies(&VacancySearch {
            text: TextQuery::parse("carpenter").unwrap(),
            limit: 10,
            ..Default::default()
        })
        .unwrap()
        .total
}

#[test]
fn a_reopened_index_carries_on_from_its_position() {
    let dir = tempfile::tempdir().unwrap();
    built(dir.path());
    let (index, mut indexer) = open(dir.path());
    assert_eq!(indexer.positions().both(), Some(7));
    assert_eq!(carpenters(&index), 1);
    // Replaying rows already applied changes nothing; later rows move it on.
    indexer.advance(9).unwrap();
    drop((index, indexer));
    let (_, indexer) = open(dir.path());
    assert_eq!(indexer.positions().both(), Some(9));
}

#[test]
fn a_damaged_index_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    built(dir.path());
    fs::write(dir.path().join("vacancies/meta.json"), b"{ not json").unwrap();
    let (index, indexer) = open(dir.path());
    assert_eq!(indexer.positions().vacancies, None);
    assert_eq!(indexer.positions().seekers, Some(7));
    assert_eq!(carpenters(&index), 0);
}

#[test]
fn a_damaged_segment_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    built(dir.path());
    for entry in fs::read_dir(dir.path().join("vacancies")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "store") {
            fs::write(&path, b"garbage").unwrap();
        }
    }
    let (_, indexer) = open(dir.path());
    assert_eq!(indexer.positions().vacancies, None);
}

/// Replaces `current` in the commit metadata of the index `part` with `other`.
fn rewrite_meta(dir: &Path, part: &str, current: &str, other: &str) {
    let meta_path = dir.join(part).join("meta.json");
    let meta = fs::read_to_string(&meta_path).unwrap();
    assert!(meta.contains(current), "{meta}");
    fs::write(&meta_path, meta.replace(current, other)).unwrap();
}

#[test]
fn an_index_of_another_schema_version_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    built(dir.path());
    let current = format!(r#"\"schema\":{}"#, forsa_search::schema::SCHEMA_VERSION);
    rewrite_meta(dir.path(), "seekers", &current, r#"\"schema\":0"#);
    let (_, indexer) = open(dir.path());
    assert_eq!(indexer.positions().seekers, None);
    assert_eq!(indexer.positions().vacancies, Some(7));
}

#[test]
fn an_index_made_with_other_vocabulary_data_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    built(dir.path());
    let current = forsa_search::analysis::fingerprint();
    rewrite_meta(dir.path(), "vacancies", current, "an older vocabulary");
    let (_, indexer) = open(dir.path());
    assert_eq!(indexer.positions().vacancies, None);
    assert_eq!(indexer.positions().seekers, Some(7));
}

#[test]
fn a_lock_file_left_by_a_crash_does_not_stop_the_start() {
    let dir = tempfile::tempdir().unwrap();
    built(dir.path());
    for part in ["vacancies", "seekers"] {
        fs::write(dir.path().join(part).join(".tantivy-writer.lock"), b"").unwrap();
        fs::write(dir.path().join(part).join(".tantivy-meta.lock"), b"").unwrap();
    }
    let (index, indexer) = open(dir.path());
    assert_eq!(indexer.positions().both(), Some(7));
    assert_eq!(carpenters(&index), 1);
}
