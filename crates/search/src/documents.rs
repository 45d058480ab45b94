//! From domain records to index documents, and the facts each document stores for
//! ranking and explanations.

use chrono::{DateTime, NaiveDate, Utc};
use forsa_domain::{
    CentreId, EmployerId, IscoCode, LocationCode, PublicCode, SeekerId, VacancyId, VacancyStatus,
    employer::EmployerName,
    matching::SeekerTraits,
    permit::WorkPermit,
    seeker::Seeker,
    vacancy::{Vacancy, VacancyDetails},
};
use serde::{Deserialize, Serialize};
use std::ops::Bound;

use tantivy::{
    TantivyDocument, Term,
    query::{Query, RangeQuery},
    schema::Field,
};

use crate::{
    Result, SearchError,
    analysis::without_exclusions,
    schema::{SeekerFields, VacancyFields},
    taxonomy::Taxonomy,
};

/// What the vacancy index keeps of a vacancy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VacancyFacts {
    pub id: VacancyId,
    pub employer_id: EmployerId,
    pub employer_name: EmployerName,
    pub code: PublicCode,
    pub status: VacancyStatus,
    pub created_at: DateTime<Utc>,
    pub details: VacancyDetails,
}

impl VacancyFacts {
    pub fn new(vacancy: &Vacancy, employer_name: impl Into<EmployerName>) -> Self {
        Self {
            id: vacancy.id,
            employer_id: vacancy.employer_id,
            employer_name: employer_name.into(),
            code: vacancy.code.clone(),
            status: vacancy.status,
            created_at: vacancy.created_at,
            details: vacancy.details.clone(),
        }
    }
}

/// What the seeker index keeps of a seeker: traits, never identity, and permits
/// without their numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeekerFacts {
    pub id: SeekerId,
    pub centre_id: CentreId,
    pub traits: SeekerTraits,
    pub permits: Vec<WorkPermit>,
}

impl SeekerFacts {
    pub fn new(seeker: &Seeker, permits: &[WorkPermit]) -> Self {
        Self {
            id: seeker.id,
            centre_id: seeker.centre_id,
            traits: SeekerTraits::from(&seeker.profile),
            permits: permits
                .iter()
                .map(|permit| {
                    let mut permit = permit.clone();
                    permit.details.number = None;
                    permit.details.issuer = None;
                    permit
                })
                .collect(),
        }
    }
}

/// A change for the index writer to apply.
#[derive(Debug, Clone)]
pub enum IndexChange {
    Vacancy {
        vacancy: Box<Vacancy>,
        employer_name: EmployerName,
    },
    RemoveVacancy(VacancyId),
    Seeker {
        seeker: Box<Seeker>,
        permits: Vec<WorkPermit>,
    },
    RemoveSeeker(SeekerId),
    /// Removes an erased person, and rewrites the segments that held them, so that
    /// nothing of theirs is left in the index's files.
    EraseSeeker(SeekerId),
}

/// Days since 1970-01-01.
pub fn day_number(day: NaiveDate) -> i64 {
    day.signed_duration_since(NaiveDate::default()).num_days()
}

fn add_occupation(doc: &mut TantivyDocument, field: Field, isco: &IscoCode) {
    let mut code = Some(isco.clone());
    while let Some(group) = code {
        doc.add_text(field, group.as_str());
        code = group.parent();
    }
}

fn add_place(doc: &mut TantivyDocument, field: Field, place: &LocationCode) {
    doc.add_text(field, place.as_str());
    if place.region() != place.as_str() {
        doc.add_text(field, place.region());
    }
}

pub(crate) fn facts_bytes<T: Serialize>(facts: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(facts).map_err(|e| SearchError::Internal(format!("encoding facts: {e}")))
}

pub(crate) fn read_facts<T: for<'de> Deserialize<'de>>(
    doc: &TantivyDocument,
    field: Field,
) -> Result<T> {
    use tantivy::schema::Value;
    let bytes = doc
        .get_first(field)
        .and_then(|value| value.as_bytes())
        .ok_or_else(|| SearchError::Internal("a document without facts".to_owned()))?;
    serde_json::from_slice(bytes).map_err(|e| SearchError::Internal(format!("decoding facts: {e}")))
}

