//! Turning stored columns back into domain values. A value that does not parse was
//! written by something other than forsa, and is reported as corrupt.

use serde::{Serialize, de::DeserializeOwned};

use crate::{Result, StoreError};

pub fn parse<T, E: std::fmt::Display>(
    column: &str,
    raw: &str,
    parser: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T> {
    parser(raw).map_err(|error| StoreError::Corrupt(format!("{column}: {error}")))
}

pub fn from_json<T: DeserializeOwned>(raw: &str) -> Result<T> {
    Ok(serde_json::from_str(raw)?)
}

pub fn to_json<T: Serialize>(value: &T) -> Result<String> {
    Ok(serde_json::to_string(value)?)
}

pub fn small(column: &str, value: i64) -> Result<u8> {
    u8::try_from(value)
        .map_err(|_| StoreError::Corrupt(format!("{column}: {value} is out of range")))
}
