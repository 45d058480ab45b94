//! A centre's records in and out as spreadsheets. `read` turns a file (CSV in UTF-8
//! or Windows-1256, or XLSX) into a table of text; `seekers` names the columns of a
//! person's record in Arabic and English and turns each row into what the
//! registration form sends, with labels read as codes (Syrian or SY, a governorate's
//! name in either language, an occupation's name or its ISCO code).

pub mod export;
pub mod import;
pub mod read;
pub mod seekers;
pub mod template;

pub use export::{ExportError, ExportWriter};
pub use import::{
    CellProblem, Counts, ImportError, Outcome, Report, RowReport, import_seekers, import_table,
};
pub use read::{Format, MAX_BYTES, ReadError, Table, read};
pub use template::seekers_template;
