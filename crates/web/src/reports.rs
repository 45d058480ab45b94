//! The reports page (`/reports`): every indicator over a period, for a caseworker's
//! centre or, for an admin, any centre or all, each as a table and a bar chart drawn
//! here as SVG (readable without JavaScript, mirrored in Arabic, the table its
//! accessible alternative), and the trend of registrations and placements over the
//! twelve months to the period's end. Numbers are written in the page's digits; the
//! page prints on A4. Figures on screen are exact: only what leaves forsa (the API,
//! downloads) hides small counts.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::Response,
};
use chrono::{Datelike, Months, NaiveDate};
use forsa_domain::{
    Breakdown, CentreId, Indicator,
    report::{Figure, Key, Period},
};
use forsa_service::{Report, ReportInput, ReportsPage};
use serde::Deserialize;

use crate::{
    AppState,
    choices::Choice,
    downloads::Downloads,
    error::PageError,
    forms::given,
    frame::{Frame, SignedIn, framed},
    html,
    i18n::Tr,
    names::Names,
    problems::Problems,
    seekers::{COUNTRIES, named},
};

/// What the page's form sends.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct ReportsQuery {
    /// A month, quarter or year (`2026-11`, `2026-Q4`, `2026`), or `dates`.
    period: String,
    from: String,
    to: String,
    centre: String,
    /// The first and second breakdowns.
    by: String,
    then: String,
}

impl Default for ReportsQuery {
    fn default() -> Self {
        ReportsQuery {
            period: String::new(),
            from: String::new(),
            to: String::new(),
            centre: String::new(),
            // What every donor asks for.
            by: Breakdown::Sex.as_str().to_owned(),
            then: Breakdown::Status.as_str().to_owned(),
        }
    }
}

impl ReportsQuery {
    fn input(&self) -> ReportInput {
        let dates = self.period == DATES;
        let by: Vec<&str> = [self.by.as_str(), self.then.as_str()]
            .into_iter()
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .collect();
        ReportInput {
            period: given(&self.period).filter(|_| !dates),
            from: given(&self.from).filter(|_| dates),
            to: given(&self.to).filter(|_| dates),
            by: Some(by.join(",")),
            centre: given(&self.centre),
        }
    }
}

/// The period choice that opens the two day fields.
const DATES: &str = "dates";

/// The chart's size, in SVG units: the labels' column, the bars' and the values'.
const WIDTH: u32 = 640;
const LABELS: u32 = 170;
const VALUES: u32 = 70;
const ROW: u32 = 26;
/// Colours a stacked bar cycles through (`chart-0` … in the stylesheet).
const COLOURS: usize = 6;

/// One cell of a table.
struct Cell {
    text: String,
    /// Whether it is a total (a row's, a column's or the grand one).
    total: bool,
}

struct Row {
    label: String,
    cells: Vec<Cell>,
}

/// An indicator's figures as a table: a row for each value of the first breakdown,
/// a column for each of the second, and the totals.
struct Table {
    /// What the rows are (the first breakdown), over their labels.
    corner: String,
    columns: Vec<String>,
    rows: Vec<Row>,
}

/// One piece of a bar: a value of the second breakdown.
struct Segment {
    x: u32,
    width: u32,
    class: String,
    title: String,
}

struct Bar {
    y: u32,
    label: String,
    label_x: u32,
    segments: Vec<Segment>,
    value: String,
    value_x: u32,
}

/// A horizontal bar chart: a bar for each value of the first breakdown, in pieces
/// for the values of the second (counts only).
struct Chart {
    height: u32,
    bars: Vec<Bar>,
    legend: Vec<(String, String)>,
}

struct IndicatorView {
    id: &'static str,
    name: String,
    total: String,
    /// Which breakdowns it is shown by, or why none.
    note: String,
    table: Option<Table>,
    chart: Option<Chart>,
    /// Its figures as files, small counts hidden.
    downloads: Downloads,
}

/// A point of the trend line.
struct Point {
    x: u32,
    y: u32,
    title: String,
}

