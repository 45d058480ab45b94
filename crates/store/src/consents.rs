use std::collections::{HashMap, HashSet};

use crate::clock;
use forsa_domain::{ConsentId, ConsentMethod, ConsentPurpose, SeekerId, UserId, consent::Consent};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, prelude::Uuid,
};

use crate::{Result, StoreError, Tx, columns::parse, entities::consents, staging::Staged};

fn consent(model: consents::Model) -> Result<Consent> {
    Ok(Consent {
        id: ConsentId::from_uuid(model.id),
        seeker_id: SeekerId::from_uuid(model.seeker_id),
        purpose: parse("consents.purpose", &model.purpose, ConsentPurpose::parse)?,
        method: model
            .method
            .as_deref()
            .map(|raw| parse("consents.method", raw, ConsentMethod::parse))
            .transpose()?,
        granted_at: model.granted_at,
        granted_by: UserId::from_uuid(model.granted_by),
        withdrawn_at: model.withdrawn_at,
        withdrawn_by: model.withdrawn_by.map(UserId::from_uuid),
    })
}

impl Tx {
    pub async fn insert_consent(
        &self,
        seeker: SeekerId,
        purpose: ConsentPurpose,
        method: ConsentMethod,
        by: UserId,
    ) -> Result<Consent> {
        let active = consents::ActiveModel {
            id: Set(ConsentId::generate().as_uuid()),
            seeker_id: Set(seeker.as_uuid()),
            purpose: Set(purpose.as_str().to_owned()),
            method: Set(Some(method.as_str().to_owned())),
            granted_at: Set(clock::now()),
            granted_by: Set(by.as_uuid()),
            withdrawn_at: Set(None),
            withdrawn_by: Set(None),
        };
        consent(self.insert_or_stage(active, Staged::consent).await?)
    }

    pub async fn consent(&self, id: ConsentId) -> Result<Option<Consent>> {
        consents::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(consent)
            .transpose()
    }

    pub async fn consents_of(&self, seeker: SeekerId) -> Result<Vec<Consent>> {
        self.flush_for(seeker).await?;
        let rows = consents::Entity::find()
            .filter(consents::Column::SeekerId.eq(seeker.as_uuid()))
            .order_by_desc(consents::Column::GrantedAt)
            .all(self.conn())
            .await?;
        rows.into_iter().map(consent).collect()
    }

    /// The consents of each of `seekers`, the newest first: one read for a slice of
    /// people.
    pub async fn consents_of_seekers(
        &self,
        seekers: &[SeekerId],
    ) -> Result<HashMap<SeekerId, Vec<Consent>>> {
        let ids: Vec<Uuid> = seekers.iter().map(SeekerId::as_uuid).collect();
        let rows = consents::Entity::find()
            .filter(consents::Column::SeekerId.is_in(ids))
            .order_by_desc(consents::Column::GrantedAt)
            .all(self.conn())
            .await?;
        let mut by_seeker: HashMap<SeekerId, Vec<Consent>> = HashMap::new();
        for row in rows {
            let consent = consent(row)?;
            by_seeker
                .entry(consent.seeker_id)
                .or_default()
                .push(consent);
        }
        Ok(by_seeker)
    }

    /// Those of `seekers` whose consent for `purpose` is in force: one read for a
    /// page of people.
    pub async fn consenting(
        &self,
        seekers: &[SeekerId],
        purpose: ConsentPurpose,
    ) -> Result<HashSet<SeekerId>> {
        let ids: Vec<Uuid> = seekers.iter().map(SeekerId::as_uuid).collect();
        let rows = consents::Entity::find()
            .filter(consents::Column::SeekerId.is_in(ids))
            .filter(consents::Column::Purpose.eq(purpose.as_str()))
            .all(self.conn())
            .await?;
        let mut consenting = HashSet::new();
        for row in rows {
            let consent = consent(row)?;
            if consent.in_force() {
                consenting.insert(consent.seeker_id);
            }
        }
        Ok(consenting)
    }

    pub async fn withdraw_consent(&self, id: ConsentId, by: UserId) -> Result<Consent> {
        let model = consents::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::Corrupt("consent vanished during update".to_owned()))?;
        let mut active = model.into_active_model();
        active.withdrawn_at = Set(Some(clock::now()));
        active.withdrawn_by = Set(Some(by.as_uuid()));
        consent(active.update(self.conn()).await?)
    }
}
