//! End-to-end tests in a real headless Chromium, driven over WebDriver by
//! chromedriver, against the real server. axe-core checks every page the flows
//! visit. Without Chromium, chromedriver or axe-core the suite says so and skips,
//! unless `FORSA_BROWSER_REQUIRED=1` (as in CI), when it fails.
#![allow(clippy::unwrap_used)]

mod driver;
mod duplicate_flow;
mod erase_flow;
mod finding_flow;
mod import_flow;
mod kiosk;
mod page_walk;
mod referral_flow;
mod report_flow;
mod sign_in;
