use crate::clock;
use forsa_domain::{
    CentreId, LocationCode,
    hours::OpeningHours,
    organisation::{Centre, CentreDetails, TimeZone},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, QueryOrder};

use crate::{Result, Tx, columns::parse, entities::centres};

fn centre(model: centres::Model) -> Result<Centre> {
    Ok(Centre {
        id: CentreId::from_uuid(model.id),
        location: parse("centres.location", &model.location, LocationCode::parse)?,
        name_ar: model.name_ar,
        name_en: model.name_en,
        opening_hours: parse(
            "centres.opening_hours",
            model.opening_hours.as_deref().unwrap_or_default(),
            OpeningHours::parse,
        )?,
        time_zone: parse("centres.time_zone", &model.time_zone, TimeZone::parse)?,
        created_at: model.created_at,
    })
}

/// The hours in their text form, or nothing for a centre whose hours are not set.
fn hours_column(details: &CentreDetails) -> Option<String> {
    (!details.opening_hours.is_closed()).then(|| details.opening_hours.to_string())
}

impl Tx {
    pub async fn insert_centre(&self, details: &CentreDetails) -> Result<Centre> {
        let model = centres::ActiveModel {
            id: Set(CentreId::generate().as_uuid()),
            name_ar: Set(details.name_ar.clone()),
            name_en: Set(details.name_en.clone()),
            location: Set(details.location.to_string()),
            opening_hours: Set(hours_column(details)),
            time_zone: Set(details.time_zone.name().to_owned()),
            created_at: Set(clock::now()),
        };
        centre(model.insert(self.conn()).await?)
    }

    /// Gives centre `id` these details; `None` when there is no such centre.
    pub async fn update_centre(
        &self,
        id: CentreId,
        details: &CentreDetails,
    ) -> Result<Option<Centre>> {
        let Some(found) = centres::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let mut model: centres::ActiveModel = found.into();
        model.name_ar = Set(details.name_ar.clone());
        model.name_en = Set(details.name_en.clone());
        model.location = Set(details.location.to_string());
        model.opening_hours = Set(hours_column(details));
        model.time_zone = Set(details.time_zone.name().to_owned());
        centre(model.update(self.conn()).await?).map(Some)
    }

    pub async fn centre(&self, id: CentreId) -> Result<Option<Centre>> {
        centres::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(centre)
            .transpose()
    }

    pub async fn centres(&self) -> Result<Vec<Centre>> {
        let rows = centres::Entity::find()
            .order_by_asc(centres::Column::NameEn)
            .all(self.conn())
            .await?;
        rows.into_iter().map(centre).collect()
    }
}
