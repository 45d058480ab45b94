//! The classifications and rules the migrations ship, read from the same files, for
//! tools that run without a database (benchmarks).

use std::collections::BTreeSet;

use chrono::NaiveDate;
use forsa_domain::{
    CountryCode, IscoCode, MinimumWage, Money, PermitKind, Rules, SectorCode, permit::PermitType,
};

const ISCO: &str = include_str!("../../../migrations/data/isco08.tsv");
const ISIC: &str = include_str!("../../../migrations/data/isic4-sections.tsv");
const LOCATIONS: &str = include_str!("../../../migrations/data/locations-jo.tsv");
const CLOSED: &str = include_str!("../../../migrations/data/closed-occupations-jo.tsv");

/// A code with its parent and its names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub code: String,
    pub parent_code: Option<String>,
    pub name_en: String,
    pub name_ar: String,
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').collect())
}

/// ISCO-08 groups at all four levels; a group's parent is its code less one digit.
pub fn occupations() -> Vec<Label> {
    rows(ISCO)
        .filter(|cells| cells.len() >= 4)
        .map(|cells| Label {
            code: cells[0].to_owned(),
            parent_code: (cells[0].len() > 1).then(|| cells[0][..cells[0].len() - 1].to_owned()),
            name_en: cells[2].to_owned(),
            name_ar: cells[3].to_owned(),
        })
        .collect()
}

/// ISIC Rev.4 sections.
pub fn sectors() -> Vec<Label> {
    rows(ISIC)
        .filter(|cells| cells.len() >= 3)
        .map(|cells| Label {
            code: cells[0].to_owned(),
            parent_code: None,
            name_en: cells[1].to_owned(),
            name_ar: cells[2].to_owned(),
        })
        .collect()
}

/// Jordan's governorates and the camps.
pub fn locations() -> Vec<Label> {
    rows(LOCATIONS)
        .filter(|cells| cells.len() >= 5)
        .map(|cells| Label {
            code: cells[0].to_owned(),
            parent_code: (!cells[2].is_empty()).then(|| cells[2].to_owned()),
            name_en: cells[3].to_owned(),
            name_ar: cells[4].to_owned(),
        })
        .collect()
}

/// Jordan's rules as the migrations seed them.
pub fn jordan() -> Rules {
    let flexible = |code: &str, name: &str, sector: &str| PermitType {
        code: code.to_owned(),
        name_ar: name.to_owned(),
        name_en: name.to_owned(),
        kind: PermitKind::Flexible,
        sectors: SectorCode::parse(sector).into_iter().collect(),
        active: true,
    };
    Rules {
        country: CountryCode::parse("JO").expect("JO is a country code"),
        closed_occupations: rows(CLOSED)
            .filter_map(|cells| IscoCode::parse(cells[0]).ok())
            .collect::<BTreeSet<_>>(),
        permit_types: vec![
            flexible("flexible_construction", "Flexible construction permit", "F"),
            flexible("flexible_agriculture", "Flexible agriculture permit", "A"),
            PermitType {
                code: "employer_specific".to_owned(),
                name_ar: "تصريح عمل لدى صاحب عمل محدد".to_owned(),
                name_en: "Employer-specific permit".to_owned(),
                kind: PermitKind::EmployerSpecific,
                sectors: Vec::new(),
                active: true,
            },
        ],
        minimum_wage: MinimumWage {
            monthly: Money::from_fils(290_000),
            valid_from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default(),
        },
    }
}
