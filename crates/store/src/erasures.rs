//! Erasing a person: every personal field of their record (and of the records merged
//! into it) goes, and with it the free text written about them elsewhere; what
//! statistics need stays. A receipt says when, by whom and why. Also the look-up of
//! the people a retention rule makes due.

use chrono::{DateTime, NaiveDate, Utc};
use forsa_domain::{
    CentreId, ReferralId, ReferralStage, SeekerId, UserId,
    seeker::{
        Preferences,
        erasure::{Erasure, ErasureCause},
    },
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
    sea_query::{Expr, ExprTrait, IntoCondition, Query},
};

use crate::{
    Result, StoreError, Tx, clock,
    columns::to_json,
    entities::{
        consents, duplicate_flags, erasures, follow_ups, referral_events, referrals,
        seeker_name_pairs, seekers, users, work_permits,
    },
};

fn erasure(model: erasures::Model, erased_by_name: Option<String>) -> Result<Erasure> {
    let months = model.months.and_then(|m| u32::try_from(m).ok());
    let cause = ErasureCause::from_parts(&model.cause, model.reason, months)
        .ok_or_else(|| StoreError::Corrupt(format!("erasures.cause {}", model.cause)))?;
    Ok(Erasure {
        seeker_id: SeekerId::from_uuid(model.seeker_id),
        centre_id: CentreId::from_uuid(model.centre_id),
        erased_at: model.erased_at,
        erased_by: model.erased_by.map(UserId::from_uuid),
        erased_by_name,
        cause,
    })
}

/// Whether a row of `table`, about the person (its `seeker` column), holds `when`.
fn row_about<T: EntityTrait>(table: T, seeker: T::Column, when: Condition) -> Expr {
    Expr::exists(
        Query::select()
            .expr(Expr::val(1))
            .from(table)
            .and_where(Expr::col((table, seeker)).equals((seekers::Entity, seekers::Column::Id)))
            .cond_where(when)
            .to_owned(),
    )
}

