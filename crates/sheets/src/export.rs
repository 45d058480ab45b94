//! Lists out as spreadsheets: each list's columns (what the screen shows and the
//! record's other fields), headed in the user's language, with every code followed by
//! its label in that language, and on request a second header row of HXL hashtags
//! (HXL 1.1: core hashtags such as #org, #loc, #adm1, #sector, #date, #contact, with
//! attributes). A list of people has the import's columns under the import's headers,
//! so that an exported file imports as it is.
//!
//! `ExportWriter` takes the records slice by slice: a CSV's bytes can be taken after
//! each slice (`take`), an XLSX is written to a temporary file row by row (constant
//! memory) and comes out whole at `finish`.

use std::{cell::RefCell, collections::HashMap, io::Write};

use chrono::{DateTime, NaiveDate, Utc};
use forsa_domain::{
    ConsentMethod, ExportFormat, ExportList, Locale, ReferralStage,
    consent::Consent,
    employer::Employer,
    organisation::{Centre, TimeZone},
    referral::FollowUp,
    seeker::{LanguageSkill, OccupationExperience},
};
use forsa_service::{
    Export, ExportRows, ReferralRow, SeekerRecord, Taxonomy, TaxonomyEntry, VacancyRow,
};
use forsa_words::{Labelled, Tr};
use rust_xlsxwriter::XlsxError;

use crate::{
    layout::Kind,
    sheet::{Cell, Sheet},
};

/// The most rows an XLSX sheet holds (Excel's limit), headers included.
pub const XLSX_MAX_ROWS: u64 = 1_048_576;

