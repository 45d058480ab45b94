//! A report as it leaves forsa: every count under five is "<5", and so is enough of
//! the rest that no total gives one away by subtraction.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use forsa_domain::{
    Breakdown, CentreId, Indicator,
    report::{Figure, SUPPRESS_BELOW},
};
use forsa_service::Report;
use serde::Serialize;
use utoipa::ToSchema;

/// What a count under five is shown as.
pub const FEW: &str = "<5";

/// A count, or "<5".
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(untagged)]
pub enum Count {
    Exact(u64),
    #[schema(example = "<5")]
    Few(&'static str),
}

impl Count {
    fn of(n: u64, hidden: bool) -> Count {
        if hidden || n < SUPPRESS_BELOW {
            Count::Few(FEW)
        } else {
            Count::Exact(n)
        }
    }
}

/// One figure: a count; a rate (`part` of `whole`, as a percentage); the median
/// number of days of `of` placements; or how many were still employed (`employed`)
/// of those reached (`reached`) and of all placed whose follow-up fell due
/// (`placed`). A figure of fewer than five is "<5", its percentages and median left
/// out.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(untagged)]
pub enum ReportValue {
    Count(Count),
    Rate {
        part: Count,
        whole: Count,
        percent: Option<f64>,
    },
    MedianDays {
        median_days: Option<f64>,
        of: Count,
    },
    Retention {
        employed: Count,
        reached: Count,
        placed: Count,
        percent_of_reached: Option<f64>,
        percent_of_placed: Option<f64>,
    },
}

impl ReportValue {
    fn of(figure: Figure, hidden: bool) -> ReportValue {
        match figure {
            Figure::Count(n) => ReportValue::Count(Count::of(n, hidden)),
            Figure::Rate { part, whole } => ReportValue::Rate {
                part: Count::of(part, hidden),
                whole: Count::of(whole, hidden),
                percent: (!hidden).then(|| Figure::percent(part, whole)).flatten(),
            },
            Figure::MedianDays { median, of } => ReportValue::MedianDays {
                median_days: if hidden { None } else { median },
                of: Count::of(of, hidden),
            },
            Figure::Retention {
                employed,
                reached,
                placed,
            } => ReportValue::Retention {
                employed: Count::of(employed, hidden),
                reached: Count::of(reached, hidden),
                placed: Count::of(placed, hidden),
                percent_of_reached: (!hidden)
                    .then(|| Figure::percent(employed, reached))
                    .flatten(),
                percent_of_placed: (!hidden)
                    .then(|| Figure::percent(employed, placed))
                    .flatten(),
            },
        }
    }
}

/// One cell of a report: the value of each breakdown (`null`: all of them, a total)
/// and its figure.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportCell {
    #[schema(value_type = BTreeMap<String, Option<String>>, example = json!({"sex": "female", "status": null}))]
    pub by: BTreeMap<Breakdown, Option<String>>,
    pub value: ReportValue,
}

/// The days a report covers, both included.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportPeriod {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// An indicator over a period, for one centre or all, broken down by up to two
/// breakdowns: every combination that has records, the totals of each breakdown and
/// the grand total (`total`, also the cell whose breakdowns are all `null`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportView {
    pub indicator: Indicator,
    pub period: ReportPeriod,
    /// The centre reported on; `null`: every centre.
    #[schema(value_type = Option<uuid::Uuid>)]
    pub centre_id: Option<CentreId>,
    pub by: Vec<Breakdown>,
    pub total: ReportValue,
    pub cells: Vec<ReportCell>,
}

impl From<&Report> for ReportView {
    fn from(report: &Report) -> Self {
        let hidden = report.figures.suppressed();
        let cells: Vec<ReportCell> = report
            .figures
            .cells
            .iter()
            .map(|(key, figure)| ReportCell {
                by: report
                    .breakdowns
                    .iter()
                    .copied()
                    .zip(key.iter().cloned())
                    .collect(),
                value: ReportValue::of(*figure, hidden.contains(key)),
            })
            .collect();
        let total_key = vec![None; report.breakdowns.len()];
        ReportView {
            indicator: report.indicator,
            period: ReportPeriod {
                from: report.period.from(),
                to: report.period.to(),
            },
            centre_id: report.centre,
            by: report.breakdowns.clone(),
            total: ReportValue::of(report.figures.total(), hidden.contains(&total_key)),
            cells,
        }
    }
}
