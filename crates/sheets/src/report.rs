//! A report as a spreadsheet, for a donor's template or a partner's tools: a line for
//! each value of the breakdowns that are places, sectors, occupation groups,
//! nationalities, centres or months (and their totals), and a column for each sex,
//! status or age band (and the total), so that the file reads like the tables donors
//! ask for; its columns are the same every month, whatever the records. With HXL, the
//! value columns carry the indicator's hashtag with the attributes of their column
//! (`#reached+ind+f+refugees`), after `#date+start`, `#date+end`, `#org+impl+name`,
//! `#adm1+code` (the centre's governorate), `#indicator+code`.
//!
//! What leaves forsa hides small counts: a count under five, or one hidden so that a
//! total does not give another away, is "<5", and a percentage or median of fewer
//! than five is left empty (`Figures::suppressed`).

use std::collections::BTreeSet;

use forsa_domain::{
    AgeBand, Breakdown, ExportFormat, FigurePart, Gender, Indicator, Locale, SeekerStatus,
    report::{Key, Number, SUPPRESS_BELOW, Tally},
};
use forsa_service::{Report, Taxonomy};
use forsa_words::Tr;

use crate::{
    ExportError,
    export::Cells,
    sheet::{Cell, Sheet, sheet_name},
};

/// What a hidden count is written as.
pub const FEW: &str = "<5";

/// The name a download of `report` is offered under.
pub fn file_name(report: &Report, format: ExportFormat) -> String {
    format!(
        "forsa-{}-{}-{}.{}",
        report.indicator.as_str(),
        report.period.from(),
        report.period.to(),
        format.as_str()
    )
}

/// `report` as a CSV or XLSX file headed in `locale`, with a row of HXL hashtags
/// under the headers when `hxl`.
pub fn report_file(
    report: &Report,
    taxonomy: &Taxonomy,
    format: ExportFormat,
    locale: Locale,
    hxl: bool,
) -> Result<Vec<u8>, ExportError> {
    reports_file(std::slice::from_ref(report), taxonomy, format, locale, hxl)
}

/// `reports` in one file: in XLSX a sheet for each, named by its indicator; in CSV
/// one after the other, each under its own headers.
pub fn reports_file(
    reports: &[Report],
    taxonomy: &Taxonomy,
    format: ExportFormat,
    locale: Locale,
    hxl: bool,
) -> Result<Vec<u8>, ExportError> {
    let tr = Tr::new(locale);
    let mut sheet: Option<Sheet> = None;
    let mut names = BTreeSet::new();
    for report in reports {
        let file = File {
            report,
            cells: Cells::new(tr, taxonomy, &report.centres, Vec::new()),
            tr,
            hidden: report.figures.suppressed(),
        };
        let layout = file.layout();
        let mut heads = vec![layout.columns.iter().map(|c| c.header.clone()).collect()];
        if hxl {
            heads.push(layout.columns.iter().map(|c| c.hxl.clone()).collect());
        }
        // Two names the same once cut to a sheet's length: the second by its code.
        let label = tr.label(report.indicator);
        let name = if names.insert(sheet_name(&label)) {
            label
        } else {
            report.indicator.as_str().to_owned()
        };
        let sheet = match &mut sheet {
            Some(sheet) => {
                sheet.next_sheet(&name, &heads)?;
                sheet
            }
            None => sheet.insert(Sheet::new(format, locale, &name, &heads)?),
        };
        for row in file.rows(&layout) {
            sheet.line(row)?;
        }
    }
    let mut out = Vec::new();
    if let Some(sheet) = sheet {
        sheet.finish(&mut out)?;
    }
    Ok(out)
}

/// A column: its header and its hashtag.
struct Column {
    header: String,
    hxl: String,
}

fn column(header: String, hxl: impl Into<String>) -> Column {
    Column {
        header,
        hxl: hxl.into(),
    }
}

