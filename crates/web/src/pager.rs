//! Paging through a list page: the page asked for, and links to the pages either side
//! that keep the list's filters.

use forsa_service::{Page, Paged};

use crate::error::PageError;

/// The page number in a list's address: anything that is not a number is the first
/// page; a number past the last page any list can have is refused (422).
pub fn page(number: Option<&str>) -> Result<Page, PageError> {
    let raw = number.map(str::trim).unwrap_or_default();
    if raw.is_empty() || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Page::default());
    }
    // Digits that do not fit a u64 are past the last page too.
    let number = raw.parse::<u64>().unwrap_or(u64::MAX).max(1);
    Page::new(Some(number), None).map_err(|_| PageError::PageOutOfRange)
}

/// The page a posted form asks to return to; the first when it names none there is.
pub fn page_or_first(number: &str) -> u64 {
    page(Some(number)).map_or(1, |page| page.number)
}

/// Links to the previous and next pages, for the template.
pub struct Pager {
    pub previous: Option<String>,
    pub next: Option<String>,
    number: u64,
}

impl Pager {
    /// `filters` is the list's query without `page` (`q=...&sector=F`), already
    /// percent-encoded.
    pub fn new<T>(paged: &Paged<T>, path: &str, filters: &str) -> Self {
        Self::counted(paged.page, paged.per_page, paged.total, path, filters)
    }

    /// The same, from the counts of a list of another shape.
    pub fn counted(page: u64, per_page: u64, total: u64, path: &str, filters: &str) -> Self {
        let link = |number: u64| {
            if filters.is_empty() {
                format!("{path}?page={number}")
            } else {
                format!("{path}?{filters}&page={number}")
            }
        };
        Pager {
            previous: (page > 1).then(|| link(page - 1)),
            next: (page.saturating_mul(per_page) < total).then(|| link(page + 1)),
            number: page,
        }
    }

    /// The page shown, counting from 1.
    pub fn number(&self) -> u64 {
        self.number
    }
}

/// A query string from name/value pairs, leaving out the empty ones.
pub fn query(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| format!("{name}={}", encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encoding for a query value: everything but unreserved characters.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_filters_and_stop_at_the_ends() {
        let paged = Paged::<u8> {
            items: Vec::new(),
            total: 60,
            page: 2,
            per_page: 25,
        };
        let pager = Pager::new(
            &paged,
            "/employers",
            &query(&[("q", "بناء & co"), ("sector", "")]),
        );
        assert_eq!(
            pager.previous.as_deref(),
            Some("/employers?q=%D8%A8%D9%86%D8%A7%D8%A1%20%26%20co&page=1")
        );
        assert_eq!(
            pager.next.as_deref(),
            Some("/employers?q=%D8%A8%D9%86%D8%A7%D8%A1%20%26%20co&page=3")
        );
        let number = |raw| page(Some(raw)).map(|page| page.number).ok();
        assert_eq!(number("0"), Some(1));
        assert_eq!(number("x"), Some(1));
        assert_eq!(number("-3"), Some(1));
        assert_eq!(number("3"), Some(3));
        assert_eq!(number("100000"), Some(100_000));
        assert_eq!(number("100001"), None);
        assert_eq!(number("18446744073709551615"), None);
        assert_eq!(number("99999999999999999999999"), None);
        assert_eq!(page_or_first("18446744073709551615"), 1);
    }
}
