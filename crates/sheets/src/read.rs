//! A spreadsheet file as a table of text: an XLSX workbook's first sheet, or a CSV
//! file in UTF-8 (with or without a byte order mark), UTF-16 (Excel's "Unicode text")
//! or Windows-1256 (what Arabic Windows saves), separated by commas, semicolons or
//! tabs. Anything else is refused with a reason a person can act on.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1256};

/// The largest file read: about 150,000 people with every column filled in.
pub const MAX_BYTES: usize = 32 * 1024 * 1024;

/// The most rows and columns of a workbook's sheet read: past them, a cell is no
/// record's.
const MAX_ROWS: u32 = 1_000_000;
const MAX_COLUMNS: u32 = 200;

/// Why a file cannot be read as a spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {} MB", MAX_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("the file is not a spreadsheet: send a CSV or an XLSX file")]
    NotASpreadsheet,
    #[error("the file is an old Excel workbook (.xls): save it as .xlsx or CSV")]
    OldExcel,
    #[error(
        "the file's text is in an encoding forsa does not read: save it as CSV UTF-8 or Windows-1256 (Arabic)"
    )]
    UnknownEncoding,
    #[error(
        "the spreadsheet has cells past row 1,000,000 or column 200: keep one sheet of records"
    )]
    TooManyCells,
    #[error("the spreadsheet cannot be read: {0}")]
    Unreadable(String),
}

/// How the file was written, as a person would name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Utf8,
    Utf16,
    Windows1256,
}

/// A spreadsheet's text: its first row (the column headers) and the rows under it,
/// each with its number as the spreadsheet shows it (the headers are row 1). Rows
/// with nothing in them are left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub format: Format,
    pub headers: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Reads `bytes` as a spreadsheet.
pub fn read(bytes: &[u8]) -> Result<Table, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return xlsx(bytes);
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(ReadError::OldExcel);
    }
    let (text, format) = decode(bytes)?;
    csv_table(&text, format)
}

/// The text of a CSV file, and the encoding it was in.
fn decode(bytes: &[u8]) -> Result<(String, Format), ReadError> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let format = if encoding == UTF_8 {
            Format::Utf8
        } else {
            Format::Utf16
        };
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(ReadError::UnknownEncoding);
        }
        return Ok((text.into_owned(), format));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if text.contains('\0') {
            return Err(ReadError::NotASpreadsheet);
        }
        return Ok((text.to_owned(), Format::Utf8));
    }
    if bytes.contains(&0) {
        return Err(ReadError::NotASpreadsheet);
    }
    // Not UTF-8: Windows-1256 if what it reads as is Arabic. Every byte means
    // something in it, so a file in another code page would read as nonsense: at
    // least half of the letters past ASCII must be Arabic ones.
    let (text, _, _) = WINDOWS_1256.decode(bytes);
    let beyond_ascii = text.chars().filter(|c| !c.is_ascii()).count();
    let arabic = text
        .chars()
        .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
        .count();
    if arabic * 2 < beyond_ascii {
        return Err(ReadError::UnknownEncoding);
    }
    Ok((text.into_owned(), Format::Windows1256))
}

/// The separator of a CSV file: whichever of comma, semicolon and tab its first line
/// holds most of (Excel in an Arabic or French setting writes semicolons).
fn separator(text: &str) -> u8 {
    let first = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or_default();
    // The last of equals wins: a comma, when the line holds none of them.
    [b'\t', b';', b',']
        .into_iter()
        .max_by_key(|&sep| first.bytes().filter(|&b| b == sep).count())
        .unwrap_or(b',')
}

fn csv_table(text: &str, format: Format) -> Result<Table, ReadError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // The line each row starts on, as a spreadsheet numbers it: blank lines, which
    // the reader passes over, still count.
    let line_ends: Vec<usize> = text.match_indices('\n').map(|(at, _)| at).collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| ReadError::Unreadable(error.to_string()))?;
        let line = record.position().map_or(rows.len() + 1, |at| {
            // The reader's position is where it began looking: past the blank lines
            // it passed over is where the row starts.
            let from = usize::try_from(at.byte()).unwrap_or(usize::MAX);
            let blank = text.get(from..).map_or(0, |rest| {
                rest.bytes()
                    .take_while(|b| matches!(b, b'\n' | b'\r'))
                    .count()
            });
            line_ends.partition_point(|&end| end < from + blank) + 1
        });
        rows.push((line, record.iter().map(str::to_owned).collect()));
    }
    table(format, rows)
}

