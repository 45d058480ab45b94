use chrono::{DateTime, Utc};
use forsa_domain::{
    CentreId, CountryCode, Gender, LocationCode, SeekerId, SeekerStatus,
    seeker::{LanguageSkill, OccupationExperience, Preferences, Seeker, SeekerProfile},
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, ExprTrait, Func, LikeExpr},
};

use crate::{
    Page, Paged, Result, StoreError, Tx,
    columns::{from_json, parse, small, to_json},
    entities::seekers,
};

/// Filters for the seeker list.
#[derive(Debug, Clone, Default)]
pub struct SeekerQuery {
    /// Only this centre's seekers; `None` for an admin's view of all.
    pub centre: Option<CentreId>,
    /// Part of the name or the exact case reference.
    pub text: Option<String>,
    pub status: Option<SeekerStatus>,
    pub include_archived: bool,
}

pub(crate) fn seeker(model: seekers::Model) -> Result<Seeker> {
    let languages: Vec<LanguageSkill> = from_json(&model.languages)?;
    let occupations: Vec<OccupationExperience> = from_json(&model.occupations)?;
    let preferences: Preferences = from_json(&model.preferences)?;
    Ok(Seeker {
        id: SeekerId::from_uuid(model.id),
        centre_id: CentreId::from_uuid(model.centre_id),
        profile: SeekerProfile {
            case_reference: model.case_reference,
            full_name: model.full_name,
            gender: parse("seekers.gender", &model.gender, Gender::parse)?,
            birth_year: model.birth_year,
            nationality: parse(
                "seekers.nationality",
                &model.nationality,
                CountryCode::parse,
            )?,
            status: parse("seekers.status", &model.status, SeekerStatus::parse)?,
            phone: model.phone,
            location: parse("seekers.location", &model.location, LocationCode::parse)?,
            languages,
            education_level: model
                .education_level
                .map(|level| small("seekers.education_level", level.into()))
                .transpose()?,
            occupations,
            skills: from_json(&model.skills)?,
            experience: model.experience,
            preferences,
            disability: model.disability,
            available_from: model.available_from,
        },
        archived_at: model.archived_at,
        created_at: model.created_at,
        updated_at: model.updated_at,
        version: model.version,
    })
}

fn set_profile(active: &mut seekers::ActiveModel, profile: &SeekerProfile) -> Result<()> {
    active.case_reference = Set(profile.case_reference.clone());
    active.full_name = Set(profile.full_name.clone());
    active.gender = Set(profile.gender.as_str().to_owned());
    active.birth_year = Set(profile.birth_year);
    active.nationality = Set(profile.nationality.to_string());
    active.status = Set(profile.status.as_str().to_owned());
    active.phone = Set(profile.phone.clone());
    active.location = Set(profile.location.to_string());
    active.languages = Set(to_json(&profile.languages)?);
    active.education_level = Set(profile.education_level.map(i16::from));
    active.occupations = Set(to_json(&profile.occupations)?);
    active.skills = Set(to_json(&profile.skills)?);
    active.experience = Set(profile.experience.clone());
    active.preferences = Set(to_json(&profile.preferences)?);
    active.disability = Set(profile.disability.clone());
    active.available_from = Set(profile.available_from);
    Ok(())
}

impl Tx {
    pub async fn insert_seeker(&self, centre: CentreId, profile: &SeekerProfile) -> Result<Seeker> {
        let now = Utc::now();
        let mut active = seekers::ActiveModel {
            id: Set(SeekerId::generate().as_uuid()),
            centre_id: Set(centre.as_uuid()),
            archived_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        };
        set_profile(&mut active, profile)?;
        seeker(active.insert(self.conn()).await?)
    }

    /// Whether another seeker of `centre` has this case reference.
    pub async fn case_reference_taken(
        &self,
        centre: CentreId,
        reference: &str,
        except: Option<SeekerId>,
    ) -> Result<bool> {
        let mut select = seekers::Entity::find()
            .filter(seekers::Column::CentreId.eq(centre.as_uuid()))
            .filter(seekers::Column::CaseReference.eq(reference));
        if let Some(except) = except {
            select = select.filter(seekers::Column::Id.ne(except.as_uuid()));
        }
        Ok(select.count(self.conn()).await? > 0)
    }

    pub async fn seeker(&self, id: SeekerId) -> Result<Option<Seeker>> {
        seekers::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(seeker)
            .transpose()
    }

    pub async fn seekers(&self, query: &SeekerQuery, page: Page) -> Result<Paged<Seeker>> {
        let mut select = seekers::Entity::find();
        if let Some(centre) = query.centre {
            select = select.filter(seekers::Column::CentreId.eq(centre.as_uuid()));
        }
        if let Some(text) = query
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            let pattern = format!("%{}%", text.to_lowercase().replace(['%', '_', '\\'], ""));
            let name = Expr::expr(Func::lower(Expr::col(seekers::Column::FullName)));
            select = select.filter(
                Condition::any()
                    .add(name.like(LikeExpr::new(pattern)))
                    .add(seekers::Column::CaseReference.eq(text)),
            );
        }
        if let Some(status) = query.status {
            select = select.filter(seekers::Column::Status.eq(status.as_str()));
        }
        if !query.include_archived {
            select = select.filter(seekers::Column::ArchivedAt.is_null());
        }
        let total = select.clone().count(self.conn()).await?;
        let rows = select
            .order_by_desc(seekers::Column::CreatedAt)
            .offset(page.offset())
            .limit(page.size)
            .all(self.conn())
            .await?;
        Ok(Paged {
            items: rows.into_iter().map(seeker).collect::<Result<_>>()?,
            total,
            page: page.number,
            per_page: page.size,
        })
    }

    pub async fn update_seeker(&self, id: SeekerId, profile: &SeekerProfile) -> Result<Seeker> {
        let model = self.seeker_model(id).await?;
        let version = model.version;
        let mut active = model.into_active_model();
        set_profile(&mut active, profile)?;
        active.updated_at = Set(Utc::now());
        active.version = Set(version + 1);
        seeker(active.update(self.conn()).await?)
    }

    pub async fn archive_seeker(&self, id: SeekerId, at: DateTime<Utc>) -> Result<Seeker> {
        let model = self.seeker_model(id).await?;
        let version = model.version;
        let mut active = model.into_active_model();
        active.archived_at = Set(Some(at));
        active.updated_at = Set(at);
        active.version = Set(version + 1);
        seeker(active.update(self.conn()).await?)
    }

    async fn seeker_model(&self, id: SeekerId) -> Result<seekers::Model> {
        seekers::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::Corrupt("seeker vanished during update".to_owned()))
    }
}
