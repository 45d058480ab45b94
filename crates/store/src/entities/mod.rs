//! sea-orm entities, one per table.

pub mod sectors;
pub mod occupations;
pub mod locations;
pub mod permit_types;
pub mod closed_occupations;
pub mod minimum_wages;
pub mod settings;
pub mod centres;
pub mod employers;
pub mod users;
pub mod seekers;
pub mod work_permits;
pub mod consents;
pub mod vacancies;
pub mod referrals;
pub mod referral_events;
pub mod follow_ups;
pub mod audit_events;
pub mod outbox;
