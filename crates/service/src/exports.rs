//! Lists taken away as spreadsheets: the same lists, with the same filters and the
//! same limits as the screens, read slice by slice so that a million people leave in
//! flat memory. Starting an export writes it down (which list, format, how many rows,
//! the names of its filters) with an audit event naming who; an employer takes only
//! their own vacancies and the referrals to them, and of a candidate only what their
//! consent allows.

use forsa_domain::{
    AuditAction, ExportFormat, ExportList, Problem, ReferralStage, SubjectType,
    consent::Consent,
    employer::Employer,
    organisation::Centre,
    permit::{PermitType, WorkPermit},
    seeker::Seeker,
};
use forsa_store::{
    Chunk, EmployerQuery, ExportRecord, ReferralQuery, SeekerQuery, Tx, VacancyQuery,
};

use crate::{
    Actor, ReferralFilter, ReferralRow, Result, SeekerFilter, Service, ServiceError, VacancyFilter,
    VacancyRow, access, views::EmployerNames,
};

/// How many records one read of an export takes.
const CHUNK: u64 = 1_000;

/// Which list to export, with the screen's filters.
#[derive(Debug, Clone)]
pub enum ExportFilter {
    Seekers(SeekerFilter),
    Employers(EmployerQuery),
    Vacancies(VacancyFilter),
    Referrals(ReferralFilter),
    /// Referrals that ended in a hire (the filter's stage is set to hired).
    Placements(ReferralFilter),
}

impl ExportFilter {
    pub fn list(&self) -> ExportList {
        match self {
            Self::Seekers(_) => ExportList::Seekers,
            Self::Employers(_) => ExportList::Employers,
            Self::Vacancies(_) => ExportList::Vacancies,
            Self::Referrals(_) => ExportList::Referrals,
            Self::Placements(_) => ExportList::Placements,
        }
    }
}

/// The list as the store reads it, once the actor's limits are applied.
#[derive(Debug, Clone)]
enum Query {
    Seekers(SeekerQuery),
    Employers(EmployerQuery),
    Vacancies(VacancyQuery),
    Referrals(ReferralQuery),
}

/// An export under way: what it reads, for whom, and the record of it.
#[derive(Debug, Clone)]
pub struct Export {
    actor: Actor,
    query: Query,
    /// Every centre, to name a person's.
    pub centres: Vec<Centre>,
    /// Every permit type, to name a person's permit.
    pub permit_types: Vec<PermitType>,
    pub record: ExportRecord,
}

/// A person as an export writes them: with the permit that matters most today and the
/// consents in force.
#[derive(Debug, Clone)]
pub struct SeekerRecord {
    pub seeker: Seeker,
    pub permit: Option<WorkPermit>,
    pub consents: Vec<Consent>,
}

/// One slice of an export's records, the newest first.
#[derive(Debug, Clone)]
pub enum ExportRows {
    Seekers(Vec<SeekerRecord>),
    Employers(Vec<Employer>),
    Vacancies(Vec<VacancyRow>),
    Referrals(Vec<ReferralRow>),
}

