//! Codes from shared classifications. Their format is checked here; whether a code
//! exists in the shipped taxonomy is checked against the database by the service.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::errors::{CodeFormat, Problem};

macro_rules! code {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String))]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl TryFrom<String> for $name {
            type Error = Problem;

            fn try_from(raw: String) -> Result<Self, Self::Error> {
                Self::parse(&raw)
            }
        }

        impl From<$name> for String {
            fn from(code: $name) -> String {
                code.0
            }
        }
    };
}

code!(
    /// An ISCO-08 occupation group: 1 digit (major group) to 4 digits (unit group).
    IscoCode
);

impl IscoCode {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let code = raw.trim();
        if (1..=4).contains(&code.len()) && code.chars().all(|c| c.is_ascii_digit()) {
            Ok(Self(code.to_owned()))
        } else {
            Err(Problem::BadCode(CodeFormat::Isco))
        }
    }

    /// A unit group, the level at which people and jobs are recorded.
    pub fn parse_unit_group(raw: &str) -> Result<Self, Problem> {
        let code = Self::parse(raw)?;
        if code.level() == 4 {
            Ok(code)
        } else {
            Err(Problem::BadCode(CodeFormat::IscoUnitGroup))
        }
    }

    /// 1 = major group, 2 = sub-major, 3 = minor, 4 = unit group.
    pub fn level(&self) -> usize {
        self.0.len()
    }

    /// The enclosing group, if any.
    pub fn parent(&self) -> Option<IscoCode> {
        (self.level() > 1).then(|| Self(self.0[..self.0.len() - 1].to_owned()))
    }

    /// Whether `self` is `other` or a group inside it.
    pub fn is_within(&self, other: &IscoCode) -> bool {
        self.0.starts_with(&other.0)
    }

    /// How many leading digits two codes share: 4 for the same unit group, 3 for the
    /// same minor group, and so on.
    pub fn closeness(&self, other: &IscoCode) -> usize {
        self.0
            .chars()
            .zip(other.0.chars())
            .take_while(|(a, b)| a == b)
            .count()
    }
}

code!(
    /// An ISIC Rev.4 section: a single letter from A to U.
    SectorCode
);

impl SectorCode {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let code = raw.trim().to_ascii_uppercase();
        match code.as_bytes() {
            [letter] if (b'A'..=b'U').contains(letter) => Ok(Self(code)),
            _ => Err(Problem::BadCode(CodeFormat::Isic)),
        }
    }
}

code!(
    /// A place: an ISO 3166-2 subdivision such as `JO-MA`, optionally followed by a
    /// local part such as `JO-MA-ZAATARI` for a camp.
    LocationCode
);

impl LocationCode {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let code = raw.trim().to_ascii_uppercase();
        let mut parts = code.split('-');
        let country_ok = parts
            .next()
            .is_some_and(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()));
        let rest: Vec<&str> = parts.collect();
        let rest_ok = rest.len() <= 2
            && rest.iter().all(|p| {
                (1..=16).contains(&p.len())
                    && p.bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            });
        if country_ok && rest_ok {
            Ok(Self(code))
        } else {
            Err(Problem::BadCode(CodeFormat::Location))
        }
    }

    /// The governorate (or other first-level subdivision) the place lies in.
    pub fn region(&self) -> &str {
        match self.0.match_indices('-').nth(1) {
            Some((index, _)) => &self.0[..index],
            None => &self.0,
        }
    }
}

code!(
    /// An ISO 639-1 language code such as `ar` or `en`.
    LanguageCode
);

impl LanguageCode {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let code = raw.trim().to_ascii_lowercase();
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
            Ok(Self(code))
        } else {
            Err(Problem::BadCode(CodeFormat::Language))
        }
    }
}

code!(
    /// An ISO 3166-1 alpha-2 country code such as `SY` or `JO`.
    CountryCode
);

impl CountryCode {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let code = raw.trim().to_ascii_uppercase();
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(Self(code))
        } else {
            Err(Problem::BadCode(CodeFormat::Country))
        }
    }
}

code!(
    /// The short code of a vacancy that a visitor to the kiosk reads out to a
    /// caseworker or writes down: six digits, said in Arabic as easily as in English.
    /// Codes made before digits (six characters from an alphabet without look-alikes)
    /// stay valid.
    PublicCode
);

