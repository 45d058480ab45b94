//! Employers: staff register and verify them; an employer user keeps their own.

use forsa_domain::{
    AuditAction, CentreId, EmployerId, Problem, SubjectType,
    employer::{Employer, EmployerDetails, EmployerInput},
    organisation::Membership,
};
use forsa_store::{EmployerQuery, OutboxOperation, Tx};

use crate::{Actor, Page, Paged, Result, Service, ServiceError, access, seekers::check_version};

impl Service {
    pub async fn employers(
        &self,
        actor: &Actor,
        mut query: EmployerQuery,
        page: Page,
    ) -> Result<Paged<Employer>> {
        query.only = actor.membership.employer_id();
        let tx = self.begin().await?;
        let employers = tx.employers(&query, page).await?;
        tx.commit().await?;
        Ok(employers)
    }

    pub async fn register_employer(&self, actor: &Actor, input: EmployerInput) -> Result<Employer> {
        access::require_staff(actor)?;
        let tx = self.begin().await?;
        let employer = self
            .register_employer_in(&tx, actor, actor.membership.centre_id(), input)
            .await?;
        tx.commit().await?;
        Ok(employer)
    }

    /// Registers the employer `input` describes within `tx`, for `centre`: checked,
    /// pledged and verified as it says, audited.
    pub(crate) async fn register_employer_in(
        &self,
        tx: &Tx,
        actor: &Actor,
        centre: Option<CentreId>,
        input: EmployerInput,
    ) -> Result<Employer> {
        let details = input.parse()?;
        self.check_employer_codes(&details)?;
        let mut employer = tx
            .insert_employer(&details, centre, input.fee_pledge == Some(true))
            .await?;
        if input.verified == Some(true) {
            employer = tx
                .update_employer(employer.id, &details, Some(actor.user_id), false)
                .await?;
        }
        actor
            .audit(
                tx,
                AuditAction::Create,
                SubjectType::Employer,
                employer.id.as_uuid(),
            )
            .await?;
        Ok(employer)
    }

    fn check_employer_codes(&self, details: &EmployerDetails) -> Result<()> {
        self.check_codes(
            &[],
            &[("sector", details.sector.as_str())],
            &[("location", details.location.as_str())],
        )
    }

    pub async fn employer(&self, actor: &Actor, id: EmployerId) -> Result<Employer> {
        access::employer_visible(actor, id)?;
        let tx = self.begin().await?;
        let employer = tx.employer(id).await?.ok_or(ServiceError::NotFound)?;
        tx.commit().await?;
        Ok(employer)
    }

    /// Edits an employer. Only staff verify; the pledge, once taken, stays.
    pub async fn update_employer(
        &self,
        actor: &Actor,
        id: EmployerId,
        patch: EmployerInput,
    ) -> Result<Employer> {
        access::employer_visible(actor, id)?;
        if matches!(actor.membership, Membership::Employer(_)) && patch.verified.is_some() {
            return Err(ServiceError::Forbidden);
        }
        if patch.verified == Some(false) || patch.fee_pledge == Some(false) {
            let field = if patch.verified == Some(false) {
                "verified"
            } else {
                "fee_pledge"
            };
            return Err(ServiceError::invalid(field, Problem::PledgeIrreversible));
        }
        let tx = self.begin().await?;
        let current = tx.employer(id).await?.ok_or(ServiceError::NotFound)?;
        check_version(patch.version, current.version)?;
        let (employer, renamed) = self.update_employer_in(&tx, actor, &current, patch).await?;
        tx.commit().await?;
        if renamed {
            self.index_changed();
        }
        Ok(employer)
    }

    /// Lays `patch` over employer `current` within `tx` (checked, verified and
    /// pledged as it says, audited; its vacancies queued for the index when its name
    /// changed); the employer saved, and whether they were renamed.
    pub(crate) async fn update_employer_in(
        &self,
        tx: &Tx,
        actor: &Actor,
        current: &Employer,
        patch: EmployerInput,
    ) -> Result<(Employer, bool)> {
        let verify = patch.verified == Some(true);
        let pledge = patch.fee_pledge == Some(true);
        let details = self.patched_employer(current, patch)?;
        self.save_employer(tx, actor, current, &details, verify, pledge)
            .await
    }

    /// What employer `current` becomes with `patch` laid over it, checked.
    pub(crate) fn patched_employer(
        &self,
        current: &Employer,
        patch: EmployerInput,
    ) -> Result<EmployerDetails> {
        let details = EmployerInput::from(&current.details)
            .overlay(patch)
            .parse()?;
        self.check_employer_codes(&details)?;
        Ok(details)
    }

    /// Saves `details` (checked by `patched_employer`) over employer `current` within
    /// `tx`, verifying them and recording their pledge when asked, audited; their
    /// vacancies queued for the index when their name changed. The employer saved,
    /// and whether they were renamed.
    pub(crate) async fn save_employer(
        &self,
        tx: &Tx,
        actor: &Actor,
        current: &Employer,
        details: &EmployerDetails,
        verify: bool,
        pledge: bool,
    ) -> Result<(Employer, bool)> {
        let employer = tx
            .update_employer(current.id, details, verify.then_some(actor.user_id), pledge)
            .await?;
        actor
            .audit(
                tx,
                AuditAction::Update,
                SubjectType::Employer,
                current.id.as_uuid(),
            )
            .await?;
        // Vacancies carry their employer's name in the index.
        let renamed = employer.details.name != current.details.name;
        if renamed {
            for vacancy in tx.vacancy_ids_of(current.id).await? {
                tx.append_outbox("vacancy", vacancy.as_uuid(), OutboxOperation::Upsert)
                    .await?;
            }
        }
        Ok((employer, renamed))
    }
}
