//! Vacancy search: what the user typed, narrowed by filters, ranked by relevance or
//! date, with highlighted snippets.

use std::sync::LazyLock;

use chrono::NaiveDate;
use forsa_domain::{
    Benefit, Contract, EmployerId, IscoCode, LocationCode, SectorCode, VacancyStatus,
};
use tantivy::{
    DocAddress, Order, Searcher, TantivyDocument, Term,
    collector::{Count, TopDocs},
    query::{AllQuery, Occur, Query, Weight},
    schema::Field,
    snippet::SnippetGenerator,
};

use crate::{
    Result, SearchError, SearchIndex, Taxonomy,
    analysis::{
        Analyzer,
        vocabulary::{Kinship, kin_term},
    },
    documents::{VacancyFacts, day_number, read_facts},
    query::{
        MAX_DEPTH, all_of, any_code, at_least, bonus,
        close::{self, CloseCount},
        code, filter, spelling,
        text::{Kin, Strictness, TextQuery},
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
    /// It holds every word searched for (or a relative on its vocabulary line): not
    /// merely related.
    pub close: bool,
    pub highlights: Highlights,
}

/// The texts in which the query's words were found, HTML-escaped, with those words
/// in `<b>`. A description longer than a passage is cut around the best match, with
/// an ellipsis where it was cut.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Highlights {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_ar: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_ar: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
}

impl Highlights {
    pub fn is_empty(&self) -> bool {
        *self == Highlights::default()
    }
}

/// Characters of a description passage.
const PASSAGE_CHARS: usize = 160;

fn escape(text: &str, html: &mut String) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            c => html.push(c),
        }
    }
}

/// `text` (or the best passage of it) with the query's words marked; `None` if none
/// of them is in it.
fn mark(generator: &SnippetGenerator, text: Option<&String>) -> Option<String> {
    let text = text?;
    let snippet = generator.snippet(text);
    if snippet.highlighted().is_empty() {
        return None;
    }
    let fragment = snippet.fragment_range();
    let whole = text.chars().count() <= PASSAGE_CHARS;
    let shown = if whole {
        0..text.len()
    } else {
        fragment.clone()
    };
    // Highlights are given within the fragment.
    let shift = fragment.start;
    let mut html = String::new();
    if shown.start > 0 {
        html.push('…');
    }
    let mut at = shown.start;
    for range in snippet.highlighted() {
        let (start, end) = (range.start + shift, range.end + shift);
        if start < at
            || end > shown.end
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        escape(&text[at..start], &mut html);
        html.push_str("<b>");
        escape(&text[start..end], &mut html);
        html.push_str("</b>");
        at = end;
    }
    escape(&text[at..shown.end], &mut html);
    if shown.end < text.len() {
        html.push('…');
    }
    Some(html)
}

#[derive(Debug, Clone)]
pub struct VacancyHits {
    /// How many vacancies match in all.
    pub total: usize,
    /// How many of them are close matches, up to `MAX_DEPTH` (every vacancy, with no
    /// words to match).
    pub close: usize,
    pub hits: Vec<VacancyHit>,
    /// Some words as typed matched nothing, so these match near spellings or some of
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

/// Whether a term is rare enough to be looked for as its relatives too. A word in
/// more than a tenth of a large index's own texts (worker, عامل among a hundred
/// thousand vacancies) finds plenty as it is, and its relatives would cost more than
/// they add.
fn widens(searcher: &Searcher, fields: &VacancyFields, term: &str) -> bool {
    text_fields(fields)
        .iter()
        .all(|&(field, _)| few(searcher, &Term::from_field_text(field, term), 10))
}

/// Whether at most one in `one_in` of a large index's documents hold `term`.
fn few(searcher: &Searcher, term: &Term, one_in: u64) -> bool {
    const LARGE: u64 = 10_000;
    let most = (searcher.num_docs() / one_in).max(LARGE / one_in);
    searcher.doc_freq(term).is_ok_and(|found| found <= most)
}

/// A relative in the title, or a phrase's, read where at most one in this many
/// documents holds it.
const FEW_RELATIVES: u64 = 50;

/// What a vacancy of an occupation the query names as a whole (عامل نظافة, a
/// cleaner) gains: more than its words can give, so that trade comes first.
const NAMED_BONUS: f32 = 50.0;
/// What a vacancy that holds every word gains in a search that returns those holding
/// half of them: the close matches come first; and one that holds most of them (as
/// the exact search asks): it comes next.
const CLOSE_BONUS: f32 = 25.0;
const MOST_BONUS: f32 = 12.5;
/// What a vacancy in a place the search names gains: the trade there comes before
/// the trade elsewhere.
const PLACE_BONUS: f32 = 10.0;
/// Fewer vacancies than this holding most of the words, and those holding half of
/// them are returned too, after them.
const FEW: usize = 20;

/// How a search's words are looked for: `widened` are those also looked for as
/// their relatives; `named`, the occupations they name as a whole; `places`, the
/// words of a place's name beside a trade's, which rank the vacancies there first
/// without leaving out the trade elsewhere; `soft`, those and the words of a job's
/// conditions beside a trade's (night shift, with housing), which rank the
/// vacancies that offer them first in the same way.
struct Words<'a> {
    widened: Vec<&'a str>,
    named: &'a [String],
    places: Places<'a>,
    soft: Vec<&'a str>,
}

