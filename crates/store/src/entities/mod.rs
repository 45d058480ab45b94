//! sea-orm entities, one per table.

pub mod audit_events;
pub mod centres;
pub mod closed_occupations;
pub mod consents;
pub mod duplicate_flags;
pub mod employers;
pub mod erasures;
pub mod exports;
pub mod follow_ups;
pub mod locations;
pub mod minimum_wages;
pub mod occupations;
pub mod outbox;
pub mod permit_types;
pub mod referral_events;
pub mod referrals;
pub mod rule_changes;
pub mod sectors;
pub mod seeker_name_pairs;
pub mod seekers;
pub mod settings;
pub mod users;
pub mod vacancies;
pub mod work_permits;