impl Tx {
    /// Erases person `id` of `centre` and every record merged into theirs; returns
    /// the receipt and the ids of the records erased (the person's first).
    pub async fn erase_seeker(
        &self,
        id: SeekerId,
        centre: CentreId,
        cause: &ErasureCause,
        by: Option<UserId>,
    ) -> Result<(Erasure, Vec<SeekerId>)> {
        let now = clock::now();
        let mut erased = vec![id.as_uuid()];
        let mut reached = erased.clone();
        // Records merged into this one hold the same person's name: they go too.
        while !reached.is_empty() {
            reached = seekers::Entity::find()
                .select_only()
                .column(seekers::Column::Id)
                .filter(seekers::Column::MergedInto.is_in(reached))
                .filter(seekers::Column::Id.is_not_in(erased.clone()))
                .into_tuple()
                .all(self.conn())
                .await?;
            erased.extend(&reached);
        }
        seekers::Entity::update_many()
            .col_expr(seekers::Column::FullName, Expr::value(""))
            .col_expr(seekers::Column::NameKey, Expr::value(""))
            .col_expr(seekers::Column::CaseReference, Expr::value(None::<String>))
            .col_expr(seekers::Column::Phone, Expr::value(None::<String>))
            .col_expr(seekers::Column::PhoneKey, Expr::value(None::<String>))
            .col_expr(seekers::Column::PhoneE164, Expr::value(None::<String>))
            .col_expr(seekers::Column::BirthYear, Expr::value(None::<i32>))
            .col_expr(seekers::Column::Experience, Expr::value(None::<String>))
            .col_expr(seekers::Column::Disability, Expr::value(None::<String>))
            .col_expr(seekers::Column::Skills, Expr::value("[]"))
            .col_expr(
                seekers::Column::Preferences,
                Expr::value(to_json(&Preferences::default())?),
            )
            .col_expr(
                seekers::Column::AvailableFrom,
                Expr::value(None::<NaiveDate>),
            )
            .col_expr(seekers::Column::ErasedAt, Expr::value(now))
            .col_expr(
                seekers::Column::ArchivedAt,
                Expr::col(seekers::Column::ArchivedAt).if_null(now),
            )
            .col_expr(seekers::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                seekers::Column::Version,
                Expr::col(seekers::Column::Version).add(1),
            )
            .filter(seekers::Column::Id.is_in(erased.clone()))
            .exec(self.conn())
            .await?;
        seeker_name_pairs::Entity::delete_many()
            .filter(seeker_name_pairs::Column::SeekerId.is_in(erased.clone()))
            .exec(self.conn())
            .await?;
        work_permits::Entity::update_many()
            .col_expr(work_permits::Column::Number, Expr::value(None::<String>))
            .col_expr(work_permits::Column::Issuer, Expr::value(None::<String>))
            .filter(work_permits::Column::SeekerId.is_in(erased.clone()))
            .exec(self.conn())
            .await?;
        // A referral still open can go nowhere: withdrawn, by whoever erased them (the
        // retention rule leaves them as they are: nobody stands behind it).
        if let Some(by) = by {
            let open: Vec<&str> = ReferralStage::ALL
                .iter()
                .filter(|stage| !stage.is_final())
                .map(|stage| stage.as_str())
                .collect();
            let ids: Vec<uuid::Uuid> = referrals::Entity::find()
                .select_only()
                .column(referrals::Column::Id)
                .filter(referrals::Column::SeekerId.is_in(erased.clone()))
                .filter(referrals::Column::Stage.is_in(open))
                .into_tuple()
                .all(self.conn())
                .await?;
            for id in ids {
                self.move_referral(
                    ReferralId::from_uuid(id),
                    ReferralStage::Withdrawn,
                    None,
                    by,
                )
                .await?;
            }
        }
        let their_referrals = Query::select()
            .column(referrals::Column::Id)
            .from(referrals::Entity)
            .and_where(referrals::Column::SeekerId.is_in(erased.clone()))
            .to_owned();
        // A check-in not yet made cannot be: there is nobody left to call.
        follow_ups::Entity::delete_many()
            .filter(follow_ups::Column::ReferralId.in_subquery(their_referrals.clone()))
            .filter(follow_ups::Column::DoneAt.is_null())
            .exec(self.conn())
            .await?;
        follow_ups::Entity::update_many()
            .col_expr(follow_ups::Column::Note, Expr::value(None::<String>))
            .filter(follow_ups::Column::ReferralId.in_subquery(their_referrals.clone()))
            .exec(self.conn())
            .await?;
        referral_events::Entity::update_many()
            .col_expr(referral_events::Column::Reason, Expr::value(None::<String>))
            .filter(referral_events::Column::ReferralId.in_subquery(their_referrals))
            .exec(self.conn())
            .await?;
        // Reasons written about a likeness may name the person: an undecided flag
        // goes, a decided one keeps only its decision.
        let theirs = Condition::any()
            .add(duplicate_flags::Column::SeekerId.is_in(erased.clone()))
            .add(duplicate_flags::Column::OtherId.is_in(erased.clone()));
        duplicate_flags::Entity::delete_many()
            .filter(theirs.clone())
            .filter(duplicate_flags::Column::Decision.is_null())
            .exec(self.conn())
            .await?;
        duplicate_flags::Entity::update_many()
            .col_expr(duplicate_flags::Column::Reason, Expr::value(""))
            .col_expr(
                duplicate_flags::Column::DecisionReason,
                Expr::value(None::<String>),
            )
            .filter(theirs)
            .exec(self.conn())
            .await?;
        let receipt = erasures::ActiveModel {
            seeker_id: Set(id.as_uuid()),
            centre_id: Set(centre.as_uuid()),
            erased_at: Set(now),
            erased_by: Set(by.map(|user| user.as_uuid())),
            cause: Set(cause.as_str().to_owned()),
            reason: Set(cause.reason().map(str::to_owned)),
            months: Set(cause.months().and_then(|m| i32::try_from(m).ok())),
        }
        .insert(self.conn())
        .await?;
        let name = self.user_name(by).await?;
        Ok((
            erasure(receipt, name)?,
            erased.into_iter().map(SeekerId::from_uuid).collect(),
        ))
    }

