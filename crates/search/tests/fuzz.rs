//! Whatever a person types, search answers or refuses the text; it never panics.

#![allow(clippy::unwrap_used)]

mod fixture;

use std::sync::LazyLock;

use fixture::*;
use forsa_domain::EmployerId;
use forsa_search::{SearchError, SearchIndex, VacancySearch, query::text::TextQuery};
use proptest::prelude::*;
use serde_json::json;

static INDEX: LazyLock<SearchIndex> = LazyLock::new(|| {
    let (index, mut indexer) = empty_index();
    let jobs = [
        json!({"title_ar": "نجار قوالب", "description_ar": "العمل في موقع بناء"}),
        json!({"title_en": "Greenhouse worker", "sector": "A", "occupation": "6111"}),
        json!({"title_en": "Cook", "title_ar": "طباخ", "sector": "I", "occupation": "5120"}),
    ];
    let changes = jobs
        .into_iter()
        .map(|job| index_vacancy(&vacancy(EmployerId::generate(), job), "Employer"))
        .collect();
    apply(&mut indexer, changes);
    // The writer is dropped; the index stays readable.
    index
});

/// Pieces that have broken query parsers before, and text in the scripts we serve.
fn nasty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "-",
        "*",
        "a:(^",
        ")",
        "\"",
        "~2",
        "AND",
        "OR",
        "NOT",
        "\\",
        "\u{0}",
        "\u{202e}",
        "\u{200f}",
        "ـــ",
        "ً",
        "نجار",
        "النجارين",
        "carpenter",
        "٣٤",
        "\u{feff}",
        "🙂",
        " ",
        "\n",
        "title:",
        "[a TO z]",
        "{",
        "}",
        "^9",
        "*:*",
        "ﻻ",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|parts| parts.concat())
}

fn search(text: &str) -> Result<usize, SearchError> {
    let text = TextQuery::parse(text)?;
    let hits = INDEX.search_vacancies(&VacancySearch {
        text,
        limit: 20,
        ..Default::default()
    })?;
    Ok(hits.hits.len())
}

fn answers_or_refuses(text: &str) {
    match search(text) {
        Ok(_) | Err(SearchError::Invalid { field: "q", .. }) => {}
        Err(other) => panic!("{text:?} gave {other}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_answered_or_refused(text in any::<String>()) {
        answers_or_refuses(&text);
    }

    #[test]
    fn query_syntax_and_mixed_scripts_are_only_words(text in nasty()) {
        answers_or_refuses(&text);
    }
}

#[test]
fn edge_cases() {
    for text in ["", " ", "- *", "a:(^", "\u{0}\u{1}\u{7f}", "*:*", "ال", "و"] {
        answers_or_refuses(text);
    }
    assert!(matches!(
        search(&"نجار ".repeat(200)),
        Err(SearchError::Invalid { field: "q", .. })
    ));
    // A long but allowed query of distinct words stays within the term limit.
    let words: Vec<String> = (0..100).map(|n| format!("w{n}")).collect();
    assert_eq!(search(&words.join(" ")).unwrap(), 0);
    assert!(search("النجارين").unwrap() >= 1);
}
