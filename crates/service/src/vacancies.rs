//! Vacancies: employers post their own; staff post for any employer. Publishing needs
//! the employer's no-fees pledge.

use forsa_domain::{
    AuditAction, EmployerId, Need, Problem, PublicCode, Record, SectorCode, SubjectType, VacancyId,
    VacancyStatus,
    organisation::Membership,
    vacancy::{Vacancy, VacancyContext, VacancyDetails, VacancyInput, status_change_allowed},
};
use forsa_store::{OutboxOperation, Tx, VacancyQuery};
use rand::Rng;

use crate::{Actor, Page, Paged, Result, Service, ServiceError, access, seekers::check_version};

#[derive(Debug, Clone, Default)]
pub struct VacancyFilter {
    pub employer: Option<EmployerId>,
    pub status: Option<VacancyStatus>,
    pub sector: Option<SectorCode>,
    /// Only those of a dashboard queue (the pages' list, for caseworkers).
    pub queue: Option<crate::Queue>,
    /// Only the one with this code, as a visitor to the kiosk reads it out.
    pub code: Option<PublicCode>,
}

/// The status a new vacancy starts in: a draft unless it says open; filled or closed
/// it cannot be yet.
pub(crate) fn new_vacancy_status(raw: Option<&str>) -> Result<VacancyStatus> {
    match raw {
        None => Ok(VacancyStatus::Draft),
        Some(raw) => match VacancyStatus::parse(raw) {
            Ok(status @ (VacancyStatus::Draft | VacancyStatus::Open)) => Ok(status),
            Ok(_) => Err(ServiceError::invalid("status", Problem::NewVacancyStatus)),
            Err(problem) => Err(ServiceError::invalid("status", problem)),
        },
    }
}

impl Service {
    pub(crate) async fn vacancy_context(&self, tx: &Tx) -> Result<VacancyContext> {
        let today = Self::today();
        Ok(VacancyContext {
            today,
            minimum_wage: tx.minimum_wage_on(today).await?,
        })
    }

    fn check_vacancy_codes(&self, details: &VacancyDetails) -> Result<()> {
        self.check_codes(
            &[("occupation", details.occupation.as_str())],
            &[("sector", details.sector.as_str())],
            &[("location", details.location.as_str())],
        )
    }

    async fn fresh_code(&self, tx: &Tx) -> Result<PublicCode> {
        for _ in 0..8 {
            let code = PublicCode::from_random(rand::rng().random());
            if tx.vacancy_by_code(&code).await?.is_none() {
                return Ok(code);
            }
        }
        Err(ServiceError::internal("could not find a free vacancy code"))
    }

    async fn check_publishable(
        &self,
        tx: &Tx,
        employer: EmployerId,
        status: VacancyStatus,
    ) -> Result<()> {
        if status == VacancyStatus::Open {
            let employer = tx.employer(employer).await?.ok_or(ServiceError::NotFound)?;
            if !employer.may_publish() {
                return Err(ServiceError::invalid("status", Problem::PledgeNeeded));
            }
        }
        Ok(())
    }

    /// The vacancies `actor` sees (an employer's own; any for staff), narrowed by
    /// `filter` and its dashboard queue.
    pub(crate) async fn vacancy_query(
        &self,
        tx: &Tx,
        actor: &Actor,
        filter: VacancyFilter,
    ) -> Result<VacancyQuery> {
        let mut query = VacancyQuery {
            employer: actor.membership.employer_id().or(filter.employer),
            status: filter.status,
            sector: filter.sector,
            code: filter.code,
            ..VacancyQuery::default()
        };
        if let Some(queue) = filter.queue {
            let centre = crate::queues::centre_of(actor)?;
            let clock = crate::queues::Clock::of_centre(tx, centre).await?;
            crate::queues::narrow_vacancies(&mut query, queue, centre, &clock);
        }
        Ok(query)
    }

    pub async fn vacancies(
        &self,
        actor: &Actor,
        filter: VacancyFilter,
        page: Page,
    ) -> Result<Paged<Vacancy>> {
        let tx = self.begin().await?;
        let query = self.vacancy_query(&tx, actor, filter).await?;
        let vacancies = tx.vacancies(&query, page).await?;
        tx.commit().await?;
        Ok(vacancies)
    }

    pub async fn post_vacancy(&self, actor: &Actor, input: VacancyInput) -> Result<Vacancy> {
        let employer = match (actor.membership, input.employer_id.as_deref()) {
            (Membership::Employer(own), None) => own,
            (Membership::Employer(own), Some(raw)) => match raw.parse::<EmployerId>() {
                Ok(id) if id == own => own,
                _ => return Err(ServiceError::Forbidden),
            },
            (_, Some(raw)) => raw
                .parse::<EmployerId>()
                .map_err(|e| ServiceError::invalid("employer_id", e))?,
            (_, None) => {
                return Err(ServiceError::invalid(
                    "employer_id",
                    Problem::RequiredFor(Need::StaffPosting),
                ));
            }
        };
        let status = new_vacancy_status(input.status.as_deref())?;
        let tx = self.begin().await?;
        if tx.employer(employer).await?.is_none() {
            return Err(ServiceError::invalid(
                "employer_id",
                Problem::Unknown {
                    record: Record::Employer,
                    code: None,
                },
            ));
        }
        let vacancy = self
            .post_vacancy_in(&tx, actor, employer, status, &input, None)
            .await?;
        tx.commit().await?;
        self.index_changed();
        Ok(vacancy)
    }

