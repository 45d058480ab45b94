//! Employers brought in through the employer form's steps. A row names an employer
//! here by its record id, its registration number or, without one, its name in
//! either language; that employer is updated (a pledge or a verification the row
//! records is added, never taken back), anyone else is registered for the import's
//! centre.

use forsa_domain::{
    EmployerId, Problem,
    employer::{Employer, EmployerInput},
};
use forsa_store::Tx;

use super::{Batches, RowOutcome, Run};
use crate::{Actor, Conflict, Result, Service, ServiceError};

/// One row of a spreadsheet of employers: the employer as the form sends them, and
/// the record id the row names (a list exported from forsa has it).
#[derive(Debug, Clone, Default)]
pub struct EmployerImport {
    pub id: Option<String>,
    pub input: EmployerInput,
}

impl Service {
    /// Imports `rows` of employers, registering the new ones for `centre` (a
    /// caseworker's own; an admin names one); each row's outcome in order.
    pub async fn import_employers(
        &self,
        actor: &Actor,
        centre: Option<&str>,
        rows: Vec<EmployerImport>,
        run: Run,
        mut progress: impl FnMut(usize),
    ) -> Result<Vec<RowOutcome<EmployerId>>> {
        let centre = self.import_centre(actor, centre).await?;
        let mut batches = Batches::begin(self, run).await?;
        let mut outcomes = Vec::with_capacity(rows.len());
        for (index, row) in rows.into_iter().enumerate() {
            let tx = batches.next().await?;
            let tried = match self.employer_of_row(tx, &row).await {
                Ok(Some(current)) => self.import_over(tx, actor, &current, row.input).await,
                Ok(None) => self
                    .register_employer_in(tx, actor, Some(centre), row.input)
                    .await
                    .map(|employer| RowOutcome::Created(employer.id)),
                Err(error) => Err(error),
            };
            outcomes.push(RowOutcome::of(tried)?);
            progress(index + 1);
        }
        batches.end(actor, Vec::new()).await?;
        Ok(outcomes)
    }

    /// The employer registered already whom a row names: by record id (an id from
    /// another forsa names nobody here), by registration number, or by a name in
    /// either language when no other registration number is recorded for it.
    async fn employer_of_row(&self, tx: &Tx, row: &EmployerImport) -> Result<Option<Employer>> {
        if let Some(raw) = &row.id {
            let id: EmployerId = raw
                .parse()
                .map_err(|_| ServiceError::invalid("id", Problem::NotAnId))?;
            if let Some(found) = tx.employer(id).await? {
                return Ok(Some(found));
            }
        }
        let input = &row.input;
        let number = input.registration_number.as_deref().map(str::trim);
        let names: Vec<&str> = [input.name_ar.as_deref(), input.name_en.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .collect();
        let found = tx.employers_matching(number, &names).await?;
        if let Some(registered) = found.iter().find(|employer| {
            number.is_some() && employer.details.registration_number.as_deref() == number
        }) {
            return Ok(Some(registered.clone()));
        }
        let named: Vec<&Employer> = found
            .iter()
            .filter(
                |employer| match (&employer.details.registration_number, number) {
                    (Some(theirs), Some(ours)) => theirs == ours,
                    _ => true,
                },
            )
            .collect();
        match named.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some((*one).clone())),
            _ => Err(ServiceError::Conflict(Conflict::SeveralEmployersNamed)),
        }
    }

    /// A row laid over the employer it names: unchanged when it says what is
    /// recorded.
    async fn import_over(
        &self,
        tx: &Tx,
        actor: &Actor,
        current: &Employer,
        input: EmployerInput,
    ) -> Result<RowOutcome<EmployerId>> {
        // A verification or a pledge recorded already is no change.
        let verify = input.verified == Some(true) && current.verified_at.is_none();
        let pledge = input.fee_pledge == Some(true) && current.fee_pledge_at.is_none();
        let details = self.patched_employer(current, input)?;
        if details == current.details && !verify && !pledge {
            return Ok(RowOutcome::Unchanged(current.id));
        }
        let (employer, _) = self
            .save_employer(tx, actor, current, &details, verify, pledge)
            .await?;
        Ok(RowOutcome::Updated(employer.id))
    }
}
