//! Text analysis shared by documents and queries: one analyzer for both languages, so
//! a field can hold Arabic and English and a query in either finds it.
//!
//! Words are runs of letters, digits and the marks written on Arabic letters. An
//! Arabic word is normalised and light-stemmed; any other word is lowercased and
//! stemmed as English (Snowball). Stop words are dropped. Each token keeps the byte
//! offsets of its word in the original text, so that snippets highlight what the user
//! wrote, diacritics and all.

pub mod arabic;
mod exclusions;
pub mod vocabulary;

pub use exclusions::without_exclusions;

use frostem::{Algorithm, Stemmer};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// The name the analyzer is registered under in the index.
pub const ANALYZER: &str = "forsa";
/// The name of the analyzer that indexes a text's relatives in the job vocabulary.
pub const KIN_ANALYZER: &str = "forsa-kin";

/// Longer words are noise (pasted identifiers, run-together text) and are dropped.
const MAX_WORD_BYTES: usize = 64;

const ENGLISH_STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on",
    "or", "our", "the", "to", "we", "will", "with", "you", "your",
];

fn is_word_char(c: char) -> bool {
    // The Arabic block from a table: `is_alphanumeric` takes its slow path for every
    // non-ASCII character, and Arabic text is most of what is analysed.
    static ARABIC: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
        std::array::from_fn(|i| {
            char::from_u32(0x0600 + i as u32)
                .is_some_and(|c| c.is_alphanumeric() || arabic::is_diacritic(c))
        })
    });
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{0}'..='\u{7f}' => false,
        '\u{0600}'..='\u{06ff}' => ARABIC[c as usize - 0x0600],
        _ => c.is_alphanumeric() || arabic::is_diacritic(c),
    }
}

/// The words of `text` with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !is_word_char(c))
        .filter(|word| !word.is_empty())
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// Turns words into index terms; it keeps its buffers and stemmer between words.
pub struct Analyzer {
    english: Stemmer,
    buffer: String,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self {
            english: Stemmer::new(Algorithm::English),
            buffer: String::new(),
        }
    }
}

impl Analyzer {
    /// The term for one word, or `None` for a stop word or noise.
    pub fn term(&mut self, word: &str) -> Option<String> {
        if word.len() > MAX_WORD_BYTES {
            return None;
        }
        if word.chars().any(arabic::is_arabic_letter) {
            arabic::normalise(word, &mut self.buffer);
            if self.buffer.is_empty() || arabic::STOP_WORDS.contains(&self.buffer.as_str()) {
                return None;
            }
            return Some(arabic::stem(&self.buffer).to_owned());
        }
        // Digits in other scripts (Arabic-Indic included) read as ASCII digits.
        arabic::normalise(&word.to_lowercase(), &mut self.buffer);
        if self.buffer.is_empty() || ENGLISH_STOP_WORDS.contains(&self.buffer.as_str()) {
            return None;
        }
        Some(self.english.stem(&self.buffer).into_owned())
    }

    /// The terms of `text`, in order.
    pub fn terms(&mut self, text: &str) -> Vec<String> {
        words(text)
            .filter_map(|(_, word)| self.term(word))
            .collect()
    }

    /// The terms of `text`, in order, each with the word it was made from.
    pub fn typed_terms<'t>(&mut self, text: &'t str) -> Vec<(&'t str, String)> {
        words(text)
            .filter_map(|(_, word)| Some((word, self.term(word)?)))
            .collect()
    }

    /// Normalises without stemming: for matching the start of a word as it is typed.
    pub fn fold(&mut self, word: &str) -> String {
        arabic::normalise(&word.to_lowercase(), &mut self.buffer);
        std::mem::take(&mut self.buffer)
    }

    /// The folded words of `text`, for prefix matching.
    pub fn folded_words(&mut self, text: &str) -> Vec<String> {
        words(text).map(|(_, word)| self.fold(word)).collect()
    }
}

/// A digest of the data the analysis reads: the job vocabulary, the occupations'
/// everyday titles and the stemmers' tables. An index made with other data is
/// rebuilt, as one of another schema version is.
pub fn fingerprint() -> &'static str {
    static FINGERPRINT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        use sha2::{Digest, Sha256};
        let mut digest = Sha256::new();
        let tables = [
            ENGLISH_STOP_WORDS,
            arabic::STOP_WORDS,
            &arabic::ARTICLES,
            &arabic::SUFFIXES,
        ];
        let texts = vocabulary::FILES
            .iter()
            .map(|(_, text)| *text)
            .chain([crate::taxonomy::ALIASES])
            .chain(tables.into_iter().flatten().copied())
            .chain(
                arabic::KEPT_WHOLE
                    .iter()
                    .flat_map(|(form, stem)| [*form, *stem]),
            );
        for text in texts {
            digest.update(text.as_bytes());
            digest.update([0]);
        }
        format!("{:x}", digest.finalize())
    });
    &FINGERPRINT
}

