use std::collections::BTreeSet;

use crate::clock;
use chrono::NaiveDate;
use forsa_domain::{
    Benefit, CentreId, Contract, EmployerId, IscoCode, LocationCode, Money, PublicCode, SectorCode,
    Shift, UserId, VacancyId, VacancyStatus, WagePeriod, WageRange,
    seeker::LanguageSkill,
    vacancy::{Vacancy, VacancyDetails},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Select, sea_query::Query,
};

use crate::{
    Chunk, Page, Paged, Result, StoreError, Tx,
    columns::{from_json, parse, small, to_json},
    entities::{employers, referrals, vacancies},
};

/// Filters for the vacancy list.
#[derive(Debug, Clone, Default)]
pub struct VacancyQuery {
    pub employer: Option<EmployerId>,
    pub status: Option<VacancyStatus>,
    pub sector: Option<SectorCode>,
    /// Only vacancies of the employers this centre registered.
    pub centre: Option<CentreId>,
    /// Only vacancies closing within these days (both included).
    pub closing: Option<(NaiveDate, NaiveDate)>,
    /// Only vacancies nobody has been referred to.
    pub without_referrals: bool,
    /// Only the vacancy with this code.
    pub code: Option<PublicCode>,
}

pub(crate) fn vacancy(model: vacancies::Model) -> Result<Vacancy> {
    let languages: Vec<LanguageSkill> = from_json(&model.languages)?;
    let benefits: BTreeSet<Benefit> = from_json(&model.benefits)?;
    let openings = u32::try_from(model.openings)
        .map_err(|_| StoreError::Corrupt("vacancies.openings".to_owned()))?;
    Ok(Vacancy {
        id: VacancyId::from_uuid(model.id),
        employer_id: EmployerId::from_uuid(model.employer_id),
        code: parse("vacancies.code", &model.code, PublicCode::parse)?,
        details: VacancyDetails {
            title_ar: model.title_ar,
            title_en: model.title_en,
            description_ar: model.description_ar,
            description_en: model.description_en,
            sector: parse("vacancies.sector", &model.sector, SectorCode::parse)?,
            occupation: parse("vacancies.occupation", &model.occupation, IscoCode::parse)?,
            location: parse("vacancies.location", &model.location, LocationCode::parse)?,
            openings,
            wage: WageRange {
                min: Money::from_fils(model.wage_min_fils),
                max: Money::from_fils(model.wage_max_fils),
                period: parse(
                    "vacancies.wage_period",
                    &model.wage_period,
                    WagePeriod::parse,
                )?,
            },
            hours_per_week: small("vacancies.hours_per_week", model.hours_per_week.into())?,
            shift: parse("vacancies.shift", &model.shift, Shift::parse)?,
            contract: parse("vacancies.contract", &model.contract, Contract::parse)?,
            start_date: model.start_date,
            closing_date: model.closing_date,
            languages,
            skills: from_json(&model.skills)?,
            benefits,
            employer_arranges_permit: model.employer_arranges_permit,
        },
        status: parse("vacancies.status", &model.status, VacancyStatus::parse)?,
        created_at: model.created_at,
        updated_at: model.updated_at,
        version: model.version,
    })
}

fn set_details(active: &mut vacancies::ActiveModel, details: &VacancyDetails) -> Result<()> {
    active.title_ar = Set(details.title_ar.clone());
    active.title_en = Set(details.title_en.clone());
    active.description_ar = Set(details.description_ar.clone());
    active.description_en = Set(details.description_en.clone());
    active.sector = Set(details.sector.to_string());
    active.occupation = Set(details.occupation.to_string());
    active.location = Set(details.location.to_string());
    active.openings = Set(i32::try_from(details.openings).unwrap_or(i32::MAX));
    active.wage_min_fils = Set(details.wage.min.fils());
    active.wage_max_fils = Set(details.wage.max.fils());
    active.wage_period = Set(details.wage.period.as_str().to_owned());
    active.hours_per_week = Set(i16::from(details.hours_per_week));
    active.shift = Set(details.shift.as_str().to_owned());
    active.contract = Set(details.contract.as_str().to_owned());
    active.start_date = Set(details.start_date);
    active.closing_date = Set(details.closing_date);
    active.languages = Set(to_json(&details.languages)?);
    active.skills = Set(to_json(&details.skills)?);
    active.benefits = Set(to_json(&details.benefits)?);
    active.employer_arranges_permit = Set(details.employer_arranges_permit);
    Ok(())
}

impl Tx {
    pub async fn insert_vacancy(
        &self,
        employer: EmployerId,
        code: &PublicCode,
        details: &VacancyDetails,
        status: VacancyStatus,
        by: UserId,
    ) -> Result<Vacancy> {
        let now = clock::now();
        let mut active = vacancies::ActiveModel {
            id: Set(VacancyId::generate().as_uuid()),
            employer_id: Set(employer.as_uuid()),
            code: Set(code.to_string()),
            status: Set(status.as_str().to_owned()),
            created_by: Set(by.as_uuid()),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        };
        set_details(&mut active, details)?;
        vacancy(active.insert(self.conn()).await?)
    }

