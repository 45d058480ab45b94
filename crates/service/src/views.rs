//! What one screen shows, read in one transaction: the caseworker's file on a person,
//! the referral list, the vacancy list and form, the seeker form, the rules page and
//! the kiosk. Each applies the same rules of access and audit as the single reads
//! the API offers, once, here; a page calls one of these and renders what it gets.

use forsa_domain::{
    AuditAction, CentreId, EmployerId, PermitKind, SeekerId, SubjectType, VacancyId,
    consent::Consent,
    employer::{Employer, EmployerName},
    money::MinimumWage,
    organisation::Centre,
    permit::{PermitType, WorkPermit},
    referral::{FollowUp, Referral},
    seeker::Seeker,
    vacancy::Vacancy,
};
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use forsa_store::{EmployerQuery, Tx};

use crate::{
    Actor, KioskFeed, Page, Paged, ReferralFilter, ReferralView, Result, RulesView, SeekerFilter,
    Service, ServiceError, VacancyFilter, access,
};

/// The employers' names a list has read, so that a page of one employer's vacancies
/// reads the name once.
#[derive(Default)]
pub(crate) struct EmployerNames(HashMap<EmployerId, EmployerName>);

impl EmployerNames {
    pub(crate) async fn of(&mut self, tx: &Tx, id: EmployerId) -> Result<EmployerName> {
        if let Some(name) = self.0.get(&id) {
            return Ok(name.clone());
        }
        let name = tx
            .employer(id)
            .await?
            .map(|e| e.details.name)
            .unwrap_or_default();
        self.0.insert(id, name.clone());
        Ok(name)
    }
}

/// Everything the caseworker's page about one person shows.
#[derive(Debug, Clone)]
pub struct SeekerFile {
    pub seeker: Seeker,
    pub permits: Vec<WorkPermit>,
    pub consents: Vec<Consent>,
    /// Every permit type, to name a permit's and to offer the active ones.
    pub permit_types: Vec<PermitType>,
    /// The employers an employer-specific permit may name (the first hundred by
    /// name); none when no permit type is employer-specific.
    pub employers: Vec<Employer>,
    /// Their referrals, the latest first (the hundred latest), with the follow-ups
    /// of each hire.
    pub referrals: Vec<PersonReferral>,
}

/// One of a person's referrals as their page shows it.
#[derive(Debug, Clone)]
pub struct PersonReferral {
    pub referral: Referral,
    pub vacancy: Vacancy,
    pub employer_name: EmployerName,
    pub follow_ups: Vec<FollowUp>,
}

/// What a caseworker is told before referring: who, to which job at which employer,
/// and whether the employer will see the person's profile.
#[derive(Debug, Clone)]
pub struct ReferralPreview {
    pub seeker: Seeker,
    pub vacancy: Vacancy,
    pub employer_name: EmployerName,
    /// Whether their consent to share their profile with employers is in force.
    pub shares: bool,
}

/// What the seeker form needs besides what was typed.
#[derive(Debug, Clone, Default)]
pub struct SeekerFormData {
    /// The person being edited; `None` for a registration.
    pub seeker: Option<Seeker>,
    /// The centres an admin registers at; caseworkers register at their own.
    pub centres: Vec<Centre>,
}

/// A person as the list shows them: with the permit that matters most today and when
/// anything of theirs last changed.
#[derive(Debug, Clone)]
pub struct SeekerRow {
    pub seeker: Seeker,
    /// A permit in force today (the one that lasts longest), else the latest to end.
    pub permit: Option<WorkPermit>,
    /// The latest change to their record or one of their referrals.
    pub last_activity: DateTime<Utc>,
}

/// A referral as the list shows it: what the caller may see of it, and its vacancy.
#[derive(Debug, Clone)]
pub struct ReferralRow {
    pub view: ReferralView,
    pub vacancy: Vacancy,
    pub employer_name: EmployerName,
}

/// A vacancy as the list shows it, with its employer's name.
#[derive(Debug, Clone)]
pub struct VacancyRow {
    pub vacancy: Vacancy,
    pub employer_name: EmployerName,
}

/// What the vacancy form needs besides what was typed.
#[derive(Debug, Clone)]
pub struct VacancyFormData {
    /// The vacancy being edited; `None` for a new one.
    pub vacancy: Option<Vacancy>,
    /// The minimum wage in force, which the form states.
    pub minimum_wage: MinimumWage,
    /// Whether the vacancy's employer (or the employer user's own) has taken the
    /// no-fees pledge, so that the form need not ask for it.
    pub pledged: bool,
}

/// A kiosk's screen: its centre (for the printed slip) and the open vacancies.
#[derive(Debug, Clone)]
pub struct KioskScreen {
    pub centre: Option<Centre>,
    pub feed: KioskFeed,
}

/// Writes a read event for each record, in the actor's name.
pub(crate) async fn audit_reads(
    tx: &Tx,
    actor: &Actor,
    subject: SubjectType,
    ids: Vec<uuid::Uuid>,
) -> Result<()> {
    for id in ids {
        actor.audit(tx, AuditAction::Read, subject, id).await?;
    }
    Ok(())
}

