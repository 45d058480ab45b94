//! Vacancy search over a real (in-memory) tantivy index.

#![allow(clippy::unwrap_used)]

mod fixture;

use fixture::*;
use forsa_domain::{Benefit, EmployerId, SectorCode, VacancyStatus};
use forsa_search::{IndexChange, SearchIndex, Sort, VacancySearch, query::text::TextQuery};
use serde_json::json;

struct World {
    index: SearchIndex,
    indexer: forsa_search::Indexer,
    carpentry: forsa_domain::vacancy::Vacancy,
    farm: forsa_domain::vacancy::Vacancy,
    closed: forsa_domain::vacancy::Vacancy,
}

fn world() -> World {
    let (index, mut indexer) = empty_index();
    let builder = EmployerId::generate();
    let grower = EmployerId::generate();
    // Written in Arabic only.
    let carpentry = vacancy(
        builder,
        json!({"title_ar": "مطلوب نَجّار قوالب", "description_ar": "العمل في موقع بناء في إربد، مع توفير المواصلات",
               "skills": ["قراءة المخططات"], "benefits": ["transport"]}),
    );
    // Written in English only.
    let farm = vacancy(
        grower,
        json!({"title_en": "Greenhouse vegetable pickers", "description_en": "Picking tomatoes and cucumbers in greenhouses near Mafraq.",
               "sector": "A", "occupation": "6111", "location": "JO-MA", "contract": "seasonal", "benefits": ["meals", "transport"]}),
    );
    let closed = vacancy(
        builder,
        json!({"title_en": "Carpenter for roof formwork", "status": "closed"}),
    );
    let kitchen = vacancy(
        grower,
        json!({"title_en": "Cook", "title_ar": "طباخ", "sector": "I", "occupation": "5120", "location": "JO-AM",
               "employer_arranges_permit": true}),
    );
    apply(
        &mut indexer,
        vec![
            index_vacancy(&carpentry, "شركة البناء الحديث"),
            index_vacancy(&farm, "Mafraq Green Farms"),
            index_vacancy(&closed, "شركة البناء الحديث"),
            index_vacancy(&kitchen, "Amman Kitchens"),
        ],
    );
    World {
        index,
        indexer,
        carpentry,
        farm,
        closed,
    }
}

fn search(text: &str) -> VacancySearch {
    VacancySearch {
        text: TextQuery::parse(text).unwrap(),
        statuses: vec![VacancyStatus::Open],
        limit: 10,
        ..Default::default()
    }
}

fn titles(index: &SearchIndex, search: &VacancySearch) -> Vec<String> {
    index
        .search_vacancies(search)
        .unwrap()
        .hits
        .into_iter()
        .map(|hit| {
            let details = hit.facts.details;
            details.title_en.or(details.title_ar).unwrap()
        })
        .collect()
}

#[test]
fn arabic_forms_of_a_word_meet() {
    let world = world();
    for query in ["نجار", "النجار", "نجارين", "والنجارة", "نَجّار", "النجّـار"]
    {
        assert_eq!(
            titles(&world.index, &search(query)),
            ["مطلوب نَجّار قوالب"],
            "query {query}"
        );
    }
}

#[test]
fn a_query_in_one_language_finds_a_vacancy_written_in_the_other() {
    let world = world();
    // The Arabic-only vacancy carries the English labels of its occupation (7115).
    assert_eq!(
        titles(&world.index, &search("carpenters")),
        ["مطلوب نَجّار قوالب"]
    );
    // The English-only vacancy carries the Arabic labels of its sector (A).
    assert_eq!(
        titles(&world.index, &search("الزراعة")),
        ["Greenhouse vegetable pickers"]
    );
    // And the Arabic name of its place.
    assert_eq!(
        titles(&world.index, &search("المفرق")),
        ["Greenhouse vegetable pickers"]
    );
}

/// A group's name that excludes a trade ("Building and related trades workers,
/// excluding electricians") does not make every building trade an electrician's job,
/// and neither does a posting that names a trade only to exclude it.
#[test]
fn a_trade_named_only_to_be_excluded_is_not_found_by_its_name() {
    let (index, mut indexer) = empty_index();
    let builder = EmployerId::generate();
    let carpenter = vacancy(builder, json!({"title_en": "Carpenter"}));
    let electrician = vacancy(
        builder,
        json!({"title_en": "Site electrician", "occupation": "7411"}),
    );
    let any_trade = vacancy(
        builder,
        json!({"title_ar": "عمال لجميع المهن", "occupation": "7112",
               "description_ar": "نحتاج عمالاً لكل مهن البناء باستثناء الكهربائيين. السكن متوفر."}),
    );
    apply(
        &mut indexer,
        vec![
            index_vacancy(&carpenter, "Al-Bina"),
            index_vacancy(&electrician, "Al-Bina"),
            index_vacancy(&any_trade, "Al-Bina"),
        ],
    );
    for query in ["electrician", "electricians", "كهربائي", "الكهربائيين"] {
        assert_eq!(
            titles(&index, &search(query)),
            ["Site electrician"],
            "{query}"
        );
    }
    // The rest of each text is found as before.
    assert_eq!(titles(&index, &search("السكن")), ["عمال لجميع المهن"]);
    assert_eq!(titles(&index, &search("building")).len(), 3);
}