/// What went wrong while writing an export.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the spreadsheet could not be written: {0}")]
    Xlsx(#[from] XlsxError),
    #[error("the CSV could not be written: {0}")]
    Csv(#[from] csv::Error),
    #[error("the export could not be sent: {0}")]
    Io(#[from] std::io::Error),
}

/// A column of an exported list: its key (the catalogue names its header
/// `sheets-export-<key>`, unless it is one of the import's columns) and its hashtag.
/// A key ending in `~name` is the label column of the code column before it.
struct Field {
    key: &'static str,
    hxl: &'static str,
}

const fn field(key: &'static str, hxl: &'static str) -> Field {
    Field { key, hxl }
}

const SEEKER_FIELDS: &[Field] = &[
    field("id", "#meta+id"),
    field("case_reference", "#beneficiary+id"),
    field("full_name", "#beneficiary+name"),
    field("gender", "#beneficiary+sex+code"),
    field("gender~name", "#beneficiary+sex+name"),
    field("birth_year", "#date+birth+year"),
    field("nationality", "#country+code+nationality"),
    field("nationality~name", "#country+name+nationality"),
    field("status", "#beneficiary+type+code"),
    field("status~name", "#beneficiary+type+name"),
    field("phone", "#contact+phone"),
    field("location", "#loc+code"),
    field("location~name", "#loc+name"),
    field("governorate", "#adm1+code"),
    field("governorate~name", "#adm1+name"),
    field("languages", "#beneficiary+language+code"),
    field("languages~name", "#beneficiary+language+name"),
    field("occupations", "#beneficiary+occupation+code"),
    field("occupations~name", "#beneficiary+occupation+name"),
    field("skills", "#beneficiary+skills"),
    field("experience", "#beneficiary+experience"),
    field("education_level", "#beneficiary+education+code"),
    field("disability", "#beneficiary+disability"),
    field("available_from", "#date+available"),
    field("permit_type", "#meta+permit+code"),
    field("permit_type~name", "#meta+permit+name"),
    field("permit_employer", "#org+id+permit"),
    field("permit_number", "#meta+permit+id"),
    field("permit_valid_from", "#date+start+permit"),
    field("permit_valid_until", "#date+end+permit"),
    field("consents", "#meta+consent+code"),
    field("consents~name", "#meta+consent+name"),
    field("consent_method", "#meta+consent+method"),
    field("centre", "#org+impl+name"),
    field("registered_on", "#date+registered"),
    field("updated_on", "#date+updated"),
    field("archived_on", "#date+archived"),
];

const EMPLOYER_FIELDS: &[Field] = &[
    field("id", "#meta+id"),
    field("name_ar", "#org+name+i_ar"),
    field("name_en", "#org+name+i_en"),
    field("registration_number", "#org+id"),
    field("sector", "#sector+code"),
    field("sector~name", "#sector+name"),
    field("location", "#loc+code"),
    field("location~name", "#loc+name"),
    field("governorate", "#adm1+code"),
    field("governorate~name", "#adm1+name"),
    field("contact_name", "#contact+name"),
    field("contact_phone", "#contact+phone"),
    field("contact_email", "#contact+email"),
    field("verified", "#date+verified"),
    field("fee_pledge", "#date+pledged"),
    field("centre", "#org+impl+name"),
    field("registered_on", "#date+registered"),
];

const VACANCY_FIELDS: &[Field] = &[
    field("id", "#meta+id"),
    field("code", "#activity+code"),
    field("title_ar", "#activity+name+i_ar"),
    field("title_en", "#activity+name+i_en"),
    field("employer", "#org+name"),
    field("status", "#status+code"),
    field("status~name", "#status+name"),
    field("sector", "#sector+code"),
    field("sector~name", "#sector+name"),
    field("occupation", "#activity+occupation+code"),
    field("occupation~name", "#activity+occupation+name"),
    field("location", "#loc+code"),
    field("location~name", "#loc+name"),
    field("governorate", "#adm1+code"),
    field("governorate~name", "#adm1+name"),
    field("openings", "#capacity+openings+num"),
    field("wage_min", "#value+wage+min"),
    field("wage_max", "#value+wage+max"),
    field("wage_period", "#frequency+wage+code"),
    field("wage_period~name", "#frequency+wage+name"),
    field("hours_per_week", "#value+hours"),
    field("shift", "#meta+shift+code"),
    field("shift~name", "#meta+shift+name"),
    field("contract", "#meta+contract+code"),
    field("contract~name", "#meta+contract+name"),
    field("languages", "#meta+language+code"),
    field("languages~name", "#meta+language+name"),
    field("skills", "#meta+skills"),
    field("benefits", "#meta+benefits+code"),
    field("benefits~name", "#meta+benefits+name"),
    field("employer_arranges_permit", "#meta+permit+arranged"),
    field("start_date", "#date+start"),
    field("closing_date", "#date+end"),
    field("description_ar", "#description+i_ar"),
    field("description_en", "#description+i_en"),
    field("posted_on", "#date+posted"),
];

const REFERRAL_FIELDS: &[Field] = &[
    field("id", "#meta+id"),
    field("stage", "#status+code"),
    field("stage~name", "#status+name"),
    field("seeker_id", "#beneficiary+id+record"),
    field("candidate_name", "#beneficiary+name"),
    field("candidate_phone", "#contact+phone"),
    field("shared_with_employer", "#meta+consent+shared"),
    field("vacancy_code", "#activity+code"),
    field("vacancy_title", "#activity+name"),
    field("employer", "#org+name"),
    field("sector", "#sector+code"),
    field("sector~name", "#sector+name"),
    field("location", "#loc+code"),
    field("location~name", "#loc+name"),
    field("governorate", "#adm1+code"),
    field("governorate~name", "#adm1+name"),
    field("referred_on", "#date+start"),
    field("hired_on", "#date+hired"),
    field("updated_on", "#date+updated"),
    field("follow_up_30", "#status+followup+d30"),
    field("follow_up_90", "#status+followup+d90"),
    field("follow_up_180", "#status+followup+d180"),
];

fn fields(list: ExportList) -> &'static [Field] {
    match list {
        ExportList::Seekers => SEEKER_FIELDS,
        ExportList::Employers => EMPLOYER_FIELDS,
        ExportList::Vacancies => VACANCY_FIELDS,
        ExportList::Referrals | ExportList::Placements => REFERRAL_FIELDS,
    }
}

/// The hashtags of a list's columns, in order: the second header row.
pub fn hashtags(list: ExportList) -> Vec<&'static str> {
    fields(list).iter().map(|field| field.hxl).collect()
}

