//! A table written out as a CSV (UTF-8 with a byte order mark, so that Excel opens
//! Arabic as Arabic) or as one XLSX sheet (its header rows bold and frozen, right to
//! left in Arabic, written row by row to a temporary file: constant memory).

use std::io::Write;

use forsa_domain::{ExportFormat, Locale};
use rust_xlsxwriter::{Format, Workbook};

use crate::ExportError;

/// One cell: text, or a number (a number in an XLSX sheet, so that it adds up).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
}

/// `name` as a sheet may be named: without the characters Excel refuses, at most 31
/// characters.
pub(crate) fn sheet_name(name: &str) -> String {
    let kept: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\' | '\''))
        .take(31)
        .collect();
    match kept.trim() {
        "" => "forsa".to_owned(),
        kept => kept.to_owned(),
    }
}

/// Where the rows go: a CSV, or the last sheet of a workbook and its next row.
enum Sink {
    Csv(csv::Writer<Vec<u8>>),
    Xlsx {
        workbook: Box<Workbook>,
        sheet: usize,
        row: u32,
    },
}

/// A table being written.
pub struct Sheet {
    sink: Sink,
    locale: Locale,
}

/// Adds a sheet to a workbook, its header rows bold and frozen, and makes it the one
/// written to; nothing for a CSV.
fn add_sheet(
    sink: &mut Sink,
    locale: Locale,
    name: &str,
    heads: &[Vec<String>],
) -> Result<(), ExportError> {
    let Sink::Xlsx {
        workbook,
        sheet,
        row,
    } = sink
    else {
        return Ok(());
    };
    let bold = Format::new().set_bold();
    let added = workbook.add_worksheet_with_constant_memory()?;
    added.set_name(sheet_name(name))?;
    added.set_right_to_left(locale == Locale::Ar);
    added.set_freeze_panes(u32::try_from(heads.len()).unwrap_or(1), 0)?;
    for (at, cells) in heads.iter().enumerate() {
        let at = u32::try_from(at).unwrap_or(0);
        for (column, cell) in cells.iter().enumerate() {
            let column = u16::try_from(column).unwrap_or(u16::MAX);
            added.set_column_width(column, 20)?;
            added.write_string_with_format(at, column, cell, &bold)?;
        }
    }
    *sheet = workbook.worksheets().len().saturating_sub(1);
    *row = u32::try_from(heads.len()).unwrap_or(1);
    Ok(())
}

impl Sheet {
    /// A table in `format` headed by the rows `heads`; an XLSX sheet is named `name`.
    pub fn new(
        format: ExportFormat,
        locale: Locale,
        name: &str,
        heads: &[Vec<String>],
    ) -> Result<Self, ExportError> {
        let sink = match format {
            ExportFormat::Csv => {
                let mut out = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
                for row in heads {
                    out.write_record(row)?;
                }
                Sink::Csv(out)
            }
            ExportFormat::Xlsx => {
                let mut sink = Sink::Xlsx {
                    workbook: Box::new(Workbook::new()),
                    sheet: 0,
                    row: 0,
                };
                add_sheet(&mut sink, locale, name, heads)?;
                sink
            }
        };
        Ok(Sheet { sink, locale })
    }

    /// Starts another sheet named `name` (an XLSX file), headed by `heads`; the rows
    /// written next go there. A CSV has one table: its next rows follow, after `heads`.
    pub fn next_sheet(&mut self, name: &str, heads: &[Vec<String>]) -> Result<(), ExportError> {
        match &mut self.sink {
            Sink::Csv(out) => {
                for row in heads {
                    out.write_record(row)?;
                }
                Ok(())
            }
            sink => add_sheet(sink, self.locale, name, heads),
        }
    }

    /// Writes a row.
    pub fn line(&mut self, cells: impl IntoIterator<Item = Cell>) -> Result<(), ExportError> {
        match &mut self.sink {
            Sink::Csv(out) => out.write_record(cells.into_iter().map(|cell| match cell {
                Cell::Text(text) => text,
                Cell::Number(number) => number.to_string(),
            }))?,
            Sink::Xlsx {
                workbook,
                sheet,
                row,
            } => {
                let sheet = workbook.worksheet_from_index(*sheet)?;
                for (column, cell) in cells.into_iter().enumerate() {
                    let column = u16::try_from(column).unwrap_or(u16::MAX);
                    match cell {
                        Cell::Text(text) if text.is_empty() => {}
                        Cell::Text(text) => {
                            sheet.write_string(*row, column, text)?;
                        }
                        Cell::Number(number) => {
                            sheet.write_number(*row, column, number)?;
                        }
                    }
                }
                *row += 1;
            }
        }
        Ok(())
    }

    /// The CSV bytes written since the last take; nothing for an XLSX, which comes
    /// out whole at `finish`.
    pub fn take(&mut self) -> Result<Vec<u8>, ExportError> {
        match &mut self.sink {
            Sink::Csv(out) => {
                let done = std::mem::replace(out, csv::Writer::from_writer(Vec::new()));
                Ok(done.into_inner().map_err(|e| e.into_error())?)
            }
            Sink::Xlsx { .. } => Ok(Vec::new()),
        }
    }

    /// Writes what is left to `out`: the CSV's last bytes, or the whole XLSX file.
    pub fn finish(mut self, mut out: impl Write + Send) -> Result<(), ExportError> {
        let rest = self.take()?;
        out.write_all(&rest)?;
        if let Sink::Xlsx { mut workbook, .. } = self.sink {
            workbook.save_to_writer(&mut out)?;
        }
        out.flush()?;
        Ok(())
    }
}