/// The words of places' names in a search, and those places' codes.
#[derive(Default)]
struct Places<'a> {
    terms: Vec<&'a str>,
    codes: Vec<&'a str>,
}

/// Words that say a job is wanted without saying which: beside them, a place is
/// what is looked for (شغل في الزعتري).
const ANY_JOB: [&str; 16] = [
    "work",
    "job",
    "jobs",
    "vacancy",
    "vacancies",
    "opportunity",
    "employment",
    "wanted",
    "شغل",
    "عمل",
    "وظيفة",
    "وظائف",
    "فرصة",
    "فرص",
    "مطلوب",
    "توظيف",
];

/// Whether some of `terms` names the job, not only that a job is wanted.
fn names_a_job(terms: &[&String]) -> bool {
    static ANY: LazyLock<Vec<String>> = LazyLock::new(|| {
        let mut analyzer = Analyzer::default();
        ANY_JOB
            .iter()
            .flat_map(|word| analyzer.terms(word))
            .collect()
    });
    terms.iter().any(|term| !ANY.contains(term))
}

/// The words of places' names among `terms`, where another (not a condition's)
/// names the job.
fn places<'a>(taxonomy: &'a Taxonomy, terms: &'a [String], conditions: &[&str]) -> Places<'a> {
    let (places, others): (Vec<&String>, Vec<&String>) = terms
        .iter()
        .partition(|term| !taxonomy.places_named(term).is_empty());
    let others: Vec<&String> = (others.into_iter())
        .filter(|term| !conditions.contains(&term.as_str()))
        .collect();
    if !names_a_job(&others) {
        return Places::default();
    }
    let mut codes: Vec<&str> = places
        .iter()
        .flat_map(|term| taxonomy.places_named(term))
        .map(String::as_str)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    Places {
        terms: places.into_iter().map(String::as_str).collect(),
        codes,
    }
}

/// The words of `text` that need not be found: those of `places`, and those of
/// the job's `conditions` where another word (not a place's) names the job.
fn soft<'a>(text: &'a TextQuery, places: &Places<'a>, conditions: Vec<&'a str>) -> Vec<&'a str> {
    let others: Vec<&String> = (text.terms().iter())
        .filter(|term| !places.terms.contains(&term.as_str()))
        .filter(|term| !conditions.contains(&term.as_str()))
        .collect();
    let mut soft = places.terms.clone();
    if names_a_job(&others) {
        soft.extend(
            conditions
                .into_iter()
                .filter(|term| !places.terms.contains(term)),
        );
    }
    soft
}

