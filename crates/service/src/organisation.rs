//! Centres and users: the admin's work.

use forsa_domain::{
    AuditAction, CentreId, Problem, Record, SubjectType, UserId,
    organisation::{Centre, CentreInput, Membership, NewUser, NewUserInput, User, UserPatchInput},
};

use forsa_store::Tx;

use crate::{Actor, Conflict, Page, Paged, Result, Service, ServiceError, access::require_admin};

/// Refuses a `centre_id` that names no centre.
pub(crate) async fn known_centre(tx: &Tx, centre: CentreId) -> Result<()> {
    match tx.centre(centre).await? {
        Some(_) => Ok(()),
        None => Err(ServiceError::invalid(
            "centre_id",
            Problem::Unknown {
                record: Record::Centre,
                code: None,
            },
        )),
    }
}

impl Service {
    pub async fn centres(&self, actor: &Actor) -> Result<Vec<Centre>> {
        require_admin(actor)?;
        let tx = self.begin().await?;
        let centres = tx.centres().await?;
        tx.commit().await?;
        Ok(centres)
    }

    pub async fn create_centre(&self, actor: &Actor, input: CentreInput) -> Result<Centre> {
        require_admin(actor)?;
        let details = input.parse()?;
        let tx = self.begin().await?;
        self.check_codes(&[], &[], &[("location", details.location.as_str())])?;
        let centre = tx.insert_centre(&details).await?;
        actor
            .audit(
                &tx,
                AuditAction::Create,
                SubjectType::Centre,
                centre.id.as_uuid(),
            )
            .await?;
        tx.commit().await?;
        Ok(centre)
    }

    /// Renames, moves or retimes centre `id`: its name, place, opening hours and time
    /// zone, all given again. Admins only.
    pub async fn update_centre(
        &self,
        actor: &Actor,
        id: CentreId,
        input: CentreInput,
    ) -> Result<Centre> {
        require_admin(actor)?;
        let details = input.parse()?;
        let tx = self.begin().await?;
        self.check_codes(&[], &[], &[("location", details.location.as_str())])?;
        let centre = tx
            .update_centre(id, &details)
            .await?
            .ok_or(ServiceError::NotFound)?;
        actor
            .audit(&tx, AuditAction::Update, SubjectType::Centre, id.as_uuid())
            .await?;
        tx.commit().await?;
        Ok(centre)
    }

    pub async fn users(&self, actor: &Actor, page: Page) -> Result<Paged<User>> {
        require_admin(actor)?;
        let tx = self.begin().await?;
        let users = tx.users(page).await?;
        tx.commit().await?;
        Ok(users)
    }

    /// One user, for the admin who manages them.
    pub async fn user(&self, actor: &Actor, id: UserId) -> Result<User> {
        require_admin(actor)?;
        let tx = self.begin().await?;
        let user = tx.user(id).await?.ok_or(ServiceError::NotFound)?;
        tx.commit().await?;
        Ok(user)
    }

    pub async fn create_user(&self, actor: &Actor, input: NewUserInput) -> Result<User> {
        require_admin(actor)?;
        self.insert_user(input.parse()?, Some(actor)).await
    }

    /// Changes a user. Admins change anyone; disabling or a new password signs the
    /// user out everywhere at once.
    pub async fn update_user(
        &self,
        actor: &Actor,
        id: UserId,
        input: UserPatchInput,
    ) -> Result<User> {
        require_admin(actor)?;
        let patch = input.parse()?;
        // An admin who disabled themselves could lock the centre out of its own
        // administration: another admin must do it.
        if patch.disabled == Some(true) && id == actor.user_id {
            return Err(ServiceError::invalid(
                "disabled",
                Problem::CannotDisableSelf,
            ));
        }
        let hash = match &patch.password {
            Some(password) => Some(self.hash_password(password).await?),
            None => None,
        };
        let tx = self.begin().await?;
        tx.user(id).await?.ok_or(ServiceError::NotFound)?;
        let user = tx
            .update_user(
                id,
                patch.name.as_deref(),
                patch.disabled,
                hash.as_deref(),
                patch.locale,
            )
            .await?;
        let action = if patch.disabled == Some(true) {
            AuditAction::Disable
        } else {
            AuditAction::Update
        };
        actor
            .audit(&tx, action, SubjectType::User, id.as_uuid())
            .await?;
        tx.commit().await?;
        Ok(user)
    }

    /// The user with `email`, as the actor of what an operator does on their behalf
    /// at the command line (an import): not found when there is no such user, or they
    /// are disabled.
    pub async fn actor_by_email(&self, email: &str) -> Result<Actor> {
        let email = forsa_domain::email::Email::parse(email)
            .map_err(|problem| ServiceError::invalid("email", problem))?;
        let tx = self.begin().await?;
        let user = tx
            .credentials(&email)
            .await?
            .map(|found| found.user)
            .filter(|user| !user.disabled)
            .ok_or(ServiceError::NotFound)?;
        tx.commit().await?;
        Ok(Actor {
            user_id: user.id,
            membership: crate::auth::membership_of(&user)?,
        })
    }

    /// Creates the first admin (or another one) from the command line.
    pub async fn bootstrap_admin(&self, input: NewUserInput) -> Result<User> {
        let new = NewUser {
            membership: Membership::Admin,
            ..input.parse()?
        };
        self.insert_user(new, None).await
    }

    /// Inserts a user whose email is not yet taken, with an audit event naming who
    /// created them (`None`: the command line).
    async fn insert_user(&self, new: NewUser, by: Option<&Actor>) -> Result<User> {
        let hash = self.hash_password(&new.password).await?;
        let tx = self.begin().await?;
        match new.membership {
            Membership::Caseworker(centre) => known_centre(&tx, centre).await?,
            Membership::Employer(employer) if tx.employer(employer).await?.is_none() => {
                return Err(ServiceError::invalid(
                    "employer_id",
                    Problem::Unknown {
                        record: Record::Employer,
                        code: None,
                    },
                ));
            }
            _ => {}
        }
        if tx.credentials(&new.email).await?.is_some() {
            return Err(ServiceError::Conflict(Conflict::EmailTaken));
        }
        let user = tx
            .insert_user(&new.email, &new.name, new.membership, &hash, new.locale)
            .await?;
        tx.record_audit(
            by.map(|actor| (actor.user_id, actor.role())),
            AuditAction::Create,
            SubjectType::User,
            user.id.as_uuid(),
        )
        .await?;
        tx.commit().await?;
        Ok(user)
    }
}

impl Service {
    /// The access log, by subject or by actor. Admins only.
    pub async fn audit_events(
        &self,
        actor: &Actor,
        subject: Option<(SubjectType, uuid::Uuid)>,
        by: Option<UserId>,
        page: Page,
    ) -> Result<Paged<crate::AuditEvent>> {
        require_admin(actor)?;
        if subject.is_none() && by.is_none() {
            return Err(ServiceError::invalid(
                "subject_id",
                Problem::SubjectOrActorNeeded,
            ));
        }
        let tx = self.begin().await?;
        let events = tx
            .audit_events(&forsa_store::AuditQuery { subject, actor: by }, page)
            .await?;
        tx.commit().await?;
        Ok(events)
    }
}
