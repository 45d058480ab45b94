//! The `forsa` program: configuration, start-up and the command line. Start-up is a
//! library function so that tests start the real server on a random port.
#![forbid(unsafe_code)]

pub mod cli;
pub mod config;
pub mod demo;
pub mod router;
pub mod startup;

pub use config::Config;

/// What `forsa` logs unless `FORSA_LOG` says otherwise.
pub const LOG_FILTER: &str = "info,sqlx=warn,sea_orm=warn";
pub use startup::Application;

/// A progress bar for the long commands (demo, reindex).
pub(crate) fn progress(length: usize, what: &'static str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(length as u64).with_message(what);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}
