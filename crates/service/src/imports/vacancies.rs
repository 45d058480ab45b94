//! Vacancies brought in through the vacancy form's steps. A row names its employer
//! (by record id, registration number or name) and may name a vacancy here by its
//! record id or code; without either, a vacancy of the same employer with the same
//! titles, occupation and place is the one it names. That vacancy is updated, or left
//! alone when the row says what is recorded; any other row is posted (under its code
//! when the code is free: a list exported from another forsa keeps its codes).

use forsa_domain::{
    EmployerId, Problem, PublicCode, VacancyId, VacancyStatus,
    vacancy::{Vacancy, VacancyInput},
};
use forsa_store::Tx;

use super::{Batches, RowOutcome, Run, employer_named};
use crate::{Actor, Result, Service, ServiceError, access, vacancies::new_vacancy_status};

/// One row of a spreadsheet of vacancies: the vacancy as the form sends it, the
/// employer as the row names them, and the record id or code the row names.
#[derive(Debug, Clone, Default)]
pub struct VacancyImport {
    pub id: Option<String>,
    pub code: Option<String>,
    pub employer: Option<String>,
    pub input: VacancyInput,
}

impl Service {
    /// Imports `rows` of vacancies, each row's outcome in order. Admins and
    /// caseworkers, for any employer.
    pub async fn import_vacancies(
        &self,
        actor: &Actor,
        rows: Vec<VacancyImport>,
        run: Run,
        mut progress: impl FnMut(usize),
    ) -> Result<Vec<RowOutcome<VacancyId>>> {
        access::require_staff(actor)?;
        let mut batches = Batches::begin(self, run).await?;
        let mut outcomes = Vec::with_capacity(rows.len());
        for (index, row) in rows.into_iter().enumerate() {
            let tx = batches.next().await?;
            let tried = self.import_vacancy(tx, actor, row).await;
            outcomes.push(RowOutcome::of(tried)?);
            progress(index + 1);
        }
        batches.end(actor, Vec::new()).await?;
        Ok(outcomes)
    }

    async fn import_vacancy(
        &self,
        tx: &Tx,
        actor: &Actor,
        row: VacancyImport,
    ) -> Result<RowOutcome<VacancyId>> {
        let employer = employer_named(tx, row.employer.as_deref(), "employer").await?;
        let code = match row.code.as_deref() {
            Some(raw) => {
                Some(PublicCode::parse(raw).map_err(|e| ServiceError::invalid("code", e))?)
            }
            None => None,
        };
        let current = self
            .vacancy_of_row(tx, employer, row.id.as_deref(), code.as_ref(), &row.input)
            .await?;
        let Some(current) = current else {
            let status = new_vacancy_status(row.input.status.as_deref())?;
            let vacancy = self
                .post_vacancy_in(tx, actor, employer, status, &row.input, code)
                .await?;
            return Ok(RowOutcome::Created(vacancy.id));
        };
        if current.employer_id != employer {
            return Err(ServiceError::invalid(
                "employer",
                Problem::NoMoveToAnotherEmployer,
            ));
        }
        let (details, status) = self.patched_vacancy(tx, &current, row.input).await?;
        if details == current.details && status == current.status {
            return Ok(RowOutcome::Unchanged(current.id));
        }
        let vacancy = self
            .save_vacancy(tx, actor, &current, &details, status)
            .await?;
        Ok(RowOutcome::Updated(vacancy.id))
    }

    /// The vacancy here a row names: by record id or code, or else the employer's
    /// vacancy with the row's titles, occupation and place.
    async fn vacancy_of_row(
        &self,
        tx: &Tx,
        employer: EmployerId,
        id: Option<&str>,
        code: Option<&PublicCode>,
        input: &VacancyInput,
    ) -> Result<Option<Vacancy>> {
        if let Some(raw) = id {
            let id: VacancyId = raw
                .parse()
                .map_err(|_| ServiceError::invalid("id", Problem::NotAnId))?;
            if let Some(found) = tx.vacancy(id).await? {
                return Ok(Some(found));
            }
        }
        if let Some(code) = code {
            return Ok(tx.vacancy_by_code(code).await?);
        }
        // Only a row that is a whole vacancy can be compared; one that is not is
        // the form's to refuse when it is posted.
        let Ok(details) = input.parse(self.vacancy_context(tx).await?) else {
            return Ok(None);
        };
        Ok(tx
            .vacancies_alike(employer, &details)
            .await?
            .into_iter()
            .find(|vacancy| {
                !matches!(
                    vacancy.status,
                    VacancyStatus::Filled | VacancyStatus::Closed
                )
            }))
    }
}
