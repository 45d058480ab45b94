use forsa_domain::{AuditAction, Role, SeekerId, SubjectType, UserId, organisation::Membership};
use forsa_store::Tx;
use uuid::Uuid;

use crate::Result;

/// Who is asking: a signed-in user and where they belong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub user_id: UserId,
    pub membership: Membership,
}

impl Actor {
    pub fn role(&self) -> Role {
        self.membership.role()
    }

    pub fn is_admin(&self) -> bool {
        self.membership == Membership::Admin
    }

    /// Writes an audit event for something this actor did.
    pub(crate) async fn audit(
        &self,
        tx: &Tx,
        action: AuditAction,
        subject: SubjectType,
        id: Uuid,
    ) -> Result<()> {
        tx.record_audit(Some((self.user_id, self.role())), action, subject, id)
            .await?;
        Ok(())
    }

    /// Writes a `list` audit event for each seeker shown to this actor in a list.
    pub(crate) async fn audit_listed(
        &self,
        tx: &Tx,
        seekers: impl IntoIterator<Item = SeekerId>,
    ) -> Result<()> {
        for seeker in seekers {
            self.audit(tx, AuditAction::List, SubjectType::Seeker, seeker.as_uuid())
                .await?;
        }
        Ok(())
    }
}
