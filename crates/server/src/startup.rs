use std::{net::SocketAddr, sync::Arc};

use anyhow::Context;
use forsa_search::{Indexer, SearchIndex, Storage};
use forsa_service::Service;
use forsa_store::Store;
use tokio::net::TcpListener;

use crate::{Config, config::Retention};

/// A built application: connected, migrated, bound and indexing, not yet serving.
/// Dropping it (or the task running it) stops its index writer and retention too.
pub struct Application {
    listener: Option<TcpListener>,
    address: SocketAddr,
    service: Service,
    follower: tokio::task::JoinHandle<()>,
    retention: tokio::task::JoinHandle<()>,
    public_origin: Option<forsa_edge::PublicOrigin>,
    kiosk: forsa_web::KioskSettings,
}

impl Drop for Application {
    fn drop(&mut self) {
        self.follower.abort();
        self.retention.abort();
    }
}

/// Applies the retention rule a while after start-up and then once a day, logging
/// how many records it anonymised (never who).
async fn apply_retention(service: Service, retention: Retention) {
    tokio::time::sleep(retention.first_after).await;
    loop {
        match service.retention(retention.rule, true).await {
            Ok(report) => tracing::info!(
                archived = report.archived,
                inactive = report.inactive,
                "retention rule applied: records anonymised"
            ),
            Err(error) => tracing::error!(%error, "retention rule failed; trying again tomorrow"),
        }
        tokio::time::sleep(retention.every).await;
    }
}

impl Application {
    pub async fn build(config: &Config) -> anyhow::Result<Self> {
        let public_origin = config
            .public_origin
            .as_deref()
            .map(forsa_edge::PublicOrigin::parse)
            .transpose()
            .map_err(|problem| anyhow::anyhow!("FORSA_PUBLIC_ORIGIN: {problem}"))?;
        std::fs::create_dir_all(&config.data_dir).with_context(|| {
            format!("creating the data directory {}", config.data_dir.display())
        })?;
        let store = open_store(config).await?;
        let (index, indexer) = open_index(config, &store).await?;
        let service = Service::new(store, config.auth(config.load_secret()?), index);
        // The one writer of the index: it rebuilds what needs it, then follows the
        // outbox for as long as the process runs.
        let follower = tokio::spawn(service.index_follower(indexer).run());
        let retention = tokio::spawn(apply_retention(service.clone(), config.retention.clone()));
        let listener = TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("listening on {}", config.listen))?;
        let address = listener.local_addr()?;
        Ok(Self {
            listener: Some(listener),
            address,
            service,
            follower,
            retention,
            public_origin,
            kiosk: config.kiosk.clone(),
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn service(&self) -> &Service {
        &self.service
    }

    /// Serves until Ctrl-C or SIGTERM.
    pub async fn run(mut self) -> anyhow::Result<()> {
        let listener = self
            .listener
            .take()
            .context("the application is already serving")?;
        let router = crate::router::router_with(
            self.service.clone(),
            self.kiosk.clone(),
            self.public_origin.clone(),
        );
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await?;
        Ok(())
    }
}

async fn open_store(config: &Config) -> anyhow::Result<Store> {
    let store = Store::connect(&config.database_url())
        .await
        .context("connecting to the database")?;
    store.migrate().await.context("applying migrations")?;
    Ok(store)
}

/// Opens the search index under the data directory. It fails while another forsa
/// process holds the index's writer.
pub async fn open_index(config: &Config, store: &Store) -> anyhow::Result<(SearchIndex, Indexer)> {
    let taxonomy = forsa_service::load_taxonomy(store)
        .await
        .context("loading the classifications")?;
    let path = config.data_dir.join("index");
    SearchIndex::open(&Storage::Directory(path.clone()), Arc::new(taxonomy)).with_context(|| {
        format!(
            "opening the search index in {} (is another forsa serving from this data directory?)",
            path.display()
        )
    })
}

/// Connects to the database, applies migrations and builds a service for commands
/// that do not search (`migrate`, `create-admin`, `import`): it leaves the index on
/// disk alone, so they can run beside a serving process.
pub async fn connect(config: &Config) -> anyhow::Result<Service> {
    let store = open_store(config).await?;
    // The classifications' names, which an import reads labels by; the index itself
    // is the running server's (it follows the outbox), so a command's is in memory.
    let taxonomy = forsa_service::load_taxonomy(&store).await?;
    let (index, _) = SearchIndex::open(&Storage::Memory, Arc::new(taxonomy))?;
    Ok(Service::new(
        store,
        config.auth(config.load_secret()?),
        index,
    ))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

/// `forsa reindex`: both indexes rebuilt from the database, with progress bars.
pub async fn reindex(config: &Config) -> anyhow::Result<()> {
    let store = open_store(config).await?;
    let (_, indexer) = open_index(config, &store).await?;
    let indexer: forsa_service::SharedIndexer = Arc::new(std::sync::Mutex::new(indexer));
    let tx = store.begin().await?;
    let page = forsa_store::Page::new(Some(1), Some(1)).map_err(|(_, e)| anyhow::anyhow!(e))?;
    let vacancies = tx
        .vacancies(&forsa_store::VacancyQuery::default(), page)
        .await?
        .total;
    let seekers = tx
        .seekers(&forsa_store::SeekerQuery::default(), page)
        .await?
        .total;
    tx.commit().await?;
    for (kind, total, what) in [
        (forsa_search::Kind::Vacancies, vacancies, "vacancies"),
        (forsa_search::Kind::Seekers, seekers, "seekers"),
    ] {
        let bar = crate::progress(total as usize, what);
        let started = std::time::Instant::now();
        forsa_service::rebuild(&store, &indexer, kind, |done| bar.set_position(done))
            .await
            .with_context(|| format!("rebuilding the {what} index"))?;
        bar.finish();
        println!("{what}: {total} indexed in {:.1?}", started.elapsed());
    }
    Ok(())
}
