//! The `forsa` program: configuration, start-up and the command line. Start-up is a
//! library function so that tests start the real server on a random port.
#![forbid(unsafe_code)]

pub mod cli;
pub mod config;
pub mod demo;
pub mod startup;

pub use config::Config;
pub use startup::Application;
