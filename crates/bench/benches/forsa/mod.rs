//! A running forsa for the benchmarks that go through the service: on SQLite under a
//! temporary folder, or on PostgreSQL when `FORSA_BENCH_DATABASE_URL` names a fresh
//! database, with an admin and one centre. `FORSA_BENCH_KEEP=1` keeps the folder.

use forsa_domain::{
    CentreId,
    organisation::{CentreInput, NewUserInput},
};
use forsa_server::{Application, Config};
use std::time::Instant;

use forsa_service::{Actor, IndexStatus, Service};

/// The allocator the `forsa` binary runs with (`crates/server/src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A number from the environment variable `name`, else `default`.
pub fn size(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|raw| raw.parse().ok())
        .unwrap_or(default)
}

/// forsa, what it runs on, its admin and a centre at `place`.
pub struct Running {
    pub app: Application,
    pub backend: &'static str,
    pub admin: Actor,
    pub centre: CentreId,
    /// The folder of its data, kept while forsa runs: removed when this is dropped
    /// (unless `FORSA_BENCH_KEEP` is set).
    _dir: tempfile::TempDir,
}

pub async fn running(place: &str, name_ar: &str, name_en: &str) -> Running {
    let mut dir = tempfile::tempdir().expect("a temporary folder");
    if std::env::var_os("FORSA_BENCH_KEEP").is_some() {
        // To look into the database afterwards (the sqlite3 shell's `.timer`).
        dir.disable_cleanup(true);
        eprintln!("the data is kept in {}", dir.path().display());
    }
    let url = std::env::var("FORSA_BENCH_DATABASE_URL").ok();
    let backend = if url.is_some() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let mut config = Config::new(
        dir.path().to_owned(),
        url,
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
    );
    // The retention rule runs a minute after the start: over a bench's million
    // people, registered years ago and never followed since, it would anonymise many
    // and hold SQLite's one connection while the bench measures. Not in a bench.
    config.retention.first_after = std::time::Duration::from_secs(365 * 24 * 60 * 60);
    let app = Application::build(&config).await.expect("forsa starts");
    let service = app.service();
    let email = "bench@forsa.test";
    service
        .bootstrap_admin(NewUserInput {
            email: Some(email.into()),
            name: Some("Bench".into()),
            role: Some("admin".into()),
            password: Some("a long bench password".into()),
            ..Default::default()
        })
        .await
        .expect("the admin");
    let admin = service.actor_by_email(email).await.expect("the admin");
    let centre = service
        .create_centre(
            &admin,
            CentreInput {
                name_ar: Some(name_ar.into()),
                name_en: Some(name_en.into()),
                location: Some(place.into()),
                ..Default::default()
            },
        )
        .await
        .expect("the centre")
        .id;
    Running {
        app,
        backend,
        admin,
        centre,
        _dir: dir,
    }
}

/// Seconds until the index has applied everything written.
#[allow(dead_code, reason = "not every bench waits for the index")]
pub async fn index_caught_up(service: &Service) -> f64 {
    let start = Instant::now();
    loop {
        if let Ok(IndexStatus::Following { lag: 0 }) = service.index_status().await {
            return start.elapsed().as_secs_f64();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}
