//! The access log: who did what to which record, and when. It never holds what the
//! record says.

use crate::clock;
use chrono::{DateTime, Utc};
use forsa_domain::{AuditAction, AuditEventId, Role, SubjectType, UserId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde::Serialize;
use uuid::Uuid;

use crate::{Page, Paged, Result, Tx, WRITE_CHUNK, columns::parse, entities::audit_events};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEvent {
    pub id: AuditEventId,
    pub at: DateTime<Utc>,
    pub actor_id: Option<UserId>,
    pub actor_role: Option<Role>,
    pub action: AuditAction,
    pub subject_type: SubjectType,
    pub subject_id: Uuid,
}

#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    pub subject: Option<(SubjectType, Uuid)>,
    pub actor: Option<UserId>,
}

fn event(model: audit_events::Model) -> Result<AuditEvent> {
    Ok(AuditEvent {
        id: AuditEventId::from_uuid(model.id),
        at: model.at,
        actor_id: model.actor_id.map(UserId::from_uuid),
        actor_role: model
            .actor_role
            .as_deref()
            .map(|r| parse("audit_events.actor_role", r, Role::parse))
            .transpose()?,
        action: parse("audit_events.action", &model.action, AuditAction::parse)?,
        subject_type: parse(
            "audit_events.subject_type",
            &model.subject_type,
            SubjectType::parse,
        )?,
        subject_id: model.subject_id,
    })
}

impl Tx {
    pub async fn record_audit(
        &self,
        actor: Option<(UserId, Role)>,
        action: AuditAction,
        subject_type: SubjectType,
        subject_id: Uuid,
    ) -> Result<()> {
        let event = audit_events::ActiveModel {
            id: Set(AuditEventId::generate().as_uuid()),
            at: Set(clock::now()),
            actor_id: Set(actor.map(|(id, _)| id.as_uuid())),
            actor_role: Set(actor.map(|(_, role)| role.as_str().to_owned())),
            action: Set(action.as_str().to_owned()),
            subject_type: Set(subject_type.as_str().to_owned()),
            subject_id: Set(subject_id),
        };
        if let Some(event) = self.defer(event, |deferred, event| deferred.audit.push(event)) {
            event.insert(self.conn()).await?;
        }
        Ok(())
    }

    /// Writes a batch's audit events, a few hundred to a statement.
    pub(crate) async fn write_audit(&self, events: Vec<audit_events::ActiveModel>) -> Result<()> {
        for chunk in events.chunks(WRITE_CHUNK) {
            audit_events::Entity::insert_many(chunk.to_vec())
                .exec(self.conn())
                .await?;
        }
        Ok(())
    }

    /// Every event about any of `subjects` (a person and what is attached to them),
    /// the newest first; at most `limit`.
    pub async fn audit_events_about(
        &self,
        subjects: &[(SubjectType, Uuid)],
        limit: u64,
    ) -> Result<Vec<AuditEvent>> {
        use sea_orm::Condition;

        if subjects.is_empty() {
            return Ok(Vec::new());
        }
        let mut any = Condition::any();
        for kind in SubjectType::ALL {
            let ids: Vec<Uuid> = subjects
                .iter()
                .filter(|(subject_type, _)| subject_type == kind)
                .map(|(_, id)| *id)
                .collect();
            if !ids.is_empty() {
                any = any.add(
                    Condition::all()
                        .add(audit_events::Column::SubjectType.eq(kind.as_str()))
                        .add(audit_events::Column::SubjectId.is_in(ids)),
                );
            }
        }
        audit_events::Entity::find()
            .filter(any)
            .order_by_desc(audit_events::Column::At)
            .order_by_desc(audit_events::Column::Id)
            .limit(limit)
            .all(self.conn())
            .await?
            .into_iter()
            .map(event)
            .collect()
    }

    pub async fn audit_events(&self, query: &AuditQuery, page: Page) -> Result<Paged<AuditEvent>> {
        let mut select = audit_events::Entity::find();
        if let Some((subject_type, subject_id)) = query.subject {
            select = select
                .filter(audit_events::Column::SubjectType.eq(subject_type.as_str()))
                .filter(audit_events::Column::SubjectId.eq(subject_id));
        }
        if let Some(actor) = query.actor {
            select = select.filter(audit_events::Column::ActorId.eq(actor.as_uuid()));
        }
        let total = select.clone().count(self.conn()).await?;
        let rows = select
            .order_by_desc(audit_events::Column::At)
            .order_by_desc(audit_events::Column::Id)
            .offset(page.offset())
            .limit(page.size)
            .all(self.conn())
            .await?;
        Ok(Paged {
            items: rows.into_iter().map(event).collect::<Result<_>>()?,
            total,
            page: page.number,
            per_page: page.size,
        })
    }
}
