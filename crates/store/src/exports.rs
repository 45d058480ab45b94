//! What was exported: which list, in which format, how many rows, narrowed by which
//! filters (their names only). The audit log's event about it names who.

use chrono::{DateTime, Utc};
use forsa_domain::{ExportFormat, ExportId, ExportList};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

use crate::{Result, Tx, clock, columns::parse, entities::exports};

/// One export of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRecord {
    pub id: ExportId,
    pub at: DateTime<Utc>,
    pub list: ExportList,
    pub format: ExportFormat,
    pub rows: u64,
    /// The names of the filters that narrowed the list (`status`, `q`).
    pub filters: Vec<String>,
}

impl Tx {
    pub async fn record_export(
        &self,
        list: ExportList,
        format: ExportFormat,
        rows: u64,
        filters: &[&str],
    ) -> Result<ExportRecord> {
        let record = ExportRecord {
            id: ExportId::generate(),
            at: clock::now(),
            list,
            format,
            rows,
            filters: filters.iter().map(|&f| f.to_owned()).collect(),
        };
        exports::ActiveModel {
            id: Set(record.id.as_uuid()),
            at: Set(record.at),
            list: Set(list.as_str().to_owned()),
            format: Set(format.as_str().to_owned()),
            rows: Set(i64::try_from(rows).unwrap_or(i64::MAX)),
            filters: Set(record.filters.join(",")),
        }
        .insert(self.conn())
        .await?;
        Ok(record)
    }

    pub async fn export_record(&self, id: ExportId) -> Result<Option<ExportRecord>> {
        let Some(model) = exports::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        Ok(Some(ExportRecord {
            id,
            at: model.at,
            list: parse("exports.list", &model.list, ExportList::parse)?,
            format: parse("exports.format", &model.format, ExportFormat::parse)?,
            rows: u64::try_from(model.rows).unwrap_or(0),
            filters: model
                .filters
                .split(',')
                .filter(|f| !f.is_empty())
                .map(str::to_owned)
                .collect(),
        }))
    }
}
