//! What the search index reads: records by id in batches, every record in id order
//! for a rebuild, and the labels of the classifications.

use std::collections::HashMap;

use forsa_domain::{
    EmployerId, SeekerId, VacancyId, employer::EmployerName, permit::WorkPermit, seeker::Seeker,
    vacancy::Vacancy,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::{
    Result, Tx,
    entities::{employers, outbox, seekers, vacancies, work_permits},
    permits::permit,
    seekers::seeker,
    vacancies::vacancy,
};

impl Tx {
    /// The last outbox position written, or 0.
    pub async fn last_outbox_position(&self) -> Result<i64> {
        let last = outbox::Entity::find()
            .order_by_desc(outbox::Column::Position)
            .one(self.conn())
            .await?;
        Ok(last.map_or(0, |row| row.position))
    }

    /// Seekers by id, archived ones included; missing ids are left out.
    pub async fn seekers_by_id(&self, ids: &[SeekerId]) -> Result<Vec<Seeker>> {
        let ids: Vec<Uuid> = ids.iter().map(SeekerId::as_uuid).collect();
        seekers::Entity::find()
            .filter(seekers::Column::Id.is_in(ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(seeker)
            .collect()
    }

    /// Seekers not archived, in id order after `after`: a rebuild's batches.
    pub async fn seekers_after(&self, after: Option<SeekerId>, limit: u64) -> Result<Vec<Seeker>> {
        let mut select = seekers::Entity::find().filter(seekers::Column::ArchivedAt.is_null());
        if let Some(after) = after {
            select = select.filter(seekers::Column::Id.gt(after.as_uuid()));
        }
        select
            .order_by_asc(seekers::Column::Id)
            .limit(limit)
            .all(self.conn())
            .await?
            .into_iter()
            .map(seeker)
            .collect()
    }

    /// The permits of each of `seekers`.
    pub async fn permits_of_seekers(
        &self,
        seekers: &[SeekerId],
    ) -> Result<HashMap<SeekerId, Vec<WorkPermit>>> {
        let ids: Vec<Uuid> = seekers.iter().map(SeekerId::as_uuid).collect();
        let rows = work_permits::Entity::find()
            .filter(work_permits::Column::SeekerId.is_in(ids))
            .order_by_asc(work_permits::Column::Id)
            .all(self.conn())
            .await?;
        let mut permits: HashMap<SeekerId, Vec<WorkPermit>> = HashMap::new();
        for row in rows {
            let permit = permit(row)?;
            permits.entry(permit.seeker_id).or_default().push(permit);
        }
        Ok(permits)
    }

    pub async fn vacancies_by_id(&self, ids: &[VacancyId]) -> Result<Vec<Vacancy>> {
        let ids: Vec<Uuid> = ids.iter().map(VacancyId::as_uuid).collect();
        vacancies::Entity::find()
            .filter(vacancies::Column::Id.is_in(ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(vacancy)
            .collect()
    }

    /// Vacancies in id order after `after`: a rebuild's batches.
    pub async fn vacancies_after(
        &self,
        after: Option<VacancyId>,
        limit: u64,
    ) -> Result<Vec<Vacancy>> {
        let mut select = vacancies::Entity::find();
        if let Some(after) = after {
            select = select.filter(vacancies::Column::Id.gt(after.as_uuid()));
        }
        select
            .order_by_asc(vacancies::Column::Id)
            .limit(limit)
            .all(self.conn())
            .await?
            .into_iter()
            .map(vacancy)
            .collect()
    }

    /// The ids of an employer's vacancies.
    pub async fn vacancy_ids_of(&self, employer: EmployerId) -> Result<Vec<VacancyId>> {
        let ids: Vec<Uuid> = vacancies::Entity::find()
            .select_only()
            .column(vacancies::Column::Id)
            .filter(vacancies::Column::EmployerId.eq(employer.as_uuid()))
            .into_tuple()
            .all(self.conn())
            .await?;
        Ok(ids.into_iter().map(VacancyId::from_uuid).collect())
    }

    /// Employers' names, in each language, by id.
    pub async fn employer_names(
        &self,
        ids: &[EmployerId],
    ) -> Result<HashMap<EmployerId, EmployerName>> {
        let ids: Vec<Uuid> = ids.iter().map(EmployerId::as_uuid).collect();
        let rows: Vec<(Uuid, Option<String>, Option<String>)> = employers::Entity::find()
            .select_only()
            .column(employers::Column::Id)
            .column(employers::Column::NameAr)
            .column(employers::Column::NameEn)
            .filter(employers::Column::Id.is_in(ids))
            .into_tuple()
            .all(self.conn())
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, ar, en)| (EmployerId::from_uuid(id), EmployerName { ar, en }))
            .collect())
    }
}
