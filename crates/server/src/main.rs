#![forbid(unsafe_code)]

use clap::Parser;
use tracing_subscriber::EnvFilter;

/// mimalloc rather than the C library's allocator: an import spent a fifth of its
/// time in glibc's malloc and free (docs/BENCHMARKS.md, issue 14's sixth round).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let filter = EnvFilter::try_from_env("FORSA_LOG")
        .unwrap_or_else(|_| EnvFilter::new(forsa_server::LOG_FILTER));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    forsa_server::cli::run(forsa_server::cli::Cli::parse()).await
}
