use crate::clock;
use chrono::{DateTime, NaiveDate, Utc};
use forsa_domain::{
    CentreId, EmployerId, FollowUpId, FollowUpOutcome, ReferralId, ReferralStage, SeekerId, UserId,
    VacancyId,
    referral::{FollowUp, FollowUpRecord, Referral, StageChange},
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Select,
    sea_query::{Expr, Func, Query},
};

use crate::{
    Chunk, Page, Paged, Result, StoreError, Tx,
    columns::parse,
    entities::{follow_ups, referral_events, referrals, vacancies},
    planning::in_centre,
};

/// Whose referrals a list may show.
#[derive(Debug, Clone, Copy)]
pub enum ReferralScope {
    All,
    Centre(CentreId),
    /// Referrals to the vacancies of one employer.
    Employer(EmployerId),
}

#[derive(Debug, Clone)]
pub struct ReferralQuery {
    pub scope: ReferralScope,
    pub stage: Option<ReferralStage>,
    pub seeker: Option<SeekerId>,
    pub vacancy: Option<VacancyId>,
    /// Only referrals in a stage that is not final.
    pub open_only: bool,
    /// Only referrals that have not moved since this moment.
    pub unchanged_since: Option<DateTime<Utc>>,
    /// Only referrals with a follow-up not yet recorded that falls due by this day.
    pub follow_up_due_by: Option<NaiveDate>,
}

impl ReferralQuery {
    /// Every referral in `scope`.
    pub fn of(scope: ReferralScope) -> Self {
        ReferralQuery {
            scope,
            stage: None,
            seeker: None,
            vacancy: None,
            open_only: false,
            unchanged_since: None,
            follow_up_due_by: None,
        }
    }
}

