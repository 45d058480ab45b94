//! The people a registration may duplicate, at any centre: found by case reference,
//! by phone (E.164) and by the pairs of their name's sound skeletons
//! (`forsa_domain::likeness`), which the service then checks word by word.

use forsa_domain::{
    CentreId, Gender, Matched, SeekerId, UserId,
    likeness::{Names, name_pairs, name_words, phone_e164},
    seeker::{
        Seeker, SeekerProfile,
        duplicate::{
            BIRTH_YEAR_SLACK, Compared, Recorded, UNKNOWN_BIRTH_YEAR, compatible_genders,
            given_reference,
        },
    },
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
    sea_query::{Alias, Expr, ExprTrait, Query, UnionType},
};

use crate::{
    Result, Tx, clock,
    columns::parse,
    entities::{
        audit_events, consents, duplicate_flags, referrals, seeker_name_pairs, seekers,
        work_permits,
    },
    seekers::seeker,
};

/// At most this many people are read for one look-up by name: a name shared by more
/// is common enough that the case reference and phone must tell them apart.
const NAME_LOOK_UP_LIMIT: u64 = 200;

/// What a registration is looked up by.
#[derive(Debug, Clone)]
pub(crate) struct Likeness {
    pub case_reference: Option<String>,
    /// The phone in E.164.
    pub phone: Option<String>,
    /// The pairs of the name's skeletons.
    pub pairs: Vec<String>,
    /// The genders the person may be recorded with.
    pub genders: Vec<Gender>,
    /// The years of birth they may be recorded with, both included; any when unknown.
    pub birth_years: Option<(i32, i32)>,
}

impl Likeness {
    /// What a registration of `profile` is looked up by.
    pub fn of(profile: &SeekerProfile) -> Self {
        Likeness {
            case_reference: profile.case_reference.clone(),
            phone: profile_phone(profile),
            pairs: name_pairs(&name_words(&profile.full_name)),
            genders: compatible_genders(profile.gender),
            birth_years: profile
                .birth_year
                .map(|year| (year - BIRTH_YEAR_SLACK, year + BIRTH_YEAR_SLACK)),
        }
    }
}

/// The columns of a person the look for the same person compares: id, case
/// reference, name, gender, year of birth, phone in E.164.
type ComparedColumns = (
    uuid::Uuid,
    Option<String>,
    String,
    String,
    Option<i32>,
    Option<String>,
);

impl Tx {
    /// Records the keys a later registration finds `id` by: its name's pairs, with
    /// its gender and year of birth.
    pub(crate) async fn write_name_pairs(
        &self,
        id: SeekerId,
        profile: &SeekerProfile,
    ) -> Result<()> {
        seeker_name_pairs::Entity::delete_many()
            .filter(seeker_name_pairs::Column::SeekerId.eq(id.as_uuid()))
            .exec(self.conn())
            .await?;
        self.insert_name_pairs(id, profile).await
    }

    /// The rows of `id`'s name keys.
    pub(crate) fn name_pair_rows(
        id: SeekerId,
        profile: &SeekerProfile,
    ) -> Vec<seeker_name_pairs::ActiveModel> {
        name_pairs(&name_words(&profile.full_name))
            .into_iter()
            .map(|pair| seeker_name_pairs::ActiveModel {
                pair: Set(pair),
                seeker_id: Set(id.as_uuid()),
                gender: Set(profile.gender.as_str().to_owned()),
                birth_year: Set(Some(profile.birth_year.unwrap_or(UNKNOWN_BIRTH_YEAR))),
            })
            .collect()
    }

    /// `write_name_pairs` for a person just recorded, who has no keys yet.
    pub(crate) async fn insert_name_pairs(
        &self,
        id: SeekerId,
        profile: &SeekerProfile,
    ) -> Result<()> {
        self.insert_pair_rows(Self::name_pair_rows(id, profile))
            .await
    }

