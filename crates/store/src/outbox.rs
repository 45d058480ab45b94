//! The outbox: every change to an indexed record appends a row in the same
//! transaction, and the index follows the rows in order.

use crate::clock;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Statement,
};
use uuid::Uuid;

use crate::{Result, Tx, WRITE_CHUNK, columns::parse, entities::outbox};

/// The advisory lock that orders outbox writers on PostgreSQL ("forsa" in ASCII).
const OUTBOX_LOCK: i64 = 0x0066_6f72_7361;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxOperation {
    Upsert,
    Delete,
}

impl OutboxOperation {
    fn as_str(self) -> &'static str {
        match self {
            OutboxOperation::Upsert => "upsert",
            OutboxOperation::Delete => "delete",
        }
    }

    fn parse(raw: &str) -> Result<Self, String> {
        match raw {
            "upsert" => Ok(OutboxOperation::Upsert),
            "delete" => Ok(OutboxOperation::Delete),
            other => Err(format!("unknown operation {other}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutboxEntry {
    pub position: i64,
    /// `vacancy` or `seeker`.
    pub entity_type: String,
    pub entity_id: Uuid,
    pub operation: OutboxOperation,
    pub created_at: DateTime<Utc>,
}

impl Tx {
    pub async fn append_outbox(
        &self,
        entity_type: &str,
        entity_id: Uuid,
        operation: OutboxOperation,
    ) -> Result<()> {
        let entry = outbox::ActiveModel {
            position: NotSet,
            entity_type: Set(entity_type.to_owned()),
            entity_id: Set(entity_id),
            operation: Set(operation.as_str().to_owned()),
            created_at: Set(clock::now()),
        };
        if let Some(entry) = self.defer(entry, |deferred, entry| deferred.outbox.push(entry)) {
            self.write_outbox(vec![entry]).await?;
        }
        Ok(())
    }

    /// Writes outbox rows in the order given, a few hundred to a statement.
    pub(crate) async fn write_outbox(&self, entries: Vec<outbox::ActiveModel>) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        // On PostgreSQL, positions are handed out when rows are inserted but become
        // visible when transactions commit, which can be in another order: a follower
        // could read position 8 before 7 commits and never see 7. Transactions that
        // write the outbox therefore take turns from here to their commit. (SQLite
        // has one writer at a time already.)
        if self.conn().get_database_backend() == DatabaseBackend::Postgres {
            self.conn()
                .execute_raw(Statement::from_string(
                    DatabaseBackend::Postgres,
                    format!("SELECT pg_advisory_xact_lock({OUTBOX_LOCK})"),
                ))
                .await?;
        }
        for chunk in entries.chunks(WRITE_CHUNK) {
            outbox::Entity::insert_many(chunk.to_vec())
                .exec(self.conn())
                .await?;
        }
        Ok(())
    }

    /// Entries after `position`, oldest first.
    pub async fn outbox_after(&self, position: i64, limit: u64) -> Result<Vec<OutboxEntry>> {
        let rows = outbox::Entity::find()
            .filter(outbox::Column::Position.gt(position))
            .order_by_asc(outbox::Column::Position)
            .limit(limit)
            .all(self.conn())
            .await?;
        rows.into_iter()
            .map(|row| {
                Ok(OutboxEntry {
                    operation: parse("outbox.operation", &row.operation, OutboxOperation::parse)?,
                    position: row.position,
                    entity_type: row.entity_type,
                    entity_id: row.entity_id,
                    created_at: row.created_at,
                })
            })
            .collect()
    }
}