/// Where each breakdown goes, and the columns.
struct Layout {
    /// The positions (in the report's breakdowns) of those given a line each.
    lines: Vec<usize>,
    /// The values of the column breakdowns (sex, status, age band) of each value
    /// column, by position: none for the total, first.
    values: Vec<Vec<(usize, String)>>,
    columns: Vec<Column>,
}

struct File<'a> {
    report: &'a Report,
    cells: Cells,
    tr: Tr,
    hidden: BTreeSet<Key>,
}

/// Whether a breakdown is written as columns: a sex, status or age band is an HXL
/// attribute of the value's hashtag.
fn in_columns(breakdown: Breakdown) -> bool {
    matches!(
        breakdown,
        Breakdown::Sex | Breakdown::Status | Breakdown::AgeBand
    )
}

/// The HXL attribute of a value of a breakdown written as columns: HXL's own `+f`,
/// `+m` and `+refugees`, and attributes in HXL's manner for the rest (`+age18_24`).
fn attribute(breakdown: Breakdown, value: &str) -> String {
    let known = match breakdown {
        Breakdown::Sex => Gender::parse(value).ok().map(|sex| match sex {
            Gender::Female => "f",
            Gender::Male => "m",
            Gender::Other => "sex_other",
            Gender::Undisclosed => "sex_undisclosed",
        }),
        Breakdown::Status => SeekerStatus::parse(value).ok().map(|status| match status {
            SeekerStatus::Refugee => "refugees",
            SeekerStatus::AsylumSeeker => "asylum_seekers",
            SeekerStatus::HostCommunity => "host",
            SeekerStatus::MigrantWorker => "migrants",
        }),
        Breakdown::AgeBand => AgeBand::parse(value).ok().map(|band| match band {
            AgeBand::Under18 => "age0_17",
            AgeBand::From18To24 => "age18_24",
            AgeBand::From25To34 => "age25_34",
            AgeBand::From35To44 => "age35_44",
            AgeBand::From45To54 => "age45_54",
            AgeBand::From55To64 => "age55_64",
            AgeBand::From65 => "age65plus",
            AgeBand::Unknown => "age_unknown",
        }),
        _ => None,
    };
    known.map_or_else(|| format!("{}_unknown", breakdown.as_str()), str::to_owned)
}

/// The hashtag of an indicator's values: people reached (registered, active,
/// placed), outputs (permits, vacancies, referrals and their stages), capacity
/// (openings), or a value of the indicator (a rate, a median, a follow-up's parts).
fn value_hashtag(indicator: Indicator) -> &'static str {
    use Indicator::*;
    match indicator {
        Registered | Active | Placements => "#reached+ind",
        PermitsRecorded | PermitsValid | PermitsEnding => "#output+permits",
        VacanciesPosted => "#output+vacancies",
        Openings => "#capacity+openings",
        Referrals => "#output+referrals",
        Interviews => "#output+interviews",
        Offers => "#output+offers",
        PlacementRate | DaysToPlacement | Employed30 | Employed90 | Employed180 => {
            "#indicator+value"
        }
    }
}

/// A percentage or a median to one decimal.
fn rounded(number: f64) -> f64 {
    (number * 10.0).round() / 10.0
}

