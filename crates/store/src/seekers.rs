use crate::clock;
use chrono::{DateTime, NaiveDate, Utc};
use forsa_domain::{
    CentreId, CountryCode, Gender, LocationCode, PermitStatus, SeekerId, SeekerStatus,
    folding::{DEFAULT_CALLING_CODE, folded_words, name_key, phone_key},
    seeker::{LanguageSkill, OccupationExperience, Preferences, Seeker, SeekerProfile},
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, DatabaseBackend, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select, TryIntoModel,
    sea_query::{Expr, ExprTrait, Func, LikeExpr, Query},
};

use crate::{
    Chunk, Page, Paged, Result, StoreError, Tx,
    columns::{from_json, parse, small, to_json},
    entities::{referrals, seekers, work_permits},
    planning::in_centre,
};

/// Filters for the seeker list.
#[derive(Debug, Clone, Default)]
pub struct SeekerQuery {
    /// Only this centre's seekers; `None` for an admin's view of all.
    pub centre: Option<CentreId>,
    /// Words of the name (each the start of a word of it, in any order, spelt any of
    /// the ways folding unites), part of the case reference, or digits of the phone.
    pub text: Option<String>,
    pub status: Option<SeekerStatus>,
    pub include_archived: bool,
    /// Only those registered since this moment.
    pub registered_since: Option<DateTime<Utc>>,
    /// Only those never referred to any vacancy.
    pub never_referred: bool,
    /// Only those with an active permit that ends within these days (both included).
    pub permit_ending: Option<(NaiveDate, NaiveDate)>,
    /// Only these people.
    pub ids: Option<Vec<SeekerId>>,
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
        merged_into: model.merged_into.map(SeekerId::from_uuid),
        erased_at: model.erased_at,
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
    active.name_key = Set(name_key(&profile.full_name));
    active.phone_key = Set(profile
        .phone
        .as_deref()
        .map(|phone| phone_key(phone, DEFAULT_CALLING_CODE)));
    active.phone_e164 = Set(crate::profile_phone(profile));
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

/// Whether `column` holds `part`. PostgreSQL answers `LIKE '%part%'` from its
/// trigram indexes; SQLite has none, and its `instr` reads each row faster than
/// `LIKE` does. `LIKE`'s own characters are taken as text: a typed `%` is no wildcard.
fn holds(backend: DatabaseBackend, column: Expr, part: &str) -> Expr {
    match backend {
        DatabaseBackend::Sqlite => Func::cust("instr").arg(column).arg(part.to_owned()).gt(0),
        _ => {
            let plain = part.replace(['%', '_', '\\'], "");
            column.like(LikeExpr::new(format!("%{plain}%")))
        }
    }
}

/// The condition that finds a person by what a caseworker typed: the case reference
/// containing it; the phone containing its digits (typed as a number); or each word
/// of it starting a word of the name.
fn finding(backend: DatabaseBackend, text: &str) -> Condition {
    let reference = Expr::expr(Func::lower(Expr::col(seekers::Column::CaseReference)));
    let mut found = Condition::any().add(holds(backend, reference, &text.to_lowercase()));
    let digits = text.chars().filter(char::is_ascii_digit).count()
        + text
            .chars()
            .filter(|c| ('\u{0660}'..='\u{0669}').contains(c))
            .count();
    let phone_like = digits >= 3 && !text.chars().any(char::is_alphabetic);
    if phone_like {
        let key = phone_key(text, DEFAULT_CALLING_CODE);
        if !key.is_empty() {
            let phone = Expr::col(seekers::Column::PhoneKey);
            found = found.add(holds(backend, phone, &key));
        }
    }
    let words = folded_words(text);
    if !phone_like && !words.is_empty() {
        let mut name = Condition::all();
        for word in words.iter().take(8) {
            let start = format!(" {word}");
            name = name.add(holds(backend, Expr::col(seekers::Column::NameKey), &start));
        }
        found = found.add(name);
    }
    found
}

impl Tx {
    /// Records a new person and their name keys; within a batch's transaction, kept
    /// to be written with the batch (`staging`).
    pub async fn insert_seeker(&self, centre: CentreId, profile: &SeekerProfile) -> Result<Seeker> {
        let now = clock::now();
        let mut active = seekers::ActiveModel {
            id: Set(SeekerId::generate().as_uuid()),
            centre_id: Set(centre.as_uuid()),
            archived_at: Set(None),
            merged_into: Set(None),
            erased_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        };
        set_profile(&mut active, profile)?;
        let model = active.clone().try_into_model()?;
        let phone = model.phone_e164.clone();
        let recorded = seeker(model)?;
        let pairs = Self::name_pair_rows(recorded.id, profile);
        let person = (active, pairs, recorded.clone(), phone);
        let Some((active, pairs, ..)) =
            self.defer(person, |deferred, (row, pairs, person, phone)| {
                deferred.staged.person(row, pairs, person, phone);
            })
        else {
            return Ok(recorded);
        };
        let recorded = seeker(active.insert(self.conn()).await?)?;
        self.insert_pair_rows(pairs).await?;
        Ok(recorded)
    }