impl PublicCode {
    const LENGTH: usize = 6;
    /// The alphabet of the first codes: no 0/O, 1/I/L.
    const LETTERED: &'static [u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// Reads a code as people write it: in Arabic-Indic or Latin digits, in groups
    /// ("482 915", "482-915"), in either case.
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let bad = || Problem::BadCode(CodeFormat::VacancyCode);
        if raw.len() > 64 {
            return Err(bad());
        }
        let code: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_digit(10) {
                // Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9).
                None => match c {
                    '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
                    '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
                    other => other.to_ascii_uppercase(),
                },
                Some(_) => c,
            })
            .collect();
        let digits = code.bytes().all(|b| b.is_ascii_digit());
        let lettered = code.bytes().all(|b| Self::LETTERED.contains(&b));
        if code.len() == Self::LENGTH && (digits || lettered) {
            Ok(Self(code))
        } else {
            Err(bad())
        }
    }

    /// Builds a code from random bits supplied by the caller.
    pub fn from_random(bits: u64) -> Self {
        Self(format!("{:06}", bits % 1_000_000))
    }

    /// The code in two groups of three, as it is read out: "482 915".
    pub fn grouped(&self) -> String {
        let (head, tail) = self.0.split_at(self.0.len() / 2);
        format!("{head} {tail}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isco_levels_and_closeness() {
        let carpenter = IscoCode::parse("7115").unwrap();
        let bricklayer = IscoCode::parse("7112").unwrap();
        let welder = IscoCode::parse("7212").unwrap();
        assert_eq!(carpenter.level(), 4);
        assert_eq!(carpenter.parent(), Some(IscoCode::parse("711").unwrap()));
        assert_eq!(carpenter.closeness(&carpenter), 4);
        assert_eq!(carpenter.closeness(&bricklayer), 3);
        assert_eq!(carpenter.closeness(&welder), 1);
        assert!(carpenter.is_within(&IscoCode::parse("71").unwrap()));
        assert!(IscoCode::parse("71150").is_err());
        assert!(IscoCode::parse("7a").is_err());
        assert!(IscoCode::parse_unit_group("711").is_err());
    }

    #[test]
    fn sectors_are_section_letters() {
        assert_eq!(SectorCode::parse("f").unwrap().as_str(), "F");
        assert!(SectorCode::parse("Z").is_err());
        assert!(SectorCode::parse("FA").is_err());
    }

    #[test]
    fn locations_have_a_region() {
        let camp = LocationCode::parse("jo-ma-zaatari").unwrap();
        assert_eq!(camp.as_str(), "JO-MA-ZAATARI");
        assert_eq!(camp.region(), "JO-MA");
        assert_eq!(LocationCode::parse("JO-AM").unwrap().region(), "JO-AM");
        assert!(LocationCode::parse("Amman").is_err());
        assert!(LocationCode::parse("JO-").is_err());
    }

    #[test]
    fn languages_and_countries() {
        assert_eq!(LanguageCode::parse("AR").unwrap().as_str(), "ar");
        assert!(LanguageCode::parse("arabic").is_err());
        assert_eq!(CountryCode::parse("sy").unwrap().as_str(), "SY");
        assert!(CountryCode::parse("SYR").is_err());
    }

    #[test]
    fn public_codes_are_six_digits_read_however_written() {
        for bits in [0, 1, u64::MAX, 123_456_789] {
            let code = PublicCode::from_random(bits);
            assert_eq!(code.as_str().len(), 6);
            assert!(code.as_str().bytes().all(|b| b.is_ascii_digit()));
            assert_eq!(PublicCode::parse(code.as_str()), Ok(code.clone()));
        }
        let code = PublicCode::parse("482915").unwrap();
        assert_eq!(code.grouped(), "482 915");
        for written in ["٤٨٢ ٩١٥", "۴۸۲-۹۱۵", " 482 915 ", "48 29 15"] {
            assert_eq!(PublicCode::parse(written), Ok(code.clone()), "{written}");
        }
        // The lettered codes made before stay valid, in either case.
        assert_eq!(PublicCode::parse("k7m2xq").unwrap().as_str(), "K7M2XQ");
        for bad in [
            "ABC10O",
            "48291",
            "4829150",
            "48291x",
            "",
            "٤٨٢",
            &"4".repeat(100),
        ] {
            assert!(PublicCode::parse(bad).is_err(), "{bad}");
        }
    }
}
