//! `GET /kiosk/feed.json`: the newest open vacancies in one compact list, only their
//! public facts. The kiosk renders every screen from it and its service worker keeps
//! the last copy; the ETag lets a kiosk that has the list hear "unchanged" in a few
//! bytes.

use std::collections::BTreeMap;

use axum::{
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use chrono::{NaiveDate, SecondsFormat, Utc};
use forsa_domain::{Benefit, Contract, WageRange};
use forsa_service::{PlaceName, VacancySummary};
use serde::Serialize;

use super::super::{assets::fingerprint, error::PageError};
use crate::AppState;

/// Enough for a centre's screen; bounds the list's weight on a slow network.
pub const FEED_LIMIT: u64 = 500;

/// One vacancy as the kiosk needs it, named as in the public API so that the kiosk
/// reads the API's search results the same way.
#[derive(Serialize)]
struct Item<'a> {
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title_ar: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title_en: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    employer_name_ar: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    employer_name_en: Option<&'a str>,
    sector: &'a str,
    location: &'a str,
    wage: WageRange,
    hours_per_week: u8,
    contract: Contract,
    benefits: Vec<Benefit>,
    employer_arranges_permit: bool,
    posted: NaiveDate,
}

impl<'a> From<&'a VacancySummary> for Item<'a> {
    fn from(vacancy: &'a VacancySummary) -> Self {
        let details = &vacancy.details;
        Item {
            code: vacancy.code.as_str(),
            title_ar: details.title_ar.as_deref(),
            title_en: details.title_en.as_deref(),
            employer_name_ar: vacancy.employer_name.ar.as_deref(),
            employer_name_en: vacancy.employer_name.en.as_deref(),
            sector: details.sector.as_str(),
            location: details.location.as_str(),
            wage: details.wage,
            hours_per_week: details.hours_per_week,
            contract: details.contract,
            benefits: details.benefits.iter().copied().collect(),
            employer_arranges_permit: details.employer_arranges_permit,
            posted: vacancy.created_at.date_naive(),
        }
    }
}

#[derive(Serialize)]
struct Place<'a> {
    ar: &'a str,
    en: &'a str,
}

#[derive(Serialize)]
struct Content<'a> {
    places: BTreeMap<&'a str, Place<'a>>,
    vacancies: Vec<Item<'a>>,
}

pub async fn feed(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let feed = state.service.kiosk_feed(FEED_LIMIT).await?;
    let content = Content {
        places: feed
            .places
            .iter()
            .map(|(code, PlaceName { ar, en })| (code.as_str(), Place { ar, en }))
            .collect(),
        vacancies: feed.vacancies.iter().map(Item::from).collect(),
    };
    let Ok(content) = serde_json::to_string(&content) else {
        tracing::error!("kiosk feed failed to serialise");
        return Ok(StatusCode::INTERNAL_SERVER_ERROR.into_response());
    };
    // Weak: the same list is sent compressed or not.
    let etag = format!("W/\"{}\"", fingerprint(&content));
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|tag| tag.trim() == etag));
    // Shared caches may keep it (it is the same for everyone) but must ask each time.
    let cache = (header::CACHE_CONTROL, "public, no-cache");
    if unchanged {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag)], [cache]).into_response());
    }
    // The time the list was made, for the banner a kiosk shows when it is offline.
    let generated_at = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
    let body = format!(
        "{{\"generated_at\":\"{generated_at}\",{}",
        content.strip_prefix('{').unwrap_or(&content)
    );
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (header::ETAG, etag),
        ],
        [cache],
        body,
    )
        .into_response())
}
