//! Reports count a period's registrations, referrals and moves of referrals among a
//! million people: indexes on when each was made let the database read only the
//! period's; the people's index holds every column a report of people groups by or
//! filters on, in the order it groups by them (`forsa_store::reports`), so that it is
//! read in that order instead of their whole records. A follow-up is told from its
//! referral's others by an index on the referral and the day.

use sea_orm_migration::prelude::*;

use crate::tables::{NamedIndexes, create_indexes, drop_indexes};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each index: its name, its table and its columns.
const INDEXES: &NamedIndexes = &[
    (
        "ix_seekers_reports",
        "seekers",
        &[
            "centre_id",
            "gender",
            "status",
            "birth_year",
            "nationality",
            "location",
            "merged_into",
            "created_at",
            "archived_at",
        ],
    ),
    (
        "ix_referral_events_reports",
        "referral_events",
        &["to_stage", "at", "referral_id"],
    ),
    ("ix_referrals_created_at", "referrals", &["created_at"]),
    (
        "ix_work_permits_created_at",
        "work_permits",
        &["created_at"],
    ),
    // Which of a hire's follow-ups one is: those of its referral due before it.
    (
        "ix_follow_ups_referral_id_due_on",
        "follow_ups",
        &["referral_id", "due_on"],
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_indexes(manager, INDEXES).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_indexes(manager, INDEXES).await
    }
}