    pub async fn vacancy(&self, id: VacancyId) -> Result<Option<Vacancy>> {
        vacancies::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(vacancy)
            .transpose()
    }

    pub async fn vacancy_by_code(&self, code: &PublicCode) -> Result<Option<Vacancy>> {
        vacancies::Entity::find()
            .filter(vacancies::Column::Code.eq(code.as_str()))
            .one(self.conn())
            .await?
            .map(vacancy)
            .transpose()
    }

    /// The vacancies of `employer` for `occupation` at `location` under these
    /// titles: what a spreadsheet's row without a code may be.
    pub async fn vacancies_alike(
        &self,
        employer: EmployerId,
        details: &VacancyDetails,
    ) -> Result<Vec<Vacancy>> {
        let title = |column: vacancies::Column, title: &Option<String>| match title {
            Some(title) => column.eq(title.clone()),
            None => column.is_null(),
        };
        vacancies::Entity::find()
            .filter(vacancies::Column::EmployerId.eq(employer.as_uuid()))
            .filter(vacancies::Column::Occupation.eq(details.occupation.as_str()))
            .filter(vacancies::Column::Location.eq(details.location.as_str()))
            .filter(title(vacancies::Column::TitleAr, &details.title_ar))
            .filter(title(vacancies::Column::TitleEn, &details.title_en))
            .order_by_desc(vacancies::Column::CreatedAt)
            .limit(20)
            .all(self.conn())
            .await?
            .into_iter()
            .map(vacancy)
            .collect()
    }

    pub async fn vacancies(&self, query: &VacancyQuery, page: Page) -> Result<Paged<Vacancy>> {
        let select = self.vacancy_select(query);
        let total = select.clone().count(self.conn()).await?;
        let rows = select
            .order_by_desc(vacancies::Column::CreatedAt)
            .offset(page.offset())
            .limit(page.size)
            .all(self.conn())
            .await?;
        Ok(Paged {
            items: rows.into_iter().map(vacancy).collect::<Result<_>>()?,
            total,
            page: page.number,
            per_page: page.size,
        })
    }

    /// How many vacancies `query` finds.
    pub async fn count_vacancies(&self, query: &VacancyQuery) -> Result<u64> {
        Ok(self.vacancy_select(query).count(self.conn()).await?)
    }

    /// A slice of the vacancies `query` finds, newest first.
    pub async fn vacancies_chunk(
        &self,
        query: &VacancyQuery,
        chunk: Chunk,
    ) -> Result<Vec<Vacancy>> {
        chunk
            .of(self.vacancy_select(query), vacancies::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(vacancy)
            .collect()
    }

    fn vacancy_select(&self, query: &VacancyQuery) -> Select<vacancies::Entity> {
        let mut select = vacancies::Entity::find();
        if let Some(employer) = query.employer {
            select = select.filter(vacancies::Column::EmployerId.eq(employer.as_uuid()));
        }
        if let Some(status) = query.status {
            select = select.filter(vacancies::Column::Status.eq(status.as_str()));
        }
        if let Some(sector) = &query.sector {
            select = select.filter(vacancies::Column::Sector.eq(sector.as_str()));
        }
        if let Some(code) = &query.code {
            select = select.filter(vacancies::Column::Code.eq(code.as_str()));
        }
        if let Some(centre) = query.centre {
            select = select.filter(
                vacancies::Column::EmployerId.in_subquery(
                    Query::select()
                        .column(employers::Column::Id)
                        .from(employers::Entity)
                        .and_where(employers::Column::CentreId.eq(centre.as_uuid()))
                        .to_owned(),
                ),
            );
        }
        if let Some((from, until)) = query.closing {
            select = select.filter(vacancies::Column::ClosingDate.between(from, until));
        }
        if query.without_referrals {
            select = select.filter(
                vacancies::Column::Id.not_in_subquery(
                    Query::select()
                        .column(referrals::Column::VacancyId)
                        .from(referrals::Entity)
                        .to_owned(),
                ),
            );
        }
        select
    }

    pub async fn update_vacancy(
        &self,
        id: VacancyId,
        details: &VacancyDetails,
        status: VacancyStatus,
    ) -> Result<Vacancy> {
        let model = vacancies::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::Corrupt("vacancy vanished during update".to_owned()))?;
        let version = model.version;
        let mut active = model.into_active_model();
        set_details(&mut active, details)?;
        active.status = Set(status.as_str().to_owned());
        active.updated_at = Set(clock::now());
        active.version = Set(version + 1);
        vacancy(active.update(self.conn()).await?)
    }
}
