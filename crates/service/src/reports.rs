//! Reports: an indicator counted over a period, for a caseworker's own centre or, for
//! an admin, any centre or all, broken down by up to two of its breakdowns. The
//! figures are exact; what leaves forsa hides the small ones (`Figures::suppressed`).

use chrono::{DateTime, Days, NaiveDate, Offset, TimeZone as _, Utc};
use forsa_domain::{
    AgeBand, Breakdown, CentreId, EmployerId, FieldErrors, Indicator, Problem, Record,
    organisation::{Centre, Membership, TimeZone},
    report::{Figure, Figures, Period, Tally, UNKNOWN, parse_breakdowns},
};
use forsa_store::{ReportQuery, Tx, Values};

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
    /// The centres its figures may name (every centre for an admin, a caseworker's
    /// own), to name them by.
    pub centres: Vec<Centre>,
}

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

/// What a report was asked for, checked: the centre (or all), its time zone, the
/// period and the breakdowns asked for.
struct Asked {
    centre: Option<CentreId>,
    /// Only this employer's vacancies and the referrals to them.
    employer: Option<EmployerId>,
    /// The centres the actor may report on.
    centres: Vec<Centre>,
    zone: TimeZone,
    period: Period,
    breakdowns: Vec<Breakdown>,
}

impl Asked {
    /// Checks `input` for `actor`; `breakdowns` parses the breakdowns asked for.
    async fn check(
        tx: &Tx,
        actor: &Actor,
        input: &ReportInput,
        breakdowns: impl FnOnce(Option<&str>) -> std::result::Result<Vec<Breakdown>, Problem>,
    ) -> Result<Asked> {
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
        let breakdowns = errors.check("by", breakdowns(input.by.as_deref()));
        let centres: Vec<Centre> = tx
            .centres()
            .await?
            .into_iter()
            .filter(|c| actor.is_admin() || Some(c.id) == centre)
            .collect();
        let zone = match centre {
            Some(centre) => match centres.iter().find(|c| c.id == centre) {
                Some(found) => found.time_zone,
                None => {
                    errors.add(
                        "centre",
                        Problem::Unknown {
                            record: Record::Centre,
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
        )
        .map_err(|problems| errors.merge(problems))
        .ok();
        match (period, breakdowns) {
            (Some(period), Some(breakdowns)) if errors.is_empty() => Ok(Asked {
                centre,
                employer: None,
                centres,
                zone,
                period,
                breakdowns,
            }),
            _ => Err(ServiceError::Invalid(errors)),
        }
    }

    /// Counts `indicator` over `period`, by those of the breakdowns it takes.
    async fn count(&self, tx: &Tx, indicator: Indicator, period: Period) -> Result<Report> {
        let query = self.query(indicator, period);
        let groups = tx.report(&query).await?;
        Ok(self.report(&query, period, groups))
    }

    /// Counts each of `asked` (an indicator and a period) together, as a page does.
    async fn count_all(&self, tx: &Tx, asked: &[(Indicator, Period)]) -> Result<Vec<Report>> {
        let queries: Vec<ReportQuery> = asked
            .iter()
            .map(|&(indicator, period)| self.query(indicator, period))
            .collect();
        let counted = tx.reports(&queries).await?;
        Ok(queries
            .iter()
            .zip(asked)
            .zip(counted)
            .map(|((query, &(_, period)), groups)| self.report(query, period, groups))
            .collect())
    }

    /// What the store counts for `indicator` over `period`, by those of the
    /// breakdowns it takes.
    fn query(&self, indicator: Indicator, period: Period) -> ReportQuery {
        let mut breakdowns: Vec<Breakdown> = self
            .breakdowns
            .iter()
            .copied()
            .filter(|b| indicator.breaks_down_by(*b))
            .collect();
        // Vacancies have no sex or status: asked for those, they are shown by sector.
        if breakdowns.is_empty() && !self.breakdowns.is_empty() {
            breakdowns.extend(
                [Breakdown::Sector]
                    .into_iter()
                    .filter(|b| indicator.breaks_down_by(*b)),
            );
        }
        let starts = start_of(period.from(), self.zone);
        let ends = period
            .to()
            .checked_add_days(Days::new(1))
            .map_or(DateTime::<Utc>::MAX_UTC, |next| start_of(next, self.zone));
        let offset_minutes = self
            .zone
            .tz()
            .offset_from_utc_datetime(&starts.naive_utc())
            .fix()
            .local_minus_utc()
            / 60;
        ReportQuery {
            indicator,
            breakdowns,
            centre: self.centre,
            employer: self.employer,
            from: period.from(),
            to: period.to(),
            starts,
            ends,
            offset_minutes,
        }
    }

    /// The report of what the store counted for `query`.
    fn report(&self, query: &ReportQuery, period: Period, groups: Vec<(Values, Tally)>) -> Report {
        let breakdowns = query.breakdowns.clone();
        let groups = groups
            .into_iter()
            .map(|(values, tally)| (named(values, &breakdowns, &period), tally))
            .collect::<Vec<(Vec<String>, Tally)>>();
        Report {
            indicator: query.indicator,
            period,
            figures: Figures::of(groups, breakdowns.len(), query.indicator.measure()),
            breakdowns,
            centre: self.centre,
            centres: self.centres.clone(),
        }
    }
}

/// What the reports page shows: every indicator over the period, the months up to its
/// end with their registrations and placements, and the centres an admin may choose.
#[derive(Debug, Clone)]
pub struct ReportsPage {
    pub period: Period,
    pub centre: Option<CentreId>,
    /// The breakdowns asked for; each report uses those it takes.
    pub breakdowns: Vec<Breakdown>,
    pub reports: Vec<Report>,
    /// Registrations and placements by month, over the twelve months to the period's
    /// end.
    pub trend: Vec<Report>,
    /// Every centre, for an admin's choice (a caseworker's own only).
    pub centres: Vec<Centre>,
}

/// An indicator this month and last.
#[derive(Debug, Clone)]
pub struct KeyFigure {
    pub indicator: Indicator,
    pub this_month: Figure,
    pub last_month: Figure,
}

/// A home page's key figures: a few indicators this month (to today) against last
/// month, counted as the reports count them.
#[derive(Debug, Clone)]
pub struct KeyFigures {
    pub this_month: Period,
    pub last_month: Period,
    pub figures: Vec<KeyFigure>,
}

/// What a centre's dashboard counts.
const CENTRE_FIGURES: &[Indicator] = &[
    Indicator::Registered,
    Indicator::Referrals,
    Indicator::Interviews,
    Indicator::Placements,
];

/// What an employer's home counts: their own vacancies and the referrals to them.
const EMPLOYER_FIGURES: &[Indicator] = &[
    Indicator::VacanciesPosted,
    Indicator::Referrals,
    Indicator::Interviews,
    Indicator::Placements,
];

/// Whose key figures: a centre's, or an employer's (with the centre whose time zone
/// its months are in).
#[derive(Debug, Clone, Copy)]
pub(crate) enum KeyScope {
    Centre(CentreId),
    Employer(EmployerId, Option<CentreId>),
}

/// The key figures of `scope`, this month against last.
pub(crate) async fn key_figures(tx: &Tx, scope: KeyScope) -> Result<KeyFigures> {
    let (centre, employer, indicators) = match scope {
        KeyScope::Centre(centre) => (Some(centre), None, CENTRE_FIGURES),
        KeyScope::Employer(employer, centre) => (centre, Some(employer), EMPLOYER_FIGURES),
    };
    let zone = match centre {
        Some(centre) => tx
            .centre(centre)
            .await?
            .map_or(TimeZone::JORDAN, |c| c.time_zone),
        None => TimeZone::JORDAN,
    };
    let this_month = Period::month_of(zone.today(forsa_store::clock::now()));
    let last_month = this_month.month_before();
    let asked = Asked {
        // An employer's figures are of their vacancies, wherever the people are.
        centre: centre.filter(|_| employer.is_none()),
        employer,
        centres: Vec::new(),
        zone,
        period: this_month,
        breakdowns: Vec::new(),
    };
    let mut figures = Vec::new();
    for indicator in indicators.iter().copied() {
        figures.push(KeyFigure {
            indicator,
            this_month: asked
                .count(tx, indicator, this_month)
                .await?
                .figures
                .total(),
            last_month: asked
                .count(tx, indicator, last_month)
                .await?
                .figures
                .total(),
        });
    }
    Ok(KeyFigures {
        this_month,
        last_month,
        figures,
    })
}

/// How many months the trend shows.
const TREND_MONTHS: u32 = 12;

impl Service {
    /// Counts `indicator` as `input` asks. Caseworkers report on their own centre;
    /// admins on the centre they name, or on all; employers get no reports.
    pub async fn report(
        &self,
        actor: &Actor,
        indicator: Indicator,
        input: &ReportInput,
    ) -> Result<Report> {
        let tx = self.begin_read().await?;
        let asked = Asked::check(&tx, actor, input, |by| parse_breakdowns(indicator, by)).await?;
        let report = asked.count(&tx, indicator, asked.period).await?;
        tx.commit().await?;
        Ok(report)
    }

    /// Every indicator as `input` asks, each broken down by those of the breakdowns
    /// it takes, and the trend of registrations and placements: the reports page.
    pub async fn reports_page(&self, actor: &Actor, input: &ReportInput) -> Result<ReportsPage> {
        let tx = self.begin_read().await?;
        let asked = Asked::check(&tx, actor, input, any_breakdowns).await?;
        let breakdowns = asked.breakdowns.clone();
        let every: Vec<(Indicator, Period)> = Indicator::ALL
            .iter()
            .map(|&indicator| (indicator, asked.period))
            .collect();
        let reports = asked.count_all(&tx, &every).await?;
        let months = Asked {
            breakdowns: vec![Breakdown::Month],
            ..asked
        };
        let trend_period = months.period.months_to_end(TREND_MONTHS);
        let trend = months
            .count_all(
                &tx,
                &[
                    (Indicator::Registered, trend_period),
                    (Indicator::Placements, trend_period),
                ],
            )
            .await?;
        tx.commit().await?;
        Ok(ReportsPage {
            period: months.period,
            centre: months.centre,
            breakdowns,
            reports,
            trend,
            centres: months.centres,
        })
    }
}

/// Up to two breakdowns of any indicator, none twice (placements take every one).
fn any_breakdowns(raw: Option<&str>) -> std::result::Result<Vec<Breakdown>, Problem> {
    parse_breakdowns(Indicator::Placements, raw)
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