    /// Whether another seeker of `centre` has this case reference.
    pub async fn case_reference_taken(
        &self,
        centre: CentreId,
        reference: &str,
        except: Option<SeekerId>,
    ) -> Result<bool> {
        self.flush_for_reference(centre, reference).await?;
        let mut select = seekers::Entity::find()
            .filter(seekers::Column::CentreId.eq(centre.as_uuid()))
            .filter(seekers::Column::CaseReference.eq(reference));
        if let Some(except) = except {
            select = select.filter(seekers::Column::Id.ne(except.as_uuid()));
        }
        Ok(select.count(self.conn()).await? > 0)
    }

    /// Every record of `centre` under case reference `reference`: the person's in
    /// use, and any merged into another or erased that still holds it.
    pub async fn case_reference_holders(
        &self,
        centre: CentreId,
        reference: &str,
    ) -> Result<Vec<Seeker>> {
        self.flush_for_reference(centre, reference).await?;
        if let Some(known) = self.known_holders(centre, reference) {
            return Ok(known);
        }
        seekers::Entity::find()
            .filter(seekers::Column::CentreId.eq(centre.as_uuid()))
            .filter(seekers::Column::CaseReference.eq(reference))
            .all(self.conn())
            .await?
            .into_iter()
            .map(seeker)
            .collect()
    }

    /// Holds these people's rows until the transaction ends, taken in id order, so
    /// that two changes of the same records (a merge each way, a merge and an
    /// erasure) wait for each other rather than both succeeding. (PostgreSQL; SQLite
    /// writes one transaction at a time already.)
    pub async fn lock_seekers(&self, ids: &[SeekerId]) -> Result<()> {
        if self.conn().get_database_backend() == DatabaseBackend::Sqlite {
            // Nothing to take: the statement would cost a row of an import its time.
            return Ok(());
        }
        let mut ids: Vec<uuid::Uuid> = ids.iter().map(SeekerId::as_uuid).collect();
        ids.sort_unstable();
        let _: Vec<uuid::Uuid> = seekers::Entity::find()
            .select_only()
            .column(seekers::Column::Id)
            .filter(seekers::Column::Id.is_in(ids))
            .order_by_asc(seekers::Column::Id)
            .lock_exclusive()
            .into_tuple()
            .all(self.conn())
            .await?;
        Ok(())
    }

    pub async fn seeker(&self, id: SeekerId) -> Result<Option<Seeker>> {
        self.flush_for(id).await?;
        seekers::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .map(seeker)
            .transpose()
    }

    pub async fn seekers(&self, query: &SeekerQuery, page: Page) -> Result<Paged<Seeker>> {
        let select = self.seeker_select(query);
        let rows = select
            .clone()
            .order_by_desc(seekers::Column::CreatedAt)
            .offset(page.offset())
            .limit(page.size)
            .all(self.conn())
            .await?;
        // A first page that is not full holds them all: no second pass to count.
        let total = if page.number == 1 && (rows.len() as u64) < page.size {
            rows.len() as u64
        } else {
            select.count(self.conn()).await?
        };
        Ok(Paged {
            items: rows.into_iter().map(seeker).collect::<Result<_>>()?,
            total,
            page: page.number,
            per_page: page.size,
        })
    }

    /// How many people `query` finds.
    pub async fn count_seekers(&self, query: &SeekerQuery) -> Result<u64> {
        Ok(self.seeker_select(query).count(self.conn()).await?)
    }

