#![forbid(unsafe_code)]

use clap::Parser;
use tracing_subscriber::EnvFilter;

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