fn referral(model: referrals::Model) -> Result<Referral> {
    Ok(Referral {
        id: ReferralId::from_uuid(model.id),
        seeker_id: SeekerId::from_uuid(model.seeker_id),
        vacancy_id: VacancyId::from_uuid(model.vacancy_id),
        centre_id: CentreId::from_uuid(model.centre_id),
        stage: parse("referrals.stage", &model.stage, ReferralStage::parse)?,
        created_by: UserId::from_uuid(model.created_by),
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}

pub(crate) fn follow_up(model: follow_ups::Model) -> Result<FollowUp> {
    Ok(FollowUp {
        id: FollowUpId::from_uuid(model.id),
        referral_id: ReferralId::from_uuid(model.referral_id),
        due_on: model.due_on,
        done_at: model.done_at,
        outcome: model
            .outcome
            .as_deref()
            .map(|raw| parse("follow_ups.outcome", raw, FollowUpOutcome::parse))
            .transpose()?,
        note: model.note,
    })
}

impl Tx {
    /// Creates a referral with its first history entry.
    pub async fn insert_referral(
        &self,
        seeker: SeekerId,
        vacancy: VacancyId,
        centre: CentreId,
        stage: ReferralStage,
        note: Option<&str>,
        by: UserId,
    ) -> Result<Referral> {
        let now = clock::now();
        let active = referrals::ActiveModel {
            id: Set(ReferralId::generate().as_uuid()),
            seeker_id: Set(seeker.as_uuid()),
            vacancy_id: Set(vacancy.as_uuid()),
            centre_id: Set(centre.as_uuid()),
            stage: Set(stage.as_str().to_owned()),
            created_by: Set(by.as_uuid()),
            created_at: Set(now),
            updated_at: Set(now),
        };
        let created = referral(active.insert(self.conn()).await?)?;
        self.insert_stage_change(created.id, None, stage, note, by)
            .await?;
        Ok(created)
    }

    async fn insert_stage_change(
        &self,
        id: ReferralId,
        from: Option<ReferralStage>,
        to: ReferralStage,
        reason: Option<&str>,
        by: UserId,
    ) -> Result<()> {
        referral_events::ActiveModel {
            id: Set(uuid::Uuid::now_v7()),
            referral_id: Set(id.as_uuid()),
            from_stage: Set(from.map(|s| s.as_str().to_owned())),
            to_stage: Set(to.as_str().to_owned()),
            reason: Set(reason.map(str::to_owned)),
            actor_id: Set(by.as_uuid()),
            at: Set(clock::now()),
        }
        .insert(self.conn())
        .await?;
        Ok(())
    }

    /// When each of these seekers' referrals last changed, for those with any.
    pub async fn last_referral_changes(
        &self,
        seekers: &[SeekerId],
    ) -> Result<Vec<(SeekerId, DateTime<Utc>)>> {
        let ids: Vec<uuid::Uuid> = seekers.iter().map(|id| id.as_uuid()).collect();
        let rows: Vec<(uuid::Uuid, DateTime<Utc>)> = referrals::Entity::find()
            .select_only()
            .column(referrals::Column::SeekerId)
            .column_as(
                Expr::expr(Func::max(Expr::col(referrals::Column::UpdatedAt))),
                "latest",
            )
            .filter(referrals::Column::SeekerId.is_in(ids))
            .group_by(referrals::Column::SeekerId)
            .into_tuple()
            .all(self.conn())
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, at)| (SeekerId::from_uuid(id), at))
            .collect())
    }

    /// The referrals of `ids` that exist, in no particular order.
    pub async fn referrals_by_id(&self, ids: &[ReferralId]) -> Result<Vec<Referral>> {
        referrals::Entity::find()
            .filter(referrals::Column::Id.is_in(ids.iter().map(ReferralId::as_uuid)))
            .all(self.conn())
            .await?
            .into_iter()
            .map(referral)
            .collect()
    }

    pub async fn referral(&self, id: ReferralId) -> Result<Option<Referral>> {
        referrals::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(referral)
            .transpose()
    }

    pub async fn referrals(&self, query: &ReferralQuery, page: Page) -> Result<Paged<Referral>> {
        let select = self.referral_select(query);
        let total = select.clone().count(self.conn()).await?;
        let rows = select
            .order_by_desc(referrals::Column::UpdatedAt)
            .offset(page.offset())
            .limit(page.size)
            .all(self.conn())
            .await?;
        Ok(Paged {
            items: rows.into_iter().map(referral).collect::<Result<_>>()?,
            total,
            page: page.number,
            per_page: page.size,
        })
    }

    /// How many referrals `query` finds.
    pub async fn count_referrals(&self, query: &ReferralQuery) -> Result<u64> {
        Ok(self.referral_select(query).count(self.conn()).await?)
    }

    /// A slice of the referrals `query` finds, newest first.
    pub async fn referrals_chunk(
        &self,
        query: &ReferralQuery,
        chunk: Chunk,
    ) -> Result<Vec<Referral>> {
        chunk
            .of(self.referral_select(query), referrals::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(referral)
            .collect()
    }

    fn referral_select(&self, query: &ReferralQuery) -> Select<referrals::Entity> {
        let mut select = referrals::Entity::find();
        match query.scope {
            ReferralScope::All => {}
            // The follow-ups due are few and looked up by referral, not among the
            // whole centre's referrals (`in_centre`).
            ReferralScope::Centre(centre) if query.follow_up_due_by.is_some() => {
                select = select.filter(in_centre(
                    self.conn().get_database_backend(),
                    Expr::col((referrals::Entity, referrals::Column::CentreId)),
                    centre,
                ))
            }
            ReferralScope::Centre(centre) => {
                select = select.filter(referrals::Column::CentreId.eq(centre.as_uuid()))
            }
            ReferralScope::Employer(employer) => {
                select = select.filter(
                    referrals::Column::VacancyId.in_subquery(
                        Query::select()
                            .column(vacancies::Column::Id)
                            .from(vacancies::Entity)
                            .and_where(vacancies::Column::EmployerId.eq(employer.as_uuid()))
                            .to_owned(),
                    ),
                );
            }
        }
        if let Some(stage) = query.stage {
            select = select.filter(referrals::Column::Stage.eq(stage.as_str()));
        }
        if let Some(seeker) = query.seeker {
            select = select.filter(referrals::Column::SeekerId.eq(seeker.as_uuid()));
        }
        if let Some(vacancy) = query.vacancy {
            select = select.filter(referrals::Column::VacancyId.eq(vacancy.as_uuid()));
        }
        if query.open_only {
            let open: Vec<&str> = ReferralStage::ALL
                .iter()
                .filter(|stage| !stage.is_final())
                .map(|stage| stage.as_str())
                .collect();
            select = select.filter(referrals::Column::Stage.is_in(open));
        }
        if let Some(since) = query.unchanged_since {
            select = select.filter(referrals::Column::UpdatedAt.lt(since));
        }
        if let Some(by) = query.follow_up_due_by {
            select = select.filter(
                referrals::Column::Id.in_subquery(
                    Query::select()
                        .column(follow_ups::Column::ReferralId)
                        .from(follow_ups::Entity)
                        .and_where(follow_ups::Column::DoneAt.is_null())
                        .and_where(follow_ups::Column::DueOn.lte(by))
                        .to_owned(),
                ),
            );
        }
        select
    }

    /// Moves a referral and records the move.
    pub async fn move_referral(
        &self,
        id: ReferralId,
        to: ReferralStage,
        reason: Option<&str>,
        by: UserId,
    ) -> Result<Referral> {
        let model = referrals::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::Corrupt("referral vanished during update".to_owned()))?;
        let from = parse("referrals.stage", &model.stage, ReferralStage::parse)?;
        let mut active = model.into_active_model();
        active.stage = Set(to.as_str().to_owned());
        active.updated_at = Set(clock::now());
        let moved = referral(active.update(self.conn()).await?)?;
        self.insert_stage_change(id, Some(from), to, reason, by)
            .await?;
        Ok(moved)
    }

    pub async fn referral_history(&self, id: ReferralId) -> Result<Vec<StageChange>> {
        let rows = referral_events::Entity::find()
            .filter(referral_events::Column::ReferralId.eq(id.as_uuid()))
            .order_by_asc(referral_events::Column::At)
            .order_by_asc(referral_events::Column::Id)
            .all(self.conn())
            .await?;
        rows.into_iter()
            .map(|row| {
                Ok(StageChange {
                    from: row
                        .from_stage
                        .as_deref()
                        .map(|s| parse("referral_events.from_stage", s, ReferralStage::parse))
                        .transpose()?,
                    to: parse(
                        "referral_events.to_stage",
                        &row.to_stage,
                        ReferralStage::parse,
                    )?,
                    reason: row.reason,
                    actor: UserId::from_uuid(row.actor_id),
                    at: row.at,
                })
            })
            .collect()
    }

    pub async fn insert_follow_up(
        &self,
        referral: ReferralId,
        due_on: NaiveDate,
    ) -> Result<FollowUp> {
        let active = follow_ups::ActiveModel {
            id: Set(FollowUpId::generate().as_uuid()),
            referral_id: Set(referral.as_uuid()),
            due_on: Set(due_on),
            done_at: Set(None),
            note: Set(None),
            outcome: Set(None),
        };
        follow_up(active.insert(self.conn()).await?)
    }

    pub async fn follow_up(&self, id: FollowUpId) -> Result<Option<FollowUp>> {
        follow_ups::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(follow_up)
            .transpose()
    }

    /// Records a follow-up's outcome unless it is done already: `false` when another
    /// request recorded it first, which the condition on `done_at` sees even when
    /// both raced past a read.
    pub async fn record_follow_up(
        &self,
        id: FollowUpId,
        record: &FollowUpRecord,
        at: DateTime<Utc>,
    ) -> Result<bool> {
        let updated = follow_ups::Entity::update_many()
            .col_expr(follow_ups::Column::DoneAt, Expr::value(at))
            .col_expr(
                follow_ups::Column::Outcome,
                Expr::value(record.outcome.as_str()),
            )
            .col_expr(follow_ups::Column::Note, Expr::value(record.note.clone()))
            .filter(follow_ups::Column::Id.eq(id.as_uuid()))
            .filter(follow_ups::Column::DoneAt.is_null())
            .exec(self.conn())
            .await?;
        Ok(updated.rows_affected == 1)
    }

    pub async fn follow_ups_of(&self, referral: ReferralId) -> Result<Vec<FollowUp>> {
        let rows = follow_ups::Entity::find()
            .filter(follow_ups::Column::ReferralId.eq(referral.as_uuid()))
            .order_by_asc(follow_ups::Column::DueOn)
            .all(self.conn())
            .await?;
        rows.into_iter().map(follow_up).collect()
    }
}
