//! What the admin's and the employer's home pages count: each centre's people,
//! caseworkers and open referrals; users by role; an employer's referrals by vacancy;
//! and the history of rule changes.

use std::collections::HashMap;

use crate::clock;
use chrono::{DateTime, Utc};
use forsa_domain::{CentreId, Money, ReferralStage, Role, RuleChangeKind, UserId, VacancyId};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
    sea_query::{Expr, ExprTrait},
};
use uuid::Uuid;

use crate::{
    Result, Tx,
    columns::parse,
    entities::{referrals, rule_changes, seekers, users},
};

/// One change to the rules, as the history keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleChange {
    pub at: DateTime<Utc>,
    pub actor_id: Option<UserId>,
    pub kind: RuleChangeKind,
    /// The permit type's code, the occupation group, or the day a wage applies from.
    pub subject: String,
    /// The minimum wage set, for that kind of change.
    pub amount: Option<Money>,
}

/// How many users hold a role, and how many of them are disabled.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RoleCount {
    pub active: u64,
    pub disabled: u64,
}

/// An employer's referrals to one vacancy: made since a day, and waiting for the
/// employer's answer.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct VacancyReferralCounts {
    pub new: u64,
    pub waiting: u64,
}

/// Counts of `select`'s rows by the value of `group` (rows without one are left out).
async fn count_by<E: EntityTrait>(
    tx: &Tx,
    select: Select<E>,
    group: E::Column,
) -> Result<HashMap<Uuid, u64>> {
    let rows: Vec<(Option<Uuid>, i64)> = select
        .select_only()
        .column(group)
        .column_as(Expr::col(group).count(), "n")
        .group_by(group)
        .into_tuple()
        .all(tx.conn())
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, n)| Some((id?, u64::try_from(n).ok()?)))
        .collect())
}

/// Counts by centre.
fn by_centre(counts: HashMap<Uuid, u64>) -> HashMap<CentreId, u64> {
    counts
        .into_iter()
        .map(|(id, n)| (CentreId::from_uuid(id), n))
        .collect()
}

impl Tx {
    /// The people registered and not archived at each centre.
    pub async fn people_by_centre(&self) -> Result<HashMap<CentreId, u64>> {
        let select = seekers::Entity::find().filter(seekers::Column::ArchivedAt.is_null());
        Ok(by_centre(
            count_by(self, select, seekers::Column::CentreId).await?,
        ))
    }

    /// The referrals in a stage that is not final at each centre.
    pub async fn open_referrals_by_centre(&self) -> Result<HashMap<CentreId, u64>> {
        let open: Vec<&str> = ReferralStage::ALL
            .iter()
            .filter(|s| !s.is_final())
            .map(|s| s.as_str())
            .collect();
        let select = referrals::Entity::find().filter(referrals::Column::Stage.is_in(open));
        Ok(by_centre(
            count_by(self, select, referrals::Column::CentreId).await?,
        ))
    }

    /// The caseworkers able to sign in at each centre.
    pub async fn caseworkers_by_centre(&self) -> Result<HashMap<CentreId, u64>> {
        let select = users::Entity::find()
            .filter(users::Column::Role.eq(Role::Caseworker.as_str()))
            .filter(users::Column::Disabled.eq(false));
        Ok(by_centre(
            count_by(self, select, users::Column::CentreId).await?,
        ))
    }

    /// The users of each role, those able to sign in and those disabled, in the
    /// roles' order.
    pub async fn users_by_role(&self) -> Result<Vec<(Role, RoleCount)>> {
        let rows: Vec<(String, bool, i64)> = users::Entity::find()
            .select_only()
            .column(users::Column::Role)
            .column(users::Column::Disabled)
            .column_as(Expr::col(users::Column::Id).count(), "n")
            .group_by(users::Column::Role)
            .group_by(users::Column::Disabled)
            .into_tuple()
            .all(self.conn())
            .await?;
        let mut by_role: Vec<(Role, RoleCount)> = Role::ALL
            .iter()
            .map(|&r| (r, RoleCount::default()))
            .collect();
        for (role, disabled, n) in rows {
            let role = parse("users.role", &role, Role::parse)?;
            let n = u64::try_from(n).unwrap_or(0);
            if let Some((_, count)) = by_role.iter_mut().find(|(r, _)| *r == role) {
                if disabled {
                    count.disabled += n;
                } else {
                    count.active += n;
                }
            }
        }
        Ok(by_role)
    }

    /// For each of `vacancies`, its referrals made since `since` and those waiting
    /// for the employer's answer (referred, not yet moved).
    pub async fn referral_counts_by_vacancy(
        &self,
        vacancies: &[VacancyId],
        since: DateTime<Utc>,
    ) -> Result<HashMap<VacancyId, VacancyReferralCounts>> {
        let ids: Vec<Uuid> = vacancies.iter().map(|v| v.as_uuid()).collect();
        let of_these =
            || referrals::Entity::find().filter(referrals::Column::VacancyId.is_in(ids.clone()));
        let new = count_by(
            self,
            of_these().filter(referrals::Column::CreatedAt.gte(since)),
            referrals::Column::VacancyId,
        )
        .await?;
        let waiting = count_by(
            self,
            of_these().filter(referrals::Column::Stage.eq(ReferralStage::Referred.as_str())),
            referrals::Column::VacancyId,
        )
        .await?;
        let mut found: HashMap<VacancyId, VacancyReferralCounts> = HashMap::new();
        for (id, n) in new {
            found.entry(VacancyId::from_uuid(id)).or_default().new = n;
        }
        for (id, n) in waiting {
            found.entry(VacancyId::from_uuid(id)).or_default().waiting = n;
        }
        Ok(found)
    }

    pub async fn record_rule_change(
        &self,
        actor: Option<UserId>,
        kind: RuleChangeKind,
        subject: &str,
        amount: Option<Money>,
    ) -> Result<()> {
        rule_changes::ActiveModel {
            id: Set(Uuid::now_v7()),
            at: Set(clock::now()),
            actor_id: Set(actor.map(|id| id.as_uuid())),
            change: Set(kind.as_str().to_owned()),
            subject: Set(subject.to_owned()),
            amount_fils: Set(amount.map(|m| m.fils())),
        }
        .insert(self.conn())
        .await?;
        Ok(())
    }

    /// The latest `few` changes to the rules, the latest first.
    pub async fn rule_changes(&self, few: u64) -> Result<Vec<RuleChange>> {
        let rows = rule_changes::Entity::find()
            .order_by_desc(rule_changes::Column::At)
            .order_by_desc(rule_changes::Column::Id)
            .limit(few)
            .all(self.conn())
            .await?;
        rows.into_iter()
            .map(|row| {
                Ok(RuleChange {
                    at: row.at,
                    actor_id: row.actor_id.map(UserId::from_uuid),
                    kind: parse("rule_changes.change", &row.change, RuleChangeKind::parse)?,
                    subject: row.subject,
                    amount: row.amount_fils.map(Money::from_fils),
                })
            })
            .collect()
    }
}
