//! Reports: what a centre achieved in a period, counted from its records and broken
//! down the way donors ask (sex × status at least). Reports never list people; what
//! leaves forsa shows a count under five as "<5", and enough of the other counts too
//! that no total gives it away by subtraction.
//!
//! How each indicator counts:
//!
//! - registered: people registered in the period; active: people with an open record
//!   at some time in it (registered by its end, not archived or erased before its
//!   start). A merged record is counted once, as the record it was merged into.
//! - permits recorded (in the period), valid (on its last day, active), ending (their
//!   last valid day in the period, active).
//! - vacancies posted in the period (drafts are not posted) and their openings.
//! - referrals made in the period; interviews, offers and placements: referrals that
//!   reached that stage in the period; the placement rate: of the people active, the
//!   share placed in the period; days to placement: the median, from registration to
//!   hire, of the placements in the period.
//! - still employed at the 30-, 90- and 180-day follow-ups due in the period: of those
//!   reached, and of all placed whose follow-up fell due.
//!
//! A person counts at the centre that holds their record today, with their referrals
//! (a transfer moves both); their age band is their age at the end of the period; the
//! location of people's indicators is where the person lives, of vacancies' where the
//! job is.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Months, NaiveDate};

use crate::{
    AgeBand, Breakdown, FigurePart, Gender, Indicator, SeekerStatus,
    dates::{DateRange, parse_date},
    errors::{FieldErrors, Problem},
};

/// How many breakdowns a report takes at once.
pub const MAX_BREAKDOWNS: usize = 2;

/// Counts below this leave forsa as "<5".
pub const SUPPRESS_BELOW: u64 = 5;

/// A breakdown's value for a value nobody knows: a person whose age nobody knows, a
/// vacancy of an employer registered without a centre.
pub const UNKNOWN: &str = "unknown";

/// The years a period may fall in.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The records an indicator counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    People,
    Permits,
    Vacancies,
    /// Referrals, or their moves to a stage.
    Referrals,
    FollowUps,
}

/// What kind of figure an indicator gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Count,
    /// A part of a whole (placed of active).
    Rate,
    /// The median of a number of days.
    MedianDays,
    /// Still employed, of those reached and of all placed.
    Retention,
}

impl Measure {
    /// The numbers its figures are written as in a file, in order.
    pub fn parts(self) -> &'static [FigurePart] {
        use FigurePart::*;
        match self {
            Measure::Count => &[Count],
            Measure::Rate => &[Percent, Placed, Active],
            Measure::MedianDays => &[MedianDays, Placements],
            Measure::Retention => &[Employed, Reached, Placed, PercentOfReached, PercentOfPlaced],
        }
    }
}

const PERSON: &[Breakdown] = &[
    Breakdown::Sex,
    Breakdown::AgeBand,
    Breakdown::Nationality,
    Breakdown::Status,
    Breakdown::Location,
    Breakdown::Centre,
];

impl Indicator {
    pub fn subject(self) -> Subject {
        use Indicator::*;
        match self {
            Registered | Active | PlacementRate => Subject::People,
            PermitsRecorded | PermitsValid | PermitsEnding => Subject::Permits,
            VacanciesPosted | Openings => Subject::Vacancies,
            Referrals | Interviews | Offers | Placements | DaysToPlacement => Subject::Referrals,
            Employed30 | Employed90 | Employed180 => Subject::FollowUps,
        }
    }

    pub fn measure(self) -> Measure {
        use Indicator::*;
        match self {
            PlacementRate => Measure::Rate,
            DaysToPlacement => Measure::MedianDays,
            Employed30 | Employed90 | Employed180 => Measure::Retention,
            _ => Measure::Count,
        }
    }

    /// Whether it counts what happened in the period (and so by month), rather than
    /// what stood in it.
    pub fn is_flow(self) -> bool {
        !matches!(
            self,
            Indicator::Active | Indicator::PermitsValid | Indicator::PlacementRate
        )
    }

    /// The follow-up, in days after the hire, of a retention indicator.
    pub fn follow_up_days(self) -> Option<i64> {
        match self {
            Indicator::Employed30 => Some(30),
            Indicator::Employed90 => Some(90),
            Indicator::Employed180 => Some(180),
            _ => None,
        }
    }