/// A column's header in `tr`'s language: the import's header for the import's
/// columns (a list of people, employers or vacancies imports as it is), the
/// catalogue's otherwise; a label column is its code column's header
/// with "(name)".
fn header(list: ExportList, key: &str, tr: Tr) -> String {
    if let Some(code) = key.strip_suffix("~name") {
        return format!(
            "{} ({})",
            header(list, code, tr),
            tr.text("sheets-export-label")
        );
    }
    let imported = match list {
        ExportList::Seekers => Some(Kind::Seekers),
        ExportList::Employers => Some(Kind::Employers),
        ExportList::Vacancies => Some(Kind::Vacancies),
        ExportList::Referrals | ExportList::Placements => None,
    }
    .and_then(|kind| kind.columns().iter().find(|column| column.key == key));
    match imported {
        Some(column) => column.header(tr.locale()).to_owned(),
        None => tr.text(&format!("sheets-export-{}", key.replace('_', "-"))),
    }
}

/// The headers of a list's columns in `tr`'s language.
pub fn headers(list: ExportList, tr: Tr) -> Vec<String> {
    fields(list)
        .iter()
        .map(|field| header(list, field.key, tr))
        .collect()
}

/// The name a download of `list` is offered under.
pub fn file_name(list: ExportList, format: ExportFormat, today: NaiveDate) -> String {
    format!("forsa-{}-{today}.{}", list.as_str(), format.as_str())
}

/// Writes an export's rows as CSV or XLSX, in one language.
pub struct ExportWriter {
    list: ExportList,
    sheet: Sheet,
    cells: Cells,
}

/// What naming a record's codes needs.
pub(crate) struct Cells {
    tr: Tr,
    /// The catalogue's words as they were first looked up: a million rows say the
    /// same few hundred words.
    words: RefCell<HashMap<String, String>>,
    taxonomy: Taxonomy,
    /// Each centre's name, and its time zone: a record's days are its centre's.
    centres: Vec<(forsa_domain::CentreId, String, TimeZone)>,
    permit_types: Vec<(String, String)>,
}

impl ExportWriter {
    /// A writer of `export` in `format`, headed in `locale`, with a row of HXL
    /// hashtags under the headers when `hxl`.
    pub fn new(
        export: &Export,
        taxonomy: &Taxonomy,
        format: ExportFormat,
        locale: Locale,
        hxl: bool,
    ) -> Result<Self, ExportError> {
        let list = export.record.list;
        let tr = Tr::new(locale);
        let mut heads = vec![headers(list, tr)];
        if hxl {
            heads.push(hashtags(list).into_iter().map(str::to_owned).collect());
        }
        let sheet = Sheet::new(format, locale, &tr.label(list), &heads)?;
        Ok(Self {
            list,
            sheet,
            cells: Cells::new(
                tr,
                taxonomy,
                &export.centres,
                export
                    .permit_types
                    .iter()
                    .map(|permit| (permit.code.clone(), tr.name(permit)))
                    .collect(),
            ),
        })
    }