struct Line {
    class: &'static str,
    name: String,
    points: Vec<Point>,
    /// The polyline's points, `x,y x,y …`.
    path: String,
}

struct Trend {
    width: u32,
    height: u32,
    months: Vec<(u32, String)>,
    lines: Vec<Line>,
    top: String,
    baseline: u32,
    /// The table the chart draws, for those who cannot see it.
    table: Table,
}

#[derive(Template)]
#[template(path = "reports.html")]
struct ReportsPageView {
    frame: Frame,
    query: ReportsQuery,
    periods: Vec<Choice>,
    centres: Vec<Choice>,
    by: Vec<Choice>,
    then: Vec<Choice>,
    problems: Problems,
    /// What the figures are of: the period and the centre, in words.
    heading: String,
    summary: Vec<(String, String)>,
    indicators: Vec<IndicatorView>,
    trend: Option<Trend>,
    /// Every figure in one workbook, without and with HXL hashtags.
    workbook: Option<(String, String)>,
    admin: bool,
    dates: bool,
}

framed!(ReportsPageView);

/// How the page names a value of a breakdown.
struct Labels<'a> {
    names: Names<'a>,
    tr: Tr,
    page: &'a ReportsPage,
}

impl Labels<'_> {
    fn value(&self, breakdown: Breakdown, value: &str) -> String {
        let tr = self.tr;
        if let Some(word) = tr.breakdown_word(breakdown, value) {
            return word;
        }
        match breakdown {
            Breakdown::Nationality => named(COUNTRIES, value, tr),
            Breakdown::Sector => self.names.sector(value),
            Breakdown::OccupationGroup => self.names.occupation(value),
            Breakdown::Location => self.names.location(value),
            Breakdown::Centre => self
                .page
                .centres
                .iter()
                .find(|c| c.id.to_string() == value)
                .map_or_else(|| value.to_owned(), |c| tr.name(c)),
            _ => month_name(value, tr),
        }
    }
}

/// `2026-03` as "March 2026", "آذار 2026".
pub(crate) fn month_name(value: &str, tr: Tr) -> String {
    NaiveDate::parse_from_str(&format!("{value}-01"), "%Y-%m-%d")
        .map(|day| {
            let written = tr.date(&day);
            // "1 March 2026" less its day.
            let month = written
                .split_once(' ')
                .map_or(written.clone(), |(_, rest)| rest.to_owned());
            tr.in_page_digits(&month)
        })
        .unwrap_or_else(|_| value.to_owned())
}

/// A figure in words, in the page's digits.
pub(crate) fn shown(figure: &Figure, tr: Tr) -> String {
    match *figure {
        Figure::Count(n) => tr.number(n),
        Figure::Rate { part, whole } => match Figure::percent(part, whole) {
            Some(percent) => tr.text_with_words(
                "reports-rate",
                &[
                    ("percent", &tr.percent(percent)),
                    ("part", &tr.number(part)),
                    ("whole", &tr.number(whole)),
                ],
            ),
            None => tr.text("reports-none"),
        },
        Figure::MedianDays { median, of } => match median {
            Some(days) => tr.text_with_words(
                "reports-median",
                &[("days", &tr.decimal(days)), ("of", &tr.number(of))],
            ),
            None => tr.text("reports-none"),
        },
        Figure::Retention { placed: 0, .. } => tr.text("reports-none-due"),
        Figure::Retention {
            employed,
            reached,
            placed,
        } => tr.text_with_words(
            "reports-retention",
            &[
                ("employed", &tr.number(employed)),
                ("reached", &tr.number(reached)),
                ("placed", &tr.number(placed)),
            ],
        ),
    }
}

/// The number a figure's bar is as long as: a count, a percentage, a median.
fn measure(figure: &Figure) -> f64 {
    match *figure {
        Figure::Count(n) => n as f64,
        Figure::Rate { part, whole } => Figure::percent(part, whole).unwrap_or(0.0),
        Figure::MedianDays { median, .. } => median.unwrap_or(0.0),
        Figure::Retention {
            employed, placed, ..
        } => Figure::percent(employed, placed).unwrap_or(0.0),
    }
}