    /// Whether its figures can be broken down by `breakdown`.
    pub fn breaks_down_by(self, breakdown: Breakdown) -> bool {
        let of_person = PERSON.contains(&breakdown);
        let of_vacancy = matches!(
            breakdown,
            Breakdown::Sector
                | Breakdown::OccupationGroup
                | Breakdown::Location
                | Breakdown::Centre
        );
        match breakdown {
            Breakdown::Month => self.is_flow(),
            _ => match self.subject() {
                Subject::People | Subject::Permits => of_person,
                Subject::Vacancies => of_vacancy,
                Subject::Referrals | Subject::FollowUps => of_person || of_vacancy,
            },
        }
    }

    /// The breakdowns it takes, in their order.
    pub fn breakdowns(self) -> Vec<Breakdown> {
        Breakdown::ALL
            .iter()
            .copied()
            .filter(|b| self.breaks_down_by(*b))
            .collect()
    }
}

/// The days a report covers, both ends included, and how it was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub days: DateRange,
}

impl Period {
    /// A period from its name (`2026-11`, `2026-Q4`, `2026`) or from two days;
    /// without either, the month of `today`.
    pub fn parse(
        name: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        today: NaiveDate,
    ) -> Result<Period, FieldErrors> {
        let on = |field: &'static str| move |problem| FieldErrors::single(field, problem);
        let days = match (given(name), given(from), given(to)) {
            (Some(name), None, None) => named(name).map_err(on("period"))?,
            (None, None, None) => {
                named(&today.format("%Y-%m").to_string()).map_err(on("period"))?
            }
            (Some(_), _, _) => return Err(FieldErrors::single("period", Problem::PeriodTwice)),
            (None, from, to) => {
                let mut errors = FieldErrors::new();
                let from = errors.check("from", day(from));
                let to = errors.check("to", day(to));
                match (from, to) {
                    (Some(from), Some(to)) => DateRange::new(from, to).map_err(on("to"))?,
                    _ => return Err(errors),
                }
            }
        };
        Ok(Period { days })
    }

    /// The month `day` falls in.
    pub fn month_of(day: NaiveDate) -> Period {
        let first = first_of_month(day);
        let last = first
            .checked_add_months(Months::new(1))
            .and_then(|next| next.pred_opt())
            .unwrap_or(day);
        Period {
            days: DateRange::between(first, last),
        }
    }

    /// The month before the one it begins in.
    pub fn month_before(&self) -> Period {
        let first = first_of_month(self.from());
        Period::month_of(first.pred_opt().unwrap_or(first))
    }

    pub fn from(&self) -> NaiveDate {
        self.days.from()
    }

    pub fn to(&self) -> NaiveDate {
        self.days.until()
    }

    /// The `count` months that end with its last: from the first day of the
    /// earliest to its last day.
    pub fn months_to_end(&self, count: u32) -> Period {
        let first = first_of_month(self.to())
            .checked_sub_months(Months::new(count.saturating_sub(1)))
            .unwrap_or(self.from());
        Period {
            days: DateRange::new(first.min(self.to()), self.to()).unwrap_or(self.days),
        }
    }

