//! Days and times as the page's language writes them: "5 December 2026" and
//! "5 كانون الأول 2026" (the month names Jordan uses), times in the reader's centre's
//! time zone and labelled with it, since a caseworker in Amman and a server in UTC
//! would otherwise disagree about what "today" is.

use chrono::{DateTime, NaiveDate, Utc, Weekday};
use forsa_domain::{Locale, hours::OpeningHours};

use crate::i18n::Tr;

impl Tr {
    fn chrono_locale(self) -> chrono::Locale {
        match self.locale() {
            Locale::Ar => chrono::Locale::ar_JO,
            Locale::En => chrono::Locale::en_GB,
        }
    }

    /// A day: "5 December 2026", "5 كانون الأول 2026".
    pub fn date(self, day: &NaiveDate) -> String {
        day.format_localized("%-d %B %Y", self.chrono_locale())
            .to_string()
    }

    /// The day a moment fell on where the reader is.
    pub fn day_of(self, at: &DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.zone()).date_naive()
    }

    /// Today, where the reader is.
    pub fn today(self) -> NaiveDate {
        self.day_of(&Utc::now())
    }

    /// The day of a moment, written as `date` writes it.
    pub fn date_of(self, at: &DateTime<Utc>) -> String {
        self.date(&self.day_of(at))
    }

    /// A moment: its day and time where the reader is, and which time that is
    /// ("5 December 2026, 14:05 Amman time").
    pub fn moment(self, at: &DateTime<Utc>) -> String {
        let local = at.with_timezone(&self.zone());
        self.text_with_words(
            "date-moment",
            &[
                ("day", &self.date(&local.date_naive())),
                ("time", &local.format("%H:%M").to_string()),
                ("zone", &self.zone_name()),
            ],
        )
    }

    /// The reader's time zone in words: the city it is named after, in the page's
    /// language where the catalogue knows it ("Amman", "عمّان"), else its name.
    pub fn zone_name(self) -> String {
        let name = self.zone().name();
        let city = name.rsplit('/').next().unwrap_or(name);
        let key = format!("zone-{}", city.to_ascii_lowercase());
        if self.has(&key) {
            self.text(&key)
        } else {
            city.replace('_', " ")
        }
    }

    /// A week's opening hours in the page's words: "Sunday–Thursday 08:00–15:00,
    /// Saturday 09:00–12:00", "الأحد–الخميس 08:00–15:00".
    pub fn week_hours(self, hours: &OpeningHours) -> String {
        week_hours(hours, self.chrono_locale(), &self.text("list-separator"))
    }

    /// A day of the week in the page's language: "Sunday", "الأحد".
    pub fn weekday(self, day: Weekday) -> String {
        weekday(day, self.chrono_locale())
    }

    /// The `datetime` attribute of a moment: machine-readable, in UTC.
    pub fn machine(self, at: &DateTime<Utc>) -> String {
        at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }
}

/// A day of the week as `locale` names it.
pub fn weekday(day: Weekday, locale: chrono::Locale) -> String {
    // Any date that falls on the day names it.
    NaiveDate::from_isoywd_opt(2027, 1, day)
        .map(|date| date.format_localized("%A", locale).to_string())
        .unwrap_or_default()
}

/// A week's opening hours as `locale` names the days, the runs of days joined by
/// `separator`.
pub fn week_hours(hours: &OpeningHours, locale: chrono::Locale, separator: &str) -> String {
    hours
        .spans()
        .iter()
        .map(|span| {
            let days = if span.first == span.last {
                weekday(span.first, locale)
            } else {
                format!(
                    "{}–{}",
                    weekday(span.first, locale),
                    weekday(span.last, locale)
                )
            };
            format!("{days} {}", span.hours)
        })
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_written_in_the_pages_language() {
        let day = NaiveDate::from_ymd_opt(2027, 1, 5).unwrap();
        assert_eq!(Tr::new(Locale::En).date(&day), "5 January 2027");
        assert_eq!(Tr::new(Locale::Ar).date(&day), "5 كانون الثاني 2027");
    }

    #[test]
    fn opening_hours_name_the_days_in_the_pages_language() {
        let week = OpeningHours::parse("Sun–Thu 08:00–15:00; Sat 09:00–12:00").unwrap();
        assert_eq!(
            Tr::new(Locale::En).week_hours(&week),
            "Sunday–Thursday 08:00–15:00, Saturday 09:00–12:00"
        );
        assert_eq!(
            Tr::new(Locale::Ar).week_hours(&week),
            "الأحد–الخميس 08:00–15:00، السبت 09:00–12:00"
        );
    }

    #[test]
    fn moments_are_shown_where_the_reader_is_and_say_so() {
        // 22:30 UTC on 31 December is already the new year in Amman (UTC+3).
        let at = DateTime::parse_from_rfc3339("2026-12-31T22:30:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            Tr::new(Locale::En).moment(&at),
            "1 January 2027, 01:30 Amman time"
        );
        assert_eq!(
            Tr::new(Locale::Ar).moment(&at),
            "1 كانون الثاني 2027، 01:30 بتوقيت عمّان"
        );
        let beirut = Tr::new(Locale::En).in_zone(chrono_tz::Tz::Asia__Beirut);
        assert_eq!(beirut.moment(&at), "1 January 2027, 00:30 Beirut time");
        let unknown = Tr::new(Locale::En).in_zone(chrono_tz::Tz::America__Sao_Paulo);
        assert_eq!(unknown.zone_name(), "Sao Paulo");
    }
}