    /// Writes name keys' rows (`name_pair_rows`).
    pub(crate) async fn insert_pair_rows(
        &self,
        rows: Vec<seeker_name_pairs::ActiveModel>,
    ) -> Result<()> {
        if !rows.is_empty() {
            seeker_name_pairs::Entity::insert_many(rows)
                .exec_without_returning(self.conn())
                .await?;
        }
        Ok(())
    }

    /// The people, at every centre, whom a registration of `profile` may be, each
    /// with what the two have in common: those who share the case reference or the
    /// phone, or whose name shares a pair with a compatible gender and year of birth,
    /// then checked word by word. The few columns compared are read for everyone
    /// found (up to a few hundred people with a common name), the whole record only
    /// for those alike.
    pub async fn likely_duplicates(
        &self,
        profile: &SeekerProfile,
    ) -> Result<Vec<(Seeker, Vec<Matched>)>> {
        let likeness = Likeness::of(profile);
        let compared = Compared::new(profile, likeness.phone.clone());
        self.flush_for_alike(
            &compared,
            profile,
            likeness.phone.as_deref(),
            &likeness.pairs,
        )
        .await?;
        // One statement: the people with the case reference or the phone, and those
        // sharing the most name pairs (so that a common name's namesakes do not crowd
        // out, past the limit, the one alike in full), each part limited, as one
        // union (PostgreSQL reads `id IN (a) OR id IN (b)` by scanning every person).
        let mut parts: Vec<sea_orm::sea_query::SelectStatement> = Vec::new();
        let mut by_record = Condition::any();
        if let Some(reference) = given_reference(likeness.case_reference.as_deref()) {
            by_record = by_record.add(seekers::Column::CaseReference.eq(reference));
        }
        if let Some(phone) = &likeness.phone {
            by_record = by_record.add(seekers::Column::PhoneE164.eq(phone.as_str()));
        }
        if !by_record.is_empty() {
            parts.push(
                Query::select()
                    .expr_as(Expr::col(seekers::Column::Id), Alias::new("id"))
                    .from(seekers::Entity)
                    .cond_where(by_record)
                    .limit(NAME_LOOK_UP_LIMIT)
                    .to_owned(),
            );
        }
        if !likeness.pairs.is_empty() {
            let mut pairs = Query::select();
            pairs
                .expr_as(
                    Expr::col(seeker_name_pairs::Column::SeekerId),
                    Alias::new("id"),
                )
                .from(seeker_name_pairs::Entity)
                .and_where(seeker_name_pairs::Column::Pair.is_in(likeness.pairs.iter().cloned()))
                .and_where(
                    seeker_name_pairs::Column::Gender
                        .is_in(likeness.genders.iter().map(|g| g.as_str())),
                )
                .group_by_col(seeker_name_pairs::Column::SeekerId)
                .order_by_expr(
                    Expr::col(seeker_name_pairs::Column::Pair).count(),
                    sea_orm::Order::Desc,
                )
                .limit(NAME_LOOK_UP_LIMIT);
            if let Some((from, until)) = likeness.birth_years {
                // Unknown or near, as a list: the index reads each year's keys alone.
                let years = std::iter::once(UNKNOWN_BIRTH_YEAR).chain(from..=until);
                pairs.and_where(seeker_name_pairs::Column::BirthYear.is_in(years));
            }
            parts.push(pairs.to_owned());
        }
        // Each part read from a subquery of its own: a limit inside a union needs one.
        let mut parts = parts.into_iter().enumerate().map(|(n, part)| {
            Query::select()
                .column(Alias::new("id"))
                .from_subquery(part, Alias::new(format!("part_{n}")))
                .to_owned()
        });
        let Some(mut found) = parts.next() else {
            return Ok(Vec::new());
        };
        for part in parts {
            found.union(UnionType::Distinct, part);
        }
        let found: Vec<ComparedColumns> = seekers::Entity::find()
            .select_only()
            .columns([
                seekers::Column::Id,
                seekers::Column::CaseReference,
                seekers::Column::FullName,
                seekers::Column::Gender,
                seekers::Column::BirthYear,
                seekers::Column::PhoneE164,
            ])
            .filter(seekers::Column::Id.in_subquery(found))
            .filter(seekers::Column::MergedInto.is_null())
            .into_tuple()
            .all(self.conn())
            .await?;
        let alike = {
            // The names met are kept by a batch's transaction: the next rows meet
            // mostly the same people.
            let mut fresh = Names::default();
            let mut kept = self.deferred();
            let names = match kept.as_mut() {
                Some(kept) => &mut kept.staged.names,
                None => &mut fresh,
            };
            let mut alike = Vec::new();
            for (id, case_reference, full_name, gender, birth_year, phone_e164) in &found {
                let recorded = Recorded {
                    case_reference: case_reference.as_deref(),
                    phone_e164: phone_e164.as_deref(),
                    gender: parse("seekers.gender", gender, Gender::parse)?,
                    birth_year: *birth_year,
                    full_name,
                };
                let matched = compared.with(&recorded, names);
                if !matched.is_empty() {
                    alike.push((*id, matched));
                }
            }
            alike
        };
        if alike.is_empty() {
            return Ok(Vec::new());
        }
        let mut records = seekers::Entity::find()
            .filter(seekers::Column::Id.is_in(alike.iter().map(|(id, _)| *id)))
            .all(self.conn())
            .await?;
        alike
            .into_iter()
            .filter_map(|(id, matched)| {
                let at = records.iter().position(|record| record.id == id)?;
                Some(seeker(records.swap_remove(at)).map(|found| (found, matched)))
            })
            .collect()
    }