    /// The months it touches, as `YYYY-MM`, earliest first.
    pub fn months(&self) -> Vec<String> {
        let mut months = Vec::new();
        let mut month = first_of_month(self.from());
        while month <= self.to() {
            months.push(month.format("%Y-%m").to_string());
            month = match month.checked_add_months(Months::new(1)) {
                Some(next) => next,
                None => break,
            };
        }
        months
    }
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

fn day(raw: Option<&str>) -> Result<NaiveDate, Problem> {
    let day = parse_date(raw.ok_or(Problem::Required)?)?;
    if YEARS.contains(&day.year()) {
        Ok(day)
    } else {
        Err(out_of_years())
    }
}

fn out_of_years() -> Problem {
    Problem::OutOfRange {
        min: i64::from(*YEARS.start()),
        max: i64::from(*YEARS.end()),
    }
}

/// What a query parameter says, when it says anything.
fn given(raw: Option<&str>) -> Option<&str> {
    raw.map(str::trim).filter(|raw| !raw.is_empty())
}

/// The days of a month (`2026-11`), a quarter (`2026-Q4`) or a year (`2026`).
fn named(raw: &str) -> Result<DateRange, Problem> {
    let not_a_period = || Problem::NotAPeriod;
    let (year, rest) = match raw.split_once('-') {
        Some((year, rest)) => (year, Some(rest)),
        None => (raw, None),
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return Err(not_a_period());
    }
    let year: i32 = year.parse().map_err(|_| not_a_period())?;
    if !YEARS.contains(&year) {
        return Err(out_of_years());
    }
    let (first_month, months) = match rest {
        None => (1, 12),
        Some(quarter) if quarter.starts_with(['Q', 'q']) => match &quarter[1..] {
            "1" => (1, 3),
            "2" => (4, 3),
            "3" => (7, 3),
            "4" => (10, 3),
            _ => return Err(not_a_period()),
        },
        Some(month) if month.len() == 2 && month.bytes().all(|b| b.is_ascii_digit()) => {
            match month.parse::<u32>() {
                Ok(month @ 1..=12) => (month, 1),
                _ => return Err(not_a_period()),
            }
        }
        Some(_) => return Err(not_a_period()),
    };
    let start = NaiveDate::from_ymd_opt(year, first_month, 1).ok_or_else(not_a_period)?;
    let end = start
        .checked_add_months(Months::new(months))
        .and_then(|next| next.pred_opt())
        .ok_or_else(not_a_period)?;
    DateRange::new(start, end)
}

impl AgeBand {
    /// The band of someone born in `birth_year`, at the end of `period`.
    pub fn of(birth_year: Option<i32>, period: &Period) -> AgeBand {
        let Some(born) = birth_year else {
            return AgeBand::Unknown;
        };
        match period.to().year() - born {
            age if age < 0 => AgeBand::Unknown,
            0..=17 => AgeBand::Under18,
            18..=24 => AgeBand::From18To24,
            25..=34 => AgeBand::From25To34,
            35..=44 => AgeBand::From35To44,
            45..=54 => AgeBand::From45To54,
            55..=64 => AgeBand::From55To64,
            _ => AgeBand::From65,
        }
    }
}

/// The breakdowns of a report, parsed from `by=sex,status`: at most two, each one the
/// indicator takes, none twice.
pub fn parse_breakdowns(
    indicator: Indicator,
    raw: Option<&str>,
) -> Result<Vec<Breakdown>, Problem> {
    let mut breakdowns = Vec::new();
    for word in raw
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
    {
        let breakdown = Breakdown::parse(word)?;
        if !indicator.breaks_down_by(breakdown) {
            return Err(Problem::NotABreakdownOf {
                breakdown,
                indicator,
            });
        }
        if breakdowns.contains(&breakdown) {
            return Err(Problem::ListedTwice {
                item: breakdown.as_str().to_owned(),
            });
        }
        breakdowns.push(breakdown);
    }
    if breakdowns.len() > MAX_BREAKDOWNS {
        return Err(Problem::TooManyEntries {
            max: MAX_BREAKDOWNS,
        });
    }
    Ok(breakdowns)
}

/// What the records of one group add up to; groups of the same indicator add.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tally {
    /// What is counted (people, permits, openings, referrals, still employed).
    pub count: u64,
    /// Of a rate: what it is a part of (the people active).
    pub whole: u64,
    /// Of days to placement: each placement's days.
    pub days: Vec<i64>,
    /// Of a follow-up: those reached, and all whose follow-up fell due.
    pub reached: u64,
    pub placed: u64,
}

impl Tally {
    pub fn add(&mut self, other: &Tally) {
        self.count += other.count;
        self.whole += other.whole;
        self.days.extend_from_slice(&other.days);
        self.reached += other.reached;
        self.placed += other.placed;
    }

