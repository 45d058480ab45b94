//! End-to-end tests of the JSON API over real HTTP, one binary for the suite.
#![allow(clippy::unwrap_used)]

mod admin_pages;
mod auth;
mod follow_up_pages;
mod follow_ups;
mod job_pages;
mod matching;
mod openapi;
mod page_weight;
mod pages;
mod referrals;
mod roles;
mod search;
mod seeker_pages;
mod seekers;
