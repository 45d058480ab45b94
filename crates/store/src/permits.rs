use crate::clock;
use forsa_domain::{
    DateRange, EmployerId, PermitId, PermitStatus, SeekerId,
    permit::{PermitDetails, WorkPermit},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder,
};

use crate::{Result, StoreError, Tx, columns::parse, entities::work_permits, staging::Staged};

pub(crate) fn permit(model: work_permits::Model) -> Result<WorkPermit> {
    Ok(WorkPermit {
        id: PermitId::from_uuid(model.id),
        seeker_id: SeekerId::from_uuid(model.seeker_id),
        details: PermitDetails {
            validity: DateRange::new(model.valid_from, model.valid_until)
                .map_err(|e| StoreError::Corrupt(format!("work_permits.valid_until: {e}")))?,
            status: parse("work_permits.status", &model.status, PermitStatus::parse)?,
            permit_type: model.permit_type,
            number: model.number,
            issuer: model.issuer,
            employer_id: model.employer_id.map(EmployerId::from_uuid),
        },
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}

fn set_details(active: &mut work_permits::ActiveModel, details: &PermitDetails) {
    active.permit_type = Set(details.permit_type.clone());
    active.number = Set(details.number.clone());
    active.issuer = Set(details.issuer.clone());
    active.valid_from = Set(details.validity.from());
    active.valid_until = Set(details.validity.until());
    active.employer_id = Set(details.employer_id.map(|id| id.as_uuid()));
    active.status = Set(details.status.as_str().to_owned());
}

impl Tx {
    pub async fn insert_permit(
        &self,
        seeker: SeekerId,
        details: &PermitDetails,
    ) -> Result<WorkPermit> {
        let now = clock::now();
        let mut active = work_permits::ActiveModel {
            id: Set(PermitId::generate().as_uuid()),
            seeker_id: Set(seeker.as_uuid()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        set_details(&mut active, details);
        permit(self.insert_or_stage(active, Staged::permit).await?)
    }

    pub async fn permit(&self, id: PermitId) -> Result<Option<WorkPermit>> {
        work_permits::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(permit)
            .transpose()
    }

    pub async fn permits_of(&self, seeker: SeekerId) -> Result<Vec<WorkPermit>> {
        self.flush_for(seeker).await?;
        let rows = work_permits::Entity::find()
            .filter(work_permits::Column::SeekerId.eq(seeker.as_uuid()))
            .order_by_desc(work_permits::Column::ValidUntil)
            .all(self.conn())
            .await?;
        rows.into_iter().map(permit).collect()
    }

    pub async fn update_permit(&self, id: PermitId, details: &PermitDetails) -> Result<WorkPermit> {
        let model = work_permits::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::Corrupt("permit vanished during update".to_owned()))?;
        let mut active = model.into_active_model();
        set_details(&mut active, details);
        active.updated_at = Set(clock::now());
        permit(active.update(self.conn()).await?)
    }
}
