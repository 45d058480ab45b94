//! Numbers as the page's language writes them: Arabic pages in Arabic-Indic digits
//! with the Arabic thousands and decimal separators (١٢٬٣٤٥٫٥), English ones in
//! Western digits (12,345.5).

use forsa_domain::Locale;

use crate::i18n::Tr;

impl Tr {
    /// A whole number, its thousands grouped.
    pub fn number(self, n: u64) -> String {
        let plain = n.to_string();
        let mut grouped = String::with_capacity(plain.len() + plain.len() / 3);
        for (i, digit) in plain.chars().enumerate() {
            if i > 0 && (plain.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        self.digits(&grouped)
    }

    /// A number with at most one decimal (`12.5`, `12`).
    pub fn decimal(self, value: f64) -> String {
        let rounded = (value * 10.0).round() / 10.0;
        if rounded.fract() == 0.0 && rounded.abs() < u64::MAX as f64 {
            return self.number(rounded.abs() as u64);
        }
        self.digits(&format!("{rounded:.1}"))
    }

    /// A percentage (`12.5%`, `١٢٫٥٪`).
    pub fn percent(self, value: f64) -> String {
        match self.locale() {
            Locale::Ar => format!("{}٪", self.decimal(value)),
            Locale::En => format!("{}%", self.decimal(value)),
        }
    }

    /// Text whose digits (a year, a day) are written in the page's script; other
    /// characters stay as they are.
    pub fn in_page_digits(self, text: &str) -> String {
        match self.locale() {
            Locale::En => text.to_owned(),
            Locale::Ar => arabic_indic(text),
        }
    }

    /// Western digits and separators written in the page's script.
    fn digits(self, western: &str) -> String {
        match self.locale() {
            Locale::En => western.to_owned(),
            Locale::Ar => arabic_indic(
                &western
                    .chars()
                    .map(|c| match c {
                        ',' => '\u{066C}',
                        '.' => '\u{066B}',
                        c => c,
                    })
                    .collect::<String>(),
            ),
        }
    }
}

/// `text` with its Western digits written as Arabic-Indic ones (٠١٢٣٤٥٦٧٨٩).
pub fn arabic_indic(text: &str) -> String {
    text.chars()
        .map(|c| {
            c.to_digit(10)
                .and_then(|d| char::from_u32(0x0660 + d))
                .unwrap_or(c)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_in_the_pages_digits() {
        let en = Tr::new(Locale::En);
        let ar = Tr::new(Locale::Ar);
        assert_eq!(en.number(1_234_567), "1,234,567");
        assert_eq!(en.number(999), "999");
        assert_eq!(ar.number(12_345), "١٢٬٣٤٥");
        assert_eq!(en.decimal(12.0), "12");
        assert_eq!(en.decimal(12.25), "12.3");
        assert_eq!(ar.decimal(5.5), "٥٫٥");
        assert_eq!(en.percent(62.5), "62.5%");
        assert_eq!(ar.percent(50.0), "٥٠٪");
        assert_eq!(ar.in_page_digits("آذار 2026"), "آذار ٢٠٢٦");
        assert_eq!(en.in_page_digits("March 2026"), "March 2026");
    }
}
