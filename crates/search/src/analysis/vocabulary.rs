//! The job vocabulary: groups of words, in Arabic and English, that should find each
//! other (`data/vocabulary/*.tsv`). One line is one meaning as job ads use it: a word,
//! its forms the stemmers keep apart (welder / welding, عامل / عمال), its colloquial
//! names (شوفير) and its translation; a cell may be a phrase (بيوت بلاستيكية, call
//! centre), found where its words follow one another. An Arabic root given on a line
//! joins the Arabic words built on it, more loosely, to those of other lines of that
//! root: the place, the agent and the activity (مطبخ, طباخ, طبخ).
//!
//! A vacancy's words are indexed as their relatives too, in a field of their own
//! (`KinTokenizer`), and a query's term is also looked for there, counting for less
//! than the word itself: the vocabulary widens what a word finds, it does not rank a
//! relative above the word typed.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use super::Analyzer;

/// The file of the words that name a job's conditions (night shift, housing
/// provided, a work permit) rather than the job.
pub const CONDITIONS: &str = "conditions";

/// The vocabulary's files, by domain.
pub const FILES: [(&str, &str); 9] = [
    (
        "construction",
        include_str!("../../data/vocabulary/construction.tsv"),
    ),
    (
        "hospitality",
        include_str!("../../data/vocabulary/hospitality.tsv"),
    ),
    (
        "production",
        include_str!("../../data/vocabulary/production.tsv"),
    ),
    (
        "services",
        include_str!("../../data/vocabulary/services.tsv"),
    ),
    (
        "employment",
        include_str!("../../data/vocabulary/employment.tsv"),
    ),
    ("phrases", include_str!("../../data/vocabulary/phrases.tsv")),
    (
        CONDITIONS,
        include_str!("../../data/vocabulary/conditions.tsv"),
    ),
    ("titles", include_str!("../../data/vocabulary/titles.tsv")),
    ("tasks", include_str!("../../data/vocabulary/tasks.tsv")),
];

/// How a relative is related to the term it was found for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kinship {
    /// On one line with it: another form, name or translation of the same thing.
    Same,
    /// An Arabic word of another line with the same root.
    Root,
}

impl Kinship {
    /// What a match on the relative counts for, against 1 for the term itself.
    pub fn weight(self) -> f32 {
        match self {
            Kinship::Same => 0.7,
            Kinship::Root => 0.35,
        }
    }
}

/// A term found in place of another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relative {
    pub term: String,
    pub kinship: Kinship,
}

/// How a relative is written in the kin field: a root relative is marked, so that
/// a query can weigh the two kinships apart.
pub fn kin_term(term: &str, kinship: Kinship) -> String {
    match kinship {
        Kinship::Same => term.to_owned(),
        Kinship::Root => format!("~{term}"),
    }
}

/// A term's relatives past this many are left out, the loosest first.
const MAX_RELATIVES: usize = 24;

/// The most words a phrase on a vocabulary line may have.
pub const MAX_PHRASE_TERMS: usize = 4;

/// One line of a vocabulary file, analysed.
#[derive(Debug, Clone, Default)]
pub struct Group {
    /// Where it was read: the file's name and the line's number.
    pub file: &'static str,
    pub line: usize,
    pub english: Vec<String>,
    pub arabic: Vec<String>,
    pub root: Option<String>,
}

/// The vocabulary, analysed: each term's relatives, closest first.
///
/// A phrase on a line (بيوت بلاستيكية, call centre) is one term: its words' terms
/// joined by a space. Text holds it where those terms follow one another.
#[derive(Debug, Default)]
pub struct Vocabulary {
    groups: Vec<Group>,
    relatives: HashMap<String, Vec<Relative>>,
    /// The first term of each phrase.
    phrase_starts: HashSet<String>,
    /// The terms found on lines of the conditions file only.
    conditions: HashSet<String>,
}

/// Why a vocabulary line could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub file: &'static str,
    pub line: usize,
    pub problem: &'static str,
}

/// The vocabulary shipped with forsa.
pub fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
        let (vocabulary, errors) = Vocabulary::read(&FILES);
        // The files are part of the program and tested; a bad line is left out.
        debug_assert!(errors.is_empty(), "{errors:?}");
        vocabulary
    });
    &VOCABULARY
}

