//! What a spreadsheet holds (`Kind`: people, employers or vacancies), the columns of
//! each kind headed in Arabic and English, and where each column stands in a file's
//! headers (`Layout`).

use forsa_domain::{Locale, folding::folded_words};

/// What a spreadsheet brought in holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Seekers,
    Employers,
    Vacancies,
}

impl Kind {
    pub const ALL: &'static [Kind] = &[Kind::Seekers, Kind::Employers, Kind::Vacancies];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Seekers => "seekers",
            Kind::Employers => "employers",
            Kind::Vacancies => "vacancies",
        }
    }

    /// The kind an address or a command names (`seekers`, `employers`, `vacancies`).
    pub fn parse(raw: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|kind| kind.as_str() == raw)
    }

    /// The columns of a spreadsheet of this kind, in the templates' order.
    pub fn columns(self) -> &'static [Column] {
        match self {
            Kind::Seekers => crate::seekers::COLUMNS,
            Kind::Employers => crate::employers::COLUMNS,
            Kind::Vacancies => crate::vacancies::COLUMNS,
        }
    }

    /// The column of a field the form names (`occupations[1].isco`, `wage.min`,
    /// `permit_valid_until`), if it has one.
    pub fn column_of(self, field: &str) -> Option<&'static Column> {
        let columns = self.columns();
        // A wage's parts are columns of their own.
        let whole = field.replace("wage.", "wage_");
        columns
            .iter()
            .find(|column| column.key == whole)
            .or_else(|| {
                let root = field.split(['[', '.']).next().unwrap_or(field);
                columns.iter().find(|column| column.key == root)
            })
            .or_else(|| {
                // The form's own name for what a sheet splits or names otherwise.
                let named = match field {
                    "name" => "name_ar",
                    "employer_id" => "employer",
                    "permit_employer_id" => "permit_employer",
                    "wage" => "wage_min",
                    _ => return None,
                };
                columns.iter().find(|column| column.key == named)
            })
    }
}

/// A column of a spreadsheet: the name the form gives its field (`key`, also
/// accepted as a header), and its header in each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub key: &'static str,
    pub english: &'static str,
    pub arabic: &'static str,
    pub required: bool,
}

impl Column {
    /// The column's header in `locale`.
    pub fn header(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Ar => self.arabic,
            Locale::En => self.english,
        }
    }
}

pub(crate) const fn column(
    key: &'static str,
    english: &'static str,
    arabic: &'static str,
    required: bool,
) -> Column {
    Column {
        key,
        english,
        arabic,
        required,
    }
}

/// A header or a label as compared: its folded words (no case, hamza, diacritics;
/// `full_name` is "full name").
pub(crate) fn folded(text: &str) -> String {
    folded_words(text).join(" ")
}

/// Where each column stands in a spreadsheet's headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub kind: Kind,
    /// For each of the kind's columns, the index of its cell in a row.
    at: Vec<Option<usize>>,
    /// The headers that name no column: left unread.
    pub unread: Vec<String>,
}

/// What is wrong with a spreadsheet's headers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeaderProblem {
    #[error("the spreadsheet has no column {}", .0.english)]
    Missing(Column),
    #[error("the column {} is there twice", .0.english)]
    Twice(Column),
}

impl Layout {
    /// Finds each column of `kind` by its header, in Arabic or English or as its key.
    pub fn of(kind: Kind, headers: &[String]) -> Result<Self, Vec<HeaderProblem>> {
        let columns = kind.columns();
        let mut at = vec![None; columns.len()];
        let mut unread = Vec::new();
        let mut problems = Vec::new();
        for (index, header) in headers.iter().enumerate() {
            let header_folded = folded(header);
            if header_folded.is_empty() {
                continue;
            }
            let found = columns.iter().position(|column| {
                [column.key, column.english, column.arabic]
                    .iter()
                    .any(|name| folded(name) == header_folded)
            });
            match found {
                Some(column) if at[column].is_some() => {
                    problems.push(HeaderProblem::Twice(columns[column]));
                }
                Some(column) => at[column] = Some(index),
                None => unread.push(header.clone()),
            }
        }
        problems.extend(
            columns
                .iter()
                .zip(&at)
                .filter(|(column, at)| column.required && at.is_none())
                .map(|(column, _)| HeaderProblem::Missing(*column)),
        );
        if problems.is_empty() {
            Ok(Self { kind, at, unread })
        } else {
            Err(problems)
        }
    }

    /// The cell of column `key` in `row`, trimmed; empty when the column or the cell
    /// is missing.
    pub fn cell<'r>(&self, row: &'r [String], key: &str) -> &'r str {
        self.kind
            .columns()
            .iter()
            .position(|column| column.key == key)
            .and_then(|column| self.at[column])
            .and_then(|index| row.get(index))
            .map_or("", |cell| cell.trim())
    }

    /// The cell of column `key` in `row`, or nothing when it is empty.
    pub fn text(&self, row: &[String], key: &str) -> Option<String> {
        Some(self.cell(row, key).to_owned()).filter(|value| !value.is_empty())
    }
}

/// The items of a list written in one cell: separated by semicolons, commas (Arabic
/// or Latin) or new lines.
pub(crate) fn items(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', '؛', ',', '،', '\n'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fields_problem_is_in_the_column_that_holds_it() {
        let key = |kind: Kind, field: &str| kind.column_of(field).map(|column| column.key);
        assert_eq!(
            key(Kind::Seekers, "permit_employer_id"),
            Some("permit_employer")
        );
        assert_eq!(
            key(Kind::Seekers, "permit_valid_until"),
            Some("permit_valid_until")
        );
        assert_eq!(
            key(Kind::Seekers, "occupations[1].isco"),
            Some("occupations")
        );
        assert_eq!(key(Kind::Vacancies, "wage.min"), Some("wage_min"));
        assert_eq!(key(Kind::Vacancies, "wage"), Some("wage_min"));
        assert_eq!(key(Kind::Vacancies, "benefits[2]"), Some("benefits"));
        assert_eq!(key(Kind::Employers, "name"), Some("name_ar"));
        assert_eq!(key(Kind::Employers, "input"), None);
    }
}