    /// Writes a slice of the export's records.
    pub fn rows(&mut self, rows: &ExportRows) -> Result<(), ExportError> {
        let keys: Vec<&str> = fields(self.list).iter().map(|f| f.key).collect();
        let cells = &self.cells;
        let lines: Vec<Vec<String>> = match rows {
            ExportRows::Seekers(rows) => rows.iter().map(|r| cells.seeker(&keys, r)).collect(),
            ExportRows::Employers(rows) => rows.iter().map(|r| cells.employer(&keys, r)).collect(),
            ExportRows::Vacancies(rows) => rows.iter().map(|r| cells.vacancy(&keys, r)).collect(),
            ExportRows::Referrals(rows) => rows.iter().map(|r| cells.referral(&keys, r)).collect(),
        };
        for line in lines {
            self.sheet.line(line.into_iter().map(Cell::Text))?;
        }
        Ok(())
    }

    /// The CSV bytes written since the last take; nothing for an XLSX, which comes
    /// out whole at `finish`.
    pub fn take(&mut self) -> Result<Vec<u8>, ExportError> {
        self.sheet.take()
    }

    /// Writes what is left to `out`: the CSV's last bytes, or the whole XLSX file.
    pub fn finish(self, out: impl Write + Send) -> Result<(), ExportError> {
        self.sheet.finish(out)
    }
}

fn day(day: Option<NaiveDate>) -> String {
    day.map(|d| d.to_string()).unwrap_or_default()
}

fn text(value: Option<&str>) -> String {
    value.unwrap_or_default().to_owned()
}

fn joined(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join("; ")
}

impl Cells {
    /// Names codes in `tr`'s language: places, sectors and occupations from
    /// `taxonomy`, centres and permit types from theirs.
    pub(crate) fn new(
        tr: Tr,
        taxonomy: &Taxonomy,
        centres: &[Centre],
        permit_types: Vec<(String, String)>,
    ) -> Self {
        Cells {
            tr,
            words: RefCell::default(),
            taxonomy: taxonomy.clone(),
            centres: centres
                .iter()
                .map(|centre| (centre.id, tr.name(centre), centre.time_zone))
                .collect(),
            permit_types,
        }
    }

    /// What `make` says, made once for each `key`: a million rows say the same few
    /// hundred words.
    fn memo(&self, key: String, make: impl FnOnce() -> String) -> String {
        if let Some(word) = self.words.borrow().get(&key) {
            return word.clone();
        }
        let word = make();
        self.words.borrow_mut().insert(key, word.clone());
        word
    }

    /// The catalogue's word for `key`; empty when it has none.
    pub(crate) fn word(&self, key: String) -> String {
        let tr = self.tr;
        self.memo(key.clone(), || {
            if tr.has(&key) {
                tr.text(&key)
            } else {
                String::new()
            }
        })
    }

    fn yes_no(&self, yes: bool) -> String {
        self.word((if yes { "sheets-yes" } else { "sheets-no" }).to_owned())
    }

    pub(crate) fn label(&self, value: impl Labelled) -> String {
        self.word(value.key())
    }

    /// A classification's entry named in the sheet's language; empty when unknown.
    fn named(&self, entry: Option<&TaxonomyEntry>) -> String {
        entry.map(|entry| self.tr.name(entry)).unwrap_or_default()
    }

    pub(crate) fn place(&self, code: &str) -> String {
        self.named(self.taxonomy.location(code))
    }

    /// The governorate a place lies in (a camp's parent), or the place itself.
    pub(crate) fn governorate(&self, code: &str) -> String {
        let mut code = code.to_owned();
        while let Some(parent) = self
            .taxonomy
            .location(&code)
            .and_then(|place| place.parent_code.clone())
            .filter(|parent| self.taxonomy.location(parent).is_some())
        {
            code = parent;
        }
        code
    }

    pub(crate) fn sector(&self, code: &str) -> String {
        self.named(self.taxonomy.sector(code))
    }

    pub(crate) fn occupation(&self, code: &str) -> String {
        self.named(self.taxonomy.occupation(code))
    }

    fn languages(&self, languages: &[LanguageSkill], named: bool) -> String {
        joined(languages.iter().map(|language| {
            let code = language.code.as_str();
            if named {
                let name = self.word(format!("seekers-language-{code}"));
                format!("{name} ({})", self.label(language.level))
            } else {
                format!("{code} ({})", language.level.as_str())
            }
        }))
    }

