//! Referrals: a caseworker refers a seeker to a vacancy they may legally take; the
//! employer records what happens; the caseworker follows up after a hire.

use chrono::Duration;
use forsa_domain::{
    AuditAction, Problem, Record, ReferralId, ReferralStage, SeekerId, SubjectType, VacancyId,
    VacancyStatus,
    eligibility::{JobFacts, PersonFacts, assess},
    organisation::Membership,
    referral::{
        FOLLOW_UP_DAYS, FollowUp, Referral, ReferralInput, StageChange, StageChangeInput,
        check_move,
    },
    seeker::{LanguageSkill, OccupationExperience, Seeker},
};
use forsa_store::{ReferralQuery, ReferralScope, Tx};
use serde::Serialize;

use crate::{
    Actor, Conflict, Page, Paged, Result, Service, ServiceError, access,
    queues::{self, Queue},
};

/// What an employer may learn of a referred candidate: only what the referral needs,
/// and only while the seeker's consent to share is in force.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub full_name: String,
    pub phone: Option<String>,
    pub languages: Vec<LanguageSkill>,
    pub occupations: Vec<OccupationExperience>,
    pub skills: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReferralView {
    #[serde(flatten)]
    pub referral: Referral,
    pub history: Vec<StageChange>,
    pub follow_ups: Vec<FollowUp>,
    /// `null` when the seeker has not consented to share their profile with employers.
    pub candidate: Option<Candidate>,
    /// Whether the seeker's consent to share their profile with employers is in force:
    /// staff see the candidate either way, and need to know what the employer sees.
    pub shared_with_employer: bool,
    /// Whether the person's record was erased: nothing of them is shown to anyone.
    pub erased: bool,
}

#[derive(Debug, Clone, Default)]
pub struct ReferralFilter {
    pub stage: Option<ReferralStage>,
    pub seeker: Option<SeekerId>,
    pub vacancy: Option<VacancyId>,
    /// Only referrals in a stage that is not final.
    pub open_only: bool,
    /// Only those of a dashboard queue.
    pub queue: Option<Queue>,
}

fn candidate(seeker: &Seeker) -> Candidate {
    Candidate {
        full_name: seeker.profile.full_name.clone(),
        phone: seeker.profile.phone.clone(),
        languages: seeker.profile.languages.clone(),
        occupations: seeker.profile.occupations.clone(),
        skills: seeker.profile.skills.clone(),
    }
}

impl Service {
    /// Loads a referral the actor may see: staff of its centre (or admins), or the
    /// employer whose vacancy it is.
    async fn visible_referral(&self, tx: &Tx, actor: &Actor, id: ReferralId) -> Result<Referral> {
        let referral = tx.referral(id).await?.ok_or(ServiceError::NotFound)?;
        let visible = match actor.membership {
            Membership::Admin => true,
            Membership::Caseworker(centre) => referral.centre_id == centre,
            Membership::Employer(employer) => tx
                .vacancy(referral.vacancy_id)
                .await?
                .is_some_and(|vacancy| vacancy.employer_id == employer),
        };
        if visible {
            Ok(referral)
        } else {
            Err(ServiceError::NotFound)
        }
    }

