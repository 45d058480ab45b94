//! The access log made readable for the admin who reads it: who acted (name and
//! email) and which record, by a label rather than an id. A seeker is labelled by
//! their case reference, never their name, so that a page of the log is not a list of
//! people; permits, consents and referrals by their seeker's. The log itself still
//! holds ids only, and showing a seeker's reference is itself logged.

use std::collections::{BTreeSet, HashMap};

use forsa_domain::{
    ConsentId, EmployerId, PermitId, ReferralId, SeekerId, SubjectType, UserId, VacancyId,
    employer::EmployerName,
};
use forsa_store::Tx;

use crate::{Actor, AuditEvent, ExportRecord, Page, Paged, Result, Service, access::require_admin};

/// Who did it, as the admin knows them.
#[derive(Debug, Clone)]
pub struct ActorLabel {
    pub name: String,
    pub email: String,
}

/// Which record, in words.
#[derive(Debug, Clone)]
pub enum SubjectLabel {
    /// A seeker, or the seeker a permit, consent or referral is about: their case
    /// reference, `None` when they have none.
    Seeker(Option<String>),
    /// A user's, an employer's, a centre's or a vacancy's name, in Arabic and English.
    Named { ar: String, en: String },
    /// The record is no longer there.
    Gone,
    /// The seeker (or the seeker of the permit, consent or referral) was erased.
    Erased,
    /// An exported list: which, in which format, how many rows.
    Export(ExportRecord),
}

/// An event of the log with its labels.
#[derive(Debug, Clone)]
pub struct LabelledEvent {
    pub event: AuditEvent,
    pub actor: Option<ActorLabel>,
    pub subject: SubjectLabel,
}

fn same(name: String) -> SubjectLabel {
    SubjectLabel::Named {
        ar: name.clone(),
        en: name,
    }
}

impl Service {
    /// `audit_events` with names instead of ids. Admins only.
    pub async fn audit_log(
        &self,
        actor: &Actor,
        subject: Option<(SubjectType, uuid::Uuid)>,
        by: Option<UserId>,
        page: Page,
    ) -> Result<Paged<LabelledEvent>> {
        require_admin(actor)?;
        let tx = self.begin().await?;
        let events = tx
            .audit_events(&forsa_store::AuditQuery { subject, actor: by }, page)
            .await?;
        let mut actors = HashMap::new();
        let mut shown_seekers = BTreeSet::new();
        let mut items = Vec::with_capacity(events.items.len());
        for event in events.items {
            let who = match event.actor_id {
                Some(id) => match actors.get(&id) {
                    Some(known) => Option::clone(known),
                    None => {
                        let label = tx.user(id).await?.map(|u| ActorLabel {
                            name: u.name,
                            email: u.email.to_string(),
                        });
                        actors.insert(id, label.clone());
                        label
                    }
                },
                None => None,
            };
            let (label, seeker) = subject_label(&tx, &event).await?;
            shown_seekers.extend(seeker);
            items.push(LabelledEvent {
                event,
                actor: who,
                subject: label,
            });
        }
        actor.audit_listed(&tx, shown_seekers).await?;
        tx.commit().await?;
        Ok(Paged {
            items,
            total: events.total,
            page: events.page,
            per_page: events.per_page,
        })
    }
}

/// The subject's label, and the seeker whose reference it shows, if any.
async fn subject_label(tx: &Tx, event: &AuditEvent) -> Result<(SubjectLabel, Option<SeekerId>)> {
    let id = event.subject_id;
    let seeker = match event.subject_type {
        SubjectType::Seeker => Some(SeekerId::from_uuid(id)),
        SubjectType::Permit => tx
            .permit(PermitId::from_uuid(id))
            .await?
            .map(|p| p.seeker_id),
        SubjectType::Consent => tx
            .consent(ConsentId::from_uuid(id))
            .await?
            .map(|c| c.seeker_id),
        SubjectType::Referral => tx
            .referral(ReferralId::from_uuid(id))
            .await?
            .map(|r| r.seeker_id),
        SubjectType::User => {
            let user = tx.user(UserId::from_uuid(id)).await?;
            return Ok((user.map_or(SubjectLabel::Gone, |u| same(u.name)), None));
        }
        SubjectType::Employer => {
            let employer = tx.employer(EmployerId::from_uuid(id)).await?;
            let label = employer.map_or(SubjectLabel::Gone, |e| {
                let EmployerName { ar, en } = e.details.name;
                SubjectLabel::Named {
                    ar: ar.clone().or_else(|| en.clone()).unwrap_or_default(),
                    en: en.or(ar).unwrap_or_default(),
                }
            });
            return Ok((label, None));
        }
        SubjectType::Vacancy => {
            let vacancy = tx.vacancy(VacancyId::from_uuid(id)).await?;
            let label = vacancy.map_or(SubjectLabel::Gone, |v| {
                let d = &v.details;
                let ar = d.title_ar.clone().or_else(|| d.title_en.clone());
                let en = d.title_en.clone().or_else(|| d.title_ar.clone());
                let code = v.code.to_string();
                SubjectLabel::Named {
                    ar: format!("{} ({code})", ar.unwrap_or_default()),
                    en: format!("{} ({code})", en.unwrap_or_default()),
                }
            });
            return Ok((label, None));
        }
        SubjectType::List => {
            let export = tx
                .export_record(forsa_domain::ExportId::from_uuid(id))
                .await?;
            return Ok((
                export.map_or(SubjectLabel::Gone, SubjectLabel::Export),
                None,
            ));
        }
        SubjectType::Centre => {
            let centre = tx.centre(forsa_domain::CentreId::from_uuid(id)).await?;
            let label = centre.map_or(SubjectLabel::Gone, |c| SubjectLabel::Named {
                ar: c.name_ar,
                en: c.name_en,
            });
            return Ok((label, None));
        }
    };
    let Some(seeker) = seeker else {
        return Ok((SubjectLabel::Gone, None));
    };
    match tx.seeker(seeker).await? {
        Some(found) if found.erased_at.is_some() => Ok((SubjectLabel::Erased, Some(seeker))),
        Some(found) => Ok((
            SubjectLabel::Seeker(found.profile.case_reference),
            Some(seeker),
        )),
        None => Ok((SubjectLabel::Gone, None)),
    }
}
