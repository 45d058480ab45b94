//! Keeping the search index in step with the database. One task owns the `Indexer`:
//! it rebuilds an index that needs it, then follows the outbox, woken after each
//! write and every half second in case a wake-up was missed (another process wrote).

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicI64, Ordering},
    },
    time::Duration,
};

use forsa_domain::{EmployerId, SeekerId, VacancyId};
use forsa_search::{Entry, IndexChange, Indexer, Kind, SearchIndex, Taxonomy};
use forsa_store::{OutboxEntry, Store};
use tokio::sync::Notify;

use crate::{Result, Service, ServiceError};

/// Outbox rows applied per commit.
const BATCH: u64 = 256;
/// Records read per step of a rebuild.
const REBUILD_BATCH: u64 = 1_000;
const TICK: Duration = Duration::from_millis(500);

/// What the service shares with the index writer.
pub(crate) struct IndexState {
    pub(crate) index: SearchIndex,
    pub(crate) wake: Notify,
    /// The outbox position both indexes have applied; -1 while one is being built.
    pub(crate) applied: AtomicI64,
}

impl IndexState {
    pub(crate) fn new(index: SearchIndex) -> Self {
        Self {
            index,
            wake: Notify::new(),
            applied: AtomicI64::new(-1),
        }
    }
}

/// Where the index stands, for `/readyz`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexStatus {
    /// Being built; search answers from what is there so far.
    Building,
    /// Following the outbox, this many rows behind.
    Following { lag: i64 },
}

/// Loads the classifications' labels, for the index and for completion.
pub async fn load_taxonomy(store: &Store) -> Result<Taxonomy> {
    let tx = store.begin().await?;
    let occupations = tx.all_occupations().await?;
    let sectors = tx.sectors().await?;
    let locations = tx.locations().await?;
    tx.commit().await?;
    let entry =
        |code: String, parent_code: Option<String>, name_ar: String, name_en: String| Entry {
            code,
            parent_code,
            name_ar,
            name_en,
        };
    Ok(Taxonomy::new(
        occupations
            .into_iter()
            .map(|o| entry(o.code, o.parent_code, o.name_ar, o.name_en))
            .collect(),
        sectors
            .into_iter()
            .map(|s| entry(s.code, None, s.name_ar, s.name_en))
            .collect(),
        locations
            .into_iter()
            .map(|l| entry(l.code, l.parent_code, l.name_ar, l.name_en))
            .collect(),
    ))
}

/// The index writer, shared with the blocking threads that use it.
pub type SharedIndexer = Arc<Mutex<Indexer>>;

/// Runs `work` on the indexer on the blocking pool.
async fn on_indexer<T: Send + 'static>(
    indexer: &SharedIndexer,
    work: impl FnOnce(&mut Indexer) -> forsa_search::Result<T> + Send + 'static,
) -> Result<T> {
    let indexer = indexer.clone();
    tokio::task::spawn_blocking(move || {
        // A panic inside tantivy leaves the writer usable: its next commit starts
        // from the last good one.
        let mut indexer = indexer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        work(&mut indexer)
    })
    .await
    .map_err(|e| ServiceError::internal(format!("index writer stopped: {e}")))?
    .map_err(|e| ServiceError::internal(format!("index: {e}")))
}

fn today() -> chrono::NaiveDate {
    forsa_store::clock::today()
}