    /// A slice of the people `query` finds, newest first.
    pub async fn seekers_chunk(&self, query: &SeekerQuery, chunk: Chunk) -> Result<Vec<Seeker>> {
        chunk
            .of(self.seeker_select(query), seekers::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(seeker)
            .collect()
    }

    fn seeker_select(&self, query: &SeekerQuery) -> Select<seekers::Entity> {
        let mut select = seekers::Entity::find();
        let backend = self.conn().get_database_backend();
        if let Some(centre) = query.centre {
            // A queue's few people (its ids, the permits ending) are looked up by
            // what finds them, not among the whole centre's (`in_centre`).
            select = if query.ids.is_some() || query.permit_ending.is_some() {
                select.filter(in_centre(
                    backend,
                    Expr::col((seekers::Entity, seekers::Column::CentreId)),
                    centre,
                ))
            } else {
                select.filter(seekers::Column::CentreId.eq(centre.as_uuid()))
            };
        }
        if let Some(text) = query
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            select = select.filter(finding(backend, text));
        }
        if let Some(status) = query.status {
            select = select.filter(seekers::Column::Status.eq(status.as_str()));
        }
        if !query.include_archived {
            select = select.filter(seekers::Column::ArchivedAt.is_null());
        }
        // An erased record names nobody: there is no one to list.
        select = select.filter(seekers::Column::ErasedAt.is_null());
        if let Some(since) = query.registered_since {
            select = select.filter(seekers::Column::CreatedAt.gte(since));
        }
        if query.never_referred {
            // NOT EXISTS, not NOT IN: PostgreSQL cannot hash 200 000 referrals' ids
            // within its working memory, and NOT IN then reads them all again for
            // each person (the dashboard took two minutes among a million people).
            select = select.filter(
                Expr::exists(
                    Query::select()
                        .expr(Expr::val(1))
                        .from(referrals::Entity)
                        .and_where(
                            Expr::col((referrals::Entity, referrals::Column::SeekerId))
                                .equals((seekers::Entity, seekers::Column::Id)),
                        )
                        .to_owned(),
                )
                .not(),
            );
        }
        if let Some((from, until)) = query.permit_ending {
            select = select.filter(
                seekers::Column::Id.in_subquery(
                    Query::select()
                        .column(work_permits::Column::SeekerId)
                        .from(work_permits::Entity)
                        .and_where(work_permits::Column::Status.eq(PermitStatus::Active.as_str()))
                        .and_where(work_permits::Column::ValidUntil.between(from, until))
                        .to_owned(),
                ),
            );
        }
        if let Some(ids) = &query.ids {
            let ids: Vec<uuid::Uuid> = ids.iter().map(SeekerId::as_uuid).collect();
            select = select.filter(seekers::Column::Id.is_in(ids));
        }
        select
    }

    pub async fn update_seeker(&self, id: SeekerId, profile: &SeekerProfile) -> Result<Seeker> {
        let model = self.seeker_model(id).await?;
        let version = model.version;
        let mut active = model.into_active_model();
        set_profile(&mut active, profile)?;
        active.updated_at = Set(clock::now());
        active.version = Set(version + 1);
        let seeker = seeker(active.update(self.conn()).await?)?;
        self.write_name_pairs(id, profile).await?;
        Ok(seeker)
    }

    /// Moves seeker `id` to `centre`: its people see them from now on.
    pub async fn move_seeker(&self, id: SeekerId, centre: CentreId) -> Result<Seeker> {
        let model = self.seeker_model(id).await?;
        let version = model.version;
        let mut active = model.into_active_model();
        active.centre_id = Set(centre.as_uuid());
        active.updated_at = Set(clock::now());
        active.version = Set(version + 1);
        let moved = seeker(active.update(self.conn()).await?)?;
        // Their referrals are the new centre's to follow, and no longer the old one's.
        self.move_referrals_to_centre(id, centre).await?;
        Ok(moved)
    }

    /// Gives every referral of `seeker` to `centre`.
    pub(crate) async fn move_referrals_to_centre(
        &self,
        seeker: SeekerId,
        centre: CentreId,
    ) -> Result<()> {
        referrals::Entity::update_many()
            .col_expr(referrals::Column::CentreId, Expr::value(centre.as_uuid()))
            .filter(referrals::Column::SeekerId.eq(seeker.as_uuid()))
            .exec(self.conn())
            .await?;
        Ok(())
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

    /// Person `id`'s row, to be changed.
    async fn seeker_model(&self, id: SeekerId) -> Result<seekers::Model> {
        self.flush_for(id).await?;
        self.forget_holders();
        seekers::Entity::find_by_id(id.as_uuid())
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::Corrupt("seeker vanished during update".to_owned()))
    }
}
