//! Moving a centre in a morning: 100 000 people (`FORSA_BENCH_IMPORT_PEOPLE`) brought
//! in from one CSV file through the whole import (the file read, each row checked as
//! the form checks it, the look for the same person at every centre, audit, outbox,
//! written in batches), into a running forsa on SQLite under a temporary folder, or
//! on PostgreSQL when `FORSA_BENCH_DATABASE_URL` names a fresh database; then how
//! long until the index has every person, and how long the same file takes again (a
//! dry run, then a real run that changes nothing). One measurement each, printed:
//! `cargo bench -p forsa-bench --bench import`.

use std::{fmt::Write, time::Instant};

use forsa_corpus::data::{FAMILY, FEMALE_GIVEN, MALE_GIVEN};
use forsa_service::Run;

mod forsa;

/// `count` people as a centre's spreadsheet holds them: each a given name, a father's
/// name and a family name no one else in the file has all three of, a phone and a
/// case reference of their own.
fn spreadsheet(count: usize) -> String {
    let mut csv = String::from(
        "Case reference,Full name,Gender,Year of birth,Nationality,Status,Phone,Place,Languages,Occupations,Skills\n",
    );
    let given: Vec<(&str, &str)> = MALE_GIVEN
        .iter()
        .map(|name| (name.en, "male"))
        .chain(FEMALE_GIVEN.iter().map(|name| (name.en, "female")))
        .collect();
    let places = ["Amman", "Irbid", "Zaatari camp", "Mafraq", "Zarqa"];
    for i in 0..count {
        let (first, gender) = given[i % given.len()];
        let father = MALE_GIVEN[(i / given.len()) % MALE_GIVEN.len()].en;
        let family = FAMILY[(i / given.len() / MALE_GIVEN.len()) % FAMILY.len()].en;
        let (nationality, status) = match i % 4 {
            0 | 1 => ("Syrian", "Refugee"),
            2 => ("Jordanian", "Host community"),
            _ => ("Iraqi", "Asylum seeker"),
        };
        writeln!(
            csv,
            "BENCH-{i:06},{first} {father} {family},{gender},{},{nationality},{status},079{:07},{},Arabic (native),Carpenters and joiners (3),formwork; shuttering",
            1960 + i % 45,
            1_000_000 + i,
            places[i % places.len()],
        )
        .expect("writing to a string");
    }
    csv
}

#[tokio::main]
async fn main() {
    let count = forsa::size("FORSA_BENCH_IMPORT_PEOPLE", 100_000);
    let running = forsa::running("JO-IR", "مركز إربد", "Irbid centre").await;
    let (service, backend, admin) = (running.app.service(), running.backend, running.admin);
    let centre = running.centre;
    let centre = centre.to_string();
    let csv = spreadsheet(count);
    println!(
        "{count} people, {:.1} MB of CSV, into forsa on {backend}",
        csv.len() as f64 / 1e6
    );

    for (what, run) in [
        ("import", Run::Real),
        ("the same file, dry run", Run::Dry),
        ("the same file again", Run::Real),
    ] {
        let start = Instant::now();
        let report = forsa_sheets::import(
            service,
            &admin,
            forsa_sheets::Kind::Seekers,
            csv.as_bytes(),
            Some(&centre),
            run,
            |_, _| {},
        )
        .await
        .expect("the import");
        let seconds = start.elapsed().as_secs_f64();
        let counts = report.counts();
        println!(
            "{what}: {seconds:.1} s ({:.0} rows/s): {} created, {} updated, {} unchanged, {} set aside, {} with problems",
            count as f64 / seconds,
            counts.created,
            counts.updated,
            counts.unchanged,
            counts.set_aside,
            counts.with_problems,
        );
        if run == Run::Real {
            println!(
                "  the index caught up {:.1} s later",
                forsa::index_caught_up(service).await
            );
        }
    }
}