/// Fills one index from the database, reporting the records done so far. Rows written
/// to the outbox meanwhile are applied afterwards.
pub async fn rebuild(
    store: &Store,
    indexer: &SharedIndexer,
    kind: Kind,
    mut progress: impl FnMut(u64),
) -> Result<()> {
    let tx = store.begin().await?;
    let position = tx.last_outbox_position().await?;
    tx.commit().await?;
    on_indexer(indexer, move |i| i.rebuild_start(kind)).await?;
    let mut done = 0;
    let mut after_seeker: Option<SeekerId> = None;
    let mut after_vacancy: Option<VacancyId> = None;
    loop {
        let tx = store.begin().await?;
        let changes = match kind {
            Kind::Seekers => {
                let seekers = tx.seekers_after(after_seeker, REBUILD_BATCH).await?;
                after_seeker = seekers.last().map(|s| s.id);
                seeker_changes(&tx, seekers).await?
            }
            Kind::Vacancies => {
                let vacancies = tx.vacancies_after(after_vacancy, REBUILD_BATCH).await?;
                after_vacancy = vacancies.last().map(|v| v.id);
                vacancy_changes(&tx, vacancies).await?
            }
        };
        tx.commit().await?;
        if changes.is_empty() {
            break;
        }
        done += changes.len() as u64;
        on_indexer(indexer, move |i| i.rebuild_add(&changes, today())).await?;
        progress(done);
    }
    on_indexer(indexer, move |i| i.rebuild_finish(kind, position)).await?;
    tracing::info!(?kind, records = done, position, "index rebuilt");
    Ok(())
}

async fn seeker_changes(
    tx: &forsa_store::Tx,
    seekers: Vec<forsa_domain::seeker::Seeker>,
) -> Result<Vec<IndexChange>> {
    let ids: Vec<SeekerId> = seekers.iter().map(|s| s.id).collect();
    let mut permits = tx.permits_of_seekers(&ids).await?;
    Ok(seekers
        .into_iter()
        .map(|seeker| {
            if seeker.erased_at.is_some() {
                return IndexChange::EraseSeeker(seeker.id);
            }
            if seeker.archived_at.is_some() {
                return IndexChange::RemoveSeeker(seeker.id);
            }
            let permits = permits.remove(&seeker.id).unwrap_or_default();
            IndexChange::Seeker {
                seeker: Box::new(seeker),
                permits,
            }
        })
        .collect())
}

async fn vacancy_changes(
    tx: &forsa_store::Tx,
    vacancies: Vec<forsa_domain::vacancy::Vacancy>,
) -> Result<Vec<IndexChange>> {
    let employers: Vec<EmployerId> = vacancies.iter().map(|v| v.employer_id).collect();
    let names = tx.employer_names(&employers).await?;
    Ok(vacancies
        .into_iter()
        .map(|vacancy| IndexChange::Vacancy {
            employer_name: names.get(&vacancy.employer_id).cloned().unwrap_or_default(),
            vacancy: Box::new(vacancy),
        })
        .collect())
}

/// The changes for a batch of outbox rows: each record named is indexed once, as it
/// stands now, at the position of its last row (or removed, if it is gone or
/// archived). That is where all its rows lead, whatever they were.
async fn changes_for(store: &Store, rows: &[OutboxEntry]) -> Result<Vec<(i64, IndexChange)>> {
    let mut seekers: HashMap<SeekerId, i64> = HashMap::new();
    let mut vacancies: HashMap<VacancyId, i64> = HashMap::new();
    for row in rows {
        match row.entity_type.as_str() {
            "seeker" => seekers.insert(SeekerId::from_uuid(row.entity_id), row.position),
            "vacancy" => vacancies.insert(VacancyId::from_uuid(row.entity_id), row.position),
            _ => None,
        };
    }
    let seeker_ids: Vec<SeekerId> = seekers.keys().copied().collect();
    let vacancy_ids: Vec<VacancyId> = vacancies.keys().copied().collect();
    let tx = store.begin().await?;
    let found_seekers = seeker_changes(&tx, tx.seekers_by_id(&seeker_ids).await?).await?;
    let found_vacancies = vacancy_changes(&tx, tx.vacancies_by_id(&vacancy_ids).await?).await?;
    tx.commit().await?;
    let mut changes: Vec<(i64, IndexChange)> = Vec::with_capacity(rows.len());
    for change in found_seekers.into_iter().chain(found_vacancies) {
        let at = match &change {
            IndexChange::Seeker { seeker, .. } => seekers.remove(&seeker.id),
            IndexChange::RemoveSeeker(id) | IndexChange::EraseSeeker(id) => seekers.remove(id),
            IndexChange::Vacancy { vacancy, .. } => vacancies.remove(&vacancy.id),
            IndexChange::RemoveVacancy(id) => vacancies.remove(id),
        };
        changes.extend(at.map(|at| (at, change)));
    }
    // What the database no longer holds leaves the index.
    changes.extend(
        seekers
            .into_iter()
            .map(|(id, at)| (at, IndexChange::RemoveSeeker(id))),
    );
    changes.extend(
        vacancies
            .into_iter()
            .map(|(id, at)| (at, IndexChange::RemoveVacancy(id))),
    );
    changes.sort_by_key(|(at, _)| *at);
    Ok(changes)
}

