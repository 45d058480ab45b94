//! Folding text so that the spellings people use interchangeably meet: Arabic
//! without its diacritics and tatweel, with one form of alef, ya, ta marbuta and
//! hamza seat; Latin in lower case; every digit as ASCII. The search index folds
//! words this way, and so do the keys a person is found by (a name typed as اسراء
//! finds إسراء, a phone typed any way finds the number).

/// Whether `c` is an Arabic letter (the base block and the presentation forms that
/// keyboards produce).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

/// Harakat, Quranic marks and the superscript alef: written or left out at will.
pub fn is_diacritic(c: char) -> bool {
    matches!(
        c,
        '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
    )
}

const TATWEEL: char = '\u{0640}';

/// Removes diacritics and tatweel and unifies the letters that people write
/// interchangeably: the alef forms, alef maqsura and ya, ta marbuta and ha, the hamza
/// seats, and the Persian forms of kaf and ya. Arabic-Indic digits become ASCII.
pub fn normalise(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        if is_diacritic(c) || c == TATWEEL {
            continue;
        }
        out.push(match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' => 'ي',
            'ة' => 'ه',
            'ؤ' | 'ئ' => 'ء',
            'ک' => 'ك',
            '\u{0660}'..='\u{0669}' => digit(c, '\u{0660}'),
            '\u{06F0}'..='\u{06F9}' => digit(c, '\u{06F0}'),
            c => c,
        });
    }
}

fn digit(c: char, zero: char) -> char {
    char::from_digit(u32::from(c) - u32::from(zero), 10).unwrap_or(c)
}

/// The folded words of a text: runs of letters and digits, each folded.
pub fn folded_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut buffer = String::new();
    for word in text.split(|c: char| !(c.is_alphanumeric() || is_diacritic(c))) {
        if word.is_empty() {
            continue;
        }
        normalise(&word.to_lowercase(), &mut buffer);
        if !buffer.is_empty() {
            out.push(std::mem::take(&mut buffer));
        }
    }
    out
}

/// The key a person is found by their name: each folded word of it, and each
/// without the article (الحداد is found as حداد too), between spaces, so that a
/// typed word can be matched as the start of any word (`% word%`).
pub fn name_key(name: &str) -> String {
    let mut key = String::from(" ");
    for word in folded_words(name) {
        key.push_str(&word);
        key.push(' ');
        if let Some(bare) = word
            .strip_prefix("ال")
            .filter(|bare| bare.chars().count() >= 2)
        {
            key.push_str(bare);
            key.push(' ');
        }
    }
    key
}

/// The calling code of the default country, Jordan: a phone number written without
/// one is taken to be Jordanian.
pub const DEFAULT_CALLING_CODE: &str = "962";

/// The digits of a phone number as the country writes them after its trunk
/// prefix: `+962 79 123 4567`, `00962791234567` and `0791234567` are all
/// `791234567`, so that a number typed any way, or its last digits, finds it.
/// `country` is the calling code of the default country (Jordan's is 962).
pub fn phone_key(phone: &str, country: &str) -> String {
    let mut digits: String = folded_words(phone)
        .concat()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let international = phone.trim_start().starts_with('+') || digits.starts_with("00");
    if let Some(rest) = digits.strip_prefix("00") {
        digits = rest.to_owned();
    }
    if (international || digits.len() > 10)
        && let Some(rest) = digits.strip_prefix(country)
    {
        digits = rest.to_owned();
    }
    digits
        .strip_prefix('0')
        .map(str::to_owned)
        .unwrap_or(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_meet_whatever_the_spelling() {
        assert_eq!(name_key("إسراء"), name_key("اسراء"));
        assert_eq!(name_key("فاطمة"), name_key("فاطمه"));
        assert_eq!(name_key("مُنى"), name_key("مني"));
        assert_eq!(name_key("Amal HADDAD"), " amal haddad ");
        assert_eq!(name_key("محمد الحداد"), " محمد الحداد حداد ");
    }

    #[test]
    fn a_phone_is_its_national_digits() {
        for typed in [
            "0791234567",
            "+962 79 123 4567",
            "00962791234567",
            "079-123-4567",
            "٠٧٩١٢٣٤٥٦٧",
        ] {
            assert_eq!(phone_key(typed, "962"), "791234567", "{typed}");
        }
        assert_eq!(phone_key("4567", "962"), "4567");
        assert_eq!(phone_key("+963 944 123 456", "962"), "963944123456");
    }
}
