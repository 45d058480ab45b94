//! The links under a list (or a report) that take it away as a spreadsheet: the
//! export (or report) address of the API with the screen's own filters, in the page's
//! language, as CSV, as Excel, and as CSV with a row of HXL hashtags for partners'
//! tools. The session cookie signs the download in; a list's export is audited like
//! any other.

use forsa_domain::ExportList;

use crate::{i18n::Tr, pager::query};

/// The download links of a list.
pub struct Downloads {
    pub csv: String,
    pub xlsx: String,
    pub hxl: String,
}

impl Downloads {
    /// The links of `list` narrowed by `filters` (the API's names for them; empty
    /// values are left out).
    pub fn of(list: ExportList, filters: &[(&str, &str)], tr: Tr) -> Self {
        Self::at(&format!("/api/v1/exports/{}", list.as_str()), filters, tr)
    }

    /// The links of the file at `address` (less its `.csv` or `.xlsx`) asked for
    /// with `filters`.
    pub fn at(address: &str, filters: &[(&str, &str)], tr: Tr) -> Self {
        let link = |format: &str, hxl: &str| {
            let mut pairs = filters.to_vec();
            pairs.extend([("lang", tr.lang()), ("hxl", hxl)]);
            format!("{address}.{format}?{}", query(&pairs))
        };
        Self {
            csv: link("csv", ""),
            xlsx: link("xlsx", ""),
            hxl: link("csv", "true"),
        }
    }
}