#[test]
fn english_is_stemmed() {
    let world = world();
    assert_eq!(
        titles(&world.index, &search("picking greenhouse")),
        ["Greenhouse vegetable pickers"]
    );
}

#[test]
fn a_misspelling_is_found_when_nothing_matches_exactly() {
    let world = world();
    let hits = world.index.search_vacancies(&search("grenhouse")).unwrap();
    assert!(hits.relaxed);
    assert_eq!(hits.hits[0].facts.id, world.farm.id);
    let hits = world.index.search_vacancies(&search("نجر")).unwrap();
    assert!(hits.relaxed);
    assert_eq!(hits.hits[0].facts.id, world.carpentry.id);
    // An exact match is not diluted by near spellings.
    assert!(
        !world
            .index
            .search_vacancies(&search("نجار"))
            .unwrap()
            .relaxed
    );
}

#[test]
fn snippets_mark_the_matched_words_as_written() {
    let world = world();
    let hits = world
        .index
        .search_vacancies(&search("النجار إربد"))
        .unwrap();
    let marked = &hits.hits[0].highlights;
    assert_eq!(marked.title_ar.as_deref(), Some("مطلوب <b>نَجّار</b> قوالب"));
    assert_eq!(
        marked.description_ar.as_deref(),
        Some("العمل في موقع بناء في <b>إربد</b>، مع توفير المواصلات")
    );
    assert_eq!(marked.title_en, None);

    // A long description is cut around the match, and what is written is escaped.
    let mut world = world;
    let mut long = world.farm.clone();
    long.details.description_en = Some(format!(
        "{} Pickers <must> bring gloves & hats. {}",
        "Early start. ".repeat(20),
        "Late finish. ".repeat(20)
    ));
    apply(
        &mut world.indexer,
        vec![index_vacancy(&long, "Mafraq Green Farms")],
    );
    let hits = world.index.search_vacancies(&search("gloves")).unwrap();
    let passage = hits.hits[0].highlights.description_en.clone().unwrap();
    assert!(
        passage.starts_with('…') && passage.ends_with('…'),
        "{passage}"
    );
    assert!(
        passage.contains("&lt;must&gt; bring <b>gloves</b> &amp; hats"),
        "{passage}"
    );
}

#[test]
fn filters_narrow_and_closed_vacancies_are_left_out() {
    let world = world();
    let mut by_sector = search("");
    by_sector.sectors = vec![SectorCode::parse("A").unwrap()];
    assert_eq!(
        titles(&world.index, &by_sector),
        ["Greenhouse vegetable pickers"]
    );

    let mut with_meals = search("");
    with_meals.benefits = vec![Benefit::Meals, Benefit::Transport];
    assert_eq!(
        titles(&world.index, &with_meals),
        ["Greenhouse vegetable pickers"]
    );

    let mut arranged = search("");
    arranged.arranges_permit = Some(true);
    assert_eq!(titles(&world.index, &arranged), ["Cook"]);

    // The governorate finds the camp's and the town's vacancies alike.
    let mut in_mafraq = search("");
    in_mafraq.locations = vec![forsa_domain::LocationCode::parse("JO-MA").unwrap()];
    assert_eq!(
        titles(&world.index, &in_mafraq),
        ["Greenhouse vegetable pickers"]
    );

    // "carpenter" matches the closed vacancy's title, but it is not open.
    assert_eq!(
        titles(&world.index, &search("carpenter")),
        ["مطلوب نَجّار قوالب"]
    );
    let mut any_status = search("roof");
    any_status.statuses.clear();
    assert_eq!(
        titles(&world.index, &any_status),
        ["Carpenter for roof formwork"]
    );
}

#[test]
fn without_text_the_newest_come_first_and_pages_hold() {
    let world = world();
    let mut all = search("");
    all.sort = Sort::Relevance;
    let hits = world.index.search_vacancies(&all).unwrap();
    assert_eq!(hits.total, 3);
    let mut page = all.clone();
    page.limit = 2;
    page.offset = 2;
    let second = world.index.search_vacancies(&page).unwrap();
    assert_eq!(second.total, 3);
    assert_eq!(second.hits.len(), 1);
    assert_eq!(second.hits[0].facts.id, hits.hits[2].facts.id);
    // The kitchen vacancy was made last.
    assert_eq!(hits.hits[0].facts.details.title_en.as_deref(), Some("Cook"));
}

#[test]
fn changes_and_removals_show_at_once() {
    let mut world = world();
    let mut changed = world.carpentry.clone();
    changed.details.title_ar = Some("حداد مسلح".into());
    apply(
        &mut world.indexer,
        vec![
            index_vacancy(&changed, "شركة البناء الحديث"),
            IndexChange::RemoveVacancy(world.farm.id),
        ],
    );
    // "مطلوب" was only in the old title.
    assert!(titles(&world.index, &search("مطلوب")).is_empty());
    assert_eq!(titles(&world.index, &search("حداد")), ["حداد مسلح"]);
    assert!(titles(&world.index, &search("greenhouse")).is_empty());
    assert_eq!(world.index.document_counts().0, 3);
    let _ = world.closed;
}

#[test]
fn paging_past_the_depth_limit_is_refused() {
    let world = world();
    let mut deep = search("carpenter");
    deep.offset = 5_000;
    assert!(matches!(
        world.index.search_vacancies(&deep),
        Err(forsa_search::SearchError::Invalid { field: "page", .. })
    ));
}
