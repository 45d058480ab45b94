//! forsa's use cases. Every rule about who may read or change what lives here, once:
//! the JSON API and the web pages call the same functions. A change writes its
//! record, an audit event and, for indexed records, an outbox row in one transaction.
#![forbid(unsafe_code)]

mod access;
mod actor;
mod audit_log;
mod auth;
mod dashboard;
mod employers;
mod erasure;
mod error;
mod exports;
mod follow_ups;
mod home;
mod imports;
mod indexing;
mod kiosk;
mod organisation;
mod own_data;
mod permits;
mod queues;
mod reference;
mod referrals;
mod reports;
mod search;
mod seekers;
mod sign_in_limits;
mod vacancies;
mod views;

use std::sync::Arc;

use chrono::NaiveDate;
use forsa_store::{Store, Tx};

pub use actor::Actor;
pub use audit_log::{ActorLabel, LabelledEvent, SubjectLabel};
pub use auth::{AuthConfig, SignedIn, SignedInUser};
pub use dashboard::{Dashboard, DashboardSeeker, FollowUpListed, Short};
pub use erasure::RetentionReport;
pub use error::{Cause, Conflict, ServiceError};
pub use exports::{Export, ExportCursor, ExportFilter, ExportRows, SeekerRecord};
pub use follow_ups::FollowUpFilter;
pub use forsa_search::{Entry as TaxonomyEntry, MATCH_DEPTH, Sort, Taxonomy};
pub use forsa_store::{
    AuditEvent, DuplicateFlag, EmployerQuery, ExportRecord, Location, Merged, Occupation, Page,
    Paged, RoleCount, RuleChange, Sector, VacancyReferralCounts,
};
pub use home::{AdminHome, CentreSummary, EmployerHome, NEW_DAYS, OpenVacancy, RuleChangeView};
pub use imports::{EmployerImport, RowOutcome, Run, SeekerImport, VacancyImport};
pub use indexing::{IndexFollower, IndexStatus, SharedIndexer, load_taxonomy, rebuild};
pub use kiosk::{KioskFeed, PlaceName};
pub use own_data::{AccessHistory, PersonalData, user_name};
pub use queues::Queue;
pub use reference::RulesView;
pub use referrals::{Candidate, ReferralFilter, ReferralView};
pub use reports::{KeyFigure, KeyFigures, Report, ReportInput, ReportsPage};
pub use search::{
    MatchInput, MatchedPerson, Results, SeekerBrief, SeekerMatchView, SeekerMatches,
    VacancyMatchView, VacancyMatches, VacancyResult, VacancySearchInput, VacancySummary,
};
pub use seekers::{DuplicateQueue, SeekerFilter};
pub use sign_in_limits::SignInLimits;
pub use vacancies::VacancyFilter;
pub use views::{
    KioskScreen, PersonReferral, ReferralPreview, ReferralRow, SeekerFile, SeekerFormData,
    SeekerRow, VacancyFormData, VacancyRow,
};

pub type Result<T, E = ServiceError> = std::result::Result<T, E>;

/// The handle the edge holds: cheap to clone.
#[derive(Clone)]
pub struct Service {
    store: Store,
    auth: Arc<auth::Auth>,
    index: Arc<indexing::IndexState>,
}

impl Service {
    /// A service over `store` that searches `index`; spawn `index_follower` with the
    /// index's writer to keep it current.
    pub fn new(store: Store, auth: AuthConfig, index: forsa_search::SearchIndex) -> Self {
        Self {
            store,
            auth: Arc::new(auth::Auth::new(auth)),
            index: Arc::new(indexing::IndexState::new(index)),
        }
    }

    /// The shipped classifications (occupations, sectors, places) with their names in
    /// both languages, held in memory: naming a code costs no query.
    pub fn taxonomy(&self) -> &Taxonomy {
        self.index.index.taxonomy()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    async fn begin(&self) -> Result<Tx> {
        Ok(self.store.begin().await?)
    }

    /// A transaction that only reads, on a connection of its own on SQLite: for
    /// reports, which read a million people without holding up those who write.
    async fn begin_read(&self) -> Result<Tx> {
        Ok(self.store.begin_read().await?)
    }

    fn today() -> NaiveDate {
        forsa_store::clock::today()
    }

    /// Whether the database answers.
    pub async fn ready(&self) -> Result<()> {
        Ok(self.store.ping().await?)
    }
}
