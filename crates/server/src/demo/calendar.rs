//! The days of the demo's year: events happen on working days (Sunday to Thursday,
//! as in Jordan) between 08:30 and 15:00 in Amman, and never after now.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use rand::{Rng, rngs::StdRng};

/// How far back the demo's history goes.
pub const YEAR_DAYS: i64 = 365;

#[derive(Debug, Clone, Copy)]
pub struct Calendar {
    now: DateTime<Utc>,
}

impl Calendar {
    pub fn new(now: DateTime<Utc>) -> Self {
        Calendar { now }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    pub fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }

    /// A moment of the working day `days` days before today: today itself (or a
    /// weekend's next working day) is a moment before now.
    pub fn ago(&self, days: i64, rng: &mut StdRng) -> DateTime<Utc> {
        self.working(self.today() - Duration::days(days.max(0)), rng)
            .unwrap_or(self.now - Duration::minutes(rng.random_range(1..60)))
    }

    /// A moment of the working day `days` days after `from`, later than `from`, or
    /// nothing if that has not happened yet.
    pub fn after(&self, from: DateTime<Utc>, days: i64, rng: &mut StdRng) -> Option<DateTime<Utc>> {
        let moment = self
            .working(from.date_naive() + Duration::days(days), rng)?
            .max(from + Duration::minutes(rng.random_range(10..90)));
        (moment < self.now).then_some(moment)
    }

    /// A moment of office hours on `date`, moved past a weekend.
    fn working(&self, date: NaiveDate, rng: &mut StdRng) -> Option<DateTime<Utc>> {
        let date = match date.weekday() {
            Weekday::Fri => date + Duration::days(2),
            Weekday::Sat => date + Duration::days(1),
            _ => date,
        };
        // 08:30 in Amman (UTC+3) and up to six and a half hours after.
        let opening = NaiveTime::from_hms_opt(5, 30, 0)?;
        let moment = date.and_time(opening).and_utc() + Duration::minutes(rng.random_range(0..390));
        (moment < self.now).then_some(moment)
    }
}

#[cfg(test)]
mod tests {
    use chrono::Timelike;
    use rand::SeedableRng;

    use super::*;

    #[test]
    fn events_fall_on_working_days_in_office_hours_and_never_after_now() {
        let now = DateTime::parse_from_rfc3339("2026-12-05T09:00:00Z")
            .unwrap()
            .to_utc();
        let calendar = Calendar::new(now);
        let mut rng = StdRng::seed_from_u64(1);
        for days in 0..400 {
            let moment = calendar.ago(days, &mut rng);
            assert!(moment < now);
            if days > 2 {
                assert!(!matches!(moment.weekday(), Weekday::Fri | Weekday::Sat));
                assert!((5..12).contains(&moment.hour()), "{moment}");
            }
            if let Some(later) = calendar.after(moment, 3, &mut rng) {
                assert!(later > moment && later < now);
            }
        }
        assert_eq!(calendar.after(now - Duration::days(1), 5, &mut rng), None);
    }
}