/// The longest label a bar keeps beside it; its table has it whole.
const LABEL_CHARS: usize = 24;

fn clipped(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_owned()
    } else {
        let kept: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", kept.trim_end())
    }
}

/// What a bar's end says: the count, the percentage, the days.
fn bar_value(figure: &Figure, tr: Tr) -> String {
    let percent =
        |part, whole| Figure::percent(part, whole).map_or_else(String::new, |p| tr.percent(p));
    match *figure {
        Figure::Count(n) => tr.number(n),
        Figure::MedianDays { median, .. } => {
            median.map_or_else(String::new, |days| tr.decimal(days))
        }
        Figure::Rate { part, whole } => percent(part, whole),
        Figure::Retention {
            employed, placed, ..
        } => percent(employed, placed),
    }
}

fn table(report: &Report, labels: &Labels) -> Option<Table> {
    let tr = labels.tr;
    let figures = &report.figures;
    let first = *report.breakdowns.first()?;
    let second = report.breakdowns.get(1).copied();
    let rows_of = figures.values(0, first);
    let columns_of = second
        .map(|second| figures.values(1, second))
        .unwrap_or_default();
    let cell = |key: Key, total: bool| Cell {
        text: figures
            .cells
            .get(&key)
            .map_or_else(|| "–".to_owned(), |f| shown(f, tr)),
        total,
    };
    let mut columns: Vec<String> = match second {
        Some(second) => columns_of.iter().map(|v| labels.value(second, v)).collect(),
        None => Vec::new(),
    };
    columns.push(tr.text("reports-total"));
    let line = |row: Option<&String>| -> Vec<Cell> {
        let mut cells: Vec<Cell> = columns_of
            .iter()
            .map(|column| cell(vec![row.cloned(), Some(column.clone())], row.is_none()))
            .collect();
        let mut total = vec![row.cloned()];
        if second.is_some() {
            total.push(None);
        }
        cells.push(cell(total, true));
        cells
    };
    let mut rows: Vec<Row> = rows_of
        .iter()
        .map(|row| Row {
            label: labels.value(first, row),
            cells: line(Some(row)),
        })
        .collect();
    rows.push(Row {
        label: tr.text("reports-total"),
        cells: line(None),
    });
    Some(Table {
        corner: tr.label(first),
        columns,
        rows,
    })
}

