//! What an import answers: the counts, and what became of each row, with each problem
//! by row, column and value.

use forsa_domain::seeker::duplicate::DuplicateCandidate;
use forsa_sheets::{Format, Outcome, Report};
use serde::Serialize;
use utoipa::ToSchema;

/// What an import did, or, in a dry run, would do.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportReport {
    /// What the file held: `seekers`, `employers` or `vacancies`.
    pub kind: &'static str,
    /// Whether nothing was written.
    pub dry_run: bool,
    /// How the file was read: `xlsx`, `utf-8`, `utf-16` or `windows-1256`.
    pub format: &'static str,
    pub counts: ImportCounts,
    /// Headers that name no column forsa reads: those columns were left out.
    pub unread_columns: Vec<String>,
    /// Every row, in the file's order.
    pub rows: Vec<ImportRow>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportCounts {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Rows that may be someone registered already: not written.
    pub set_aside: usize,
    /// Rows with problems: not written.
    pub with_problems: usize,
}

/// What became of one row.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RowResult {
    Created,
    Updated,
    Unchanged,
    SetAside,
    Problems,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportRow {
    /// The row's number as the spreadsheet shows it (the headers are row 1).
    pub row: usize,
    pub result: RowResult,
    /// The record the row is (created, updated or unchanged): a person, an employer
    /// or a vacancy, as the import's kind says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    /// With `problems`: each problem of the row.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<ImportProblem>,
    /// With `set_aside`: the people registered already whom the row may be, as the
    /// caller may see them. Fill in the column `duplicate_reason` ("Why registered
    /// although alike") and import again to register the row's person anyway.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<DuplicateCandidate>,
}

/// A problem of a row.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportProblem {
    /// The column's key (`birth_year`, `wage_min`), when the problem is in one.
    pub column: Option<&'static str>,
    /// The column's English header (`Year of birth`).
    pub header: Option<&'static str>,
    /// What the cell holds.
    pub value: String,
    /// What is wrong, as the form says it.
    pub message: String,
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Xlsx => "xlsx",
        Format::Utf8 => "utf-8",
        Format::Utf16 => "utf-16",
        Format::Windows1256 => "windows-1256",
    }
}

impl From<Report> for ImportReport {
    fn from(report: Report) -> Self {
        let counts = report.counts();
        let rows = report
            .rows
            .into_iter()
            .map(|row| {
                let (result, id, problems, candidates) = match row.outcome {
                    Outcome::Created(id) => (RowResult::Created, Some(id), vec![], vec![]),
                    Outcome::Updated(id) => (RowResult::Updated, Some(id), vec![], vec![]),
                    Outcome::Unchanged(id) => (RowResult::Unchanged, Some(id), vec![], vec![]),
                    Outcome::SetAside(candidates) => {
                        (RowResult::SetAside, None, vec![], candidates)
                    }
                    Outcome::Problems(problems) => (
                        RowResult::Problems,
                        None,
                        problems
                            .into_iter()
                            .map(|problem| ImportProblem {
                                column: problem.column.map(|column| column.key),
                                header: problem.column.map(|column| column.english),
                                value: problem.value,
                                message: problem.problem.to_string(),
                            })
                            .collect(),
                        vec![],
                    ),
                    Outcome::Refused(refusal) => (
                        RowResult::Problems,
                        None,
                        vec![ImportProblem {
                            column: None,
                            header: None,
                            value: String::new(),
                            message: refusal.to_string(),
                        }],
                        vec![],
                    ),
                };
                ImportRow {
                    row: row.row,
                    result,
                    id,
                    problems,
                    candidates,
                }
            })
            .collect();
        Self {
            kind: report.kind.as_str(),
            dry_run: report.run == forsa_service::Run::Dry,
            format: format_name(report.format),
            counts: ImportCounts {
                created: counts.created,
                updated: counts.updated,
                unchanged: counts.unchanged,
                set_aside: counts.set_aside,
                with_problems: counts.with_problems,
            },
            unread_columns: report.unread,
            rows,
        }
    }
}
