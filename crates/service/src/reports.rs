//! Reports: an indicator counted over a period, for a caseworker's own centre or, for
//! an admin, any centre or all, broken down by up to two of its breakdowns. The
//! figures are exact; what leaves forsa hides the small ones (`Figures::suppressed`).

use chrono::{DateTime, Days, NaiveDate, Offset, TimeZone as _, Utc};
use forsa_domain::{
    AgeBand, Breakdown, CentreId, FieldErrors, Indicator, Problem,
    organisation::{Membership, TimeZone},
    report::{Figures, Period, Tally, parse_breakdowns},
};
use forsa_store::{ReportQuery, Values};

use crate::{Actor, Result, Service, ServiceError};

/// What a report is asked for with, as the query's words.
#[derive(Debug, Clone, Default)]
pub struct ReportInput {
    /// `2026-11`, `2026-Q4` or `2026`; or `from` and `to`. Neither: this month.
    pub period: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// `sex,status`: at most two breakdowns.
    pub by: Option<String>,
    /// A centre's id (admins; a caseworker's report is of their own centre).
    pub centre: Option<String>,
}

/// An indicator's figures over a period.
#[derive(Debug, Clone)]
pub struct Report {
    pub indicator: Indicator,
    pub period: Period,
    pub breakdowns: Vec<Breakdown>,
    /// The centre reported on; `None`: every centre.
    pub centre: Option<CentreId>,
    pub figures: Figures,
}

/// The breakdowns' values for an unknown value: a person whose age nobody knows, a
/// vacancy of an employer registered without a centre.
pub const UNKNOWN: &str = "unknown";

/// The moment `day` begins in `zone` (or, where a time zone skips that midnight, the
/// first moment of the day it has).
fn start_of(day: NaiveDate, zone: TimeZone) -> DateTime<Utc> {
    let midnight = day.and_time(chrono::NaiveTime::MIN);
    match zone.tz().from_local_datetime(&midnight).earliest() {
        Some(local) => local.with_timezone(&Utc),
        None => zone
            .tz()
            .from_local_datetime(&(midnight + chrono::TimeDelta::hours(1)))
            .earliest()
            .map_or_else(|| midnight.and_utc(), |local| local.with_timezone(&Utc)),
    }
}

impl Service {
    /// Counts `indicator` as `input` asks. Caseworkers report on their own centre;
    /// admins on the centre they name, or on all; employers get no reports.
    pub async fn report(
        &self,
        actor: &Actor,
        indicator: Indicator,
        input: &ReportInput,
    ) -> Result<Report> {
        let mut errors = FieldErrors::new();
        let asked = errors.optional("centre", input.centre.as_deref(), str::parse::<CentreId>);
        let centre = match (actor.membership, asked) {
            (Membership::Employer(_), _) => return Err(ServiceError::Forbidden),
            (Membership::Admin, asked) => asked,
            (Membership::Caseworker(own), None) => Some(own),
            (Membership::Caseworker(own), Some(asked)) if asked == own => Some(own),
            (Membership::Caseworker(_), Some(_)) => {
                errors.add("centre", Problem::OwnCentreOnly);
                None
            }
        };
        let breakdowns = errors.check("by", parse_breakdowns(indicator, input.by.as_deref()));
        let tx = self.begin().await?;
        let zone = match centre {
            Some(centre) => match tx.centre(centre).await? {
                Some(found) => found.time_zone,
                None => {
                    errors.add(
                        "centre",
                        Problem::Unknown {
                            record: forsa_domain::Record::Centre,
                            code: None,
                        },
                    );
                    TimeZone::JORDAN
                }
            },
            None => TimeZone::JORDAN,
        };
        let today = zone.today(forsa_store::clock::now());
        let period = Period::parse(
            input.period.as_deref(),
            input.from.as_deref(),
            input.to.as_deref(),
            today,
        );
        let period = match period {
            Ok(period) => Some(period),
            Err(problems) => {
                errors.merge(problems);
                None
            }
        };
        let (Some(period), Some(breakdowns), true) = (period, breakdowns, errors.is_empty()) else {
            return Err(ServiceError::Invalid(errors));
        };
        let starts = start_of(period.from(), zone);
        let ends = period
            .to()
            .checked_add_days(Days::new(1))
            .map_or(DateTime::<Utc>::MAX_UTC, |next| start_of(next, zone));
        let offset_minutes = zone
            .tz()
            .offset_from_utc_datetime(&starts.naive_utc())
            .fix()
            .local_minus_utc()
            / 60;
        let query = ReportQuery {
            indicator,
            breakdowns: breakdowns.clone(),
            centre,
            from: period.from(),
            to: period.to(),
            starts,
            ends,
            offset_minutes,
        };
        let groups = tx.report(&query).await?;
        tx.commit().await?;
        let groups = groups
            .into_iter()
            .map(|(values, tally)| (named(values, &breakdowns, &period), tally))
            .collect::<Vec<(Vec<String>, Tally)>>();
        Ok(Report {
            indicator,
            period,
            figures: Figures::of(groups, breakdowns.len(), indicator.measure()),
            breakdowns,
            centre,
        })
    }
}

/// A group's values as its breakdowns name them: a year of birth becomes its age
/// band, nothing becomes "unknown".
fn named(values: Values, breakdowns: &[Breakdown], period: &Period) -> Vec<String> {
    values
        .into_iter()
        .zip(breakdowns)
        .map(|(value, breakdown)| match breakdown {
            Breakdown::AgeBand => {
                let year = value.and_then(|year| year.parse().ok());
                AgeBand::of(year, period).as_str().to_owned()
            }
            _ => value.unwrap_or_else(|| UNKNOWN.to_owned()),
        })
        .collect()
}
