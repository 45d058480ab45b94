use crate::clock;
use forsa_domain::{
    CentreId, Email, EmployerId, Locale, Role, UserId,
    organisation::{Membership, User},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use crate::{Page, Paged, Result, StoreError, Tx, columns::parse, entities::users};

/// What sign-in checks: the user and their password hash.
pub struct Credentials {
    pub user: User,
    pub password_hash: String,
}

fn user(model: users::Model) -> Result<User> {
    Ok(User {
        id: UserId::from_uuid(model.id),
        email: parse("users.email", &model.email, Email::parse)?,
        role: parse("users.role", &model.role, Role::parse)?,
        locale: parse("users.locale", &model.locale, Locale::parse)?,
        name: model.name,
        centre_id: model.centre_id.map(CentreId::from_uuid),
        employer_id: model.employer_id.map(EmployerId::from_uuid),
        disabled: model.disabled,
        token_version: model.token_version,
        created_at: model.created_at,
    })
}

impl Tx {
    pub async fn insert_user(
        &self,
        email: &Email,
        name: &str,
        membership: Membership,
        password_hash: &str,
        locale: Locale,
    ) -> Result<User> {
        let now = clock::now();
        let model = users::ActiveModel {
            id: Set(UserId::generate().as_uuid()),
            email: Set(email.to_string()),
            name: Set(name.to_owned()),
            role: Set(membership.role().as_str().to_owned()),
            centre_id: Set(membership.centre_id().map(|id| id.as_uuid())),
            employer_id: Set(membership.employer_id().map(|id| id.as_uuid())),
            password_hash: Set(password_hash.to_owned()),
            disabled: Set(false),
            token_version: Set(0),
            locale: Set(locale.as_str().to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
        };
        user(model.insert(self.conn()).await?)
    }

    pub async fn user(&self, id: UserId) -> Result<Option<User>> {
        users::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(user)
            .transpose()
    }

    /// These users, found by id (those that exist).
    pub async fn users_by_id(&self, ids: &[UserId]) -> Result<Vec<User>> {
        users::Entity::find()
            .filter(users::Column::Id.is_in(ids.iter().map(|id| id.as_uuid())))
            .all(self.conn())
            .await?
            .into_iter()
            .map(user)
            .collect()
    }

    pub async fn credentials(&self, email: &Email) -> Result<Option<Credentials>> {
        let Some(model) = users::Entity::find()
            .filter(users::Column::Email.eq(email.as_str()))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let password_hash = model.password_hash.clone();
        Ok(Some(Credentials {
            user: user(model)?,
            password_hash,
        }))
    }

    pub async fn users(&self, page: Page) -> Result<Paged<User>> {
        let query = users::Entity::find().order_by_asc(users::Column::Email);
        let total = query.clone().count(self.conn()).await?;
        let rows = query
            .offset(page.offset())
            .limit(page.size)
            .all(self.conn())
            .await?;
        Ok(Paged {
            items: rows.into_iter().map(user).collect::<Result<_>>()?,
            total,
            page: page.number,
            per_page: page.size,
        })
    }

    /// Changes what is given; a new password or disabling also bumps the token
    /// version, so that tokens issued before stop working at once.
    pub async fn update_user(
        &self,
        id: UserId,
        name: Option<&str>,
        disabled: Option<bool>,
        password_hash: Option<&str>,
        locale: Option<Locale>,
    ) -> Result<User> {
        let model = users::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::Corrupt("user vanished during update".to_owned()))?;
        let revoke = password_hash.is_some() || disabled == Some(true);
        let version = model.token_version;
        let mut active = model.into_active_model();
        if let Some(name) = name {
            active.name = Set(name.to_owned());
        }
        if let Some(disabled) = disabled {
            active.disabled = Set(disabled);
        }
        if let Some(hash) = password_hash {
            active.password_hash = Set(hash.to_owned());
        }
        if let Some(locale) = locale {
            active.locale = Set(locale.as_str().to_owned());
        }
        if revoke {
            active.token_version = Set(version + 1);
        }
        active.updated_at = Set(clock::now());
        user(active.update(self.conn()).await?)
    }

    /// Makes every token issued to the user so far invalid (sign-out everywhere).
    pub async fn revoke_tokens(&self, id: UserId) -> Result<()> {
        if let Some(model) = users::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
        {
            let version = model.token_version;
            let mut active = model.into_active_model();
            active.token_version = Set(version + 1);
            active.update(self.conn()).await?;
        }
        Ok(())
    }
}
