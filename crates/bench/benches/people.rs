//! Finding a person at a centre's size and far past it: a store of 100 000 people
//! (`FORSA_BENCH_PEOPLE`), in SQLite under a temporary folder, or in PostgreSQL when
//! `FORSA_BENCH_DATABASE_URL` names a fresh database; each search as the seekers page
//! asks it (one page of 25, with the total). Run with
//! `cargo bench -p forsa-bench --bench people`.

use std::hint::black_box;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use forsa_bench::{seekers, vacancies};
use forsa_domain::{
    LocationCode,
    organisation::{CentreDetails, TimeZone},
};
use forsa_store::{Page, SeekerQuery, Store};

fn size(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|raw| raw.parse().ok())
        .unwrap_or(default)
}

/// A store holding `count` people of one centre, each with a phone.
async fn filled(url: &str, count: usize) -> Store {
    let store = Store::connect(url).await.expect("the database");
    store.migrate().await.expect("the migrations");
    let today = Utc::now().date_naive();
    let corpus = vacancies(10, today);
    let tx = store.begin().await.expect("a transaction");
    let centre = tx
        .insert_centre(&CentreDetails {
            name_ar: "مركز الزعتري".into(),
            name_en: "Zaatari centre".into(),
            location: LocationCode::parse("JO-MA-ZAATARI").expect("a place"),
            opening_hours: Default::default(),
            time_zone: TimeZone::JORDAN,
        })
        .await
        .expect("a centre");
    for (i, (seeker, _)) in seekers(count, &corpus.employers, today).enumerate() {
        let mut profile = seeker.profile;
        profile.phone = Some(format!("07{}{:07}", 7 + i % 3, i * 7919 % 10_000_000));
        tx.insert_seeker(centre.id, &profile)
            .await
            .expect("a person");
    }
    tx.commit().await.expect("the commit");
    store
}

fn benches(c: &mut Criterion) {
    let count = size("FORSA_BENCH_PEOPLE", 100_000);
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = std::env::var("FORSA_BENCH_DATABASE_URL").unwrap_or_else(|_| {
        format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("people.db").display()
        )
    });
    let started = std::time::Instant::now();
    let store = runtime.block_on(filled(&url, count));
    eprintln!("{count} people recorded in {:.1?}", started.elapsed());
    let searches = [
        ("a given name", "اسراء"),
        ("two words of a name in another order", "الحداد محمد"),
        ("a whole phone typed internationally", "+962 79 001 5838"),
        ("the last four digits of a phone", "5838"),
        ("part of a case reference", "UNHCR-00123"),
        ("nobody", "زيد ناجي"),
    ];
    for (what, text) in searches {
        let query = SeekerQuery {
            text: Some(text.to_owned()),
            ..SeekerQuery::default()
        };
        c.bench_function(&format!("find a person: {what}"), |b| {
            b.iter(|| {
                runtime.block_on(async {
                    let tx = store.begin().await.expect("a transaction");
                    let found = tx
                        .seekers(&query, Page::default())
                        .await
                        .expect("the search");
                    tx.commit().await.expect("the commit");
                    black_box(found.total)
                })
            })
        });
    }
}

criterion_group! {
    name = people;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(people);
