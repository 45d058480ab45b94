//! When a centre is open: each day of the week closed, or open from one time to a
//! later one. Kept as values, not words, so that every page and the kiosk can say them
//! in its own language ("Sunday–Thursday 08:00–15:00", "الأحد–الخميس 08:00–15:00").
//!
//! The text form, which the API takes and sends and the store keeps, names days by
//! their English abbreviations, runs of days with a dash and hours as 24-hour
//! times: `Sun–Thu 08:00–15:00; Sat 09:00–12:00`.

use std::fmt;

use chrono::{NaiveTime, Weekday};

use crate::errors::Problem;

/// The days of a week in the order the centres' calendars print them: Sunday first,
/// as Jordan, Lebanon and Iraq count.
pub const WEEK: [Weekday; 7] = [
    Weekday::Sun,
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
];

/// One day's opening: it closes after it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours {
    opens: NaiveTime,
    closes: NaiveTime,
}

impl Hours {
    pub fn new(opens: NaiveTime, closes: NaiveTime) -> Result<Self, Problem> {
        if closes <= opens {
            Err(Problem::ClosesBeforeOpens)
        } else {
            Ok(Self { opens, closes })
        }
    }

    pub fn opens(self) -> NaiveTime {
        self.opens
    }

    pub fn closes(self) -> NaiveTime {
        self.closes
    }
}

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}–{}",
            self.opens.format("%H:%M"),
            self.closes.format("%H:%M")
        )
    }
}

/// A time of day as a person or a time field writes it: `8:00`, `08:00`, `08:00:00`.
pub fn parse_time(raw: &str) -> Result<NaiveTime, Problem> {
    let raw = raw.trim();
    NaiveTime::parse_from_str(raw, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(raw, "%H:%M:%S"))
        .map_err(|_| Problem::NotATime)
}

/// Days that follow one another with the same hours: "Sun–Thu 08:00–15:00".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub first: Weekday,
    pub last: Weekday,
    pub hours: Hours,
}

/// A week of opening hours; a day without hours is closed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpeningHours {
    days: [Option<Hours>; 7],
}

impl OpeningHours {
    /// The week with these days open; a day given twice keeps its last hours.
    pub fn from_days(days: impl IntoIterator<Item = (Weekday, Hours)>) -> Self {
        let mut week = Self::default();
        for (day, hours) in days {
            week.days[day.num_days_from_sunday() as usize] = Some(hours);
        }
        week
    }

    /// The hours of `day`, or `None` when closed.
    pub fn on(&self, day: Weekday) -> Option<Hours> {
        self.days[day.num_days_from_sunday() as usize]
    }

    /// Closed every day: nothing to tell anyone.
    pub fn is_closed(&self) -> bool {
        self.days.iter().all(Option::is_none)
    }

    /// The open days as runs of neighbouring days with the same hours, Sunday first,
    /// except that a run which goes on from Saturday to Sunday is one run, and comes
    /// first ("Sat–Wed").
    pub fn spans(&self) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        let mut previous_open = false;
        for day in WEEK {
            let Some(hours) = self.on(day) else {
                previous_open = false;
                continue;
            };
            match spans.last_mut() {
                Some(span) if previous_open && span.hours == hours => span.last = day,
                _ => spans.push(Span {
                    first: day,
                    last: day,
                    hours,
                }),
            }
            previous_open = true;
        }
        if let [first, .., last] = spans.as_slice()
            && first.first == Weekday::Sun
            && last.last == Weekday::Sat
            && first.hours == last.hours
        {
            let round = Span {
                first: last.first,
                ..*first
            };
            spans.pop();
            spans[0] = round;
        }
        spans
    }

    /// Reads the text form (`Sun–Thu 08:00–15:00; Sat 09:00–12:00`): runs of days
    /// joined by `-` or `–` (a run may go round the end of the week: `Sat–Wed`),
    /// separated by `;` or `,`. A day named twice is refused.
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let mut week = Self::default();
        for part in raw.split([';', ',']).map(str::trim) {
            if part.is_empty() {
                continue;
            }
            let split = part
                .find(|c: char| c.is_ascii_digit())
                .ok_or(Problem::NotOpeningHours)?;
            let (days, hours) = part.split_at(split);
            let hours = {
                let (opens, closes) = split_dash(hours.trim()).ok_or(Problem::NotOpeningHours)?;
                let opens = parse_time(opens).map_err(|_| Problem::NotOpeningHours)?;
                let closes = parse_time(closes).map_err(|_| Problem::NotOpeningHours)?;
                Hours::new(opens, closes)?
            };
            let (first, last) = match split_dash(days.trim()) {
                Some((first, last)) => (weekday(first)?, weekday(last)?),
                None => {
                    let day = weekday(days)?;
                    (day, day)
                }
            };
            let from = first.num_days_from_sunday() as usize;
            let length = (last.num_days_from_sunday() as usize + 7 - from) % 7 + 1;
            for index in (from..from + length).map(|index| index % 7) {
                if week.days[index].is_some() {
                    return Err(Problem::ListedTwice {
                        item: short_name(WEEK[index]).to_owned(),
                    });
                }
                week.days[index] = Some(hours);
            }
        }
        Ok(week)
    }
}