    /// Keeps that `seeker` was registered although alike to `other`, why and by whom.
    pub async fn flag_duplicate(
        &self,
        seeker: SeekerId,
        other: SeekerId,
        reason: &str,
        by: Option<UserId>,
    ) -> Result<()> {
        self.flush_for(seeker).await?;
        self.flush_for(other).await?;
        duplicate_flags::ActiveModel {
            id: Set(uuid::Uuid::now_v7()),
            seeker_id: Set(seeker.as_uuid()),
            other_id: Set(other.as_uuid()),
            reason: Set(reason.to_owned()),
            flagged_by: Set(by.map(|user| user.as_uuid())),
            flagged_at: Set(clock::now()),
            decision: Set(None),
            decision_reason: Set(None),
            decided_by: Set(None),
            decided_at: Set(None),
        }
        .insert(self.conn())
        .await?;
        Ok(())
    }
}

/// The phone a profile is looked up and kept by, in E.164.
pub fn profile_phone(profile: &SeekerProfile) -> Option<String> {
    profile.phone.as_deref().and_then(phone_e164)
}

/// What a merge moved from one record to the other.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    pub permits: u64,
    pub consents: u64,
    pub referrals: u64,
    /// Referrals to a vacancy the kept record is referred to already: they stay on
    /// the merged record, which points to the kept one.
    pub referrals_left: u64,
}