impl Service {
    /// The caseworker's file on one person: the record, permits and consents (each
    /// read audited), and what the forms on the page offer.
    pub async fn seeker_file(&self, actor: &Actor, id: SeekerId) -> Result<SeekerFile> {
        let tx = self.begin().await?;
        let seeker = access::seeker(&tx, actor, id).await?;
        let permits = tx.permits_of(id).await?;
        let consents = tx.consents_of(id).await?;
        actor
            .audit(&tx, AuditAction::Read, SubjectType::Seeker, id.as_uuid())
            .await?;
        let referrals = self.person_referrals(&tx, actor, id).await?;
        let permit_ids: Vec<uuid::Uuid> = permits.iter().map(|p| p.id.as_uuid()).collect();
        audit_reads(&tx, actor, SubjectType::Permit, permit_ids).await?;
        let consent_ids: Vec<uuid::Uuid> = consents.iter().map(|c| c.id.as_uuid()).collect();
        audit_reads(&tx, actor, SubjectType::Consent, consent_ids).await?;
        let permit_types = tx.rules_on(Self::today()).await?.permit_types;
        let employers = if permit_types
            .iter()
            .any(|t| t.kind == PermitKind::EmployerSpecific)
        {
            tx.employers(&EmployerQuery::default(), Page::first(Page::MAX_SIZE))
                .await?
                .items
        } else {
            Vec::new()
        };
        tx.commit().await?;
        Ok(SeekerFile {
            seeker,
            permits,
            consents,
            permit_types,
            employers,
            referrals,
        })
    }

    /// What to say before referring `seeker` to `vacancy` (a read, audited).
    pub async fn referral_preview(
        &self,
        actor: &Actor,
        seeker: SeekerId,
        vacancy: VacancyId,
    ) -> Result<ReferralPreview> {
        access::require_staff(actor)?;
        let tx = self.begin().await?;
        let seeker = access::seeker(&tx, actor, seeker).await?;
        actor
            .audit(
                &tx,
                AuditAction::Read,
                SubjectType::Seeker,
                seeker.id.as_uuid(),
            )
            .await?;
        let vacancy = tx.vacancy(vacancy).await?.ok_or(ServiceError::NotFound)?;
        let employer_name = EmployerNames::default()
            .of(&tx, vacancy.employer_id)
            .await?;
        let shares = crate::search::shares_with_employers(&tx, seeker.id).await?;
        tx.commit().await?;
        Ok(ReferralPreview {
            seeker,
            vacancy,
            employer_name,
            shares,
        })
    }

    pub(crate) async fn person_referrals(
        &self,
        tx: &Tx,
        actor: &Actor,
        id: SeekerId,
    ) -> Result<Vec<PersonReferral>> {
        let filter = ReferralFilter {
            seeker: Some(id),
            ..ReferralFilter::default()
        };
        let query = self.referral_query(tx, actor, filter).await?;
        let referrals = tx.referrals(&query, Page::first(Page::MAX_SIZE)).await?;
        let mut names = EmployerNames::default();
        let mut rows = Vec::with_capacity(referrals.items.len());
        for referral in referrals.items {
            let vacancy = tx
                .vacancy(referral.vacancy_id)
                .await?
                .ok_or(ServiceError::NotFound)?;
            rows.push(PersonReferral {
                employer_name: names.of(tx, vacancy.employer_id).await?,
                follow_ups: tx.follow_ups_of(referral.id).await?,
                referral,
                vacancy,
            });
        }
        Ok(rows)
    }

    /// A page of the people the actor works with, found by `filter` (each shown is
    /// audited as listed), with what the list shows beside each.
    pub async fn seeker_list(
        &self,
        actor: &Actor,
        filter: SeekerFilter,
        page: Page,
    ) -> Result<Paged<SeekerRow>> {
        let today = Self::today();
        let tx = self.begin().await?;
        let query = self.seeker_query(&tx, actor, filter).await?;
        let found = tx.seekers(&query, page).await?;
        let ids: Vec<SeekerId> = found.items.iter().map(|s| s.id).collect();
        let mut permits = tx.permits_of_seekers(&ids).await?;
        let changes: HashMap<SeekerId, DateTime<Utc>> =
            tx.last_referral_changes(&ids).await?.into_iter().collect();
        actor.audit_listed(&tx, ids).await?;
        tx.commit().await?;
        let rows = found
            .items
            .into_iter()
            .map(|seeker| {
                let own = permits.remove(&seeker.id).unwrap_or_default();
                let permit = WorkPermit::telling(&own, today).cloned();
                let last_activity = changes
                    .get(&seeker.id)
                    .map_or(seeker.updated_at, |&at| at.max(seeker.updated_at));
                SeekerRow {
                    seeker,
                    permit,
                    last_activity,
                }
            })
            .collect();
        Ok(Paged {
            items: rows,
            total: found.total,
            page: found.page,
            per_page: found.per_page,
        })
    }