fn chart(report: &Report, labels: &Labels) -> Option<Chart> {
    let tr = labels.tr;
    let rtl = tr.dir() == "rtl";
    let figures = &report.figures;
    let first = *report.breakdowns.first()?;
    let second = report.breakdowns.get(1).copied();
    let stacked = second.is_some() && matches!(figures.total(), Figure::Count(_));
    let rows = figures.values(0, first);
    let columns = match second {
        Some(second) if stacked => figures.values(1, second),
        _ => Vec::new(),
    };
    let row_key = |row: &String| -> Key {
        let mut key = vec![Some(row.clone())];
        if second.is_some() {
            key.push(None);
        }
        key
    };
    let most = rows
        .iter()
        .filter_map(|row| figures.cells.get(&row_key(row)))
        .map(measure)
        .fold(0.0_f64, f64::max);
    let span = WIDTH - LABELS - VALUES;
    let scale = |value: f64| -> u32 {
        if most <= 0.0 {
            0
        } else {
            (value / most * f64::from(span)).round() as u32
        }
    };
    // Left to right in English; in Arabic the labels stand on the right and the bars
    // grow leftwards.
    let place = |x: u32, width: u32| if rtl { WIDTH - x - width } else { x };
    let bars: Vec<Bar> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let y = i as u32 * ROW;
            let total = figures.cells.get(&row_key(row));
            let mut segments = Vec::new();
            let mut x = LABELS;
            if stacked {
                for (c, column) in columns.iter().enumerate() {
                    let Some(figure) = figures
                        .cells
                        .get(&vec![Some(row.clone()), Some(column.clone())])
                    else {
                        continue;
                    };
                    let width = scale(measure(figure));
                    segments.push(Segment {
                        x: place(x, width),
                        width,
                        class: format!("chart-{}", c % COLOURS),
                        title: format!(
                            "{}, {}: {}",
                            labels.value(first, row),
                            labels.value(second.unwrap_or(first), column),
                            shown(figure, tr)
                        ),
                    });
                    x += width;
                }
            } else if let Some(figure) = total {
                let width = scale(measure(figure));
                segments.push(Segment {
                    x: place(x, width),
                    width,
                    class: "chart-0".to_owned(),
                    title: format!("{}: {}", labels.value(first, row), shown(figure, tr)),
                });
                x += width;
            }
            let value = total.map(|figure| bar_value(figure, tr));
            Bar {
                y,
                label: clipped(&labels.value(first, row)),
                label_x: if rtl { WIDTH - 6 } else { 6 },
                segments,
                value: value.unwrap_or_default(),
                value_x: if rtl { WIDTH - x - 6 } else { x + 6 },
            }
        })
        .collect();
    if bars.is_empty() {
        return None;
    }
    let legend = match second {
        Some(second) if stacked => columns
            .iter()
            .enumerate()
            .map(|(c, column)| {
                (
                    format!("chart-{}", c % COLOURS),
                    labels.value(second, column),
                )
            })
            .collect(),
        _ => Vec::new(),
    };
    Some(Chart {
        height: bars.len() as u32 * ROW,
        bars,
        legend,
    })
}