impl Tx {
    /// Merges record `merged` into `kept`: its permits, consents, referrals (with
    /// their stages and follow-ups) and access history move to `kept`; `merged` is
    /// archived and points to `kept`; the flags between the two are decided.
    pub async fn merge_seekers(
        &self,
        merged: SeekerId,
        kept: SeekerId,
        kept_centre: CentreId,
        by: UserId,
        reason: &str,
    ) -> Result<Merged> {
        let (from, to) = (merged.as_uuid(), kept.as_uuid());
        let permits = work_permits::Entity::update_many()
            .col_expr(work_permits::Column::SeekerId, Expr::value(to))
            .filter(work_permits::Column::SeekerId.eq(from))
            .exec(self.conn())
            .await?
            .rows_affected;
        let consents = consents::Entity::update_many()
            .col_expr(consents::Column::SeekerId, Expr::value(to))
            .filter(consents::Column::SeekerId.eq(from))
            .exec(self.conn())
            .await?
            .rows_affected;
        let taken: Vec<uuid::Uuid> = referrals::Entity::find()
            .select_only()
            .column(referrals::Column::VacancyId)
            .filter(referrals::Column::SeekerId.eq(to))
            .into_tuple()
            .all(self.conn())
            .await?;
        let moved = referrals::Entity::update_many()
            .col_expr(referrals::Column::SeekerId, Expr::value(to))
            .filter(referrals::Column::SeekerId.eq(from))
            .filter(referrals::Column::VacancyId.is_not_in(taken))
            .exec(self.conn())
            .await?
            .rows_affected;
        let left = referrals::Entity::find()
            .filter(referrals::Column::SeekerId.eq(from))
            .count(self.conn())
            .await?;
        // The referrals moved are the kept record's centre's to follow.
        self.move_referrals_to_centre(kept, kept_centre).await?;
        audit_events::Entity::update_many()
            .col_expr(audit_events::Column::SubjectId, Expr::value(to))
            .filter(audit_events::Column::SubjectType.eq("seeker"))
            .filter(audit_events::Column::SubjectId.eq(from))
            .exec(self.conn())
            .await?;
        seeker_name_pairs::Entity::delete_many()
            .filter(seeker_name_pairs::Column::SeekerId.eq(from))
            .exec(self.conn())
            .await?;
        let now = clock::now();
        seekers::Entity::update_many()
            .col_expr(seekers::Column::MergedInto, Expr::value(to))
            .col_expr(seekers::Column::ArchivedAt, Expr::value(now))
            .col_expr(seekers::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                seekers::Column::Version,
                Expr::col(seekers::Column::Version).add(1),
            )
            .filter(seekers::Column::Id.eq(from))
            .exec(self.conn())
            .await?;
        // The flags between the two are decided; without one, the merge is kept as
        // one, with who merged and why.
        let decided = duplicate_flags::Entity::update_many()
            .col_expr(duplicate_flags::Column::Decision, Expr::value("merged"))
            .col_expr(duplicate_flags::Column::DecisionReason, Expr::value(reason))
            .col_expr(
                duplicate_flags::Column::DecidedBy,
                Expr::value(by.as_uuid()),
            )
            .col_expr(duplicate_flags::Column::DecidedAt, Expr::value(now))
            .filter(duplicate_flags::Column::Decision.is_null())
            .filter(
                Condition::any()
                    .add(
                        Condition::all()
                            .add(duplicate_flags::Column::SeekerId.eq(from))
                            .add(duplicate_flags::Column::OtherId.eq(to)),
                    )
                    .add(
                        Condition::all()
                            .add(duplicate_flags::Column::SeekerId.eq(to))
                            .add(duplicate_flags::Column::OtherId.eq(from)),
                    ),
            )
            .exec(self.conn())
            .await?
            .rows_affected;
        if decided == 0 {
            duplicate_flags::ActiveModel {
                id: Set(uuid::Uuid::now_v7()),
                seeker_id: Set(from),
                other_id: Set(to),
                reason: Set(String::new()),
                flagged_by: Set(Some(by.as_uuid())),
                flagged_at: Set(now),
                decision: Set(Some("merged".to_owned())),
                decision_reason: Set(Some(reason.to_owned())),
                decided_by: Set(Some(by.as_uuid())),
                decided_at: Set(Some(now)),
            }
            .insert(self.conn())
            .await?;
        }
        Ok(Merged {
            permits,
            consents,
            referrals: moved,
            referrals_left: left,
        })
    }
}

/// A registration made although alike to an earlier record, not yet decided.
#[derive(Debug, Clone)]
pub struct DuplicateFlag {
    pub id: uuid::Uuid,
    /// The person registered despite the likeness, and the earlier record.
    pub seeker: Seeker,
    pub other: Seeker,
    /// Why the person was registered anyway; none for a pair a look through every
    /// record found (`forsa find-duplicates`).
    pub reason: Option<String>,
    pub flagged_at: chrono::DateTime<chrono::Utc>,
}

