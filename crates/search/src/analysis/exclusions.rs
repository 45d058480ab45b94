//! Exclusion clauses: "Building and related trades workers, excluding electricians",
//! "كل المهن باستثناء الكهربائيين". The trades such a clause names are the ones the
//! text is *not* about, so its words are left out of what is indexed: a search for an
//! electrician must not find every building trade through their group's name.

use std::borrow::Cow;

use super::{Analyzer, words};

/// The words that open an exclusion clause, folded as the analyzer folds a word (so
/// `بإستثناء` and `Excluding` read as these). `ما عدا` is read through `عدا`.
const MARKERS: [&str; 5] = ["excluding", "except", "excepting", "باستثناء", "عدا"];

/// What ends a clause: the end of a sentence, a bracket closed, a semicolon.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '.' | ';' | ')' | ']' | '!' | '?' | '\n' | '؛' | '؟' | '۔'
    )
}

/// Whether a folded word opens an exclusion clause, alone or after the Arabic `و`.
fn opens_clause(folded: &str) -> bool {
    MARKERS.contains(&folded)
        || folded
            .strip_prefix('و')
            .is_some_and(|rest| MARKERS.contains(&rest))
}

/// `text` without its exclusion clauses: each runs from its opening word to the end
/// of the clause (or of the text). Borrowed when there is none.
pub fn without_exclusions(text: &str) -> Cow<'_, str> {
    let mut analyzer = Analyzer::default();
    let mut kept = String::new();
    // Bytes of `text` before `from` are settled: kept, or cut.
    let mut from = 0;
    for (at, word) in words(text) {
        if at < from || !opens_clause(&analyzer.fold(word)) {
            continue;
        }
        kept.push_str(&text[from..at]);
        from = text[at..]
            .char_indices()
            .find(|&(_, c)| ends_clause(c))
            .map_or(text.len(), |(offset, _)| at + offset);
    }
    if from == 0 {
        return Cow::Borrowed(text);
    }
    kept.push_str(&text[from..]);
    Cow::Owned(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_an_exclusion_names_are_left_out() {
        assert_eq!(
            without_exclusions("Building and related trades workers, excluding electricians"),
            "Building and related trades workers, "
        );
        assert_eq!(
            without_exclusions("عمال البناء والحرف المرتبطة به باستثناء الكهربائيين"),
            "عمال البناء والحرف المرتبطة به "
        );
        assert_eq!(
            without_exclusions("Street vendors (excluding food) wanted"),
            "Street vendors () wanted"
        );
        assert_eq!(
            without_exclusions("نحتاج عمال لجميع المهن ما عدا الدهان. الدوام ٨ ساعات"),
            "نحتاج عمال لجميع المهن ما . الدوام ٨ ساعات"
        );
        assert_eq!(
            without_exclusions("All trades Except plumbers; apply by phone. Not electricians"),
            "All trades ; apply by phone. Not electricians"
        );
        assert_eq!(
            without_exclusions("مطلوب فنيين وبإستثناء الكهرباء"),
            "مطلوب فنيين "
        );
    }

    #[test]
    fn a_text_without_an_exclusion_is_kept_as_it_is() {
        for text in [
            "Electrician for a building site",
            "كهربائي مباني",
            "",
            "exceptional pay",
        ] {
            assert!(matches!(without_exclusions(text), Cow::Borrowed(t) if t == text));
        }
    }
}