    /// What the seeker form shows: the person being edited (a read, audited), and the
    /// centres an admin may register at. Employers are refused: they never see or
    /// register seekers.
    pub async fn seeker_form(&self, actor: &Actor, id: Option<SeekerId>) -> Result<SeekerFormData> {
        access::require_staff(actor)?;
        let tx = self.begin().await?;
        let seeker = match id {
            Some(id) => {
                let seeker = access::seeker(&tx, actor, id).await?;
                actor
                    .audit(&tx, AuditAction::Read, SubjectType::Seeker, id.as_uuid())
                    .await?;
                Some(seeker)
            }
            None => None,
        };
        let centres = if actor.is_admin() && seeker.is_none() {
            tx.centres().await?
        } else {
            Vec::new()
        };
        tx.commit().await?;
        Ok(SeekerFormData { seeker, centres })
    }

    /// A page of referrals with what the caller may see of each (the candidate as
    /// consent allows; follow-ups for staff only) and its vacancy.
    pub async fn referral_list(
        &self,
        actor: &Actor,
        filter: ReferralFilter,
        page: Page,
    ) -> Result<Paged<ReferralRow>> {
        let tx = self.begin().await?;
        let referrals = tx
            .referrals(&self.referral_query(&tx, actor, filter).await?, page)
            .await?;
        let rows = self.referral_rows(&tx, actor, referrals.items).await?;
        tx.commit().await?;
        Ok(Paged {
            items: rows,
            total: referrals.total,
            page: referrals.page,
            per_page: referrals.per_page,
        })
    }

    /// Referrals as a list shows them, with their vacancies and employers' names.
    pub(crate) async fn referral_rows(
        &self,
        tx: &Tx,
        actor: &Actor,
        referrals: Vec<Referral>,
    ) -> Result<Vec<ReferralRow>> {
        let mut names = EmployerNames::default();
        let mut rows = Vec::with_capacity(referrals.len());
        for referral in referrals {
            let vacancy = tx
                .vacancy(referral.vacancy_id)
                .await?
                .ok_or(ServiceError::NotFound)?;
            let employer_name = names.of(tx, vacancy.employer_id).await?;
            let view = self.referral_view(tx, actor, referral).await?;
            rows.push(ReferralRow {
                view,
                vacancy,
                employer_name,
            });
        }
        Ok(rows)
    }

    /// A page of vacancies with their employers' names.
    pub async fn vacancy_list(
        &self,
        actor: &Actor,
        filter: VacancyFilter,
        page: Page,
    ) -> Result<Paged<VacancyRow>> {
        let tx = self.begin().await?;
        let query = self.vacancy_query(&tx, actor, filter).await?;
        let vacancies = tx.vacancies(&query, page).await?;
        let mut names = EmployerNames::default();
        let mut rows = Vec::with_capacity(vacancies.items.len());
        for vacancy in vacancies.items {
            let employer_name = names.of(&tx, vacancy.employer_id).await?;
            rows.push(VacancyRow {
                vacancy,
                employer_name,
            });
        }
        tx.commit().await?;
        Ok(Paged {
            items: rows,
            total: vacancies.total,
            page: vacancies.page,
            per_page: vacancies.per_page,
        })
    }

    /// What the vacancy form shows: the vacancy being edited, the minimum wage in
    /// force, and whether its employer has pledged.
    pub async fn vacancy_form(
        &self,
        actor: &Actor,
        id: Option<VacancyId>,
    ) -> Result<VacancyFormData> {
        let tx = self.begin().await?;
        let vacancy = match id {
            Some(id) => {
                let vacancy = tx.vacancy(id).await?.ok_or(ServiceError::NotFound)?;
                access::employer_visible(actor, vacancy.employer_id)?;
                Some(vacancy)
            }
            None => None,
        };
        let employer = vacancy
            .as_ref()
            .map(|v| v.employer_id)
            .or(actor.membership.employer_id());
        let pledged = match employer {
            Some(id) => tx.employer(id).await?.is_some_and(|e| e.may_publish()),
            None => false,
        };
        let minimum_wage = tx.minimum_wage_on(Self::today()).await?;
        tx.commit().await?;
        Ok(VacancyFormData {
            vacancy,
            minimum_wage,
            pledged,
        })
    }

    /// The rules as their page shows them: to admins only, who change them there
    /// (every signed-in role may read them through the API).
    pub async fn rules_page(&self, actor: &Actor) -> Result<RulesView> {
        access::require_admin(actor)?;
        self.rules(actor).await
    }

    /// A kiosk's screen: at most `limit` open vacancies and, when the kiosk belongs to
    /// one, its centre.
    pub async fn kiosk_screen(&self, centre: Option<CentreId>, limit: u64) -> Result<KioskScreen> {
        let centre = match centre {
            Some(id) => self.kiosk_centre(id).await?,
            None => None,
        };
        Ok(KioskScreen {
            centre,
            feed: self.kiosk_feed(limit).await?,
        })
    }
}
