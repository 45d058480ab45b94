//! What a centre's dashboard counts besides its queues: open referrals by stage and
//! the follow-ups due and coming, each with the total and the first few.

use chrono::NaiveDate;
use forsa_domain::{CentreId, ReferralStage, referral::FollowUp};
use sea_orm::{
    ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Query,
};

use crate::{
    Result, Tx,
    entities::{follow_ups, referrals},
    referrals::follow_up,
};

/// A total and the first few of what it counts.
#[derive(Debug, Clone)]
pub struct Counted<T> {
    pub total: u64,
    pub first: Vec<T>,
}

impl Tx {
    /// The centre's referrals in each stage that is not final, in the stages' order.
    pub async fn open_referrals_by_stage(
        &self,
        centre: CentreId,
    ) -> Result<Vec<(ReferralStage, u64)>> {
        let mut counts = Vec::new();
        for &stage in ReferralStage::ALL.iter().filter(|s| !s.is_final()) {
            let count = referrals::Entity::find()
                .filter(referrals::Column::CentreId.eq(centre.as_uuid()))
                .filter(referrals::Column::Stage.eq(stage.as_str()))
                .count(self.conn())
                .await?;
            counts.push((stage, count));
        }
        Ok(counts)
    }

    /// Follow-ups of the centre's referrals not yet done, due after `after` (when
    /// given) and on or before `by`, earliest first.
    pub async fn follow_ups_open(
        &self,
        centre: CentreId,
        after: Option<NaiveDate>,
        by: NaiveDate,
        few: u64,
    ) -> Result<Counted<FollowUp>> {
        let mut select = follow_ups::Entity::find()
            .filter(follow_ups::Column::DoneAt.is_null())
            .filter(follow_ups::Column::DueOn.lte(by));
        if let Some(after) = after {
            select = select.filter(follow_ups::Column::DueOn.gt(after));
        }
        let select = select.filter(
            follow_ups::Column::ReferralId.in_subquery(
                Query::select()
                    .column(referrals::Column::Id)
                    .from(referrals::Entity)
                    .and_where(referrals::Column::CentreId.eq(centre.as_uuid()))
                    .to_owned(),
            ),
        );
        let total = select.clone().count(self.conn()).await?;
        let rows = select
            .order_by_asc(follow_ups::Column::DueOn)
            .limit(few)
            .all(self.conn())
            .await?;
        Ok(Counted {
            total,
            first: rows.into_iter().map(follow_up).collect::<Result<_>>()?,
        })
    }
}
