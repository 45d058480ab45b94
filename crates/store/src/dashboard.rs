//! What a centre's dashboard counts: new registrations, open referrals by stage,
//! follow-ups due and permits running out. Each gives the total and the first few.

use chrono::{DateTime, NaiveDate, Utc};
use forsa_domain::{
    CentreId, PermitStatus, ReferralStage, permit::WorkPermit, referral::FollowUp, seeker::Seeker,
};
use sea_orm::{
    ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Query,
};

use crate::{
    Result, Tx,
    entities::{follow_ups, referrals, seekers, work_permits},
    permits::permit,
    referrals::follow_up,
    seekers::seeker,
};

/// A total and the first few of what it counts.
#[derive(Debug, Clone)]
pub struct Counted<T> {
    pub total: u64,
    pub first: Vec<T>,
}

/// The ids of a centre's seekers still on its books, as a subquery.
fn centre_seekers(centre: CentreId) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(seekers::Column::Id)
        .from(seekers::Entity)
        .and_where(seekers::Column::CentreId.eq(centre.as_uuid()))
        .and_where(seekers::Column::ArchivedAt.is_null())
        .to_owned()
}

impl Tx {
    /// The centre's seekers registered since `since`, newest first.
    pub async fn seekers_registered_since(
        &self,
        centre: CentreId,
        since: DateTime<Utc>,
        few: u64,
    ) -> Result<Counted<Seeker>> {
        let select = seekers::Entity::find()
            .filter(seekers::Column::CentreId.eq(centre.as_uuid()))
            .filter(seekers::Column::ArchivedAt.is_null())
            .filter(seekers::Column::CreatedAt.gte(since));
        let total = select.clone().count(self.conn()).await?;
        let rows = select
            .order_by_desc(seekers::Column::CreatedAt)
            .limit(few)
            .all(self.conn())
            .await?;
        Ok(Counted {
            total,
            first: rows.into_iter().map(seeker).collect::<Result<_>>()?,
        })
    }

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

    /// Active permits of the centre's seekers whose last day falls from `from` to
    /// `until`, soonest first.
    pub async fn permits_expiring(
        &self,
        centre: CentreId,
        from: NaiveDate,
        until: NaiveDate,
        few: u64,
    ) -> Result<Counted<WorkPermit>> {
        let select = work_permits::Entity::find()
            .filter(work_permits::Column::Status.eq(PermitStatus::Active.as_str()))
            .filter(work_permits::Column::ValidUntil.between(from, until))
            .filter(work_permits::Column::SeekerId.in_subquery(centre_seekers(centre)));
        let total = select.clone().count(self.conn()).await?;
        let rows = select
            .order_by_asc(work_permits::Column::ValidUntil)
            .limit(few)
            .all(self.conn())
            .await?;
        Ok(Counted {
            total,
            first: rows.into_iter().map(permit).collect::<Result<_>>()?,
        })
    }
}
