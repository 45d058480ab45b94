//! What the API sends that is not a domain value: pages of lists, search results and
//! matches, referrals as a caller may see them, the taxonomies, the rules and the
//! audit log. Each type here is the JSON a client receives (the OpenAPI document
//! describes these very types), built from what `service` returns, so that `store`,
//! `search` and `service` know nothing of the API's document.
//!
//! Domain values (a seeker, a vacancy, a permit, the input bodies) are the API's
//! vocabulary as they are: `forsa-domain` describes them itself.

mod audit;
mod duplicates;
mod imports;
mod matching;
mod own_data;
mod paging;
mod referrals;
mod reports;
mod rules;
mod taxonomy;

pub use audit::AuditEvent;
pub use duplicates::DuplicatePair;
pub use imports::ImportReport;
pub use matching::{Results, SeekerMatchView, VacancyMatchView, VacancyResult, VacancySummary};
pub use own_data::PersonalDataView;
pub use paging::Paged;
pub use referrals::{FollowUpView, ReferralView};
pub use reports::ReportView;
pub use rules::RulesView;
pub use taxonomy::{Location, Occupation, Sector};