    fn occupations(&self, occupations: &[OccupationExperience], named: bool) -> String {
        joined(occupations.iter().map(|occupation| {
            let code = occupation.isco.as_str();
            let name = if named {
                self.occupation(code)
            } else {
                code.to_owned()
            };
            format!("{name} ({})", occupation.years)
        }))
    }

    pub(crate) fn nationality(&self, code: &str) -> String {
        match self.word(format!("seekers-country-{}", code.to_ascii_lowercase())) {
            name if name.is_empty() => code.to_owned(),
            name => name,
        }
    }

    /// Centre `id`'s name and time zone, when it is one of the export's.
    fn found(
        &self,
        id: Option<forsa_domain::CentreId>,
    ) -> Option<&(forsa_domain::CentreId, String, TimeZone)> {
        self.centres
            .iter()
            .find(|(centre, _, _)| Some(*centre) == id)
    }

    pub(crate) fn centre(&self, id: Option<forsa_domain::CentreId>) -> String {
        self.found(id)
            .map(|(_, name, _)| name.clone())
            .unwrap_or_default()
    }

    /// The day `at` falls on at centre `id` (in Jordan for a record of no centre):
    /// a hire at 01:00 in Amman is that day's, not the day before's as in UTC.
    fn day_at(&self, id: Option<forsa_domain::CentreId>, at: &DateTime<Utc>) -> String {
        let zone = self
            .found(id)
            .map_or(TimeZone::JORDAN, |(_, _, zone)| *zone);
        zone.today(*at).to_string()
    }

    fn seeker(&self, keys: &[&str], record: &SeekerRecord) -> Vec<String> {
        let seeker = &record.seeker;
        let p = &seeker.profile;
        let centre = Some(seeker.centre_id);
        let permit = record.permit.as_ref().map(|permit| &permit.details);
        let consents = |named: bool| {
            joined(record.consents.iter().map(|consent: &Consent| {
                if named {
                    self.label(consent.purpose)
                } else {
                    consent.purpose.as_str().to_owned()
                }
            }))
        };
        let method = record
            .consents
            .iter()
            .find_map(|consent| consent.method)
            .map(ConsentMethod::as_str);
        keys.iter()
            .map(|&key| match key {
                "id" => seeker.id.to_string(),
                "case_reference" => text(p.case_reference.as_deref()),
                "full_name" => p.full_name.clone(),
                "gender" => p.gender.as_str().to_owned(),
                "gender~name" => self.label(p.gender),
                "birth_year" => p.birth_year.map(|y| y.to_string()).unwrap_or_default(),
                "nationality" => p.nationality.as_str().to_owned(),
                "nationality~name" => self.nationality(p.nationality.as_str()),
                "status" => p.status.as_str().to_owned(),
                "status~name" => self
                    .memo(format!("{}/{}", p.status.key(), p.gender.as_str()), || {
                        self.tr.label_of(p.status, p.gender)
                    }),
                "phone" => text(p.phone.as_deref()),
                "location" => p.location.as_str().to_owned(),
                "location~name" => self.place(p.location.as_str()),
                "governorate" => self.governorate(p.location.as_str()),
                "governorate~name" => self.place(&self.governorate(p.location.as_str())),
                "languages" => self.languages(&p.languages, false),
                "languages~name" => self.languages(&p.languages, true),
                "occupations" => self.occupations(&p.occupations, false),
                "occupations~name" => self.occupations(&p.occupations, true),
                "skills" => p.skills.join("; "),
                "experience" => text(p.experience.as_deref()),
                "education_level" => p.education_level.map(|l| l.to_string()).unwrap_or_default(),
                "disability" => text(p.disability.as_deref()),
                "available_from" => day(p.available_from),
                "permit_type" => text(permit.map(|d| d.permit_type.as_str())),
                "permit_type~name" => permit
                    .and_then(|d| {
                        self.permit_types
                            .iter()
                            .find(|(code, _)| *code == d.permit_type)
                    })
                    .map(|(_, name)| name.clone())
                    .unwrap_or_default(),
                "permit_employer" => permit
                    .and_then(|d| d.employer_id)
                    .map(|id| id.to_string())
                    .unwrap_or_default(),
                "permit_number" => text(permit.and_then(|d| d.number.as_deref())),
                "permit_valid_from" => day(permit.map(|d| d.validity.from())),
                "permit_valid_until" => day(permit.map(|d| d.validity.until())),
                "consents" => consents(false),
                "consents~name" => consents(true),
                "consent_method" => text(method),
                "centre" => self.centre(Some(seeker.centre_id)),
                "registered_on" => self.day_at(centre, &seeker.created_at),
                "updated_on" => self.day_at(centre, &seeker.updated_at),
                "archived_on" => seeker
                    .archived_at
                    .as_ref()
                    .map(|at| self.day_at(centre, at))
                    .unwrap_or_default(),
                _ => String::new(),
            })
            .collect()
    }