    /// The receipt of the erasure of `id`, or of the record it was merged into.
    pub async fn erasure(&self, id: SeekerId) -> Result<Option<Erasure>> {
        let Some(model) = erasures::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let name = self
            .user_name(model.erased_by.map(UserId::from_uuid))
            .await?;
        erasure(model, name).map(Some)
    }

    async fn user_name(&self, id: Option<UserId>) -> Result<Option<String>> {
        let Some(id) = id else { return Ok(None) };
        Ok(users::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(|user| user.name))
    }

    /// The people a retention rule makes due, not yet erased, each once with the
    /// first cause that applies: archived before `archived_before`, else nothing done
    /// on their record, permits, consents, referrals or follow-ups since
    /// `inactive_before`; only person `only`, when given (to ask again once their row
    /// is held). The oldest change first; each with their centre and whether they are
    /// due for being archived.
    pub async fn retention_due(
        &self,
        archived_before: DateTime<Utc>,
        inactive_before: DateTime<Utc>,
        only: Option<SeekerId>,
    ) -> Result<Vec<(SeekerId, CentreId, bool)>> {
        let since = inactive_before;
        let follow_up_done = Expr::exists(
            Query::select()
                .expr(Expr::val(1))
                .from(follow_ups::Entity)
                .inner_join(
                    referrals::Entity,
                    Expr::col((referrals::Entity, referrals::Column::Id))
                        .equals((follow_ups::Entity, follow_ups::Column::ReferralId)),
                )
                .and_where(
                    Expr::col((referrals::Entity, referrals::Column::SeekerId))
                        .equals((seekers::Entity, seekers::Column::Id)),
                )
                .and_where(follow_ups::Column::DoneAt.gte(since))
                .to_owned(),
        );
        let active_since = Condition::any()
            .add(row_about(
                referrals::Entity,
                referrals::Column::SeekerId,
                referrals::Column::UpdatedAt.gte(since).into_condition(),
            ))
            .add(follow_up_done)
            .add(row_about(
                work_permits::Entity,
                work_permits::Column::SeekerId,
                work_permits::Column::UpdatedAt.gte(since).into_condition(),
            ))
            .add(row_about(
                consents::Entity,
                consents::Column::SeekerId,
                Condition::any()
                    .add(consents::Column::GrantedAt.gte(since))
                    .add(consents::Column::WithdrawnAt.gte(since)),
            ));
        let archived = seekers::Column::ArchivedAt.lt(archived_before);
        let inactive = Condition::all()
            .add(seekers::Column::UpdatedAt.lt(since))
            .add(active_since.not());
        let rows: Vec<(uuid::Uuid, uuid::Uuid, Option<DateTime<Utc>>)> = seekers::Entity::find()
            .select_only()
            .column(seekers::Column::Id)
            .column(seekers::Column::CentreId)
            .column(seekers::Column::ArchivedAt)
            .filter(seekers::Column::ErasedAt.is_null())
            .filter(Condition::any().add(archived).add(inactive))
            .apply_if(only, |select, id| {
                select.filter(seekers::Column::Id.eq(id.as_uuid()))
            })
            .order_by_asc(seekers::Column::UpdatedAt)
            .into_tuple()
            .all(self.conn())
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, centre, archived_at)| {
                let archived = archived_at.is_some_and(|at| at < archived_before);
                (
                    SeekerId::from_uuid(id),
                    CentreId::from_uuid(centre),
                    archived,
                )
            })
            .collect())
    }
}