/// The query for `search` at `strictness`. A vacancy of a named occupation ranks
/// first, and one in a named place before one elsewhere; in the search for half the
/// words, one that holds every word comes first, then one that holds most of them.
fn build(
    searcher: &Searcher,
    fields: &VacancyFields,
    search: &VacancySearch,
    words: &Words,
    strictness: Strictness,
) -> Box<dyn Query> {
    let mut clauses = filters(fields, search);
    let few = |term: &Term| few(searcher, term, FEW_RELATIVES);
    let kin = Kin {
        field: fields.kin,
        title: fields.title_kin,
        widened: &words.widened,
        few: &few,
    };
    let text = |strictness| {
        search
            .text
            .query(&text_fields(fields), Some(kin), &words.soft, strictness)
    };
    match text(strictness) {
        Some(found) => {
            clauses.push((Occur::Must, found));
            if !words.named.is_empty() && strictness != Strictness::Every {
                let named = any_code(fields.occupation, words.named.iter().map(String::as_str));
                clauses.push((Occur::Should, bonus(named, NAMED_BONUS)));
            }
            if !words.places.codes.is_empty() && strictness != Strictness::Every {
                let there = any_code(fields.location, words.places.codes.iter().copied());
                clauses.push((Occur::Should, bonus(there, PLACE_BONUS)));
            }
            if strictness == Strictness::Most {
                let tiers = [
                    (Strictness::Every, CLOSE_BONUS),
                    (Strictness::Exact, MOST_BONUS),
                ];
                for (stricter, amount) in tiers {
                    if let Some(stricter) = text(stricter) {
                        clauses.push((Occur::Should, bonus(stricter, amount)));
                    }
                }
            }
        }
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
                problem: forsa_domain::Problem::BeyondRanked { max: MAX_DEPTH },
            });
        }
        let part = &self.inner.vacancies;
        let searcher = part.reader.searcher();
        let fields = &part.fields;
        let (text, respelled) = respell(&searcher, fields, &search.text)?;
        let search = &VacancySearch {
            text,
            ..search.clone()
        };
        let terms = search.text.terms();
        let conditions = search.text.conditions();
        let places = places(&self.inner.taxonomy, terms, &conditions);
        let words = Words {
            widened: (terms.iter().map(String::as_str))
                .filter(|term| widens(&searcher, fields, term))
                .collect(),
            named: self.inner.taxonomy.occupations_named(terms),
            soft: soft(&search.text, &places, conditions),
            places,
        };
        let at = |strictness| build(&searcher, fields, search, &words, strictness);
        // What makes a close match: every word, as typed or as a relative on its
        // vocabulary line. Every close match is an exact one, so only the exact search
        // counts them, in the same pass as the rest, and only where they can differ:
        // with three words or more (two thirds are enough), or a word some vacancy
        // holds a relative of through its root only.
        let root_only = |term: &&str| {
            let kin = Term::from_field_text(fields.kin, &kin_term(term, Kinship::Root));
            searcher.doc_freq(&kin).is_ok_and(|found| found > 0)
        };
        let differ =
            terms.len() >= 3 || !words.soft.is_empty() || words.widened.iter().any(root_only);
        let every = || close::weight(&searcher, at(Strictness::Every).as_ref());
        let counted = match differ {
            true => Some(every()?),
            false => None,
        };
        let mut query = at(Strictness::Exact);
        let mut found = run(&searcher, query.as_ref(), search, counted.as_deref())?;
        // The close matches among the page: all of them, none, or as checked.
        let mut closeness = match counted {
            None => Some(true),
            Some(_) => None,
        };
        let close = found.close;
        let relaxed = found.total == 0 && !terms.is_empty();
        // Words (beside a place or a condition) that few vacancies hold most of:
        // those come first, then the vacancies that hold half of them. The same on
        // every page.
        if terms.len().saturating_sub(words.soft.len()) >= 2 && found.total < FEW {
            query = at(Strictness::Most);
            found = run(&searcher, query.as_ref(), search, None)?;
            (found.close, closeness) = (close, None);
        }
        if found.total == 0 && relaxed {
            query = at(Strictness::Relaxed);
            found = run(&searcher, query.as_ref(), search, None)?;
            (found.close, closeness) = (0, Some(false));
        }
        let Found {
            total,
            close,
            page: addresses,
        } = found;
        let closeness = match (closeness, counted) {
            (Some(all), _) => vec![all; addresses.len()],
            (None, Some(every)) => close::matched(&searcher, every.as_ref(), &addresses)?,
            (None, None) => close::matched(&searcher, every()?.as_ref(), &addresses)?,
        };
        let generator = |field: Field| -> Result<Option<SnippetGenerator>> {
            if search.text.is_empty() {
                return Ok(None);
            }
            Ok(Some(SnippetGenerator::create(
                &searcher,
                query.as_ref(),
                field,
            )?))
        };
        let titles = generator(fields.title)?;
        let descriptions = generator(fields.description)?;
        let mut hits = Vec::with_capacity(addresses.len());
        for ((score, address), close) in addresses.into_iter().zip(closeness) {
            let doc: TantivyDocument = searcher.doc(address)?;
            let facts: VacancyFacts = read_facts(&doc, fields.facts)?;
            let details = &facts.details;
            let mut highlights = Highlights::default();
            if let Some(titles) = &titles {
                highlights.title_ar = mark(titles, details.title_ar.as_ref());
                highlights.title_en = mark(titles, details.title_en.as_ref());
            }
            if let Some(descriptions) = &descriptions {
                highlights.description_ar = mark(descriptions, details.description_ar.as_ref());
                highlights.description_en = mark(descriptions, details.description_en.as_ref());
            }
            hits.push(VacancyHit {
                facts,
                score,
                close,
                highlights,
            });
        }
        Ok(VacancyHits {
            total,
            close,
            hits,
            relaxed: relaxed || respelled,
        })
    }
}