/// The one task that writes the index.
pub struct IndexFollower {
    store: Store,
    state: Arc<IndexState>,
    indexer: SharedIndexer,
}

impl Service {
    /// The follower for this service's index; spawn its `run` once.
    pub fn index_follower(&self, indexer: Indexer) -> IndexFollower {
        IndexFollower {
            store: self.store.clone(),
            state: self.index.clone(),
            indexer: Arc::new(Mutex::new(indexer)),
        }
    }

    /// Where the index stands against the outbox.
    pub async fn index_status(&self) -> Result<IndexStatus> {
        let applied = self.index.applied.load(Ordering::Acquire);
        if applied < 0 {
            return Ok(IndexStatus::Building);
        }
        let tx = self.begin().await?;
        let last = tx.last_outbox_position().await?;
        tx.commit().await?;
        Ok(IndexStatus::Following {
            lag: (last - applied).max(0),
        })
    }

    /// Wakes the index writer after a commit that wrote the outbox.
    pub(crate) fn index_changed(&self) {
        self.index.wake.notify_one();
    }
}

impl IndexFollower {
    /// Builds what needs building, then follows the outbox until the process ends.
    /// Errors (a database gone away) are logged and retried. First, the seekers'
    /// index is purged of what an erasure cut short may have left.
    pub async fn run(self) {
        if let Err(error) = on_indexer(&self.indexer, |i| i.purge_on_start()).await {
            tracing::error!(%error, "purging the seekers' index at start-up failed");
        }
        loop {
            match self.step().await {
                Ok(true) => continue,
                Ok(false) => {
                    tokio::select! {
                        () = self.state.wake.notified() => {}
                        () = tokio::time::sleep(TICK) => {}
                    }
                }
                Err(error) => {
                    tracing::error!(%error, "index update failed; retrying");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    }

    fn positions(&self) -> forsa_search::Positions {
        self.indexer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .positions()
    }

    /// Rebuilds if needed, or applies one batch; says whether there may be more.
    async fn step(&self) -> Result<bool> {
        let positions = self.positions();
        for (kind, built) in [
            (Kind::Vacancies, positions.vacancies),
            (Kind::Seekers, positions.seekers),
        ] {
            if built.is_none() {
                self.state.applied.store(-1, Ordering::Release);
                rebuild(&self.store, &self.indexer, kind, |_| {}).await?;
            }
        }
        let applied = self.positions().both().unwrap_or(0);
        self.state.applied.store(applied, Ordering::Release);
        let tx = self.store.begin().await?;
        let rows = tx.outbox_after(applied, BATCH).await?;
        tx.commit().await?;
        let Some(through) = rows.last().map(|r| r.position) else {
            return Ok(false);
        };
        let changes = changes_for(&self.store, &rows).await?;
        on_indexer(&self.indexer, move |i| i.apply(&changes, through, today())).await?;
        self.state.applied.store(through, Ordering::Release);
        Ok(rows.len() as u64 == BATCH)
    }
}
