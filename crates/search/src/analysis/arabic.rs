//! Arabic: spelling normalisation and a light stemmer in the manner of Larkey,
//! Ballesteros and Connell's "light10" (2007). It strips the conjunction و, the
//! article and its prepositional forms, and common suffixes, so that نجار, النجار,
//! نجارين and والنجارة meet. It does not look for roots: light stemming keeps more of a
//! word's meaning and is what retrieval studies found works best for Arabic.

pub use forsa_domain::folding::{is_arabic_letter, is_diacritic, normalise};

/// The article and its prepositional forms, longest first.
pub(crate) const ARTICLES: [&str; 5] = ["بال", "كال", "فال", "ال", "لل"];
/// light10's suffixes, in the order it removes them (after normalisation ة is ه, so
/// ية is يه).
pub(crate) const SUFFIXES: [&str; 8] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

fn letters(s: &str) -> usize {
    s.chars().count()
}

/// Light-stems a normalised word.
pub fn stem(word: &str) -> &str {
    let mut stem = word;
    // و is a prefix only when enough of a word remains after it.
    if let Some(rest) = stem.strip_prefix('و')
        && letters(rest) >= 3
    {
        stem = rest;
    }
    for article in ARTICLES {
        if let Some(rest) = stem.strip_prefix(article)
            && letters(rest) >= 2
        {
            stem = rest;
            break;
        }
    }
    let kept = |stem: &str| {
        (KEPT_WHOLE.iter())
            .find(|(form, _)| *form == stem)
            .map(|&(_, kept)| kept)
    };
    if let Some(kept) = kept(stem) {
        return kept;
    }
    // Three letters must remain: most Arabic roots have three, and a shorter stem
    // merges unrelated words (عمان, the capital, would become عم).
    for suffix in SUFFIXES {
        if let Some(rest) = stem.strip_suffix(suffix)
            && letters(rest) >= 3
        {
            stem = rest;
            if let Some(kept) = kept(stem) {
                return kept;
            }
        }
    }
    stem
}

/// Words whose suffixes, cut off, would leave another word's stem, each with the
/// stem its forms share instead (normalised, without the article): mathematics is
/// not kindergartens (رياض), a waiter not a bell (جرس), a library not an office
/// (مكتب), a vehicle not a boat (مركب), local not a shop (محل), insurance not
/// complete (تام). Each is looked for again as each suffix is cut (مركباتها).
pub(crate) const KEPT_WHOLE: &[(&str, &str)] = &[
    ("رياضيات", "رياضيات"),
    ("رياضه", "رياضه"),
    ("رياضي", "رياضه"),
    ("رياضيه", "رياضه"),
    ("رياضيين", "رياضه"),
    ("جرسون", "جرسون"),
    ("جرسونات", "جرسون"),
    ("جرسونه", "جرسون"),
    ("جرسونيه", "جرسون"),
    ("مكتبه", "مكتبه"),
    ("مكتبات", "مكتبه"),
    ("مركبه", "مركبه"),
    ("مركبات", "مركبه"),
    ("محلي", "محلي"),
    ("محليه", "محلي"),
    ("محليين", "محلي"),
    ("محليات", "محلي"),
    ("محليون", "محلي"),
    ("رياضيون", "رياضه"),
    ("تامين", "تامين"),
    ("تامينات", "تامين"),
];

/// Words too common to tell jobs apart, in normalised form.
pub const STOP_WORDS: &[&str] = &[
    "في", "من", "علي", "الي", "عن", "مع", "او", "و", "ان", "هذا", "هذه", "ذلك", "التي", "الذي",
    "كل", "لا", "ما", "ثم", "حتي", "لدي", "قد", "به", "بها", "له", "لها", "هو", "هي", "كان", "يكون",
    "عند",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(word: &str) -> String {
        let mut out = String::new();
        normalise(word, &mut out);
        out
    }

    fn analyse(word: &str) -> String {
        stem(&norm(word)).to_owned()
    }

    #[test]
    fn diacritics_and_tatweel_are_removed() {
        assert_eq!(norm("نَجَّار"), "نجار");
        assert_eq!(norm("نـــجـار"), "نجار");
        assert_eq!(norm("مُهَنْدِسٌ"), "مهندس");
    }

    #[test]
    fn alef_forms_are_unified() {
        assert_eq!(norm("أعمال"), "اعمال");
        assert_eq!(norm("إدارة"), "اداره");
        assert_eq!(norm("آلات"), "الات");
        assert_eq!(norm("ٱلعمل"), "العمل");
    }

    #[test]
    fn ya_alef_maqsura_and_ta_marbuta_are_unified() {
        assert_eq!(norm("مستشفى"), norm("مستشفي"));
        assert_eq!(norm("خياطة"), norm("خياطه"));
        assert_eq!(norm("کهربائی"), norm("كهربائي"));
    }

    #[test]
    fn hamza_seats_are_unified() {
        assert_eq!(norm("مسؤول"), norm("مسئول"));
    }

    #[test]
    fn arabic_indic_digits_become_ascii() {
        assert_eq!(norm("٢٠٢٦"), "2026");
        assert_eq!(norm("۴۸"), "48");
    }

    #[test]
    fn the_forms_of_carpenter_meet() {
        for form in [
            "نجار",
            "النجار",
            "نجارين",
            "والنجارة",
            "نجارون",
            "للنجار",
            "بالنجارة",
        ] {
            assert_eq!(analyse(form), "نجار", "{form}");
        }
    }

    #[test]
    fn feminine_and_plural_forms_meet() {
        assert_eq!(analyse("خياطة"), analyse("خياطات"));
        assert_eq!(analyse("خياطة"), analyse("الخياطين"));
        assert_eq!(analyse("مهندسة"), analyse("مهندسات"));
        assert_eq!(analyse("زراعية"), analyse("الزراعة"));
    }

    #[test]
    fn words_a_suffix_away_from_another_keep_their_own_stem() {
        for (word, other) in [
            ("الرياضيات", "رياض"),
            ("جرسون", "جرس"),
            ("المكتبة", "مكتب"),
            ("مركبات", "مركب"),
            ("محلية", "محل"),
        ] {
            assert_ne!(analyse(word), analyse(other), "{word}");
        }
        assert_eq!(analyse("جرسونات"), analyse("الجرسون"));
        assert_eq!(analyse("مكتبات"), analyse("مكتبة"));
        assert_eq!(analyse("الرياضة"), analyse("رياضي"));
        for (word, form) in [
            ("مركباتها", "مركبة"),
            ("الرياضيون", "رياضة"),
            ("التأمين", "تأمينات"),
        ] {
            assert_eq!(analyse(word), analyse(form), "{word}");
        }
    }

    #[test]
    fn short_words_keep_their_letters() {
        // The capital is not a suffix away from "uncle".
        assert_eq!(analyse("عمان"), "عمان");
        assert_eq!(analyse("وقت"), "وقت");
    }
}