impl ExportRows {
    pub fn len(&self) -> usize {
        match self {
            Self::Seekers(rows) => rows.len(),
            Self::Employers(rows) => rows.len(),
            Self::Vacancies(rows) => rows.len(),
            Self::Referrals(rows) => rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The id of the last record, where the next slice starts.
    fn last(&self) -> Option<uuid::Uuid> {
        match self {
            Self::Seekers(rows) => rows.last().map(|r| r.seeker.id.as_uuid()),
            Self::Employers(rows) => rows.last().map(|r| r.id.as_uuid()),
            Self::Vacancies(rows) => rows.last().map(|r| r.vacancy.id.as_uuid()),
            Self::Referrals(rows) => rows.last().map(|r| r.view.referral.id.as_uuid()),
        }
    }
}

/// Where an export has got to: the slice to read next, or the end.
#[derive(Debug, Clone, Copy)]
pub struct ExportCursor(Option<Chunk>);

impl Default for ExportCursor {
    fn default() -> Self {
        Self(Some(Chunk::first(CHUNK)))
    }
}

impl Service {
    /// Starts an export of the list `filter` names: checks that the actor may take
    /// it, counts its rows (refusing more than `most`, what the format holds) and
    /// writes the export down with an audit event. `filters` names the filters given
    /// (never their values).
    pub async fn start_export(
        &self,
        actor: &Actor,
        filter: ExportFilter,
        format: ExportFormat,
        filters: &[&str],
        most: Option<u64>,
    ) -> Result<Export> {
        let list = filter.list();
        let tx = self.begin().await?;
        let query = self.export_query(&tx, actor, filter).await?;
        let rows = match &query {
            Query::Seekers(query) => tx.count_seekers(query).await?,
            Query::Employers(query) => tx.count_employers(query).await?,
            Query::Vacancies(query) => tx.count_vacancies(query).await?,
            Query::Referrals(query) => tx.count_referrals(query).await?,
        };
        if let Some(most) = most.filter(|&most| rows > most) {
            let max = usize::try_from(most).unwrap_or(usize::MAX);
            return Err(ServiceError::invalid(
                "format",
                Problem::TooManyEntries { max },
            ));
        }
        let record = tx.record_export(list, format, rows, filters).await?;
        actor
            .audit(
                &tx,
                AuditAction::Export,
                SubjectType::List,
                record.id.as_uuid(),
            )
            .await?;
        let centres = tx.centres().await?;
        let permit_types = tx.permit_types().await?;
        tx.commit().await?;
        Ok(Export {
            actor: *actor,
            query,
            centres,
            permit_types,
            record,
        })
    }

    /// The list as the store reads it, within what the actor may see: the same
    /// limits as the screens'.
    async fn export_query(&self, tx: &Tx, actor: &Actor, filter: ExportFilter) -> Result<Query> {
        Ok(match filter {
            ExportFilter::Seekers(filter) => {
                Query::Seekers(self.seeker_query(tx, actor, filter).await?)
            }
            ExportFilter::Employers(query) => {
                access::require_staff(actor)?;
                Query::Employers(query)
            }
            ExportFilter::Vacancies(filter) => {
                Query::Vacancies(self.vacancy_query(tx, actor, filter).await?)
            }
            ExportFilter::Referrals(filter) => {
                Query::Referrals(self.referral_query(tx, actor, filter).await?)
            }
            ExportFilter::Placements(filter) => {
                let filter = ReferralFilter {
                    stage: Some(ReferralStage::Hired),
                    ..filter
                };
                Query::Referrals(self.referral_query(tx, actor, filter).await?)
            }
        })
    }

    /// The next slice of `export` after `cursor`, and where the one after starts; an
    /// empty slice at the end.
    pub async fn export_rows(
        &self,
        export: &Export,
        cursor: ExportCursor,
    ) -> Result<(ExportRows, ExportCursor)> {
        let Some(chunk) = cursor.0 else {
            let none = match export.query {
                Query::Seekers(_) => ExportRows::Seekers(Vec::new()),
                Query::Employers(_) => ExportRows::Employers(Vec::new()),
                Query::Vacancies(_) => ExportRows::Vacancies(Vec::new()),
                Query::Referrals(_) => ExportRows::Referrals(Vec::new()),
            };
            return Ok((none, cursor));
        };
        let tx = self.begin().await?;
        let rows = match &export.query {
            Query::Seekers(query) => {
                ExportRows::Seekers(self.seeker_records(&tx, query, chunk).await?)
            }
            Query::Employers(query) => {
                ExportRows::Employers(tx.employers_chunk(query, chunk).await?)
            }
            Query::Vacancies(query) => {
                let mut names = EmployerNames::default();
                let mut rows = Vec::new();
                for vacancy in tx.vacancies_chunk(query, chunk).await? {
                    rows.push(VacancyRow {
                        employer_name: names.of(&tx, vacancy.employer_id).await?,
                        vacancy,
                    });
                }
                ExportRows::Vacancies(rows)
            }
            Query::Referrals(query) => {
                let referrals = tx.referrals_chunk(query, chunk).await?;
                ExportRows::Referrals(self.referral_rows(&tx, &export.actor, referrals).await?)
            }
        };
        tx.commit().await?;
        let next = match rows.last() {
            Some(last) if rows.len() as u64 == chunk.size => Some(chunk.after(last)),
            _ => None,
        };
        Ok((rows, ExportCursor(next)))
    }

    async fn seeker_records(
        &self,
        tx: &Tx,
        query: &SeekerQuery,
        chunk: Chunk,
    ) -> Result<Vec<SeekerRecord>> {
        let today = Self::today();
        let seekers = tx.seekers_chunk(query, chunk).await?;
        let ids: Vec<_> = seekers.iter().map(|seeker| seeker.id).collect();
        let mut permits = tx.permits_of_seekers(&ids).await?;
        let mut consents = tx.consents_of_seekers(&ids).await?;
        Ok(seekers
            .into_iter()
            .map(|seeker| {
                let own = permits.remove(&seeker.id).unwrap_or_default();
                SeekerRecord {
                    permit: WorkPermit::telling(&own, today).cloned(),
                    consents: consents
                        .remove(&seeker.id)
                        .unwrap_or_default()
                        .into_iter()
                        .filter(Consent::in_force)
                        .collect(),
                    seeker,
                }
            })
            .collect())
    }
}