    /// The figure it gives for `measure`.
    pub fn figure(&self, measure: Measure) -> Figure {
        match measure {
            Measure::Count => Figure::Count(self.count),
            Measure::Rate => Figure::Rate {
                part: self.count,
                whole: self.whole,
            },
            Measure::MedianDays => Figure::MedianDays {
                median: median(&self.days),
                of: self.days.len() as u64,
            },
            Measure::Retention => Figure::Retention {
                employed: self.count,
                reached: self.reached,
                placed: self.placed,
            },
        }
    }
}

fn median(days: &[i64]) -> Option<f64> {
    let mut sorted = days.to_vec();
    sorted.sort_unstable();
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[middle] as f64),
        _ => Some((sorted[middle - 1] + sorted[middle]) as f64 / 2.0),
    }
}

/// A figure of a report, exact.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    Count(u64),
    Rate {
        part: u64,
        whole: u64,
    },
    MedianDays {
        median: Option<f64>,
        of: u64,
    },
    Retention {
        employed: u64,
        reached: u64,
        placed: u64,
    },
}

impl Figure {
    /// The count that decides whether it may leave forsa: what it counts, or how
    /// many it is a figure of.
    fn smallest(&self) -> u64 {
        match *self {
            Figure::Count(n) => n,
            Figure::Rate { part, whole } => part.min(whole),
            Figure::MedianDays { of, .. } => of,
            Figure::Retention {
                employed,
                reached,
                placed,
            } => employed.min(reached).min(placed),
        }
    }

    /// A rate as a percentage, when there is a whole.
    pub fn percent(part: u64, whole: u64) -> Option<f64> {
        (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
    }
}

/// One number of a figure: a count, or what is worked out from counts (a percentage,
/// a median), `None` where there is nothing to work it out from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Count(u64),
    Worked(Option<f64>),
}

impl Figure {
    /// Its number `part`; `None` when it has no such part.
    pub fn part(&self, part: FigurePart) -> Option<Number> {
        use FigurePart as P;
        let number = match (*self, part) {
            (Figure::Count(n), P::Count) => Number::Count(n),
            (Figure::Rate { part, whole }, P::Percent) => {
                Number::Worked(Figure::percent(part, whole))
            }
            (Figure::Rate { part, .. }, P::Placed) => Number::Count(part),
            (Figure::Rate { whole, .. }, P::Active) => Number::Count(whole),
            (Figure::MedianDays { median, .. }, P::MedianDays) => Number::Worked(median),
            (Figure::MedianDays { of, .. }, P::Placements) => Number::Count(of),
            (Figure::Retention { employed, .. }, P::Employed) => Number::Count(employed),
            (Figure::Retention { reached, .. }, P::Reached) => Number::Count(reached),
            (Figure::Retention { placed, .. }, P::Placed) => Number::Count(placed),
            (
                Figure::Retention {
                    employed, reached, ..
                },
                P::PercentOfReached,
            ) => Number::Worked(Figure::percent(employed, reached)),
            (
                Figure::Retention {
                    employed, placed, ..
                },
                P::PercentOfPlaced,
            ) => Number::Worked(Figure::percent(employed, placed)),
            _ => return None,
        };
        Some(number)
    }
}

/// The value of one breakdown in a cell: a code (`female`, `JO-MA`, `2026-11`, a
/// centre's id), or `None` for all of them (a total).
pub type Key = Vec<Option<String>>;

/// A report's figures: one per combination of its breakdowns' values that has
/// records, and the totals over each breakdown (the keys with `None`), the grand
/// total last.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub cells: BTreeMap<Key, Figure>,
}

impl Figures {
    /// Adds up `groups` (each the values of the breakdowns and its tally) into cells
    /// and totals.
    pub fn of(groups: Vec<(Vec<String>, Tally)>, breakdowns: usize, measure: Measure) -> Figures {
        let mut tallies: BTreeMap<Key, Tally> = BTreeMap::new();
        tallies.insert(vec![None; breakdowns], Tally::default());
        for (values, tally) in groups {
            for mask in 0..(1u32 << breakdowns) {
                let key: Key = values
                    .iter()
                    .enumerate()
                    .map(|(i, value)| (mask & (1 << i) == 0).then(|| value.clone()))
                    .collect();
                tallies.entry(key).or_default().add(&tally);
            }
        }
        Figures {
            cells: tallies
                .into_iter()
                .map(|(key, tally)| (key, tally.figure(measure)))
                .collect(),
        }
    }