fn split_dash(raw: &str) -> Option<(&str, &str)> {
    raw.split_once(['–', '-'])
        .map(|(left, right)| (left.trim(), right.trim()))
}

fn weekday(raw: &str) -> Result<Weekday, Problem> {
    let raw = raw.trim();
    WEEK.into_iter()
        .find(|day| raw.eq_ignore_ascii_case(short_name(*day)))
        .ok_or(Problem::NotOpeningHours)
}

/// The English abbreviation of the text form.
pub fn short_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

impl fmt::Display for OpeningHours {
    /// The text form, which `parse` reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, span) in self.spans().iter().enumerate() {
            if index > 0 {
                f.write_str("; ")?;
            }
            f.write_str(short_name(span.first))?;
            if span.last != span.first {
                write!(f, "–{}", short_name(span.last))?;
            }
            write!(f, " {}", span.hours)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(raw: &str) -> NaiveTime {
        parse_time(raw).unwrap()
    }

    #[test]
    fn a_week_reads_and_writes_as_runs_of_days() {
        let week = OpeningHours::parse("sun - thu 8:00 - 15:00; Sat 09:00–12:00").unwrap();
        assert_eq!(week.on(Weekday::Wed).unwrap().opens(), time("08:00"));
        assert_eq!(week.on(Weekday::Fri), None);
        assert_eq!(week.to_string(), "Sun–Thu 08:00–15:00; Sat 09:00–12:00");
        assert_eq!(OpeningHours::parse(&week.to_string()).unwrap(), week);
    }

    #[test]
    fn neighbours_with_other_hours_or_a_closed_day_between_are_apart() {
        let eight = Hours::new(time("08:00"), time("15:00")).unwrap();
        let short = Hours::new(time("08:00"), time("13:00")).unwrap();
        let week = OpeningHours::from_days([
            (Weekday::Sun, eight),
            (Weekday::Mon, eight),
            (Weekday::Tue, short),
            (Weekday::Thu, eight),
        ]);
        assert_eq!(
            week.to_string(),
            "Sun–Mon 08:00–15:00; Tue 08:00–13:00; Thu 08:00–15:00"
        );
        assert!(!week.is_closed());
        assert!(OpeningHours::default().is_closed());
    }

    #[test]
    fn a_run_may_go_round_the_end_of_the_week() {
        let week = OpeningHours::parse("Sat–Wed 09:00–16:00").unwrap();
        assert_eq!(week.on(Weekday::Sun), week.on(Weekday::Sat));
        assert_eq!(week.on(Weekday::Thu), None);
        assert_eq!(week.to_string(), "Sat–Wed 09:00–16:00");
        let every_day = OpeningHours::parse("Sun–Sat 08:00–20:00").unwrap();
        assert_eq!(every_day.to_string(), "Sun–Sat 08:00–20:00");
        assert_eq!(
            OpeningHours::parse("Mon 08:00–12:00; Fri–Sun 09:00–13:00")
                .unwrap()
                .to_string(),
            "Fri–Sun 09:00–13:00; Mon 08:00–12:00"
        );
    }

    #[test]
    fn words_that_are_not_a_week_are_refused() {
        for raw in [
            "every day",
            "Sun–Thu",
            "Sun–Thu 8–15",
            "Sun 25:00–26:00",
            "Sunday 08:00–15:00",
            "08:00–15:00",
        ] {
            assert_eq!(
                OpeningHours::parse(raw),
                Err(Problem::NotOpeningHours),
                "{raw}"
            );
        }
        assert_eq!(
            OpeningHours::parse("Sun 15:00–08:00"),
            Err(Problem::ClosesBeforeOpens)
        );
        assert_eq!(
            OpeningHours::parse("Sun–Tue 08:00–15:00; Mon 09:00–10:00"),
            Err(Problem::ListedTwice { item: "Mon".into() })
        );
        assert_eq!(OpeningHours::parse(" ; ").unwrap(), OpeningHours::default());
    }
}