/// `text` with each word no vacancy holds, as it is or as a relative, read as the
/// nearest word some vacancy does hold; and whether any was.
fn respell(
    searcher: &Searcher,
    fields: &VacancyFields,
    text: &TextQuery,
) -> Result<(TextQuery, bool)> {
    // The texts, then the relatives: a word found as a relative only counts for less
    // than one in the texts.
    let mut everywhere = text_fields(fields).to_vec();
    everywhere.push((fields.kin, 0.5));
    let mut respelled = false;
    let mut terms = Vec::with_capacity(text.terms().len());
    for (at, term) in text.terms().iter().enumerate() {
        let nearest = match spelling::unknown(searcher, &everywhere, term)? {
            false => None,
            true => nearest(searcher, &everywhere, term, text.typed(at))?,
        };
        respelled |= nearest.is_some();
        terms.push(nearest.unwrap_or_else(|| term.clone()));
    }
    match respelled {
        true => Ok((TextQuery::from_terms(terms), true)),
        false => Ok((text.clone(), false)),
    }
}

/// The word nearest to `term` (`typed` so) that the index holds, in `everywhere`
/// (the texts, then the relatives' field last): one edit away in the texts, else two
/// letters of the word as typed swapped, else one edit away among the relatives,
/// else (in a long word) two edits away in the texts.
fn nearest(
    searcher: &Searcher,
    everywhere: &[(Field, f32)],
    term: &str,
    typed: Option<&str>,
) -> Result<Option<String>> {
    let Some((kin, texts)) = everywhere.split_last() else {
        return Ok(None);
    };
    if let Some(near) = spelling::nearest(searcher, texts, term, 1)? {
        return Ok(Some(near));
    }
    if let Some(typed) = typed
        && let Some(swapped) = spelling::swapped(searcher, everywhere, typed)?
    {
        return Ok(Some(swapped));
    }
    // The relatives' dictionary is the largest: looked through for one edit only.
    if let Some(near) = spelling::nearest(searcher, std::slice::from_ref(kin), term, 1)? {
        return Ok(Some(near));
    }
    spelling::nearest(searcher, texts, term, 2)
}

/// What a search found: how many in all, how many of them close, and one page of
/// (score, address).
struct Found {
    total: usize,
    close: usize,
    page: Vec<(f32, DocAddress)>,
}

/// The total and one page, newest first when asked or when there is no text to rank
/// by; the close matches among them counted by `every`, up to `MAX_DEPTH` (all of
/// them without it).
fn run(
    searcher: &Searcher,
    query: &dyn Query,
    search: &VacancySearch,
    every: Option<&dyn Weight>,
) -> Result<Found> {
    let page = TopDocs::with_limit(search.limit.max(1)).and_offset(search.offset);
    let close = every.map(|every| CloseCount::new(every, MAX_DEPTH));
    let (total, page, close) = if search.sort == Sort::Newest || search.text.is_empty() {
        let by_date = page.order_by_fast_field::<i64>("created", Order::Desc);
        let (total, docs, close) = searcher.search(query, &(Count, by_date, close))?;
        let docs = docs.into_iter().map(|(_, address)| (0.0, address));
        (total, docs.collect(), close)
    } else {
        searcher.search(query, &(Count, page.order_by_score(), close))?
    };
    Ok(Found {
        total,
        close: close.unwrap_or(total.min(MAX_DEPTH)),
        page,
    })
}