/// The months of the trend, each with its registrations and placements, drawn as two
/// lines; months run right to left in Arabic.
fn trend(page: &ReportsPage, labels: &Labels) -> Option<Trend> {
    let tr = labels.tr;
    let rtl = tr.dir() == "rtl";
    let [registered, placed] = page.trend.as_slice() else {
        return None;
    };
    let first = registered.period.from();
    let months: Vec<NaiveDate> = (0..12)
        .filter_map(|i| first.checked_add_months(Months::new(i)))
        .filter(|month| *month <= registered.period.to())
        .collect();
    let code = |month: &NaiveDate| format!("{:04}-{:02}", month.year(), month.month());
    let count = |report: &Report, month: &NaiveDate| match report
        .figures
        .cells
        .get(&vec![Some(code(month))])
    {
        Some(Figure::Count(n)) => *n,
        _ => 0,
    };
    let (width, height, left, bottom, top) = (WIDTH, 220_u32, 50_u32, 40_u32, 16_u32);
    let most = months
        .iter()
        .flat_map(|m| [count(registered, m), count(placed, m)])
        .max()
        .unwrap_or(0)
        .max(1);
    let plot = height - bottom - top;
    let step = (width - left - 20) / (months.len().max(1) as u32);
    let x_of = |i: usize| {
        let x = left + step / 2 + i as u32 * step;
        if rtl { width - x } else { x }
    };
    let y_of = |n: u64| top + plot - (n as f64 / most as f64 * f64::from(plot)).round() as u32;
    let line = |report: &Report, class: &'static str| {
        let points: Vec<Point> = months
            .iter()
            .enumerate()
            .map(|(i, month)| {
                let n = count(report, month);
                Point {
                    x: x_of(i),
                    y: y_of(n),
                    title: format!("{}: {}", month_name(&code(month), tr), tr.number(n)),
                }
            })
            .collect();
        let path = points
            .iter()
            .map(|p| format!("{},{}", p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ");
        Line {
            class,
            name: tr.label(report.indicator),
            points,
            path,
        }
    };
    let table = Table {
        corner: tr.label(Breakdown::Month),
        columns: vec![
            tr.label(Indicator::Registered),
            tr.label(Indicator::Placements),
        ],
        rows: months
            .iter()
            .map(|month| Row {
                label: month_name(&code(month), tr),
                cells: [count(registered, month), count(placed, month)]
                    .into_iter()
                    .map(|n| Cell {
                        text: tr.number(n),
                        total: false,
                    })
                    .collect(),
            })
            .collect(),
    };
    Some(Trend {
        width,
        height,
        // Arabic month names are long: every other one is written, the last always.
        months: months
            .iter()
            .enumerate()
            .filter(|(i, _)| !rtl || (months.len() - 1 - i).is_multiple_of(2))
            .map(|(i, month)| (x_of(i), short_month(month, tr)))
            .collect(),
        lines: vec![
            line(registered, "trend-registered"),
            line(placed, "trend-placed"),
        ],
        top: tr.number(most),
        baseline: top + plot,
        table,
    })
}

/// A month as the trend's axis writes it: "Mar" with the year's last digits in
/// January, its name in Arabic.
fn short_month(month: &NaiveDate, tr: Tr) -> String {
    let name = month_name(&format!("{:04}-{:02}", month.year(), month.month()), tr);
    let word = name
        .rsplit_once(' ')
        .map_or(name.as_str(), |(word, _)| word);
    match tr.dir() {
        "rtl" => word.to_owned(),
        _ => word.chars().take(3).collect(),
    }
}

/// The periods the form offers: the last twelve months, eight quarters and four
/// years, and any two days.
fn periods(today: NaiveDate, chosen: &str, tr: Tr) -> Vec<Choice> {
    let mut options = Vec::new();
    let this_month = today.with_day(1).unwrap_or(today);
    for back in 0..12 {
        if let Some(month) = this_month.checked_sub_months(Months::new(back)) {
            let code = format!("{:04}-{:02}", month.year(), month.month());
            let label = month_name(&code, tr);
            options.push((code, label));
        }
    }
    let quarter = (today.month0() / 3) as i32;
    for back in 0..8 {
        let index = today.year() * 4 + quarter - back;
        let (year, q) = (index.div_euclid(4), index.rem_euclid(4) + 1);
        let code = format!("{year:04}-Q{q}");
        let label = tr.text_with_words(
            "reports-quarter",
            &[
                ("quarter", &tr.number(q as u64)),
                ("year", &year.to_string()),
            ],
        );
        options.push((code, label));
    }
    for back in 0..4 {
        let year = (today.year() - back).to_string();
        options.push((year.clone(), tr.in_page_digits(&year)));
    }
    options.push((DATES.to_owned(), tr.text("reports-period-dates")));
    let chosen = if chosen.is_empty() {
        format!("{:04}-{:02}", today.year(), today.month())
    } else {
        chosen.to_owned()
    };
    Choice::list(options, &chosen)
}

fn breakdown_choices(chosen: &str, tr: Tr) -> Vec<Choice> {
    let mut options = vec![(String::new(), tr.text("reports-by-none"))];
    options.extend(
        Breakdown::ALL
            .iter()
            .map(|b| (b.as_str().to_owned(), tr.label(*b))),
    );
    Choice::list(options, chosen)
}

fn form_field(name: &str) -> Option<&'static str> {
    match name {
        "period" => Some("period"),
        "from" => Some("from"),
        "to" => Some("to"),
        "centre" => Some("centre"),
        "by" => Some("by"),
        _ => None,
    }
}