/// The analyzer as a tantivy tokenizer.
#[derive(Clone, Default)]
pub struct ForsaTokenizer;

pub struct ForsaTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for ForsaTokenizer {
    type TokenStream<'a> = ForsaTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ForsaTokenStream {
        let mut analyzer = Analyzer::default();
        let mut tokens = Vec::new();
        for (offset, word) in words(text) {
            if let Some(term) = analyzer.term(word) {
                tokens.push(Token {
                    offset_from: offset,
                    offset_to: offset + word.len(),
                    position: tokens.len(),
                    text: term,
                    position_length: 1,
                });
            }
        }
        ForsaTokenStream { tokens, next: 0 }
    }
}

/// The analyzer for a text's relatives: each word, and each phrase of the job
/// vocabulary its words make, stands for its relatives there
/// (`vocabulary::kin_term`), not for itself. Expanding at indexing keeps a query's
/// cost at one posting list per kinship and phrase, however many relatives a word
/// has.
#[derive(Clone, Default)]
pub struct KinTokenizer;

impl Tokenizer for KinTokenizer {
    type TokenStream<'a> = ForsaTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ForsaTokenStream {
        let kin = vocabulary::vocabulary();
        let mut analyzer = Analyzer::default();
        let mut spans = Vec::new();
        let mut terms = Vec::new();
        for (offset, word) in words(text) {
            if let Some(term) = analyzer.term(word) {
                spans.push(offset..offset + word.len());
                terms.push(term);
            }
        }
        let mut tokens = Vec::new();
        let mut relatives_of = |term: &str, position: usize, length: usize| {
            for relative in kin.relatives(term) {
                tokens.push(Token {
                    offset_from: spans[position].start,
                    offset_to: spans[position + length - 1].end,
                    position,
                    text: vocabulary::kin_term(&relative.term, relative.kinship),
                    position_length: 1,
                });
            }
        };
        for (position, term) in terms.iter().enumerate() {
            relatives_of(term, position, 1);
        }
        for (phrase, span) in kin.phrases_in(&terms) {
            relatives_of(&phrase, span.start, span.len());
        }
        ForsaTokenStream { tokens, next: 0 }
    }
}

impl TokenStream for ForsaTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        Analyzer::default().terms(text)
    }

    #[test]
    fn english_is_lowercased_and_stemmed() {
        assert_eq!(terms("Carpenters"), terms("carpenter"));
        assert_eq!(terms("Sewing MACHINES"), vec!["sew", "machin"]);
    }

    #[test]
    fn stop_words_are_dropped_in_both_languages() {
        assert_eq!(terms("work in the field"), vec!["work", "field"]);
        assert_eq!(terms("عمل في المزرعة"), terms("عمل مزرعة"));
    }

    #[test]
    fn mixed_text_splits_by_script_rules() {
        assert_eq!(
            terms("نجار carpenter ٤٨ ساعة"),
            vec!["نجار", "carpent", "48", "ساع"]
        );
    }

    #[test]
    fn diacritics_do_not_split_words() {
        assert_eq!(terms("نَجَّار"), vec!["نجار"]);
    }

    #[test]
    fn punctuation_and_control_characters_separate_words() {
        assert_eq!(terms("a:(^ b\u{0}c -*"), vec!["b", "c"]);
        assert!(terms("").is_empty());
        assert!(terms("- * ( ) ^ :").is_empty());
    }

    #[test]
    fn tokens_keep_the_offsets_of_the_original_words() {
        let text = "مطلوب نَجّار";
        let mut stream = ForsaTokenizer.token_stream(text);
        let mut spans = Vec::new();
        while stream.advance() {
            let token = stream.token();
            spans.push(&text[token.offset_from..token.offset_to]);
        }
        assert_eq!(spans, vec!["مطلوب", "نَجّار"]);
    }

    #[test]
    fn folding_keeps_the_whole_word() {
        let mut analyzer = Analyzer::default();
        assert_eq!(
            analyzer.folded_words("النجّارة Carpenters"),
            vec!["النجاره", "carpenters"]
        );
    }
}
