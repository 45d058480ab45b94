//! A batch's new people, kept by its transaction and written together: an import
//! records hundreds of people a batch, and writing each with its name keys, permit
//! and consents as statements of their own cost more than the checks of the row.
//!
//! What is staged is written (flushed) at the commit, when the batch asks, and before
//! any look-up that could find a staged person: the case reference (a staged person
//! holding it), the look for the same person (a staged person alike), and every read
//! or change of a staged person's record, permits, consents or duplicate flags. Each
//! row of a batch so meets every person the rows before it recorded, as if each had
//! been written with their row.

use std::collections::{HashMap, HashSet};

use forsa_domain::{
    CentreId, SeekerId,
    likeness::Names,
    seeker::{
        Seeker, SeekerProfile,
        duplicate::{Compared, Recorded, given_reference},
    },
};
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, Iterable,
    QueryFilter, TryIntoModel,
};

use crate::{
    Result, Tx,
    entities::{consents, seeker_name_pairs, seekers, work_permits},
};

/// Values bound by one statement of a flush: within SQLite's limit (32 766) and
/// PostgreSQL's (65 535).
const VALUES_PER_STATEMENT: usize = 30_000;

/// The new people of a batch and what is recorded with them, not written yet.
#[derive(Default)]
pub(crate) struct Staged {
    seekers: Vec<seekers::ActiveModel>,
    pairs: Vec<seeker_name_pairs::ActiveModel>,
    permits: Vec<work_permits::ActiveModel>,
    consents: Vec<consents::ActiveModel>,
    /// The people staged, each with their phone in E.164, for the look-up of the
    /// same person; found by case reference, phone and name pair.
    people: Vec<(Seeker, Option<String>)>,
    ids: HashSet<uuid::Uuid>,
    by_reference: HashMap<String, Vec<usize>>,
    by_phone: HashMap<String, Vec<usize>>,
    by_pair: HashMap<String, Vec<usize>>,
    /// Who held each of the batch's case references at a centre when the batch
    /// began (`look_up_case_references`), while nothing since can have changed it.
    holders: Option<(CentreId, HashMap<String, Vec<Seeker>>)>,
    /// The names the batch's look-ups met, worked out once.
    pub(crate) names: Names,
}

impl Staged {
    pub(crate) fn is_empty(&self) -> bool {
        self.seekers.is_empty() && self.permits.is_empty() && self.consents.is_empty()
    }

    /// The rows to write, leaving what is looked up: the holders of the case
    /// references, but for those the people written now hold.
    fn take_rows(&mut self) -> Staged {
        let holders = self.holders.take().map(|(centre, mut holders)| {
            for (person, _) in &self.people {
                if let Some(reference) = &person.profile.case_reference {
                    holders.remove(reference);
                }
            }
            (centre, holders)
        });
        let names = std::mem::take(&mut self.names);
        Staged {
            holders: None,
            ..std::mem::replace(
                self,
                Staged {
                    holders,
                    names,
                    ..Staged::default()
                },
            )
        }
    }

    /// Keeps a new person, their row and name keys, to be written with the batch.
    pub(crate) fn person(
        &mut self,
        row: seekers::ActiveModel,
        pairs: Vec<seeker_name_pairs::ActiveModel>,
        person: Seeker,
        phone: Option<String>,
    ) {
        let at = self.people.len();
        if let Some(reference) = given_reference(person.profile.case_reference.as_deref()) {
            self.by_reference
                .entry(reference.to_owned())
                .or_default()
                .push(at);
        }
        if let Some(phone) = &phone {
            self.by_phone.entry(phone.clone()).or_default().push(at);
        }
        for pair in &pairs {
            if let sea_orm::ActiveValue::Set(key) = &pair.pair {
                self.by_pair.entry(key.clone()).or_default().push(at);
            }
        }
        self.ids.insert(person.id.as_uuid());
        self.seekers.push(row);
        self.pairs.extend(pairs);
        self.people.push((person, phone));
    }

    pub(crate) fn permit(&mut self, row: work_permits::ActiveModel) {
        self.permits.push(row);
    }

    pub(crate) fn consent(&mut self, row: consents::ActiveModel) {
        self.consents.push(row);
    }

    fn holds(&self, id: SeekerId) -> bool {
        self.ids.contains(&id.as_uuid())
    }

    /// Whether a staged person of `centre` holds case reference `reference`.
    fn holds_reference(&self, centre: CentreId, reference: &str) -> bool {
        self.by_reference
            .get(reference.trim())
            .is_some_and(|people| {
                people
                    .iter()
                    .any(|&at| self.people[at].0.centre_id == centre)
            })
    }

    /// Whether a staged person may be the person `compared` registers: one sharing
    /// the case reference, the phone or a pair of the name (`pairs`), then compared
    /// as the look-up compares those it reads.
    fn alike(
        &mut self,
        compared: &Compared,
        profile: &SeekerProfile,
        phone: Option<&str>,
        pairs: &[String],
    ) -> bool {
        let mut found: Vec<usize> = Vec::new();
        let reference = given_reference(profile.case_reference.as_deref());
        for people in [
            reference.and_then(|reference| self.by_reference.get(reference)),
            phone.and_then(|phone| self.by_phone.get(phone)),
        ]
        .into_iter()
        .flatten()
        .chain(pairs.iter().filter_map(|pair| self.by_pair.get(pair)))
        {
            found.extend(people);
        }
        found.sort_unstable();
        found.dedup();
        found.into_iter().any(|at| {
            let (person, phone) = &self.people[at];
            !compared
                .with(
                    &Recorded::of(&person.profile, phone.as_deref()),
                    &mut self.names,
                )
                .is_empty()
        })
    }
}

