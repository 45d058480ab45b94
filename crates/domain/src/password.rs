use std::fmt;

use crate::errors::Problem;

/// Passwords that pass the length rule but appear in breach lists.
const COMMON: &str = include_str!("common_passwords.txt");

/// A password that meets the policy: 12 to 128 characters, not a common one.
///
/// It never prints itself, so it cannot end up in a log by accident.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 128;

    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let length = raw.chars().count();
        if length < Self::MIN_CHARS {
            return Err(Problem::TooShort {
                min: Self::MIN_CHARS,
            });
        }
        if length > Self::MAX_CHARS {
            return Err(Problem::TooLong {
                max: Self::MAX_CHARS,
            });
        }
        if is_common(raw) {
            return Err(Problem::PasswordTooCommon);
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

fn is_common(raw: &str) -> bool {
    let lowered = raw.to_lowercase();
    let repeated_char = lowered.chars().all(|c| lowered.starts_with(c));
    repeated_char || COMMON.lines().any(|common| common == lowered)
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(****)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passwords_are_refused() {
        assert!(Password::parse("short").is_err());
        assert!(Password::parse(&"x".repeat(200)).is_err());
    }

    #[test]
    fn common_passwords_are_refused() {
        assert!(Password::parse("password1234").is_err());
        assert!(Password::parse("Password1234").is_err());
        assert!(Password::parse("aaaaaaaaaaaaaaaa").is_err());
    }

    #[test]
    fn a_good_password_is_accepted_and_hidden() {
        let password = Password::parse("olive-tree-window-42").unwrap();
        assert_eq!(format!("{password:?}"), "Password(****)");
        assert_eq!(password.expose(), "olive-tree-window-42");
    }
}
