//! Vacancy search: what the user typed, narrowed by filters, ranked by relevance or
//! date, with highlighted snippets.

use chrono::NaiveDate;
use forsa_domain::{
    Benefit, Contract, EmployerId, IscoCode, LocationCode, SectorCode, VacancyStatus,
};
use tantivy::{
    DocAddress, Order, Searcher, TantivyDocument,
    collector::{Count, TopDocs},
    query::{AllQuery, Occur, Query},
    schema::Field,
    snippet::SnippetGenerator,
};

use crate::{
    Result, SearchError, SearchIndex,
    documents::{VacancyFacts, day_number, read_facts},
    query::{
        MAX_DEPTH, all_of, any_code, at_least, code, filter,
        text::{Strictness, TextQuery},
    },
    schema::VacancyFields,
};

/// The order of results.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first; newest first when there is no text.
    #[default]
    Relevance,
    Newest,
}

/// A vacancy search. Empty lists filter nothing; several values in one list are
/// alternatives, except benefits, which must all be offered.
#[derive(Debug, Clone, Default)]
pub struct VacancySearch {
    pub text: TextQuery,
    pub sectors: Vec<SectorCode>,
    /// Occupations at any ISCO level: a group matches every occupation within it.
    pub occupations: Vec<IscoCode>,
    /// Places or governorates: a governorate matches every place within it.
    pub locations: Vec<LocationCode>,
    pub benefits: Vec<Benefit>,
    pub contracts: Vec<Contract>,
    /// Only vacancies whose employer arranges the work permit (or only those whose
    /// employer does not).
    pub arranges_permit: Option<bool>,
    pub statuses: Vec<VacancyStatus>,
    pub employer: Option<EmployerId>,
    /// Only vacancies still taking applications on this day.
    pub open_on: Option<NaiveDate>,
    pub sort: Sort,
    pub offset: usize,
    pub limit: usize,
}

/// One result.
#[derive(Debug, Clone)]
pub struct VacancyHit {
    pub facts: VacancyFacts,
    pub score: f32,
    /// The title with the matched words in `<b>`, HTML-escaped.
    pub title_html: Option<String>,
    /// A passage of the description with the matched words in `<b>`, HTML-escaped.
    pub snippet_html: Option<String>,
}

#[derive(Debug, Clone)]
pub struct VacancyHits {
    /// How many vacancies match in all.
    pub total: usize,
    pub hits: Vec<VacancyHit>,
    /// Nothing matched the words as typed, so these match near spellings or some of
    /// the words.
    pub relaxed: bool,
}

/// Title words weigh most; then the occupation, sector and place labels; then skills.
pub(crate) fn text_fields(fields: &VacancyFields) -> [(Field, f32); 4] {
    [
        (fields.title, 3.0),
        (fields.labels, 2.0),
        (fields.skills, 1.5),
        (fields.description, 1.0),
    ]
}

fn filters(fields: &VacancyFields, search: &VacancySearch) -> Vec<(Occur, Box<dyn Query>)> {
    let mut clauses = Vec::new();
    let mut must = |query| clauses.push((Occur::Must, filter(query)));
    if !search.sectors.is_empty() {
        must(any_code(
            fields.sector,
            search.sectors.iter().map(|s| s.as_str()),
        ));
    }
    if !search.occupations.is_empty() {
        must(any_code(
            fields.occupation,
            search.occupations.iter().map(|o| o.as_str()),
        ));
    }
    if !search.locations.is_empty() {
        must(any_code(
            fields.location,
            search.locations.iter().map(|l| l.as_str()),
        ));
    }
    for benefit in &search.benefits {
        must(code(fields.benefit, benefit.as_str()));
    }
    if !search.contracts.is_empty() {
        must(any_code(
            fields.contract,
            search.contracts.iter().map(|c| c.as_str()),
        ));
    }
    if let Some(arranges) = search.arranges_permit {
        must(Box::new(tantivy::query::TermQuery::new(
            tantivy::Term::from_field_bool(fields.arranges_permit, arranges),
            tantivy::schema::IndexRecordOption::Basic,
        )));
    }
    if !search.statuses.is_empty() {
        must(any_code(
            fields.status,
            search.statuses.iter().map(|s| s.as_str()),
        ));
    }
    if let Some(employer) = search.employer {
        must(code(fields.employer, &employer.to_string()));
    }
    if let Some(day) = search.open_on {
        must(at_least(fields.closing_day, day_number(day)));
    }
    clauses
}