    /// Posts the vacancy `input` describes for `employer` within `tx`, under `code`
    /// when it is given and free (a vacancy brought in from another forsa keeps its
    /// code), else a fresh one: checked, audited and queued for the index.
    pub(crate) async fn post_vacancy_in(
        &self,
        tx: &Tx,
        actor: &Actor,
        employer: EmployerId,
        status: VacancyStatus,
        input: &VacancyInput,
        code: Option<PublicCode>,
    ) -> Result<Vacancy> {
        let details = input.parse(self.vacancy_context(tx).await?)?;
        self.check_vacancy_codes(&details)?;
        self.check_publishable(tx, employer, status).await?;
        let code = match code {
            Some(code) if tx.vacancy_by_code(&code).await?.is_none() => code,
            _ => self.fresh_code(tx).await?,
        };
        let vacancy = tx
            .insert_vacancy(employer, &code, &details, status, actor.user_id)
            .await?;
        actor
            .audit(
                tx,
                AuditAction::Create,
                SubjectType::Vacancy,
                vacancy.id.as_uuid(),
            )
            .await?;
        tx.append_outbox("vacancy", vacancy.id.as_uuid(), OutboxOperation::Upsert)
            .await?;
        Ok(vacancy)
    }

    pub async fn vacancy(&self, actor: &Actor, id: VacancyId) -> Result<Vacancy> {
        let tx = self.begin().await?;
        let vacancy = tx.vacancy(id).await?.ok_or(ServiceError::NotFound)?;
        tx.commit().await?;
        access::employer_visible(actor, vacancy.employer_id)?;
        Ok(vacancy)
    }

    /// Edits, publishes, fills or closes a vacancy.
    pub async fn update_vacancy(
        &self,
        actor: &Actor,
        id: VacancyId,
        patch: VacancyInput,
    ) -> Result<Vacancy> {
        if patch.employer_id.is_some() {
            return Err(ServiceError::invalid(
                "employer_id",
                Problem::NoMoveToAnotherEmployer,
            ));
        }
        let tx = self.begin().await?;
        let current = tx.vacancy(id).await?.ok_or(ServiceError::NotFound)?;
        access::employer_visible(actor, current.employer_id)?;
        check_version(patch.version, current.version)?;
        let vacancy = self.update_vacancy_in(&tx, actor, &current, patch).await?;
        tx.commit().await?;
        self.index_changed();
        Ok(vacancy)
    }

    /// Lays `patch` over vacancy `current` within `tx`: the status change allowed,
    /// checked, audited and queued for the index.
    pub(crate) async fn update_vacancy_in(
        &self,
        tx: &Tx,
        actor: &Actor,
        current: &Vacancy,
        patch: VacancyInput,
    ) -> Result<Vacancy> {
        let (details, status) = self.patched_vacancy(tx, current, patch).await?;
        self.save_vacancy(tx, actor, current, &details, status)
            .await
    }

    /// Saves `details` and `status` (checked by `patched_vacancy`) over vacancy
    /// `current` within `tx`: publishing needs the pledge; audited and queued for the
    /// index.
    pub(crate) async fn save_vacancy(
        &self,
        tx: &Tx,
        actor: &Actor,
        current: &Vacancy,
        details: &VacancyDetails,
        status: VacancyStatus,
    ) -> Result<Vacancy> {
        if current.status != VacancyStatus::Open {
            self.check_publishable(tx, current.employer_id, status)
                .await?;
        }
        let vacancy = tx.update_vacancy(current.id, details, status).await?;
        actor
            .audit(
                tx,
                AuditAction::Update,
                SubjectType::Vacancy,
                current.id.as_uuid(),
            )
            .await?;
        tx.append_outbox("vacancy", current.id.as_uuid(), OutboxOperation::Upsert)
            .await?;
        Ok(vacancy)
    }

    /// What vacancy `current` becomes with `patch` laid over it, checked: its
    /// details and its status.
    pub(crate) async fn patched_vacancy(
        &self,
        tx: &Tx,
        current: &Vacancy,
        patch: VacancyInput,
    ) -> Result<(VacancyDetails, VacancyStatus)> {
        let status = match patch.status.as_deref() {
            None => current.status,
            Some(raw) => {
                VacancyStatus::parse(raw).map_err(|m| ServiceError::invalid("status", m))?
            }
        };
        if !status_change_allowed(current.status, status) {
            return Err(ServiceError::invalid(
                "status",
                Problem::StatusChange {
                    from: current.status,
                    to: status,
                },
            ));
        }
        let touches_closing_date = patch.closing_date.is_some();
        let merged = VacancyInput::from(&current.details).overlay(patch);
        let mut context = self.vacancy_context(tx).await?;
        if !touches_closing_date && status != VacancyStatus::Open {
            // Closing a vacancy whose closing date has passed must not fail on that date.
            context.today = current
                .details
                .closing_date
                .map_or(context.today, |d| d.min(context.today));
        }
        let details = merged.parse(context)?;
        self.check_vacancy_codes(&details)?;
        Ok((details, status))
    }
}