fn cells(text: &str) -> impl Iterator<Item = &str> {
    text.split(',')
        .map(str::trim)
        .filter(|word| !word.is_empty())
}

impl Vocabulary {
    /// Reads vocabulary files; lines that cannot be read are reported and left out.
    pub fn read(files: &[(&'static str, &str)]) -> (Vocabulary, Vec<LineError>) {
        let mut analyzer = Analyzer::default();
        let mut groups = Vec::new();
        let mut errors = Vec::new();
        for &(file, text) in files {
            for (number, line) in text.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                match Self::group(&mut analyzer, line) {
                    Ok(group) => groups.push(Group {
                        file,
                        line: number + 1,
                        ..group
                    }),
                    Err(problem) => errors.push(LineError {
                        file,
                        line: number + 1,
                        problem,
                    }),
                }
            }
        }
        (Vocabulary::from_groups(groups), errors)
    }

    fn group(analyzer: &mut Analyzer, line: &str) -> Result<Group, &'static str> {
        let mut parts = line.split('\t');
        let (english, arabic) = match (parts.next(), parts.next()) {
            (Some(english), Some(arabic)) => (english, arabic),
            _ => return Err("needs English and Arabic words, separated by a tab"),
        };
        let root = parts.next().map(str::trim).filter(|root| !root.is_empty());
        if parts.next().is_some() {
            return Err("has more than three cells");
        }
        let mut terms = |words: &str| -> Result<Vec<String>, &'static str> {
            let mut terms = Vec::new();
            for word in cells(words) {
                let analysed = analyzer.terms(word);
                if analysed.is_empty() || analysed.len() > MAX_PHRASE_TERMS {
                    return Err("holds a stop word, no word or a phrase of too many words");
                }
                let term = analysed.join(" ");
                if !terms.contains(&term) {
                    terms.push(term);
                }
            }
            Ok(terms)
        };
        let group = Group {
            english: terms(english)?,
            arabic: terms(arabic)?,
            root: root.map(|root| analyzer.fold(root)),
            ..Group::default()
        };
        if group.english.is_empty() || group.arabic.is_empty() {
            return Err("needs at least one English and one Arabic word");
        }
        if group.english.iter().any(|term| is_arabic(term))
            || group.arabic.iter().any(|term| !is_arabic(term))
        {
            return Err("has a word in the other language's cell");
        }
        Ok(group)
    }

    /// The vocabulary of `groups`.
    pub fn from_groups(groups: Vec<Group>) -> Vocabulary {
        let mut kin: HashMap<&str, HashMap<&str, Kinship>> = HashMap::new();
        fn relate<'a>(
            kin: &mut HashMap<&'a str, HashMap<&'a str, Kinship>>,
            term: &'a str,
            relative: &'a str,
            kinship: Kinship,
        ) {
            if term != relative {
                let closest = kin
                    .entry(term)
                    .or_default()
                    .entry(relative)
                    .or_insert(kinship);
                *closest = (*closest).min(kinship);
            }
        }
        let mut by_root: HashMap<&str, Vec<&Group>> = HashMap::new();
        for group in &groups {
            let terms: Vec<&str> = group.terms().collect();
            for &term in &terms {
                for &other in &terms {
                    relate(&mut kin, term, other, Kinship::Same);
                }
            }
            if let Some(root) = &group.root {
                by_root.entry(root).or_default().push(group);
            }
        }
        for (root, family) in &by_root {
            // A root makes kin of the words built on it only: not of a phrase, nor of
            // a loanword on its line (سستر, a nurse, is no patient, مريض).
            let arabic: HashSet<&str> = family
                .iter()
                .flat_map(|group| group.arabic.iter().map(String::as_str))
                .filter(|term| !term.contains(' ') && built_on(term, root))
                .collect();
            for &term in &arabic {
                for &other in &arabic {
                    relate(&mut kin, term, other, Kinship::Root);
                }
            }
        }
        let relatives = kin
            .into_iter()
            .map(|(term, relatives)| {
                let mut relatives: Vec<Relative> = relatives
                    .into_iter()
                    .map(|(relative, kinship)| Relative {
                        term: relative.to_owned(),
                        kinship,
                    })
                    .collect();
                relatives.sort_by(|a, b| (a.kinship, &a.term).cmp(&(b.kinship, &b.term)));
                relatives.truncate(MAX_RELATIVES);
                (term.to_owned(), relatives)
            })
            .collect();
        let phrase_starts = groups
            .iter()
            .flat_map(Group::terms)
            .filter_map(|term| term.split_once(' '))
            .map(|(first, _)| first.to_owned())
            .collect();
        let mut conditions: HashMap<&str, bool> = HashMap::new();
        for group in &groups {
            for term in group.terms() {
                *conditions.entry(term).or_insert(true) &= group.file == CONDITIONS;
            }
        }
        let conditions = (conditions.into_iter())
            .filter(|&(_, only)| only)
            .map(|(term, _)| term.to_owned())
            .collect();
        Vocabulary {
            groups,
            relatives,
            phrase_starts,
            conditions,
        }
    }

    /// Whether `term` (a word's or a phrase's) names a job's condition only.
    pub fn is_condition(&self, term: &str) -> bool {
        self.conditions.contains(term)
    }

    /// The terms that should also find `term`, closest first.
    pub fn relatives(&self, term: &str) -> &[Relative] {
        self.relatives.get(term).map_or(&[], Vec::as_slice)
    }

    /// The phrases of the vocabulary that `terms` holds, each with the positions of
    /// its words: in order of their first word, shortest first.
    pub fn phrases_in<'a, T: AsRef<str>>(
        &'a self,
        terms: &'a [T],
    ) -> impl Iterator<Item = (String, Range<usize>)> + 'a {
        (0..terms.len())
            .filter(|&start| self.phrase_starts.contains(terms[start].as_ref()))
            .flat_map(move |start| {
                let longest = (terms.len() - start).min(MAX_PHRASE_TERMS);
                let mut phrase = terms[start].as_ref().to_owned();
                (2..=longest).filter_map(move |length| {
                    phrase.push(' ');
                    phrase.push_str(terms[start + length - 1].as_ref());
                    (self.relatives.contains_key(&phrase))
                        .then(|| (phrase.clone(), start..start + length))
                })
            })
    }

    pub fn groups(&self) -> &[Group] {
        &self.groups
    }
}

