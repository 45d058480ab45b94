//! Checking one registration for a person registered already, against a store of
//! 1 000 000 people (`FORSA_BENCH_PEOPLE`) across the corpus's centres, in SQLite
//! under a temporary folder, or in PostgreSQL when `FORSA_BENCH_DATABASE_URL` names a
//! fresh database: the look-up by case reference, phone and name pairs, and the word
//! by word check of what it finds, as a registration does it. Run with
//! `cargo bench -p forsa-bench --bench duplicates`.
//!
//! The corpus's names are a given name and a family name from short lists, so one
//! name is shared by hundreds of people: a harder case than a real register, where
//! names have three or four words.

use std::hint::black_box;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use forsa_bench::{seekers, vacancies};
use forsa_domain::{
    Gender, LocationCode,
    organisation::{CentreDetails, TimeZone},
    seeker::SeekerProfile,
};
use forsa_store::Store;

fn size(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|raw| raw.parse().ok())
        .unwrap_or(default)
}

/// A store holding `count` people, each with a phone, and one of them returned.
async fn filled(url: &str, count: usize) -> (Store, SeekerProfile) {
    let store = Store::connect(url).await.expect("the database");
    store.migrate().await.expect("the migrations");
    let today = Utc::now().date_naive();
    let corpus = vacancies(10, today);
    let mut tx = store.begin().await.expect("a transaction");
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
    let mut kept = None;
    for (i, (seeker, _)) in seekers(count, &corpus.employers, today).enumerate() {
        let mut profile = seeker.profile;
        profile.phone = Some(format!("07{}{:07}", 7 + i % 3, i * 7919 % 10_000_000));
        tx.insert_seeker(centre.id, &profile)
            .await
            .expect("a person");
        if i == count / 2 {
            kept = Some(profile);
        }
        if i % 10_000 == 9_999 {
            tx.commit().await.expect("the commit");
            tx = store.begin().await.expect("a transaction");
        }
    }
    tx.commit().await.expect("the commit");
    (store, kept.expect("a person kept"))
}

fn benches(c: &mut Criterion) {
    let count = size("FORSA_BENCH_PEOPLE", 1_000_000);
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = std::env::var("FORSA_BENCH_DATABASE_URL").unwrap_or_else(|_| {
        format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("duplicates.db").display()
        )
    });
    let started = std::time::Instant::now();
    let (store, someone) = runtime.block_on(filled(&url, count));
    eprintln!("{count} people recorded in {:.1?}", started.elapsed());

    let nobody = SeekerProfile {
        case_reference: Some("UNHCR-X-1".into()),
        full_name: "زيد ناجي العتوم".into(),
        phone: Some("0700000001".into()),
        ..someone.clone()
    };
    let registrations = [
        (
            "the same person's name, phone and case reference",
            someone.clone(),
        ),
        (
            "a common name in Latin letters",
            SeekerProfile {
                case_reference: None,
                full_name: "Mohammad Al-Hariri".into(),
                gender: Gender::Male,
                phone: None,
                ..someone.clone()
            },
        ),
        (
            "the phone typed another way",
            SeekerProfile {
                phone: someone
                    .phone
                    .as_deref()
                    .map(|p| format!("+962 {}", &p[1..])),
                ..nobody.clone()
            },
        ),
        ("nobody alike", nobody),
    ];
    // The check as a registration makes it: the look-up, then the whole name.
    let check = |profile: &SeekerProfile| {
        runtime.block_on(async {
            let tx = store.begin().await.expect("a transaction");
            let alike = tx.likely_duplicates(profile).await.expect("the look-up");
            tx.commit().await.expect("the commit");
            alike.len()
        })
    };
    for (what, profile) in registrations {
        eprintln!("{what}: {} people alike", check(&profile));
        c.bench_function(&format!("check a registration: {what}"), |b| {
            b.iter(|| black_box(check(&profile)))
        });
    }
}

criterion_group! {
    name = duplicates;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(duplicates);
