//! The kiosk's data: the newest open vacancies as one list that a touch screen keeps
//! for when the network drops, and the public face of a centre for its printed slips.
//! Nothing here is personal and nothing needs a sign-in.

use std::collections::BTreeMap;

use forsa_domain::{CentreId, VacancyStatus, organisation::Centre};
use forsa_search::Sort;

use crate::{Page, Result, Service, VacancySearchInput, VacancySummary};

/// The open vacancies a kiosk keeps, newest first, with the names of their places.
#[derive(Debug, Clone)]
pub struct KioskFeed {
    pub vacancies: Vec<VacancySummary>,
    /// Arabic and English names of the places the vacancies name, by code.
    pub places: BTreeMap<String, PlaceName>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceName {
    pub ar: String,
    pub en: String,
}

impl Service {
    /// At most `limit` open vacancies, still taking applications today, newest first.
    pub async fn kiosk_feed(&self, limit: u64) -> Result<KioskFeed> {
        let input = VacancySearchInput {
            sort: Sort::Newest,
            // Past the API's page limit on purpose: one bounded list, fetched once.
            page: Page::first(limit.max(1)),
            ..VacancySearchInput::default()
        };
        let found = self.public_vacancies(input).await?;
        let taxonomy = self.search_index().taxonomy();
        let mut places = BTreeMap::new();
        let vacancies: Vec<VacancySummary> = found
            .items
            .into_iter()
            .map(|result| result.vacancy)
            .filter(|vacancy| vacancy.status == VacancyStatus::Open)
            .collect();
        for vacancy in &vacancies {
            let code = vacancy.details.location.as_str();
            if let Some(entry) = taxonomy.location(code) {
                places.entry(code.to_owned()).or_insert_with(|| PlaceName {
                    ar: entry.name_ar.clone(),
                    en: entry.name_en.clone(),
                });
            }
        }
        Ok(KioskFeed { vacancies, places })
    }

    /// A centre as its kiosk shows it on a slip: names and opening hours are public.
    pub(crate) async fn kiosk_centre(&self, id: CentreId) -> Result<Option<Centre>> {
        let tx = self.begin().await?;
        let centre = tx.centre(id).await?;
        tx.commit().await?;
        Ok(centre)
    }
}
