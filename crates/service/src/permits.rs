//! A seeker's work permits and consents: read and changed only by staff of the
//! seeker's centre, and audited.

use forsa_domain::{
    AuditAction, ConsentId, ConsentMethod, ConsentPurpose, PermitId, Problem, Record, SeekerId,
    SubjectType,
    consent::{Consent, ConsentInput},
    permit::{PermitDetails, PermitInput, WorkPermit},
};
use forsa_store::{OutboxOperation, Tx};

use crate::{Actor, Result, Service, ServiceError, access};

/// Records a permit of `seeker` within `tx`, audited; the person's entry in the
/// index changes with it, since eligibility depends on permits.
pub(crate) async fn add_permit_in(
    tx: &Tx,
    actor: &Actor,
    seeker: SeekerId,
    details: &PermitDetails,
) -> Result<WorkPermit> {
    let permit = tx.insert_permit(seeker, details).await?;
    actor
        .audit(
            tx,
            AuditAction::Create,
            SubjectType::Permit,
            permit.id.as_uuid(),
        )
        .await?;
    tx.append_outbox("seeker", seeker.as_uuid(), OutboxOperation::Upsert)
        .await?;
    Ok(permit)
}

/// Records `seeker`'s consent to `purpose` within `tx`, audited, unless one is in
/// force already: that one, and whether it was recorded now.
pub(crate) async fn grant_consent_in(
    tx: &Tx,
    actor: &Actor,
    seeker: SeekerId,
    purpose: ConsentPurpose,
    method: ConsentMethod,
) -> Result<(Consent, bool)> {
    let existing = tx
        .consents_of(seeker)
        .await?
        .into_iter()
        .find(|c| c.purpose == purpose && c.in_force());
    if let Some(consent) = existing {
        return Ok((consent, false));
    }
    Ok((
        record_consent_in(tx, actor, seeker, purpose, method).await?,
        true,
    ))
}

/// Records `seeker`'s consent to `purpose` within `tx`, audited: for a person known
/// to hold none in force (one registered by the same transaction).
pub(crate) async fn record_consent_in(
    tx: &Tx,
    actor: &Actor,
    seeker: SeekerId,
    purpose: ConsentPurpose,
    method: ConsentMethod,
) -> Result<Consent> {
    let consent = tx
        .insert_consent(seeker, purpose, method, actor.user_id)
        .await?;
    actor
        .audit(
            tx,
            AuditAction::Create,
            SubjectType::Consent,
            consent.id.as_uuid(),
        )
        .await?;
    Ok(consent)
}

impl Service {
    async fn check_permit_employer(
        &self,
        tx: &Tx,
        permit_employer: Option<forsa_domain::EmployerId>,
    ) -> Result<()> {
        if let Some(employer) = permit_employer
            && tx.employer(employer).await?.is_none()
        {
            return Err(ServiceError::invalid(
                "employer_id",
                Problem::Unknown {
                    record: Record::Employer,
                    code: None,
                },
            ));
        }
        Ok(())
    }

    pub async fn permits(&self, actor: &Actor, seeker: SeekerId) -> Result<Vec<WorkPermit>> {
        let tx = self.begin().await?;
        access::seeker(&tx, actor, seeker).await?;
        let permits = tx.permits_of(seeker).await?;
        for permit in &permits {
            actor
                .audit(
                    &tx,
                    AuditAction::Read,
                    SubjectType::Permit,
                    permit.id.as_uuid(),
                )
                .await?;
        }
        tx.commit().await?;
        Ok(permits)
    }

    pub async fn add_permit(
        &self,
        actor: &Actor,
        seeker: SeekerId,
        input: PermitInput,
    ) -> Result<WorkPermit> {
        let tx = self.begin().await?;
        access::seeker_to_change(&tx, actor, seeker).await?;
        let rules = tx.rules_on(Self::today()).await?;
        let permit_type = input
            .permit_type
            .as_deref()
            .and_then(|code| rules.permit_type(code.trim()));
        let details = input.parse(permit_type)?;
        self.check_permit_employer(&tx, details.employer_id).await?;
        let permit = add_permit_in(&tx, actor, seeker, &details).await?;
        tx.commit().await?;
        self.index_changed();
        Ok(permit)
    }

    /// Renews, corrects or revokes a permit.
    pub async fn update_permit(
        &self,
        actor: &Actor,
        id: PermitId,
        patch: PermitInput,
    ) -> Result<WorkPermit> {
        let tx = self.begin().await?;
        let current = tx.permit(id).await?.ok_or(ServiceError::NotFound)?;
        access::seeker_to_change(&tx, actor, current.seeker_id).await?;
        let rules = tx.rules_on(Self::today()).await?;
        let merged = PermitInput::from(&current.details).overlay(patch);
        let permit_type = merged
            .permit_type
            .as_deref()
            .and_then(|code| rules.permit_type(code.trim()));
        let details = merged.parse(permit_type)?;
        self.check_permit_employer(&tx, details.employer_id).await?;
        let permit = tx.update_permit(id, &details).await?;
        actor
            .audit(&tx, AuditAction::Update, SubjectType::Permit, id.as_uuid())
            .await?;
        tx.append_outbox(
            "seeker",
            current.seeker_id.as_uuid(),
            OutboxOperation::Upsert,
        )
        .await?;
        tx.commit().await?;
        self.index_changed();
        Ok(permit)
    }

    pub async fn consents(&self, actor: &Actor, seeker: SeekerId) -> Result<Vec<Consent>> {
        let tx = self.begin().await?;
        access::seeker(&tx, actor, seeker).await?;
        let consents = tx.consents_of(seeker).await?;
        for consent in &consents {
            actor
                .audit(
                    &tx,
                    AuditAction::Read,
                    SubjectType::Consent,
                    consent.id.as_uuid(),
                )
                .await?;
        }
        tx.commit().await?;
        Ok(consents)
    }

    /// Records a consent. Giving the same consent twice keeps the one in force.
    pub async fn grant_consent(
        &self,
        actor: &Actor,
        seeker: SeekerId,
        input: ConsentInput,
    ) -> Result<Consent> {
        let tx = self.begin().await?;
        access::seeker_to_change(&tx, actor, seeker).await?;
        let (purpose, method) = input.parse()?;
        let (consent, _) = grant_consent_in(&tx, actor, seeker, purpose, method).await?;
        tx.commit().await?;
        Ok(consent)
    }

    pub async fn withdraw_consent(&self, actor: &Actor, id: ConsentId) -> Result<Consent> {
        let tx = self.begin().await?;
        let current = tx.consent(id).await?.ok_or(ServiceError::NotFound)?;
        access::seeker_to_change(&tx, actor, current.seeker_id).await?;
        if !current.in_force() {
            tx.commit().await?;
            return Ok(current);
        }
        let consent = tx.withdraw_consent(id, actor.user_id).await?;
        actor
            .audit(
                &tx,
                AuditAction::Withdraw,
                SubjectType::Consent,
                id.as_uuid(),
            )
            .await?;
        tx.commit().await?;
        Ok(consent)
    }
}