    fn employer(&self, keys: &[&str], employer: &Employer) -> Vec<String> {
        let d = &employer.details;
        keys.iter()
            .map(|&key| match key {
                "id" => employer.id.to_string(),
                "name_ar" => text(d.name.ar.as_deref()),
                "name_en" => text(d.name.en.as_deref()),
                "registration_number" => text(d.registration_number.as_deref()),
                "sector" => d.sector.as_str().to_owned(),
                "sector~name" => self.sector(d.sector.as_str()),
                "location" => d.location.as_str().to_owned(),
                "location~name" => self.place(d.location.as_str()),
                "governorate" => self.governorate(d.location.as_str()),
                "governorate~name" => self.place(&self.governorate(d.location.as_str())),
                "contact_name" => text(d.contact_name.as_deref()),
                "contact_phone" => text(d.contact_phone.as_deref()),
                "contact_email" => d
                    .contact_email
                    .as_ref()
                    .map(|e| e.to_string())
                    .unwrap_or_default(),
                "verified" => employer
                    .verified_at
                    .as_ref()
                    .map(|at| self.day_at(employer.centre_id, at))
                    .unwrap_or_default(),
                "fee_pledge" => employer
                    .fee_pledge_at
                    .as_ref()
                    .map(|at| self.day_at(employer.centre_id, at))
                    .unwrap_or_default(),
                "centre" => self.centre(employer.centre_id),
                "registered_on" => self.day_at(employer.centre_id, &employer.created_at),
                _ => String::new(),
            })
            .collect()
    }

