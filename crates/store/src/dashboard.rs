//! What a centre's dashboard counts besides its queues: open referrals by stage and
//! the follow-ups due and coming, each with the total and the first few.

use chrono::NaiveDate;
use forsa_domain::{CentreId, ReferralStage, referral::FollowUp};
use sea_orm::{
    ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
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
        // Each follow-up's referral looked up by its id: `referral_id IN (the
        // centre's referrals)` read every referral of the centre first (0.35 s among
        // 200 000; 0.09 s so).
        let select = select.filter(Expr::exists(
            Query::select()
                .expr(Expr::val(1))
                .from(referrals::Entity)
                .and_where(
                    Expr::col((referrals::Entity, referrals::Column::Id))
                        .equals((follow_ups::Entity, follow_ups::Column::ReferralId)),
                )
                .and_where(
                    Expr::col((referrals::Entity, referrals::Column::CentreId))
                        .eq(centre.as_uuid()),
                )
                .to_owned(),
        ));
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