pub async fn show(
    State(state): State<AppState>,
    page: SignedIn,
    Query(query): Query<ReportsQuery>,
) -> Result<Response, PageError> {
    let tr = page.visitor.tr;
    let result = state
        .service
        .reports_page(&page.actor, &query.input())
        .await;
    let (status, problems, shown) = match result {
        Ok(shown) => (StatusCode::OK, Problems::new(tr), Some(shown)),
        Err(error) => {
            let (status, problems) = Problems::from_service(error, tr, form_field)?;
            (status, problems, None)
        }
    };
    let admin = page.actor.is_admin();
    let centres = shown
        .as_ref()
        .map(|s| s.centres.clone())
        .unwrap_or_default();
    let mut centre_choices = vec![(String::new(), tr.text("reports-all-centres"))];
    centre_choices.extend(centres.iter().map(|c| (c.id.to_string(), tr.name(c))));
    let names = Names::new(&state.service, tr);
    let (heading, summary, indicators, trend) = match &shown {
        Some(shown) => {
            let labels = Labels {
                names,
                tr,
                page: shown,
            };
            let scope = match shown.centre {
                Some(id) => centres
                    .iter()
                    .find(|c| c.id == id)
                    .map_or_else(String::new, |c| tr.name(c)),
                None => tr.text("reports-all-centres"),
            };
            let heading = tr.text_with_words(
                "reports-heading",
                &[
                    ("from", &tr.in_page_digits(&tr.date(&shown.period.from()))),
                    ("to", &tr.in_page_digits(&tr.date(&shown.period.to()))),
                    ("scope", &scope),
                ],
            );
            let summary = shown
                .reports
                .iter()
                .map(|r| (tr.label(r.indicator), shown_total(r, tr)))
                .collect();
            let indicators = shown
                .reports
                .iter()
                .map(|report| IndicatorView {
                    id: report.indicator.as_str(),
                    name: tr.label(report.indicator),
                    total: shown_total(report, tr),
                    note: by_note(report, &shown.breakdowns, tr),
                    table: table(report, &labels),
                    chart: chart(report, &labels),
                    downloads: downloads(report, tr),
                })
                .collect();
            (heading, summary, indicators, trend(shown, &labels))
        }
        None => (String::new(), Vec::new(), Vec::new(), None),
    };
    let view = ReportsPageView {
        frame: Frame::new(&page.visitor, "reports-title"),
        periods: periods(tr.today(), &query.period, tr),
        centres: Choice::list(centre_choices, &query.centre),
        by: breakdown_choices(&query.by, tr),
        then: breakdown_choices(&query.then, tr),
        dates: query.period == DATES,
        query,
        problems,
        heading,
        summary,
        indicators,
        trend,
        workbook: shown.as_ref().map(|shown| {
            let xlsx = files(
                "/api/v1/reports",
                &shown.period,
                shown.centre,
                &shown.breakdowns,
                tr,
            )
            .xlsx;
            (xlsx.clone(), format!("{xlsx}&hxl=true"))
        }),
        admin,
    };
    Ok(html(status, &view))
}

/// The links to `report` as files: its own period, centre and breakdowns.
fn downloads(report: &Report, tr: Tr) -> Downloads {
    files(
        &format!("/api/v1/reports/{}", report.indicator.as_str()),
        &report.period,
        report.centre,
        &report.breakdowns,
        tr,
    )
}

/// The links to the file at `address` (less its extension) of a period, a centre
/// (or all) and breakdowns.
fn files(
    address: &str,
    period: &Period,
    centre: Option<CentreId>,
    breakdowns: &[Breakdown],
    tr: Tr,
) -> Downloads {
    let from = period.from().to_string();
    let to = period.to().to_string();
    let by: Vec<&str> = breakdowns.iter().map(|b| b.as_str()).collect();
    let by = by.join(",");
    let centre = centre.map(|c| c.to_string()).unwrap_or_default();
    Downloads::at(
        address,
        &[
            ("from", &from),
            ("to", &to),
            ("by", &by),
            ("centre", &centre),
        ],
        tr,
    )
}

fn shown_total(report: &Report, tr: Tr) -> String {
    shown(&report.figures.total(), tr)
}

/// Which breakdowns a report is shown by, and those asked for that it does not take.
fn by_note(report: &Report, asked: &[Breakdown], tr: Tr) -> String {
    let name = |b: &Breakdown| tr.label(*b);
    let left_out: Vec<String> = asked
        .iter()
        .filter(|b| !report.breakdowns.contains(b))
        .map(name)
        .collect();
    if left_out.is_empty() {
        String::new()
    } else {
        tr.text_with_words("reports-not-by", &[("breakdowns", &tr.list(left_out))])
    }
}
