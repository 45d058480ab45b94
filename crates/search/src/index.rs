//! Opening the indexes, and the one owner of their writers.
//!
//! Each index records, in its commit payload, the schema version, the fingerprint of
//! the analysis data and the position of the last outbox row it applied. An index
//! that is missing, unreadable, of another schema or analysis data, or without a
//! payload opens empty and asks to be rebuilt.

use std::{
    fs,
    path::{Path, PathBuf},
    sync::Arc,
};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tantivy::{
    Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, Term,
    schema::{Field, Schema},
    tokenizer::TextAnalyzer,
};

use crate::{
    Result, SearchError,
    analysis::{ANALYZER, ForsaTokenizer, KIN_ANALYZER, KinTokenizer, fingerprint},
    documents::{IndexChange, seeker_document, vacancy_document},
    schema::{SCHEMA_VERSION, SeekerFields, VacancyFields},
    taxonomy::{Entry, Taxonomy},
};

/// Where the indexes live.
#[derive(Debug, Clone)]
pub enum Storage {
    /// On disk, under this directory (created if missing).
    Directory(PathBuf),
    /// In memory, for benchmarks and tests of the search crate itself.
    Memory,
}

/// The outbox position each index has applied; `None` until it has been built.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Positions {
    pub vacancies: Option<i64>,
    pub seekers: Option<i64>,
}

impl Positions {
    /// The position both indexes have reached, if both are built.
    pub fn both(&self) -> Option<i64> {
        Some(self.vacancies?.min(self.seekers?))
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    schema: u32,
    /// The analysis data's fingerprint (`analysis::fingerprint`).
    #[serde(default)]
    analysis: String,
    position: i64,
}

pub(crate) struct Part<F> {
    pub(crate) reader: IndexReader,
    pub(crate) fields: F,
}

/// An opened index and where it stands.
struct Opened<F> {
    part: Part<F>,
    writer: IndexWriter,
    position: Option<i64>,
}

/// How many times a purge tries again when a merge of the writer's own holds a
/// segment it wants (each try waits 20 ms): half a minute.
const PURGE_ATTEMPTS: usize = 1_500;

/// Bytes of memory each writer may buffer before it flushes a segment.
const WRITER_MEMORY: usize = 96 * 1024 * 1024;
const WRITER_THREADS: usize = 2;

fn register_analyzer(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(ANALYZER, TextAnalyzer::from(ForsaTokenizer));
    tokenizers.register(KIN_ANALYZER, TextAnalyzer::from(KinTokenizer));
}

fn reader(index: &Index) -> Result<IndexReader> {
    Ok(index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?)
}

/// Opens an existing index if it is whole and current.
fn open_existing(path: &Path, schema: &Schema) -> std::result::Result<(Index, i64), String> {
    if !path.join("meta.json").exists() {
        return Err("no index yet".to_owned());
    }
    let index = Index::open_in_dir(path).map_err(|e| format!("unreadable: {e}"))?;
    if index.schema() != *schema {
        return Err("another schema".to_owned());
    }
    let metas = index.load_metas().map_err(|e| format!("unreadable: {e}"))?;
    let payload: Payload = metas
        .payload
        .as_deref()
        .and_then(|raw| serde_json::from_str(raw).ok())
        .ok_or("no position recorded")?;
    if payload.schema != SCHEMA_VERSION {
        return Err(format!("schema version {}", payload.schema));
    }
    if payload.analysis != fingerprint() {
        return Err("made with other vocabulary or stemming data".to_owned());
    }
    register_analyzer(&index);
    // Every segment file's checksum, then a reader, which opens each file. tantivy
    // may panic on a truncated file rather than return an error, so a panic here
    // counts as damage too: the index is rebuilt, never half-read.
    let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let damaged = index
            .validate_checksum()
            .map_err(|e| format!("unreadable: {e}"))?;
        if !damaged.is_empty() {
            return Err(format!("{} damaged files", damaged.len()));
        }
        reader(&index).map_err(|e| format!("unreadable: {e}"))?;
        Ok(())
    }));
    checked.unwrap_or_else(|_| Err("unreadable".to_owned()))?;
    Ok((index, payload.position))
}

/// Small doc-store blocks: a search reads twenty documents scattered over the
/// store, and each read decompresses its whole block.
const DOCSTORE_BLOCK: usize = 4 * 1024;

fn builder(schema: Schema) -> tantivy::IndexBuilder {
    Index::builder()
        .schema(schema)
        .settings(tantivy::IndexSettings {
            docstore_blocksize: DOCSTORE_BLOCK,
            ..Default::default()
        })
}