impl Tx {
    /// The undecided flags whose two records are both still in use, the newest
    /// first; only those of `centre`'s people when given. At most `limit`.
    pub async fn open_duplicate_flags(
        &self,
        centre: Option<CentreId>,
        limit: u64,
    ) -> Result<Vec<DuplicateFlag>> {
        use sea_orm::{QueryOrder, sea_query::Query};

        let in_use = || {
            let mut query = Query::select();
            query
                .column(seekers::Column::Id)
                .from(seekers::Entity)
                .and_where(seekers::Column::MergedInto.is_null());
            if let Some(centre) = centre {
                query.and_where(seekers::Column::CentreId.eq(centre.as_uuid()));
            }
            query.to_owned()
        };
        let flags = duplicate_flags::Entity::find()
            .filter(duplicate_flags::Column::Decision.is_null())
            .filter(duplicate_flags::Column::SeekerId.in_subquery(in_use()))
            .filter(duplicate_flags::Column::OtherId.in_subquery(in_use()))
            .order_by_desc(duplicate_flags::Column::FlaggedAt)
            .limit(limit)
            .all(self.conn())
            .await?;
        let mut ids: Vec<uuid::Uuid> = flags
            .iter()
            .flat_map(|flag| [flag.seeker_id, flag.other_id])
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let people: Vec<Seeker> = seekers::Entity::find()
            .filter(seekers::Column::Id.is_in(ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(seeker)
            .collect::<Result<_>>()?;
        let find = |id: uuid::Uuid| people.iter().find(|p| p.id.as_uuid() == id).cloned();
        Ok(flags
            .into_iter()
            .filter_map(|flag| {
                Some(DuplicateFlag {
                    id: flag.id,
                    seeker: find(flag.seeker_id)?,
                    other: find(flag.other_id)?,
                    reason: (!flag.reason.is_empty()).then_some(flag.reason),
                    flagged_at: flag.flagged_at,
                })
            })
            .collect())
    }

    /// Whether the two records were ever found alike, whichever was flagged, decided
    /// or not.
    pub async fn ever_flagged(&self, one: SeekerId, other: SeekerId) -> Result<bool> {
        let (one, other) = (one.as_uuid(), other.as_uuid());
        let pair = Condition::any()
            .add(
                Condition::all()
                    .add(duplicate_flags::Column::SeekerId.eq(one))
                    .add(duplicate_flags::Column::OtherId.eq(other)),
            )
            .add(
                Condition::all()
                    .add(duplicate_flags::Column::SeekerId.eq(other))
                    .add(duplicate_flags::Column::OtherId.eq(one)),
            );
        Ok(duplicate_flags::Entity::find()
            .filter(pair)
            .count(self.conn())
            .await?
            > 0)
    }

    /// The undecided flag `id`, with its two records.
    pub async fn open_duplicate_flag(
        &self,
        id: uuid::Uuid,
    ) -> Result<Option<(SeekerId, SeekerId)>> {
        Ok(duplicate_flags::Entity::find_by_id(id)
            .filter(duplicate_flags::Column::Decision.is_null())
            .one(self.conn())
            .await?
            .map(|flag| {
                (
                    SeekerId::from_uuid(flag.seeker_id),
                    SeekerId::from_uuid(flag.other_id),
                )
            }))
    }

    /// Decides flag `id`: the two records are two people.
    pub async fn flag_different(&self, id: uuid::Uuid, by: UserId) -> Result<()> {
        use sea_orm::sea_query::Expr;

        duplicate_flags::Entity::update_many()
            .col_expr(duplicate_flags::Column::Decision, Expr::value("different"))
            .col_expr(
                duplicate_flags::Column::DecidedBy,
                Expr::value(by.as_uuid()),
            )
            .col_expr(
                duplicate_flags::Column::DecidedAt,
                Expr::value(clock::now()),
            )
            .filter(duplicate_flags::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