    pub(crate) async fn referral_view(
        &self,
        tx: &Tx,
        actor: &Actor,
        referral: Referral,
    ) -> Result<ReferralView> {
        let seeker = tx
            .seeker(referral.seeker_id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        let erased = seeker.erased_at.is_some();
        let shared_with_employer =
            !erased && crate::search::shares_with_employers(tx, seeker.id).await?;
        let employer = matches!(actor.membership, Membership::Employer(_));
        let shares = !erased && (shared_with_employer || !employer);
        let candidate = if shares {
            actor
                .audit(
                    tx,
                    AuditAction::Read,
                    SubjectType::Seeker,
                    seeker.id.as_uuid(),
                )
                .await?;
            Some(candidate(&seeker))
        } else {
            None
        };
        Ok(ReferralView {
            history: tx.referral_history(referral.id).await?,
            // The centre's follow-ups (and their notes) are none of the employer's business.
            follow_ups: if employer {
                Vec::new()
            } else {
                tx.follow_ups_of(referral.id).await?
            },
            candidate,
            shared_with_employer,
            erased,
            referral,
        })
    }

    /// Refers a seeker to an open vacancy they may legally take.
    pub async fn refer(&self, actor: &Actor, input: ReferralInput) -> Result<ReferralView> {
        access::require_staff(actor)?;
        let new = input.parse()?;
        let tx = self.begin().await?;
        let seeker = access::seeker_to_change(&tx, actor, new.seeker_id)
            .await
            .map_err(|_| {
                ServiceError::invalid(
                    "seeker_id",
                    Problem::Unknown {
                        record: Record::Seeker,
                        code: None,
                    },
                )
            })?;
        if seeker.archived_at.is_some() {
            return Err(ServiceError::invalid("seeker_id", Problem::SeekerArchived));
        }
        let vacancy = tx.vacancy(new.vacancy_id).await?.ok_or_else(|| {
            ServiceError::invalid(
                "vacancy_id",
                Problem::Unknown {
                    record: Record::Vacancy,
                    code: None,
                },
            )
        })?;
        if vacancy.status != VacancyStatus::Open {
            return Err(ServiceError::invalid(
                "vacancy_id",
                Problem::VacancyNotOpen {
                    status: vacancy.status,
                },
            ));
        }
        let today = Self::today();
        let rules = tx.rules_on(today).await?;
        let permits = tx.permits_of(seeker.id).await?;
        let verdict = assess(
            PersonFacts {
                nationality: &seeker.profile.nationality,
                permits: &permits,
            },
            JobFacts {
                employer_id: vacancy.employer_id,
                sector: &vacancy.details.sector,
                occupation: &vacancy.details.occupation,
                employer_arranges_permit: vacancy.details.employer_arranges_permit,
                start_date: vacancy.details.start_date,
            },
            &rules,
            today,
        );
        if !verdict.is_eligible() {
            return Err(ServiceError::invalid(
                "seeker_id",
                Problem::NotEligible {
                    reason: verdict.explain(&rules),
                },
            ));
        }
        let existing = tx
            .referrals(
                &ReferralQuery {
                    seeker: Some(seeker.id),
                    vacancy: Some(vacancy.id),
                    ..ReferralQuery::of(ReferralScope::All)
                },
                Page::first(1),
            )
            .await?;
        if existing.total > 0 {
            return Err(ServiceError::Conflict(Conflict::AlreadyReferred));
        }
        let centre = seeker.centre_id;
        let referral = tx
            .insert_referral(
                seeker.id,
                vacancy.id,
                centre,
                new.stage,
                new.note.as_deref(),
                actor.user_id,
            )
            .await?;
        actor
            .audit(
                &tx,
                AuditAction::Create,
                SubjectType::Referral,
                referral.id.as_uuid(),
            )
            .await?;
        let view = self.referral_view(&tx, actor, referral).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// The referrals `actor` may see, narrowed by `filter`: a centre's for its
    /// caseworkers, those to an employer's vacancies for its users, all for admins.
    pub(crate) async fn referral_query(
        &self,
        tx: &Tx,
        actor: &Actor,
        filter: ReferralFilter,
    ) -> Result<ReferralQuery> {
        let scope = match actor.membership {
            Membership::Admin => ReferralScope::All,
            Membership::Caseworker(centre) => ReferralScope::Centre(centre),
            Membership::Employer(employer) => ReferralScope::Employer(employer),
        };
        let mut query = ReferralQuery {
            stage: filter.stage,
            seeker: filter.seeker,
            vacancy: filter.vacancy,
            open_only: filter.open_only,
            ..ReferralQuery::of(scope)
        };
        if let Some(queue) = filter.queue {
            let clock = queues::Clock::of_actor(tx, actor).await?;
            queues::narrow_referrals(&mut query, queue, &clock);
        }
        Ok(query)
    }

    pub async fn referrals(
        &self,
        actor: &Actor,
        filter: ReferralFilter,
        page: Page,
    ) -> Result<Paged<Referral>> {
        let tx = self.begin().await?;
        let referrals = tx
            .referrals(&self.referral_query(&tx, actor, filter).await?, page)
            .await?;
        tx.commit().await?;
        Ok(referrals)
    }

    pub async fn referral(&self, actor: &Actor, id: ReferralId) -> Result<ReferralView> {
        let tx = self.begin().await?;
        let referral = self.visible_referral(&tx, actor, id).await?;
        let view = self.referral_view(&tx, actor, referral).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Moves a referral to another stage with a reason; a hire schedules follow-ups.
    pub async fn move_referral(
        &self,
        actor: &Actor,
        id: ReferralId,
        input: StageChangeInput,
    ) -> Result<ReferralView> {
        let tx = self.begin().await?;
        let current = self.visible_referral(&tx, actor, id).await?;
        access::not_erased(&tx, current.seeker_id).await?;
        let change = input.parse()?;
        check_move(actor.role(), current.stage, change.to)
            .map_err(|m| ServiceError::invalid("stage", m))?;
        let moved = tx
            .move_referral(id, change.to, change.reason.as_deref(), actor.user_id)
            .await?;
        if change.to == ReferralStage::Hired {
            // Due on the centre's days.
            let today = queues::Clock::of_centre(&tx, current.centre_id)
                .await?
                .today;
            for days in FOLLOW_UP_DAYS {
                tx.insert_follow_up(id, today + Duration::days(days))
                    .await?;
            }
        }
        actor
            .audit(
                &tx,
                AuditAction::Update,
                SubjectType::Referral,
                id.as_uuid(),
            )
            .await?;
        let view = self.referral_view(&tx, actor, moved).await?;
        tx.commit().await?;
        Ok(view)
    }
}