fn xlsx(bytes: &[u8]) -> Result<Table, ReadError> {
    let mut workbook: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| ReadError::NotASpreadsheet)?;
    let first = workbook
        .sheet_names()
        .first()
        .cloned()
        .ok_or(ReadError::Empty)?;
    let unreadable = |error: calamine::XlsxError| ReadError::Unreadable(error.to_string());
    let mut cells = workbook
        .worksheet_cells_reader(&first)
        .map_err(unreadable)?;
    // Cell by cell, never the sheet's whole rectangle: a file may name a cell far
    // out (XFD1048576) that no spreadsheet of records reaches.
    let mut rows: std::collections::BTreeMap<u32, Vec<String>> = std::collections::BTreeMap::new();
    while let Some(cell) = cells.next_cell().map_err(unreadable)? {
        let (row, column) = cell.get_position();
        if row >= MAX_ROWS || column >= MAX_COLUMNS {
            return Err(ReadError::TooManyCells);
        }
        let text = cell_text(&Data::from(cell.get_value().clone()));
        if text.is_empty() {
            continue;
        }
        let cells = rows.entry(row).or_default();
        let column = column as usize;
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        cells[column] = text;
    }
    let rows = rows
        .into_iter()
        .map(|(row, cells)| (row as usize + 1, cells))
        .collect();
    table(Format::Xlsx, rows)
}

/// A cell as the person sees it: a whole number without ".0", a date as 2026-12-05.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{number:.0}")
        }
        Data::Float(number) => number.to_string(),
        Data::Bool(yes) => yes.to_string(),
        Data::DateTime(when) => when.as_datetime().map_or_else(
            || when.as_f64().to_string(),
            |when| when.date().format("%Y-%m-%d").to_string(),
        ),
    }
}

/// The rows with text in them; the first is the headers.
fn table(format: Format, rows: Vec<(usize, Vec<String>)>) -> Result<Table, ReadError> {
    let mut rows = rows.into_iter().filter(|(_, cells)| {
        cells
            .iter()
            .any(|cell| !cell.trim().trim_start_matches('\u{feff}').is_empty())
    });
    let (_, headers) = rows.next().ok_or(ReadError::Empty)?;
    let headers = headers
        .into_iter()
        .map(|header| header.trim_start_matches('\u{feff}').trim().to_owned())
        .collect();
    Ok(Table {
        format,
        headers,
        rows: rows.collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_its_mark_and_any_separator() {
        for bytes in [
            "name,phone\nأمل,0791234567\n".as_bytes().to_vec(),
            [
                b"\xEF\xBB\xBF".as_slice(),
                "name;phone\nأمل;0791234567\n".as_bytes(),
            ]
            .concat(),
            "name\tphone\n\nأمل\t0791234567\n".as_bytes().to_vec(),
        ] {
            let table = read(&bytes).unwrap();
            assert_eq!(table.format, Format::Utf8);
            assert_eq!(table.headers, ["name", "phone"]);
            assert_eq!(table.rows.len(), 1);
            assert_eq!(table.rows[0].1, ["أمل", "0791234567"]);
        }
        let blank_lines = read("name\n\n\nأمل\n".as_bytes()).unwrap();
        assert_eq!(blank_lines.rows[0].0, 4, "row numbers count blank lines");
        {}
    }

    #[test]
    fn windows_1256_is_read_as_arabic() {
        let (bytes, _, _) = WINDOWS_1256.encode("الاسم,الهاتف\nأمل حداد,0791234567\n");
        let table = read(&bytes).unwrap();
        assert_eq!(table.format, Format::Windows1256);
        assert_eq!(table.headers, ["الاسم", "الهاتف"]);
        assert_eq!(
            table.rows[0],
            (2, vec!["أمل حداد".into(), "0791234567".into()])
        );
    }

    #[test]
    fn what_is_no_spreadsheet_is_refused() {
        assert_eq!(read(b""), Err(ReadError::Empty));
        assert_eq!(
            read(b"%PDF-1.7\n\0\x01\x02"),
            Err(ReadError::NotASpreadsheet)
        );
        assert_eq!(read(b"\xD0\xCF\x11\xE0\xA1\xB1"), Err(ReadError::OldExcel));
        assert_eq!(read(b"PK\x03\x04garbage"), Err(ReadError::NotASpreadsheet));
        // Latin-1 French: not Arabic, so not Windows-1256.
        assert_eq!(
            read(b"nom,ville\nH\xE9l\xE8ne,B\xE9ziers\n"),
            Err(ReadError::UnknownEncoding)
        );
        assert_eq!(read(&vec![b'a'; MAX_BYTES + 1]), Err(ReadError::TooLarge));
        assert_eq!(read(b"\n\n ,\n"), Err(ReadError::Empty));
        // Two cells far apart: never a sheet's whole rectangle in memory.
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.write_string(0, 0, "name").unwrap();
        sheet.write_string(1_048_575, 16_383, "far").unwrap();
        assert_eq!(
            read(&workbook.save_to_buffer().unwrap()),
            Err(ReadError::TooManyCells)
        );
    }
}