    fn vacancy(&self, keys: &[&str], row: &VacancyRow) -> Vec<String> {
        let vacancy = &row.vacancy;
        let d = &vacancy.details;
        let benefits = |named: bool| {
            joined(d.benefits.iter().map(|&benefit| {
                if named {
                    self.label(benefit)
                } else {
                    benefit.as_str().to_owned()
                }
            }))
        };
        keys.iter()
            .map(|&key| match key {
                "id" => vacancy.id.to_string(),
                "code" => vacancy.code.to_string(),
                "title_ar" => text(d.title_ar.as_deref()),
                "title_en" => text(d.title_en.as_deref()),
                "employer" => self.tr.name(&row.employer_name),
                "status" => vacancy.status.as_str().to_owned(),
                "status~name" => self.label(vacancy.status),
                "sector" => d.sector.as_str().to_owned(),
                "sector~name" => self.sector(d.sector.as_str()),
                "occupation" => d.occupation.as_str().to_owned(),
                "occupation~name" => self.occupation(d.occupation.as_str()),
                "location" => d.location.as_str().to_owned(),
                "location~name" => self.place(d.location.as_str()),
                "governorate" => self.governorate(d.location.as_str()),
                "governorate~name" => self.place(&self.governorate(d.location.as_str())),
                "openings" => d.openings.to_string(),
                "wage_min" => d.wage.min.dinars().to_string(),
                "wage_max" => d.wage.max.dinars().to_string(),
                "wage_period" => d.wage.period.as_str().to_owned(),
                "wage_period~name" => self.label(d.wage.period),
                "hours_per_week" => d.hours_per_week.to_string(),
                "shift" => d.shift.as_str().to_owned(),
                "shift~name" => self.label(d.shift),
                "contract" => d.contract.as_str().to_owned(),
                "contract~name" => self.label(d.contract),
                "languages" => self.languages(&d.languages, false),
                "languages~name" => self.languages(&d.languages, true),
                "skills" => d.skills.join("; "),
                "benefits" => benefits(false),
                "benefits~name" => benefits(true),
                "employer_arranges_permit" => self.yes_no(d.employer_arranges_permit),
                "start_date" => day(d.start_date),
                "closing_date" => day(d.closing_date),
                "description_ar" => text(d.description_ar.as_deref()),
                "description_en" => text(d.description_en.as_deref()),
                "posted_on" => self.day_at(None, &vacancy.created_at),
                _ => String::new(),
            })
            .collect()
    }

    /// The outcome of a hire's `index`th follow-up, or the day it is due.
    fn follow_up(&self, follow_ups: &[FollowUp], index: usize) -> String {
        let mut by_day: Vec<&FollowUp> = follow_ups.iter().collect();
        by_day.sort_by_key(|follow_up| follow_up.due_on);
        match by_day.get(index) {
            Some(FollowUp {
                outcome: Some(outcome),
                ..
            }) => self.label(*outcome),
            Some(follow_up) => self.tr.text_with_words(
                "sheets-export-follow-up-due",
                &[("date", &follow_up.due_on.to_string())],
            ),
            None => String::new(),
        }
    }

    fn referral(&self, keys: &[&str], row: &ReferralRow) -> Vec<String> {
        let view = &row.view;
        let referral = &view.referral;
        let d = &row.vacancy.details;
        let candidate = view.candidate.as_ref();
        let centre = Some(referral.centre_id);
        let hired = view
            .history
            .iter()
            .rev()
            .find(|change| change.to == ReferralStage::Hired)
            .map(|change| self.day_at(centre, &change.at));
        keys.iter()
            .map(|&key| match key {
                "id" => referral.id.to_string(),
                "stage" => referral.stage.as_str().to_owned(),
                "stage~name" => self.label(referral.stage),
                "seeker_id" => referral.seeker_id.to_string(),
                "candidate_name" => candidate.map(|c| c.full_name.clone()).unwrap_or_default(),
                "candidate_phone" => text(candidate.and_then(|c| c.phone.as_deref())),
                "shared_with_employer" => self.yes_no(view.shared_with_employer),
                "vacancy_code" => row.vacancy.code.to_string(),
                "vacancy_title" => self.tr.name(d),
                "employer" => self.tr.name(&row.employer_name),
                "sector" => d.sector.as_str().to_owned(),
                "sector~name" => self.sector(d.sector.as_str()),
                "location" => d.location.as_str().to_owned(),
                "location~name" => self.place(d.location.as_str()),
                "governorate" => self.governorate(d.location.as_str()),
                "governorate~name" => self.place(&self.governorate(d.location.as_str())),
                "referred_on" => self.day_at(centre, &referral.created_at),
                "hired_on" => hired.clone().unwrap_or_default(),
                "updated_on" => self.day_at(centre, &referral.updated_at),
                "follow_up_30" => self.follow_up(&view.follow_ups, 0),
                "follow_up_90" => self.follow_up(&view.follow_ups, 1),
                "follow_up_180" => self.follow_up(&view.follow_ups, 2),
                _ => String::new(),
            })
            .collect()
    }
}
