//! Wages in Jordanian dinars, kept exactly as whole fils (1 JD = 1000 fils).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{enums::WagePeriod, errors::Problem};

/// An amount of money in fils. Sent and received as dinars (`290.5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i64);

impl Money {
    /// The largest wage anyone will plausibly post, as a guard against typos.
    const MAX_FILS: i64 = 100_000_000;

    pub fn from_fils(fils: i64) -> Self {
        Self(fils)
    }

    pub fn fils(self) -> i64 {
        self.0
    }

    /// Parses dinars as sent by a client, to at most three decimals.
    pub fn from_dinars(dinars: f64) -> Result<Self, Problem> {
        if !dinars.is_finite() || dinars < 0.0 {
            return Err(Problem::NotPositiveAmount);
        }
        let fils = (dinars * 1000.0).round();
        if fils > Self::MAX_FILS as f64 {
            return Err(Problem::TooLarge);
        }
        if ((fils / 1000.0) - dinars).abs() > 1e-9 {
            return Err(Problem::TooManyDecimals);
        }
        Ok(Self(fils as i64))
    }

    pub fn dinars(self) -> f64 {
        self.0 as f64 / 1000.0
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, fils) = (self.0 / 1000, self.0 % 1000);
        if fils == 0 {
            write!(f, "JD {whole}")
        } else {
            write!(f, "JD {whole}.{fils:03}")
        }
    }
}

impl Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.dinars())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let dinars = f64::deserialize(deserializer)?;
        Money::from_dinars(dinars).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Money {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::Number)
            .description(Some(
                "An amount in Jordanian dinars, at most three decimals",
            ))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Money {}

/// The legal monthly minimum wage in force from a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MinimumWage {
    pub monthly: Money,
    pub valid_from: NaiveDate,
}

impl MinimumWage {
    /// The lowest lawful pay for one period: daily pay is the monthly figure divided
    /// by 30.
    pub fn for_period(&self, period: WagePeriod) -> Money {
        match period {
            WagePeriod::Monthly => self.monthly,
            // Rounded up, so that a wage that meets the displayed figure is lawful.
            WagePeriod::Daily => Money((self.monthly.0 + 29) / 30),
        }
    }
}

/// What a vacancy pays: a range for one period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WageRange {
    pub min: Money,
    pub max: Money,
    pub period: WagePeriod,
}

impl WageRange {
    /// Checks the range is ordered and pays at least the minimum wage. The errors are
    /// keyed by the sub-field they concern (`min`, `max`).
    pub fn new(
        min: Money,
        max: Money,
        period: WagePeriod,
        minimum: &MinimumWage,
    ) -> Result<Self, (&'static str, Problem)> {
        let floor = minimum.for_period(period);
        if min < floor {
            return Err((
                "min",
                Problem::BelowMinimumWage {
                    minimum: floor,
                    period,
                },
            ));
        }
        if max < min {
            return Err(("max", Problem::BelowRangeMinimum));
        }
        Ok(Self { min, max, period })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jordan_2025() -> MinimumWage {
        MinimumWage {
            monthly: Money::from_fils(290_000),
            valid_from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
        }
    }

    #[test]
    fn dinars_parse_to_exact_fils() {
        assert_eq!(Money::from_dinars(290.0), Ok(Money::from_fils(290_000)));
        assert_eq!(Money::from_dinars(9.667), Ok(Money::from_fils(9_667)));
        assert!(Money::from_dinars(9.6667).is_err());
        assert!(Money::from_dinars(-1.0).is_err());
        assert!(Money::from_dinars(f64::NAN).is_err());
        assert!(Money::from_dinars(1e12).is_err());
    }

    #[test]
    fn display_in_dinars() {
        assert_eq!(Money::from_fils(290_000).to_string(), "JD 290");
        assert_eq!(Money::from_fils(9_667).to_string(), "JD 9.667");
    }

    #[test]
    fn daily_minimum_is_the_monthly_over_thirty_rounded_up() {
        assert_eq!(
            jordan_2025().for_period(WagePeriod::Daily),
            Money::from_fils(9_667)
        );
        assert_eq!(
            jordan_2025().for_period(WagePeriod::Monthly),
            Money::from_fils(290_000)
        );
    }

    #[test]
    fn a_wage_under_the_minimum_is_refused() {
        let minimum = jordan_2025();
        let (field, message) = WageRange::new(
            Money::from_fils(250_000),
            Money::from_fils(300_000),
            WagePeriod::Monthly,
            &minimum,
        )
        .unwrap_err();
        assert_eq!(field, "min");
        assert_eq!(
            message.to_string(),
            "must be at least the minimum wage of JD 290 per month"
        );
        assert!(
            WageRange::new(
                Money::from_fils(9_000),
                Money::from_fils(12_000),
                WagePeriod::Daily,
                &minimum
            )
            .is_err()
        );
    }

    #[test]
    fn a_wage_at_the_minimum_is_lawful() {
        let minimum = jordan_2025();
        assert!(
            WageRange::new(
                Money::from_fils(290_000),
                Money::from_fils(290_000),
                WagePeriod::Monthly,
                &minimum
            )
            .is_ok()
        );
        assert!(
            WageRange::new(
                Money::from_fils(9_667),
                Money::from_fils(15_000),
                WagePeriod::Daily,
                &minimum
            )
            .is_ok()
        );
    }

    #[test]
    fn a_range_must_be_ordered() {
        let minimum = jordan_2025();
        let (field, _) = WageRange::new(
            Money::from_fils(400_000),
            Money::from_fils(300_000),
            WagePeriod::Monthly,
            &minimum,
        )
        .unwrap_err();
        assert_eq!(field, "max");
    }
}