impl Group {
    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.english.iter().chain(&self.arabic).map(String::as_str)
    }
}

/// Whether `term` holds the strong letters of `root` in order, as every word built on
/// it does (ممرض, تمريض and مريض on مرض); its weak letters (و, ي, ا, ء) change
/// with the pattern (قال and مقاول on قول), so they are not looked for.
fn built_on(term: &str, root: &str) -> bool {
    let weak = |c: &char| matches!(c, 'ا' | 'و' | 'ي' | 'ى' | 'ء' | 'أ' | 'إ' | 'آ' | 'ؤ' | 'ئ');
    let mut strong: Vec<char> = root.chars().filter(|c| !weak(c)).collect();
    // A doubled letter is written once where the word doubles it (حب on حبب).
    strong.dedup();
    let holds = |letters: &[char]| {
        let mut word = term.chars();
        letters.iter().all(|&c| word.any(|l| l == c))
    };
    // The stemmer may have cut a last ن, ه or ت with a suffix (تخزين is تخز).
    holds(&strong)
        || strong
            .split_last()
            .is_some_and(|(last, rest)| matches!(last, 'ن' | 'ه' | 'ت') && holds(rest))
}

fn is_arabic(term: &str) -> bool {
    term.chars().any(super::arabic::is_arabic_letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(word: &str) -> String {
        Analyzer::default().term(word).unwrap()
    }

    fn relatives(vocabulary: &Vocabulary, word: &str) -> Vec<(String, Kinship)> {
        vocabulary
            .relatives(&term(word))
            .iter()
            .map(|relative| (relative.term.clone(), relative.kinship))
            .collect()
    }

    const SAMPLE: &str = "# a comment\n\
        cook, cooks, cooking\tطباخ, طباخين, طبخ\tطبخ\n\
        kitchen\tمطبخ, مطابخ\tطبخ\n\
        hotel\tفندق, فنادق\n";

    #[test]
    fn words_of_a_line_find_each_other_and_a_root_joins_its_arabic_words() {
        let (vocabulary, errors) = Vocabulary::read(&[("sample", SAMPLE)]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(vocabulary.groups().len(), 3);
        let hotel = relatives(&vocabulary, "hotels");
        assert_eq!(hotel.len(), 2);
        assert!(hotel.iter().all(|(_, kinship)| *kinship == Kinship::Same));
        assert!(hotel.contains(&(term("فنادق"), Kinship::Same)));
        let kitchen = relatives(&vocabulary, "مطبخ");
        assert!(kitchen.contains(&(term("kitchen"), Kinship::Same)));
        assert!(kitchen.contains(&(term("طباخ"), Kinship::Root)));
        // The root joins Arabic words only: the English kitchen is not a cook.
        assert!(!kitchen.contains(&(term("cook"), Kinship::Root)));
        assert!(
            relatives(&vocabulary, "kitchen")
                .iter()
                .all(|(t, _)| *t != term("cook"))
        );
        // Closest first.
        assert!(kitchen.windows(2).all(|w| w[0].1 <= w[1].1));
    }

    #[test]
    fn a_root_joins_the_words_built_on_it_not_the_loanwords_on_its_lines() {
        let sample = "nurse\tممرض, تمريض, سستر\tمرض\n\
            patient\tمريض, مرضى\tمرض\n\
            contractor\tمقاول\tقول\n\
            saying\tقال\tقول\n";
        let (vocabulary, errors) = Vocabulary::read(&[("sample", sample)]);
        assert!(errors.is_empty(), "{errors:?}");
        let nurse = relatives(&vocabulary, "ممرض");
        assert!(nurse.contains(&(term("مريض"), Kinship::Root)), "{nurse:?}");
        assert!(nurse.contains(&(term("سستر"), Kinship::Same)), "{nurse:?}");
        let sister = relatives(&vocabulary, "سستر");
        assert!(
            sister.iter().all(|(_, kinship)| *kinship == Kinship::Same),
            "{sister:?}"
        );
        // Weak letters change with the pattern.
        let contractor = relatives(&vocabulary, "مقاول");
        assert!(
            contractor.contains(&(term("قال"), Kinship::Root)),
            "{contractor:?}"
        );
    }

    #[test]
    fn bad_lines_are_reported_with_their_place() {
        let bad = "cook\n\
            cook\tطباخ\tطبخ\textra\n\
            the\tطباخ\n\
            cook\tكهربائي, electrician\n\
            one two three four five\tطباخ\n\
            head cook\tطباخ\n";
        let (vocabulary, errors) = Vocabulary::read(&[("bad", bad)]);
        assert_eq!(vocabulary.groups().len(), 1);
        let lines: Vec<usize> = errors.iter().map(|error| error.line).collect();
        assert_eq!(lines, vec![1, 2, 3, 4, 5]);
        assert!(errors.iter().all(|error| error.file == "bad"));
    }

    #[test]
    fn a_phrase_is_one_term_found_where_its_words_follow_one_another() {
        let sample = "greenhouse, greenhouses\tبيوت بلاستيكية, بيت بلاستيكي, دفيئة\tبيت\n\
            house\tبيت, بيوت\tبيت\n";
        let (vocabulary, errors) = Vocabulary::read(&[("sample", sample)]);
        assert!(errors.is_empty(), "{errors:?}");
        let phrase = Analyzer::default().terms("بيوت بلاستيكية").join(" ");
        assert!(relatives(&vocabulary, "greenhouse").contains(&(phrase.clone(), Kinship::Same)));
        let terms = Analyzer::default().terms("عمل في بيوت بلاستيكية للخضار");
        let found: Vec<(String, Range<usize>)> = vocabulary.phrases_in(&terms).collect();
        assert_eq!(found, vec![(phrase.clone(), 1..3)]);
        assert_eq!(vocabulary.phrases_in(&terms[2..]).count(), 0);
        // A root joins single words only: a house is not a greenhouse.
        let house = relatives(&vocabulary, "بيت");
        assert!(house.iter().all(|(term, _)| *term != phrase), "{house:?}");
    }

    #[test]
    fn the_shipped_vocabulary_reads_without_errors_and_pairs_a_thousand_meanings() {
        let (vocabulary, errors) = Vocabulary::read(&FILES);
        assert!(errors.is_empty(), "{errors:#?}");
        assert!(
            vocabulary.groups().len() >= 1_000,
            "{} lines",
            vocabulary.groups().len()
        );
    }
}