fn open_part<F>(storage: &Storage, name: &str, (schema, fields): (Schema, F)) -> Result<Opened<F>> {
    let (index, position) = match storage {
        Storage::Memory => (builder(schema).create_in_ram()?, None),
        Storage::Directory(root) => {
            let path = root.join(name);
            match open_existing(&path, &schema) {
                Ok((index, position)) => (index, Some(position)),
                Err(reason) => {
                    tracing::info!(index = name, reason, "index will be rebuilt");
                    if path.exists() {
                        fs::remove_dir_all(&path)?;
                    }
                    fs::create_dir_all(&path)?;
                    (builder(schema).create_in_dir(&path)?, None)
                }
            }
        }
    };
    register_analyzer(&index);
    // tantivy's writer lock is an advisory lock that dies with its process, so a
    // lock file left by a crash does not stop this.
    let writer = index.writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)?;
    Ok(Opened {
        part: Part {
            reader: reader(&index)?,
            fields,
        },
        writer,
        position,
    })
}

pub(crate) struct Inner {
    pub(crate) vacancies: Part<VacancyFields>,
    pub(crate) seekers: Part<SeekerFields>,
    pub(crate) taxonomy: Arc<Taxonomy>,
}

/// The searchable indexes: cheap to clone, safe to share. Each search takes a fresh
/// searcher, and runs on the caller's thread (callers keep it off the async runtime).
#[derive(Clone)]
pub struct SearchIndex {
    pub(crate) inner: Arc<Inner>,
}

/// The only writer of both indexes. One task owns it and feeds it the outbox.
pub struct Indexer {
    index: SearchIndex,
    vacancies: IndexWriter,
    seekers: IndexWriter,
    positions: Positions,
}

impl SearchIndex {
    /// Opens (or creates) the indexes. The `Indexer` says which need rebuilding.
    pub fn open(storage: &Storage, taxonomy: Arc<Taxonomy>) -> Result<(SearchIndex, Indexer)> {
        if let Storage::Directory(root) = storage {
            fs::create_dir_all(root)?;
        }
        let vacancies = open_part(storage, "vacancies", VacancyFields::schema())?;
        let seekers = open_part(storage, "seekers", SeekerFields::schema())?;
        let index = SearchIndex {
            inner: Arc::new(Inner {
                vacancies: vacancies.part,
                seekers: seekers.part,
                taxonomy,
            }),
        };
        let indexer = Indexer {
            index: index.clone(),
            vacancies: vacancies.writer,
            seekers: seekers.writer,
            positions: Positions {
                vacancies: vacancies.position,
                seekers: seekers.position,
            },
        };
        Ok((index, indexer))
    }

    pub fn taxonomy(&self) -> &Taxonomy {
        &self.inner.taxonomy
    }

    /// Occupations completing `typed` (see `Taxonomy::complete_occupations`), those
    /// with the most vacancies and people recorded in them first.
    pub fn complete_occupations(
        &self,
        typed: &str,
        level: Option<usize>,
        limit: usize,
    ) -> Vec<&Entry> {
        let vacancies = self.inner.vacancies.reader.searcher();
        let seekers = self.inner.seekers.reader.searcher();
        let uses = |code: &str| {
            let count = |searcher: &Searcher, field| {
                // A count the index cannot give only loses the ordering.
                searcher
                    .doc_freq(&Term::from_field_text(field, code))
                    .unwrap_or(0)
            };
            count(&vacancies, self.inner.vacancies.fields.occupation)
                + count(&seekers, self.inner.seekers.fields.occupation)
        };
        self.inner
            .taxonomy
            .complete_occupations(typed, level, limit, uses)
    }

    /// How many documents each index holds: (vacancies, seekers).
    pub fn document_counts(&self) -> (u64, u64) {
        (
            self.inner.vacancies.reader.searcher().num_docs(),
            self.inner.seekers.reader.searcher().num_docs(),
        )
    }
}

/// Which index a rebuild fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Vacancies,
    Seekers,
}

fn id_term(field: Field, id: impl ToString) -> Term {
    Term::from_field_text(field, &id.to_string())
}

fn commit(writer: &mut IndexWriter, reader: &IndexReader, position: i64) -> Result<()> {
    let payload = serde_json::to_string(&Payload {
        schema: SCHEMA_VERSION,
        analysis: fingerprint().to_owned(),
        position,
    })
    .map_err(|e| SearchError::Internal(e.to_string()))?;
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&payload);
    prepared.commit()?;
    reader.reload()?;
    Ok(())
}