fn build(fields: &VacancyFields, search: &VacancySearch, strictness: Strictness) -> Box<dyn Query> {
    let mut clauses = filters(fields, search);
    match search.text.query(&text_fields(fields), strictness) {
        Some(text) => clauses.push((Occur::Must, text)),
        None if clauses.is_empty() => return Box::new(AllQuery),
        None => {}
    }
    all_of(clauses)
}

impl SearchIndex {
    /// Runs a vacancy search. When the words as typed find nothing, it tries again
    /// allowing misspellings and partial matches, and says so.
    pub fn search_vacancies(&self, search: &VacancySearch) -> Result<VacancyHits> {
        if search.offset.saturating_add(search.limit) > MAX_DEPTH {
            return Err(SearchError::Invalid {
                field: "page",
                message: format!("results beyond the first {MAX_DEPTH} are not available"),
            });
        }
        let part = &self.inner.vacancies;
        let searcher = part.reader.searcher();
        let fields = &part.fields;
        let exact = build(fields, search, Strictness::Exact);
        let mut found = run(&searcher, exact.as_ref(), search)?;
        let mut query = exact;
        let mut relaxed = false;
        if found.0 == 0 && !search.text.is_empty() {
            query = build(fields, search, Strictness::Relaxed);
            found = run(&searcher, query.as_ref(), search)?;
            relaxed = true;
        }
        let (total, addresses) = found;
        let highlight = |field: Field, chars: usize| -> Result<Option<SnippetGenerator>> {
            if search.text.is_empty() {
                return Ok(None);
            }
            let mut generator = SnippetGenerator::create(&searcher, query.as_ref(), field)?;
            generator.set_max_num_chars(chars);
            Ok(Some(generator))
        };
        let titles = highlight(fields.title, 200)?;
        let passages = highlight(fields.description, 160)?;
        let mut hits = Vec::with_capacity(addresses.len());
        for (score, address) in addresses {
            let doc: TantivyDocument = searcher.doc(address)?;
            let marked = |generator: &Option<SnippetGenerator>| {
                generator.as_ref().and_then(|generator| {
                    let snippet = generator.snippet_from_doc(&doc);
                    (!snippet.highlighted().is_empty()).then(|| snippet.to_html())
                })
            };
            hits.push(VacancyHit {
                facts: read_facts(&doc, fields.facts)?,
                score,
                title_html: marked(&titles),
                snippet_html: marked(&passages),
            });
        }
        Ok(VacancyHits {
            total,
            hits,
            relaxed,
        })
    }
}

/// The total and one page of (score, address); newest first when asked or when
/// there is no text to rank by.
fn run(
    searcher: &Searcher,
    query: &dyn Query,
    search: &VacancySearch,
) -> Result<(usize, Vec<(f32, DocAddress)>)> {
    let page = TopDocs::with_limit(search.limit.max(1)).and_offset(search.offset);
    if search.sort == Sort::Newest || search.text.is_empty() {
        let (total, docs) = searcher.search(
            query,
            &(
                Count,
                page.order_by_fast_field::<i64>("created", Order::Desc),
            ),
        )?;
        Ok((
            total,
            docs.into_iter()
                .map(|(_, address)| (0.0, address))
                .collect(),
        ))
    } else {
        Ok(searcher.search(query, &(Count, page.order_by_score()))?)
    }
}
