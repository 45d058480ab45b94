use crate::clock;
use forsa_domain::{
    CentreId, Email, EmployerId, LocationCode, SectorCode, UserId,
    employer::{Employer, EmployerDetails, EmployerName},
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
    sea_query::{Expr, ExprTrait, Func, LikeExpr},
};

use crate::{Chunk, Page, Paged, Result, StoreError, Tx, columns::parse, entities::employers};

/// Filters for the employer list.
#[derive(Debug, Clone, Default)]
pub struct EmployerQuery {
    pub name: Option<String>,
    pub sector: Option<SectorCode>,
    pub verified: Option<bool>,
    /// Only this employer (an employer user sees only their own).
    pub only: Option<EmployerId>,
}

fn employer(model: employers::Model) -> Result<Employer> {
    Ok(Employer {
        id: EmployerId::from_uuid(model.id),
        details: EmployerDetails {
            sector: parse("employers.sector", &model.sector, SectorCode::parse)?,
            location: parse("employers.location", &model.location, LocationCode::parse)?,
            contact_email: model
                .contact_email
                .as_deref()
                .map(|e| parse("employers.contact_email", e, Email::parse))
                .transpose()?,
            name: EmployerName {
                ar: model.name_ar,
                en: model.name_en,
            },
            registration_number: model.registration_number,
            contact_name: model.contact_name,
            contact_phone: model.contact_phone,
        },
        centre_id: model.centre_id.map(CentreId::from_uuid),
        verified_at: model.verified_at,
        verified_by: model.verified_by.map(UserId::from_uuid),
        fee_pledge_at: model.fee_pledge_at,
        created_at: model.created_at,
        updated_at: model.updated_at,
        version: model.version,
    })
}

fn set_details(active: &mut employers::ActiveModel, details: &EmployerDetails) {
    active.name = Set(details.name.both());
    active.name_ar = Set(details.name.ar.clone());
    active.name_en = Set(details.name.en.clone());
    active.registration_number = Set(details.registration_number.clone());
    active.sector = Set(details.sector.to_string());
    active.location = Set(details.location.to_string());
    active.contact_name = Set(details.contact_name.clone());
    active.contact_phone = Set(details.contact_phone.clone());
    active.contact_email = Set(details.contact_email.as_ref().map(ToString::to_string));
}

impl Tx {
    pub async fn insert_employer(
        &self,
        details: &EmployerDetails,
        centre_id: Option<CentreId>,
        fee_pledged: bool,
    ) -> Result<Employer> {
        let now = clock::now();
        let mut active = employers::ActiveModel {
            id: Set(EmployerId::generate().as_uuid()),
            centre_id: Set(centre_id.map(|id| id.as_uuid())),
            verified_at: Set(None),
            verified_by: Set(None),
            fee_pledge_at: Set(fee_pledged.then_some(now)),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        };
        set_details(&mut active, details);
        employer(active.insert(self.conn()).await?)
    }

    pub async fn employer(&self, id: EmployerId) -> Result<Option<Employer>> {
        employers::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(employer)
            .transpose()
    }

    pub async fn employers(&self, query: &EmployerQuery, page: Page) -> Result<Paged<Employer>> {
        let select = self.employer_select(query);
        let total = select.clone().count(self.conn()).await?;
        let rows = select
            .order_by_asc(employers::Column::Name)
            .offset(page.offset())
            .limit(page.size)
            .all(self.conn())
            .await?;
        Ok(Paged {
            items: rows.into_iter().map(employer).collect::<Result<_>>()?,
            total,
            page: page.number,
            per_page: page.size,
        })
    }

    /// How many employers `query` finds.
    pub async fn count_employers(&self, query: &EmployerQuery) -> Result<u64> {
        Ok(self.employer_select(query).count(self.conn()).await?)
    }

    /// A slice of the employers `query` finds, newest first.
    pub async fn employers_chunk(
        &self,
        query: &EmployerQuery,
        chunk: Chunk,
    ) -> Result<Vec<Employer>> {
        chunk
            .of(self.employer_select(query), employers::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(employer)
            .collect()
    }

    /// The employers registered under `registration_number`, or named `name` in
    /// Arabic or English (whatever the case): what a spreadsheet's row may be.
    pub async fn employers_matching(
        &self,
        registration_number: Option<&str>,
        names: &[&str],
    ) -> Result<Vec<Employer>> {
        let mut any = sea_orm::Condition::any();
        if let Some(number) = registration_number {
            any = any.add(employers::Column::RegistrationNumber.eq(number));
        }
        for name in names {
            let lowered = name.to_lowercase();
            for column in [employers::Column::NameAr, employers::Column::NameEn] {
                any = any.add(Expr::expr(Func::lower(Expr::col(column))).eq(lowered.clone()));
            }
        }
        if any.is_empty() {
            return Ok(Vec::new());
        }
        employers::Entity::find()
            .filter(any)
            .order_by_asc(employers::Column::CreatedAt)
            .limit(20)
            .all(self.conn())
            .await?
            .into_iter()
            .map(employer)
            .collect()
    }

    fn employer_select(&self, query: &EmployerQuery) -> Select<employers::Entity> {
        let mut select = employers::Entity::find();
        if let Some(name) = &query.name {
            let lowered = Expr::expr(Func::lower(Expr::col(employers::Column::Name)));
            select = select.filter(lowered.like(LikeExpr::new(format!(
                "%{}%",
                name.to_lowercase().replace(['%', '_'], "")
            ))));
        }
        if let Some(sector) = &query.sector {
            select = select.filter(employers::Column::Sector.eq(sector.as_str()));
        }
        if let Some(verified) = query.verified {
            select = select.filter(if verified {
                employers::Column::VerifiedAt.is_not_null()
            } else {
                employers::Column::VerifiedAt.is_null()
            });
        }
        if let Some(only) = query.only {
            select = select.filter(employers::Column::Id.eq(only.as_uuid()));
        }
        select
    }

    /// Saves new details; `verified_by` verifies the employer, `fee_pledged` records
    /// the pledge. Bumps the version.
    pub async fn update_employer(
        &self,
        id: EmployerId,
        details: &EmployerDetails,
        verified_by: Option<UserId>,
        fee_pledged: bool,
    ) -> Result<Employer> {
        let model = employers::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::Corrupt("employer vanished during update".to_owned()))?;
        let now = clock::now();
        let version = model.version;
        let pledged = model.fee_pledge_at.is_some();
        let verified = model.verified_at.is_some();
        let mut active = model.into_active_model();
        set_details(&mut active, details);
        if let (Some(user), false) = (verified_by, verified) {
            active.verified_at = Set(Some(now));
            active.verified_by = Set(Some(user.as_uuid()));
        }
        if fee_pledged && !pledged {
            active.fee_pledge_at = Set(Some(now));
        }
        active.updated_at = Set(now);
        active.version = Set(version + 1);
        employer(active.update(self.conn()).await?)
    }
}
