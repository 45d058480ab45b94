use chrono::{DateTime, Utc};
use forsa_domain::{AuditAction, AuditEventId, Role, SubjectType, UserId};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// Who did what to which record, and when. Never personal data.
#[derive(Serialize, ToSchema)]
pub struct AuditEvent {
    pub id: AuditEventId,
    pub at: DateTime<Utc>,
    pub actor_id: Option<UserId>,
    pub actor_role: Option<Role>,
    pub action: AuditAction,
    pub subject_type: SubjectType,
    pub subject_id: Uuid,
}

impl From<forsa_service::AuditEvent> for AuditEvent {
    fn from(e: forsa_service::AuditEvent) -> Self {
        AuditEvent {
            id: e.id,
            at: e.at,
            actor_id: e.actor_id,
            actor_role: e.actor_role,
            action: e.action,
            subject_type: e.subject_type,
            subject_id: e.subject_id,
        }
    }
}
