//! A centre's people taken away: 1 000 000 people (`FORSA_BENCH_EXPORT_PEOPLE`) in
//! a running forsa on SQLite under a temporary folder (or on PostgreSQL when
//! `FORSA_BENCH_DATABASE_URL` names a fresh database), exported as an admin exports
//! them, through the export's own steps (the export written down and audited, the
//! people read a thousand at a time by id with their permits and consents, each row
//! written with its labels), as CSV and as XLSX, into a sink that counts the bytes.
//! The process's resident memory is sampled after every slice: flat memory is the
//! largest sample less the first. One measurement each, printed:
//! `cargo bench -p forsa-bench --bench export`.

use std::{io::Write, time::Instant};

use chrono::Utc;
use forsa_bench::{seekers, vacancies};
use forsa_domain::{ExportFormat, Locale};
use forsa_service::{ExportCursor, ExportFilter, SeekerFilter};
use forsa_sheets::ExportWriter;

mod forsa;

/// The process's resident memory, in MB.
fn resident_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmRSS:"))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Bytes written, counted and dropped.
#[derive(Default)]
struct Counted(u64);

impl Write for Counted {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len() as u64;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::main]
async fn main() {
    let count = forsa::size("FORSA_BENCH_EXPORT_PEOPLE", 1_000_000);
    let running = forsa::running("JO-MA-ZAATARI", "مركز الزعتري", "Zaatari centre").await;
    let (service, backend, admin) = (running.app.service(), running.backend, running.admin);
    let centre = running.centre;

    let started = Instant::now();
    let today = Utc::now().date_naive();
    let corpus = vacancies(10, today);
    let store = service.store();
    // Written as an import writes them: in batches, then the statistics brought up
    // to date.
    let mut tx = store.begin_batch().await.expect("a transaction");
    for (i, (seeker, _)) in seekers(count, &corpus.employers, today).enumerate() {
        let mut profile = seeker.profile;
        profile.phone = Some(format!("07{}{:07}", 7 + i % 3, i * 7919 % 10_000_000));
        tx.insert_seeker(centre, &profile).await.expect("a person");
        if i % 10_000 == 9_999 {
            tx.commit().await.expect("the commit");
            tx = store.begin_batch().await.expect("a transaction");
        }
    }
    tx.commit().await.expect("the commit");
    store.refresh_statistics().await.expect("the statistics");
    println!(
        "{count} people recorded in forsa on {backend} in {:.0} s",
        started.elapsed().as_secs_f64()
    );

    for (format, locale) in [
        (ExportFormat::Csv, Locale::Ar),
        (ExportFormat::Xlsx, Locale::En),
    ] {
        let start = Instant::now();
        let export = service
            .start_export(
                &admin,
                ExportFilter::Seekers(SeekerFilter::default()),
                format,
                &[],
                None,
            )
            .await
            .expect("the export starts");
        let mut writer = ExportWriter::new(&export, service.taxonomy(), format, locale, true)
            .expect("the writer");
        let mut out = Counted::default();
        let mut cursor = ExportCursor::default();
        let mut rows = 0;
        let first = resident_mb();
        let mut most = first;
        loop {
            let (slice, next) = service.export_rows(&export, cursor).await.expect("a slice");
            if slice.is_empty() {
                break;
            }
            rows += slice.len();
            writer.rows(&slice).expect("the rows");
            out.write_all(&writer.take().expect("the bytes"))
                .expect("counted");
            most = most.max(resident_mb());
            cursor = next;
        }
        let finish = tokio::task::spawn_blocking(move || {
            writer.finish(&mut out).expect("the file");
            out.0
        });
        let bytes = finish.await.expect("the file");
        most = most.max(resident_mb());
        println!(
            "{}: {rows} rows, {:.0} MB, in {:.1} s; resident memory {first:.0} MB at the start, at most {most:.0} MB",
            format.as_str(),
            bytes as f64 / 1e6,
            start.elapsed().as_secs_f64(),
        );
    }
}
