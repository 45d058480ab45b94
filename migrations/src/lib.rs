//! forsa's schema and reference data. One set of migrations serves SQLite and
//! PostgreSQL; every migration can be undone.
#![forbid(unsafe_code)]

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_create_reference_tables;
mod m20261122_000002_seed_reference_data;
mod m20261122_000003_create_organisations;
mod m20261122_000004_create_seekers;
mod m20261122_000005_create_vacancies_and_referrals;
mod m20261122_000006_create_audit_and_outbox;
mod m20261123_000007_add_follow_up_outcome;
mod m20261130_000008_add_seeker_search_keys;
mod m20261205_000009_create_rule_changes;
mod m20261205_000010_add_centre_time_zone;
mod m20261205_000011_add_employer_names;
mod m20261205_000012_index_audit_events_by_time;
mod m20261205_000013_structure_opening_hours;
mod m20261205_000014_add_duplicate_check;
mod m20261205_000015_add_consent_method;
mod m20261205_000016_add_erasure;
mod m20261205_000017_rekey_name_pairs;
mod m20261205_000018_rekey_names_for_compounds;
mod m20261206_000019_create_exports;
mod m20261206_000020_key_unknown_birth_years;
mod m20261206_000021_index_for_reports;
mod m20261206_000022_index_permits_in_force;
mod tables;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_create_reference_tables::Migration),
            Box::new(m20261122_000002_seed_reference_data::Migration),
            Box::new(m20261122_000003_create_organisations::Migration),
            Box::new(m20261122_000004_create_seekers::Migration),
            Box::new(m20261122_000005_create_vacancies_and_referrals::Migration),
            Box::new(m20261122_000006_create_audit_and_outbox::Migration),
            Box::new(m20261123_000007_add_follow_up_outcome::Migration),
            Box::new(m20261130_000008_add_seeker_search_keys::Migration),
            Box::new(m20261205_000009_create_rule_changes::Migration),
            Box::new(m20261205_000010_add_centre_time_zone::Migration),
            Box::new(m20261205_000011_add_employer_names::Migration),
            Box::new(m20261205_000012_index_audit_events_by_time::Migration),
            Box::new(m20261205_000013_structure_opening_hours::Migration),
            Box::new(m20261205_000014_add_duplicate_check::Migration),
            Box::new(m20261205_000015_add_consent_method::Migration),
            Box::new(m20261205_000016_add_erasure::Migration),
            Box::new(m20261205_000017_rekey_name_pairs::Migration),
            Box::new(m20261205_000018_rekey_names_for_compounds::Migration),
            Box::new(m20261206_000019_create_exports::Migration),
            Box::new(m20261206_000020_key_unknown_birth_years::Migration),
            Box::new(m20261206_000021_index_for_reports::Migration),
            Box::new(m20261206_000022_index_permits_in_force::Migration),
        ]
    }
}
