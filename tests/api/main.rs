//! End-to-end tests of the JSON API over real HTTP, one binary for the suite.
#![allow(clippy::unwrap_used)]

mod admin_pages;
mod admin_self_pages;
mod audit_log_pages;
mod auth;
mod candidate_pages;
mod centre_zones;
mod dashboard_pages;
mod demo;
mod edge_security;
mod employer_picker_pages;
mod finding_people;
mod follow_up_pages;
mod follow_ups;
mod home_pages;
mod job_pages;
mod kiosk;
mod language_back_pages;
mod link_walk;
mod matching;
mod openapi;
mod page_weight;
mod pages;
mod paging_extremes;
mod public_origin_pages;
mod referral_list_pages;
mod referral_table_pages;
mod referrals;
mod roles;
mod search;
mod seeker_form_pages;
mod seeker_pages;
mod seekers;
mod sign_in_limits;
mod vacancy_codes;
mod vacancy_form_pages;