pub(crate) fn vacancy_document(
    fields: &VacancyFields,
    taxonomy: &Taxonomy,
    vacancy: &Vacancy,
    employer_name: &EmployerName,
) -> Result<TantivyDocument> {
    let details = &vacancy.details;
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, vacancy.id.to_string());
    doc.add_bytes(
        fields.facts,
        &facts_bytes(&VacancyFacts::new(vacancy, employer_name.clone()))?,
    );
    doc.add_text(fields.status, vacancy.status.as_str());
    doc.add_text(fields.employer, vacancy.employer_id.to_string());
    doc.add_text(fields.sector, details.sector.as_str());
    add_occupation(&mut doc, fields.occupation, &details.occupation);
    add_place(&mut doc, fields.location, &details.location);
    for benefit in &details.benefits {
        doc.add_text(fields.benefit, benefit.as_str());
    }
    doc.add_text(fields.contract, details.contract.as_str());
    doc.add_bool(fields.arranges_permit, details.employer_arranges_permit);
    for language in &details.languages {
        doc.add_text(fields.language, language.code.as_str());
    }
    doc.add_i64(
        fields.closing_day,
        details.closing_date.map_or(i64::MAX, day_number),
    );
    doc.add_i64(
        fields.start_day,
        details.start_date.map_or(i64::MIN, day_number),
    );
    doc.add_i64(fields.created, vacancy.created_at.timestamp_micros());
    // The trades an exclusion clause names are what a text is not about. Every text
    // is also indexed as its words' relatives.
    let titles: Vec<String> = [&details.title_ar, &details.title_en]
        .into_iter()
        .flatten()
        .map(|text| without_exclusions(text).into_owned())
        .collect();
    for text in &titles {
        doc.add_text(fields.title_kin, text);
    }
    let mut add = |field, text: &str| {
        doc.add_text(field, text);
        doc.add_text(fields.kin, text);
    };
    for text in &titles {
        add(fields.title, text);
    }
    for text in [&details.description_ar, &details.description_en]
        .into_iter()
        .flatten()
    {
        add(fields.description, &without_exclusions(text));
    }
    for skill in &details.skills {
        add(fields.skills, skill);
    }
    for label in taxonomy.occupation_labels(details.occupation.as_str()) {
        add(fields.labels, &without_exclusions(label));
    }
    let sector = taxonomy.sector(details.sector.as_str());
    let place = taxonomy.location(details.location.as_str());
    for entry in [sector, place].into_iter().flatten() {
        add(fields.labels, &entry.name_ar);
        add(fields.labels, &entry.name_en);
    }
    for name in [&employer_name.ar, &employer_name.en].into_iter().flatten() {
        add(fields.labels, name);
    }
    Ok(doc)
}

pub(crate) fn seeker_document(
    fields: &SeekerFields,
    taxonomy: &Taxonomy,
    seeker: &Seeker,
    permits: &[WorkPermit],
    today: NaiveDate,
) -> Result<TantivyDocument> {
    let profile = &seeker.profile;
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, seeker.id.to_string());
    doc.add_bytes(
        fields.facts,
        &facts_bytes(&SeekerFacts::new(seeker, permits))?,
    );
    doc.add_text(fields.centre, seeker.centre_id.to_string());
    for experience in &profile.occupations {
        add_occupation(&mut doc, fields.occupation, &experience.isco);
        for label in taxonomy.occupation_labels(experience.isco.as_str()) {
            doc.add_text(fields.labels, without_exclusions(label));
        }
    }
    for language in &profile.languages {
        doc.add_text(fields.language, language.code.as_str());
    }
    add_place(&mut doc, fields.location, &profile.location);
    for place in &profile.preferences.locations {
        add_place(&mut doc, fields.location, place);
    }
    for sector in &profile.preferences.sectors {
        doc.add_text(fields.sector_wanted, sector.as_str());
    }
    doc.add_text(fields.nationality, profile.nationality.as_str());
    // Only a permit in force can make someone eligible (one applied for cannot
    // yet), and only for work that starts by the permit's last day: each term carries
    // that day, for matching to look up the permits that hold on a job's first day.
    for permit in permits.iter().filter(|p| p.in_force_on_or_after(today)) {
        let details = &permit.details;
        let until = details.validity.until();
        doc.add_text(
            fields.permit,
            permit_term(&permit_type_key(&details.permit_type), until),
        );
        if let Some(employer) = details.employer_id {
            doc.add_text(
                fields.permit,
                permit_term(&permit_employer_key(employer), until),
            );
        }
    }
    for skill in &profile.skills {
        doc.add_text(fields.skills, skill);
    }
    if let Some(experience) = &profile.experience {
        doc.add_text(fields.experience, experience);
    }
    Ok(doc)
}

/// What a permit of type `code` is indexed under, before its last day.
pub(crate) fn permit_type_key(code: &str) -> String {
    format!("type:{code}")
}

/// What a permit for `employer` only is indexed under, before its last day.
pub(crate) fn permit_employer_key(employer: EmployerId) -> String {
    format!("employer:{employer}")
}

/// A permit's term: its key and its last day, as a day number of fixed width so
/// that the terms of one key sort by that day.
fn permit_term(key: &str, until: NaiveDate) -> String {
    format!("{key}@{:08}", day_number(until).clamp(0, 99_999_999))
}

/// The people holding a permit under `key` that lasts until `day` or later: the
/// terms of that key from `day`'s on.
pub(crate) fn permits_lasting(field: Field, key: &str, day: NaiveDate) -> Box<dyn Query> {
    let from = Term::from_field_text(field, &permit_term(key, day));
    // `~` sorts after every digit: the end of the key's terms.
    let to = Term::from_field_text(field, &format!("{key}@~"));
    Box::new(RangeQuery::new(Bound::Included(from), Bound::Excluded(to)))
}