impl File<'_> {
    fn breakdowns(&self) -> &[Breakdown] {
        &self.report.breakdowns
    }

    /// Every value of a breakdown written as columns, as its vocabulary lists them
    /// (the same columns every month), and "unknown" where the figures have it.
    fn column_values(&self, position: usize, breakdown: Breakdown) -> Vec<String> {
        let mut values: Vec<String> = match breakdown {
            Breakdown::Sex => Gender::ALL.iter().map(|v| v.as_str().to_owned()).collect(),
            Breakdown::Status => SeekerStatus::ALL
                .iter()
                .map(|v| v.as_str().to_owned())
                .collect(),
            _ => AgeBand::ALL.iter().map(|v| v.as_str().to_owned()).collect(),
        };
        for value in self.report.figures.values(position, breakdown) {
            if !values.contains(&value) {
                values.push(value);
            }
        }
        values
    }

    /// A value of a breakdown in words.
    fn named(&self, breakdown: Breakdown, value: &str) -> String {
        if let Some(word) = self.tr.breakdown_word(breakdown, value) {
            return word;
        }
        match breakdown {
            Breakdown::Nationality => self.cells.nationality(value),
            Breakdown::Sector => self.cells.sector(value),
            Breakdown::OccupationGroup => self.cells.occupation(value),
            Breakdown::Location => self.cells.place(value),
            Breakdown::Centre => self.cells.centre(value.parse().ok()),
            _ => value.to_owned(),
        }
    }

    fn layout(&self) -> Layout {
        let tr = self.tr;
        let mut columns = vec![
            column(tr.text("sheets-report-start"), "#date+start"),
            column(tr.text("sheets-report-end"), "#date+end"),
            column(tr.label(Breakdown::Centre), "#org+impl+name"),
            column(tr.text("sheets-report-governorate"), "#adm1+code"),
        ];
        let named = |breakdown: Breakdown| {
            format!(
                "{} ({})",
                tr.label(breakdown),
                tr.text("sheets-export-label")
            )
        };
        let mut lines = Vec::new();
        let mut in_cols = Vec::new();
        for (position, breakdown) in self.breakdowns().iter().copied().enumerate() {
            if in_columns(breakdown) {
                in_cols.push((position, breakdown));
                continue;
            }
            lines.push(position);
            let (code, name) = match breakdown {
                Breakdown::Nationality => {
                    ("#country+code+nationality", "#country+name+nationality")
                }
                Breakdown::Location => ("#loc+code", "#loc+name"),
                Breakdown::Sector => ("#sector+code", "#sector+name"),
                Breakdown::OccupationGroup => {
                    ("#activity+occupation+code", "#activity+occupation+name")
                }
                // A centre is named in the centre's column; a month is its own name.
                _ => continue,
            };
            columns.push(column(tr.label(breakdown), code));
            columns.push(column(named(breakdown), name));
        }
        if self.breakdowns().contains(&Breakdown::Month) {
            columns.push(column(tr.label(Breakdown::Month), "#date+month"));
        }
        columns.extend([
            column(tr.text("sheets-report-indicator-code"), "#indicator+code"),
            column(tr.text("sheets-report-indicator"), "#indicator+name"),
            column(
                tr.text("sheets-report-measure-code"),
                "#indicator+type+code",
            ),
            column(tr.text("sheets-report-measure"), "#indicator+type+name"),
        ]);
        // The total, each value of each breakdown alone, then each pair.
        let mut values: Vec<Vec<(usize, String)>> = vec![Vec::new()];
        for &(position, breakdown) in &in_cols {
            for value in self.column_values(position, breakdown) {
                values.push(vec![(position, value)]);
            }
        }
        if let [(first, one), (second, other)] = in_cols[..] {
            for a in self.column_values(first, one) {
                for b in self.column_values(second, other) {
                    values.push(vec![(first, a.clone()), (second, b)]);
                }
            }
        }
        let hashtag = value_hashtag(self.report.indicator);
        for value in &values {
            let breakdown = |position: usize| self.breakdowns()[position];
            let header = if value.is_empty() {
                tr.text("reports-total")
            } else {
                value
                    .iter()
                    .map(|(p, v)| self.named(breakdown(*p), v))
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            let attributes: String = value
                .iter()
                .map(|(p, v)| format!("+{}", attribute(breakdown(*p), v)))
                .collect();
            columns.push(column(header, format!("{hashtag}{attributes}")));
        }
        Layout {
            lines,
            values,
            columns,
        }
    }

    /// The keys of the lines: every value of each line breakdown and its total
    /// (`None`), the total last.
    fn line_keys(&self, layout: &Layout) -> Vec<Vec<(usize, Option<String>)>> {
        let mut keys: Vec<Vec<(usize, Option<String>)>> = vec![Vec::new()];
        for &position in &layout.lines {
            let mut values: Vec<Option<String>> = self
                .report
                .figures
                .values(position, self.breakdowns()[position])
                .into_iter()
                .map(Some)
                .collect();
            values.push(None);
            keys = keys
                .into_iter()
                .flat_map(|key| {
                    values.iter().map(move |value| {
                        let mut key = key.clone();
                        key.push((position, value.clone()));
                        key
                    })
                })
                .collect();
        }
        keys
    }

    fn rows(&self, layout: &Layout) -> Vec<Vec<Cell>> {
        let tr = self.tr;
        let report = self.report;
        let text = |s: String| Cell::Text(s);
        let scope = match report.centre {
            Some(id) => report.centres.iter().find(|c| c.id == id),
            None => None,
        };
        let mut rows = Vec::new();
        for line in self.line_keys(layout) {
            let at = |position: usize| {
                line.iter()
                    .find(|(p, _)| *p == position)
                    .and_then(|(_, v)| v.clone())
            };
            let centre_position = self
                .breakdowns()
                .iter()
                .position(|b| *b == Breakdown::Centre);
            // The line's centre, or the report's (all centres when none); a line of
            // records without a centre says so.
            let (centre, name) = match centre_position.and_then(at) {
                Some(id) => {
                    let found = report.centres.iter().find(|c| c.id.to_string() == id);
                    let name = found.map_or_else(|| tr.text("reports-unknown"), |c| tr.name(c));
                    (found, name)
                }
                None => (
                    scope,
                    scope.map_or_else(|| tr.text("reports-all-centres"), |c| tr.name(c)),
                ),
            };
            let mut prefix = vec![
                text(report.period.from().to_string()),
                text(report.period.to().to_string()),
                text(name),
                text(
                    centre
                        .map_or_else(String::new, |c| self.cells.governorate(c.location.as_str())),
                ),
            ];
            for &position in &layout.lines {
                let breakdown = self.breakdowns()[position];
                let value = at(position);
                match breakdown {
                    Breakdown::Centre | Breakdown::Month => {}
                    _ => {
                        prefix.push(text(value.clone().unwrap_or_default()));
                        prefix.push(text(value.map_or_else(
                            || tr.text("reports-total"),
                            |v| self.named(breakdown, &v),
                        )));
                    }
                }
            }
            if let Some(month) = self
                .breakdowns()
                .iter()
                .position(|b| *b == Breakdown::Month)
            {
                prefix.push(text(at(month).unwrap_or_else(|| tr.text("reports-total"))));
            }
            for part in report.indicator.measure().parts().iter().copied() {
                let mut row = prefix.clone();
                row.extend([
                    text(report.indicator.as_str().to_owned()),
                    text(tr.label(report.indicator)),
                    text(part.as_str().to_owned()),
                    text(tr.label(part)),
                ]);
                for value in &layout.values {
                    let mut key: Key = vec![None; self.breakdowns().len()];
                    for (position, v) in &line {
                        key[*position] = v.clone();
                    }
                    for (position, v) in value {
                        key[*position] = Some(v.clone());
                    }
                    row.push(self.cell(&key, part));
                }
                rows.push(row);
            }
        }
        rows
    }

    /// The number `part` of the figure at `key` as it may leave forsa: where no
    /// record is counted, the figure of none (a count of nothing, no percentage).
    fn cell(&self, key: &Key, part: FigurePart) -> Cell {
        let none = Tally::default().figure(self.report.indicator.measure());
        let figure = self.report.figures.cells.get(key).unwrap_or(&none);
        let hidden = self.hidden.contains(key);
        match figure.part(part) {
            Some(Number::Count(n)) if hidden || n < SUPPRESS_BELOW => Cell::Text(FEW.to_owned()),
            Some(Number::Count(n)) => Cell::Number(n as f64),
            Some(Number::Worked(Some(worked))) if !hidden => Cell::Number(rounded(worked)),
            _ => Cell::Text(String::new()),
        }
    }
}