    /// The values the breakdown at `position` (`breakdown`) has in the figures, in its
    /// own order: sexes, statuses and age bands as their vocabularies list them,
    /// months in time, the others by code; unknown last.
    pub fn values(&self, position: usize, breakdown: Breakdown) -> Vec<String> {
        let mut values: Vec<String> = self
            .cells
            .keys()
            .filter_map(|key| key.get(position).cloned().flatten())
            .collect();
        values.sort();
        values.dedup();
        let rank = |value: &String| -> usize {
            let listed = match breakdown {
                Breakdown::Sex => Gender::parse(value)
                    .ok()
                    .and_then(|v| Gender::ALL.iter().position(|a| *a == v)),
                Breakdown::Status => SeekerStatus::parse(value)
                    .ok()
                    .and_then(|v| SeekerStatus::ALL.iter().position(|a| *a == v)),
                Breakdown::AgeBand => AgeBand::parse(value)
                    .ok()
                    .and_then(|v| AgeBand::ALL.iter().position(|a| *a == v)),
                _ => Some(0),
            };
            match (value.as_str(), listed) {
                (UNKNOWN, _) | (_, None) => usize::MAX,
                (_, Some(rank)) => rank,
            }
        };
        // A stable sort: within a rank, the codes' order stays.
        values.sort_by_key(rank);
        values
    }

    /// The grand total.
    pub fn total(&self) -> Figure {
        self.cells
            .iter()
            .find(|(key, _)| key.iter().all(Option::is_none))
            .map(|(_, figure)| *figure)
            .unwrap_or(Figure::Count(0))
    }

    /// The cells that may not leave forsa as they are: those counting fewer than five,
    /// and, where a total would give one of them away by subtraction, the smallest
    /// other cell of that total too.
    pub fn suppressed(&self) -> BTreeSet<Key> {
        let mut hidden: BTreeSet<Key> = self
            .cells
            .iter()
            .filter(|(_, figure)| figure.smallest() < SUPPRESS_BELOW)
            .map(|(key, _)| key.clone())
            .collect();
        let counts = self
            .cells
            .values()
            .all(|figure| matches!(figure, Figure::Count(_)));
        if !counts {
            return hidden;
        }
        let lines = self.lines();
        loop {
            let mut changed = false;
            for (total, members) in &lines {
                if hidden.contains(total) {
                    continue;
                }
                let hidden_members = members.iter().filter(|m| hidden.contains(*m)).count();
                if hidden_members != 1 {
                    continue;
                }
                let other = members
                    .iter()
                    .filter(|m| !hidden.contains(*m))
                    .min_by_key(|m| (self.cells[*m].smallest() == 0, self.cells[*m].smallest()));
                let also = other.unwrap_or(total).clone();
                changed |= hidden.insert(also);
            }
            if !changed {
                return hidden;
            }
        }
    }