/// Inserts `rows` a few thousand values to a statement.
async fn insert_all<A>(tx: &Tx, rows: Vec<A>) -> Result<()>
where
    A: sea_orm::ActiveModelTrait + ActiveModelBehavior + Send + Clone,
{
    let columns = <A::Entity as EntityTrait>::Column::iter().count().max(1);
    for chunk in rows.chunks(VALUES_PER_STATEMENT / columns) {
        <A::Entity as EntityTrait>::insert_many(chunk.to_vec())
            .exec_without_returning(tx.conn())
            .await?;
    }
    Ok(())
}

impl Tx {
    /// Writes what the batch has staged: people first, then their name keys,
    /// permits and consents. Nothing, outside a batch's transaction.
    pub async fn flush(&self) -> Result<()> {
        let Some(staged) = self.deferred().map(|mut kept| kept.staged.take_rows()) else {
            return Ok(());
        };
        if staged.is_empty() {
            return Ok(());
        }
        insert_all(self, staged.seekers).await?;
        insert_all(self, staged.pairs).await?;
        insert_all(self, staged.permits).await?;
        insert_all(self, staged.consents).await
    }

    /// Inserts `row` and gives back the record written; within a batch's
    /// transaction, stages it with `keep` instead and gives back the record as it
    /// will be written.
    pub(crate) async fn insert_or_stage<A>(
        &self,
        row: A,
        keep: fn(&mut Staged, A),
    ) -> Result<<A::Entity as EntityTrait>::Model>
    where
        A: ActiveModelTrait
            + ActiveModelBehavior
            + Send
            + Clone
            + TryIntoModel<<A::Entity as EntityTrait>::Model>,
        <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
    {
        if let Some(mut kept) = self.deferred() {
            let recorded = row.clone().try_into_model()?;
            keep(&mut kept.staged, row);
            return Ok(recorded);
        }
        Ok(row.insert(self.conn()).await?)
    }

    /// Flushes when `staged` says a look-up or change could meet a staged record.
    async fn flush_if(&self, staged: impl FnOnce(&mut Staged) -> bool) -> Result<()> {
        let meets = self
            .deferred()
            .is_some_and(|mut kept| !kept.staged.is_empty() && staged(&mut kept.staged));
        if meets { self.flush().await } else { Ok(()) }
    }

    /// Before a read or change of person `id`'s record or what hangs on it.
    pub(crate) async fn flush_for(&self, id: SeekerId) -> Result<()> {
        self.flush_if(|staged| staged.holds(id)).await
    }

    /// Looks up together who holds each of `references` at `centre`, for a batch's
    /// rows to ask one by one (`case_reference_holders`) without a statement each.
    /// Outside a batch's transaction, nothing.
    pub async fn look_up_case_references(
        &self,
        centre: CentreId,
        references: Vec<String>,
    ) -> Result<()> {
        if self.deferred().is_none() {
            return Ok(());
        }
        let mut holders: HashMap<String, Vec<Seeker>> = references
            .into_iter()
            .map(|reference| (reference, Vec::new()))
            .collect();
        let asked: Vec<String> = holders.keys().cloned().collect();
        for chunk in asked.chunks(VALUES_PER_STATEMENT / 2) {
            let found = seekers::Entity::find()
                .filter(seekers::Column::CentreId.eq(centre.as_uuid()))
                .filter(seekers::Column::CaseReference.is_in(chunk.iter().cloned()))
                .all(self.conn())
                .await?;
            for model in found {
                let holder = crate::seekers::seeker(model)?;
                if let Some(held) = holder
                    .profile
                    .case_reference
                    .as_ref()
                    .and_then(|reference| holders.get_mut(reference))
                {
                    held.push(holder);
                }
            }
        }
        if let Some(mut kept) = self.deferred() {
            kept.staged.holders = Some((centre, holders));
        }
        Ok(())
    }

    /// The holders of `reference` at `centre` as looked up for the batch, if it was.
    pub(crate) fn known_holders(&self, centre: CentreId, reference: &str) -> Option<Vec<Seeker>> {
        let kept = self.deferred()?;
        let (at, holders) = kept.staged.holders.as_ref()?;
        (*at == centre)
            .then(|| holders.get(reference).cloned())
            .flatten()
    }

    /// Forgets the holders looked up for the batch: a person's record is changed,
    /// and their case reference may be.
    pub(crate) fn forget_holders(&self) {
        if let Some(mut kept) = self.deferred() {
            kept.staged.holders = None;
        }
    }

    /// Before a look-up of case reference `reference` at `centre`.
    pub(crate) async fn flush_for_reference(
        &self,
        centre: CentreId,
        reference: &str,
    ) -> Result<()> {
        self.flush_if(|staged| staged.holds_reference(centre, reference))
            .await
    }

    /// Before the look for the same person as `profile` (compared as `compared`,
    /// looked up by phone `phone` and name pairs `pairs`).
    pub(crate) async fn flush_for_alike(
        &self,
        compared: &Compared,
        profile: &SeekerProfile,
        phone: Option<&str>,
        pairs: &[String],
    ) -> Result<()> {
        self.flush_if(|staged| staged.alike(compared, profile, phone, pairs))
            .await
    }
}