impl Indexer {
    pub fn positions(&self) -> Positions {
        self.positions
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    fn add(&self, change: &IndexChange, today: NaiveDate, replace: bool) -> Result<()> {
        let inner = &self.index.inner;
        match change {
            IndexChange::Vacancy {
                vacancy,
                employer_name,
            } => {
                let fields = &inner.vacancies.fields;
                if replace {
                    self.vacancies.delete_term(id_term(fields.id, vacancy.id));
                }
                let doc = vacancy_document(fields, &inner.taxonomy, vacancy, employer_name)?;
                self.vacancies.add_document(doc)?;
            }
            IndexChange::RemoveVacancy(id) => {
                self.vacancies
                    .delete_term(id_term(inner.vacancies.fields.id, id));
            }
            IndexChange::Seeker { seeker, permits } => {
                let fields = &inner.seekers.fields;
                if replace {
                    self.seekers.delete_term(id_term(fields.id, seeker.id));
                }
                let doc = seeker_document(fields, &inner.taxonomy, seeker, permits, today)?;
                self.seekers.add_document(doc)?;
            }
            IndexChange::RemoveSeeker(id) | IndexChange::EraseSeeker(id) => {
                self.seekers
                    .delete_term(id_term(inner.seekers.fields.id, id));
            }
        }
        Ok(())
    }

    /// Rewrites every segment of the seekers' index that holds deleted documents,
    /// without them, and removes the files no segment uses any more: an erased
    /// person's words are then in no file. A merge the writer began by itself may
    /// hold a segment for a moment; its result is looked at again.
    fn purge_seekers(&mut self) -> Result<()> {
        for _ in 0..PURGE_ATTEMPTS {
            let holding: Vec<_> = self
                .seekers
                .index()
                .searchable_segment_metas()?
                .into_iter()
                .filter(|meta| meta.has_deletes())
                .map(|meta| meta.id())
                .collect();
            if holding.is_empty() {
                self.seekers.garbage_collect_files().wait()?;
                self.index.inner.seekers.reader.reload()?;
                return Ok(());
            }
            if self.seekers.merge(&holding).wait().is_err() {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        }
        Err(SearchError::Internal(
            "the seekers' index kept segments with deleted documents".to_owned(),
        ))
    }

    /// Purges the seekers' index once at start-up, for an erasure whose purge a
    /// crash or an error cut short after its position was recorded.
    pub fn purge_on_start(&mut self) -> Result<()> {
        if self.positions.seekers.is_some() {
            self.purge_seekers()?;
        }
        Ok(())
    }

    fn applies(&self, change: &IndexChange, position: i64) -> bool {
        let applied = match change {
            IndexChange::Vacancy { .. } | IndexChange::RemoveVacancy(_) => self.positions.vacancies,
            IndexChange::Seeker { .. }
            | IndexChange::RemoveSeeker(_)
            | IndexChange::EraseSeeker(_) => self.positions.seekers,
        };
        applied.is_some_and(|applied| position > applied)
    }

    /// Applies outbox changes, each with its position, and commits both indexes at
    /// `through`, the last outbox position read (rows without a change, such as a
    /// record since deleted, count as applied). Changes an index has already applied
    /// are skipped, so a batch can be replayed safely. Indexes not yet built are left
    /// for a rebuild.
    pub fn apply(
        &mut self,
        changes: &[(i64, IndexChange)],
        through: i64,
        today: NaiveDate,
    ) -> Result<()> {
        let mut erased = false;
        for (position, change) in changes {
            if self.applies(change, *position) {
                self.add(change, today, true)?;
                erased |= matches!(change, IndexChange::EraseSeeker(_));
            }
        }
        self.advance(through)?;
        if erased {
            self.purge_seekers()?;
        }
        Ok(())
    }

    /// Records that everything up to `position` is applied, with nothing to change:
    /// outbox rows of other kinds, or records gone from the database.
    pub fn advance(&mut self, position: i64) -> Result<()> {
        let inner = self.index.inner.clone();
        if let Some(applied) = self.positions.vacancies
            && position > applied
        {
            commit(&mut self.vacancies, &inner.vacancies.reader, position)?;
            self.positions.vacancies = Some(position);
        }
        if let Some(applied) = self.positions.seekers
            && position > applied
        {
            commit(&mut self.seekers, &inner.seekers.reader, position)?;
            self.positions.seekers = Some(position);
        }
        Ok(())
    }

    /// Empties one index to be filled again with `rebuild_add`.
    pub fn rebuild_start(&mut self, kind: Kind) -> Result<()> {
        match kind {
            Kind::Vacancies => self.vacancies.delete_all_documents()?,
            Kind::Seekers => self.seekers.delete_all_documents()?,
        };
        Ok(())
    }

    /// Adds records to an index being rebuilt.
    pub fn rebuild_add(&mut self, changes: &[IndexChange], today: NaiveDate) -> Result<()> {
        for change in changes {
            self.add(change, today, false)?;
        }
        Ok(())
    }

    /// Commits a rebuilt index at the outbox position read before the rebuild began;
    /// rows written during it are applied again afterwards, which is harmless.
    pub fn rebuild_finish(&mut self, kind: Kind, position: i64) -> Result<()> {
        let inner = self.index.inner.clone();
        match kind {
            Kind::Vacancies => {
                commit(&mut self.vacancies, &inner.vacancies.reader, position)?;
                self.positions.vacancies = Some(position);
            }
            Kind::Seekers => {
                commit(&mut self.seekers, &inner.seekers.reader, position)?;
                self.positions.seekers = Some(position);
            }
        }
        Ok(())
    }
}