    /// Each total with the cells it adds up: for every key with a `None`, the keys
    /// that differ from it only in naming a value where it has that one `None`.
    fn lines(&self) -> Vec<(Key, Vec<Key>)> {
        let mut lines = Vec::new();
        for total in self.cells.keys() {
            for (position, value) in total.iter().enumerate() {
                if value.is_some() {
                    continue;
                }
                let members: Vec<Key> = self
                    .cells
                    .keys()
                    .filter(|key| {
                        key[position].is_some()
                            && key
                                .iter()
                                .zip(total)
                                .enumerate()
                                .all(|(i, (a, b))| i == position || a == b)
                    })
                    .cloned()
                    .collect();
                lines.push((total.clone(), members));
            }
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(raw: &str) -> NaiveDate {
        parse_date(raw).unwrap()
    }

    fn period(name: &str) -> Period {
        Period::parse(Some(name), None, None, day("2026-12-06")).unwrap()
    }

    #[test]
    fn periods_are_named_months_quarters_and_years() {
        let november = period("2026-11");
        assert_eq!(
            (november.from(), november.to()),
            (day("2026-11-01"), day("2026-11-30"))
        );
        let q1 = period("2024-Q1");
        assert_eq!((q1.from(), q1.to()), (day("2024-01-01"), day("2024-03-31")));
        let year = period("2026");
        assert_eq!(
            (year.from(), year.to()),
            (day("2026-01-01"), day("2026-12-31"))
        );
        assert_eq!(year.months().len(), 12);
        let this_month = Period::parse(None, None, None, day("2026-12-06")).unwrap();
        assert_eq!(this_month.from(), day("2026-12-01"));
        let dates = Period::parse(
            None,
            Some("2026-02-10"),
            Some("2026-04-02"),
            day("2026-12-06"),
        )
        .unwrap();
        assert_eq!(dates.months(), ["2026-02", "2026-03", "2026-04"]);
        let year_to_april = dates.months_to_end(12);
        assert_eq!(
            (year_to_april.from(), year_to_april.to()),
            (day("2025-05-01"), day("2026-04-02"))
        );
    }

    #[test]
    fn a_bad_period_says_which_field() {
        let today = day("2026-12-06");
        for bad in [
            "2026-13", "2026-Q5", "26", "2026-1", "november", "9999-01", "2026-Q", "٢٠٢٦",
        ] {
            let errors = Period::parse(Some(bad), None, None, today).unwrap_err();
            assert!(errors.get("period").is_some(), "{bad}");
        }
        let errors =
            Period::parse(None, Some("2026-05-01"), Some("2026-04-01"), today).unwrap_err();
        assert_eq!(errors.get("to"), Some(&Problem::EndBeforeStart));
        let errors = Period::parse(None, Some("2026-05-01"), None, today).unwrap_err();
        assert_eq!(errors.get("to"), Some(&Problem::Required));
        let errors = Period::parse(Some("2026"), Some("2026-05-01"), None, today).unwrap_err();
        assert!(errors.get("period").is_some());
        let errors =
            Period::parse(None, Some("1900-01-01"), Some("2026-01-01"), today).unwrap_err();
        assert!(errors.get("from").is_some());
    }

    #[test]
    fn ages_are_taken_at_the_end_of_the_period() {
        let year = period("2026");
        assert_eq!(AgeBand::of(Some(2008), &year), AgeBand::From18To24);
        assert_eq!(AgeBand::of(Some(2009), &year), AgeBand::Under18);
        assert_eq!(AgeBand::of(Some(1961), &year), AgeBand::From65);
        assert_eq!(AgeBand::of(None, &year), AgeBand::Unknown);
        assert_eq!(AgeBand::of(Some(2030), &year), AgeBand::Unknown);
    }

    #[test]
    fn breakdowns_are_those_the_indicator_takes() {
        let by = |raw| parse_breakdowns(Indicator::Placements, Some(raw));
        assert_eq!(
            by("sex, status"),
            Ok(vec![Breakdown::Sex, Breakdown::Status])
        );
        assert_eq!(by(""), Ok(vec![]));
        assert!(matches!(by("sex,sex"), Err(Problem::ListedTwice { .. })));
        assert!(matches!(
            by("sex,status,month"),
            Err(Problem::TooManyEntries { max: 2 })
        ));
        assert!(matches!(by("colour"), Err(Problem::NotOneOf { .. })));
        assert!(matches!(
            parse_breakdowns(Indicator::Registered, Some("sector")),
            Err(Problem::NotABreakdownOf { .. })
        ));
        assert!(matches!(
            parse_breakdowns(Indicator::Active, Some("month")),
            Err(Problem::NotABreakdownOf { .. })
        ));
        assert!(Indicator::VacanciesPosted.breaks_down_by(Breakdown::Sector));
        assert!(!Indicator::VacanciesPosted.breaks_down_by(Breakdown::Sex));
    }

    fn count(n: u64) -> Tally {
        Tally {
            count: n,
            ..Tally::default()
        }
    }

    fn group(a: &str, b: &str, n: u64) -> (Vec<String>, Tally) {
        (vec![a.to_owned(), b.to_owned()], count(n))
    }

    fn key(a: Option<&str>, b: Option<&str>) -> Key {
        vec![a.map(str::to_owned), b.map(str::to_owned)]
    }

    #[test]
    fn groups_add_up_to_cells_and_totals() {
        let figures = Figures::of(
            vec![
                group("female", "refugee", 7),
                group("male", "refugee", 9),
                group("female", "host_community", 12),
            ],
            2,
            Measure::Count,
        );
        assert_eq!(figures.total(), Figure::Count(28));
        assert_eq!(figures.cells[&key(Some("female"), None)], Figure::Count(19));
        assert_eq!(
            figures.cells[&key(None, Some("refugee"))],
            Figure::Count(16)
        );
        assert_eq!(figures.cells.len(), 3 + 2 + 2 + 1);
        assert!(figures.suppressed().is_empty());
        let empty = Figures::of(vec![], 1, Measure::Count);
        assert_eq!(empty.total(), Figure::Count(0));
    }

    #[test]
    fn a_small_count_is_hidden_with_another_so_totals_do_not_give_it_away() {
        let figures = Figures::of(
            vec![
                group("female", "refugee", 3),
                group("female", "host_community", 20),
                group("male", "refugee", 30),
                group("male", "host_community", 40),
            ],
            2,
            Measure::Count,
        );
        let hidden = figures.suppressed();
        assert!(hidden.contains(&key(Some("female"), Some("refugee"))));
        // The female row's total is shown: its other cell goes too; the refugee
        // column's total too: its other cell goes; and so on until every line that
        // shows its total hides none or at least two of its cells.
        assert!(hidden.contains(&key(Some("female"), Some("host_community"))));
        assert!(hidden.contains(&key(Some("male"), Some("refugee"))));
        for (total, members) in figures.lines() {
            if !hidden.contains(&total) {
                let n = members.iter().filter(|m| hidden.contains(*m)).count();
                assert!(n != 1, "{total:?} gives one away");
            }
        }
        assert!(!hidden.contains(&key(None, None)));
    }

    #[test]
    fn a_total_of_one_cell_is_hidden_with_it() {
        let figures = Figures::of(
            vec![(vec!["female".to_owned()], count(2))],
            1,
            Measure::Count,
        );
        let hidden = figures.suppressed();
        assert!(hidden.contains(&vec![Some("female".to_owned())]));
        assert!(hidden.contains(&vec![None]));
    }

    #[test]
    fn medians_and_rates_of_few_are_hidden() {
        let days = |d: &[i64]| Tally {
            days: d.to_vec(),
            ..Tally::default()
        };
        let figures = Figures::of(
            vec![
                (vec!["a".to_owned()], days(&[10, 20, 30])),
                (vec!["b".to_owned()], days(&[1, 2, 3, 4, 5, 6])),
            ],
            1,
            Measure::MedianDays,
        );
        assert_eq!(
            figures.total(),
            Figure::MedianDays {
                median: Some(5.0),
                of: 9
            }
        );
        assert_eq!(
            figures.cells[&vec![Some("b".to_owned())]],
            Figure::MedianDays {
                median: Some(3.5),
                of: 6
            }
        );
        let hidden = figures.suppressed();
        assert_eq!(hidden.len(), 1);
        assert!(hidden.contains(&vec![Some("a".to_owned())]));
        assert_eq!(Figure::percent(1, 4), Some(25.0));
        assert_eq!(Figure::percent(1, 0), None);
    }

    #[test]
    fn a_breakdowns_values_come_in_its_own_order() {
        let count = |n| Tally {
            count: n,
            ..Tally::default()
        };
        let figures = Figures::of(
            ["unknown", "65_plus", "18_24", "under_18", "35_44"]
                .into_iter()
                .map(|band| (vec![band.to_owned()], count(1)))
                .collect(),
            1,
            Measure::Count,
        );
        assert_eq!(
            figures.values(0, Breakdown::AgeBand),
            ["under_18", "18_24", "35_44", "65_plus", "unknown"]
        );
        let months = Figures::of(
            ["2026-11", "2025-12", "2026-01"]
                .into_iter()
                .map(|month| (vec![month.to_owned()], count(1)))
                .collect(),
            1,
            Measure::Count,
        );
        assert_eq!(
            months.values(0, Breakdown::Month),
            ["2025-12", "2026-01", "2026-11"]
        );
    }
}
