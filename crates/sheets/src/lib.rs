//! A centre's records in and out as spreadsheets. `read` turns a file (CSV in UTF-8
//! or Windows-1256, or XLSX) into a table of text; `layout` names the columns of each
//! kind of record (people, employers, vacancies) in Arabic and English and finds them
//! in a file's headers; `seekers`, `employers` and `vacancies` turn each row into what
//! the form sends, with labels read as codes by `vocabulary` (Syrian or SY, a
//! governorate's name in either language, an occupation's name or its ISCO code).

pub mod employers;
pub mod export;
pub mod import;
pub mod layout;
pub mod read;
pub mod report;
pub mod seekers;
pub mod sheet;
pub mod template;
pub mod vacancies;
pub mod vocabulary;

pub use export::{ExportError, ExportWriter};
pub use import::{
    CellProblem, Counts, ImportError, Outcome, Report, RowReport, check_importer, import,
    import_table,
};
pub use layout::{Column, HeaderProblem, Kind, Layout};
pub use read::{Format, MAX_BYTES, ReadError, Table, read};
pub use template::template;
