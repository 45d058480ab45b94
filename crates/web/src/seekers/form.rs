//! The seeker form, for registering and for editing: what the browser sends, how it
//! becomes the service's `SeekerInput`, and the page that shows it (again, with each
//! problem next to its field, when the input is refused).

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use forsa_domain::{
    FieldErrors, Gender, HoursPreference, LanguageLevel, SeekerStatus,
    seeker::{
        LanguageInput, OccupationInput, PreferencesInput, Seeker, SeekerInput,
        duplicate::DuplicateCandidate,
    },
};
use serde::Deserialize;

use forsa_service::{Conflict, ServiceError};

use super::{COUNTRIES, LANGUAGES, PageResult, coded, named};
use crate::{
    assets::occupations_script_href,
    choices::Group,
    forms::{code_of, given, list, number},
    frame::{Frame, framed},
    html,
    i18n::Tr,
    labels::options,
    names::{Names, Options, Pickers},
    problems::{FormSpec, Problems, place_on_rows},
};

pub use super::edit::{blank, edit, register, update};

/// The form as sent: text throughout, so that what was typed comes back as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SeekerForm {
    pub centre_id: String,
    pub case_reference: String,
    pub full_name: String,
    pub gender: String,
    pub birth_year: String,
    pub nationality: String,
    pub status: String,
    pub phone: String,
    pub location: String,
    pub languages_0_code: String,
    pub languages_0_level: String,
    pub languages_1_code: String,
    pub languages_1_level: String,
    pub languages_2_code: String,
    pub languages_2_level: String,
    pub occupations_0_isco: String,
    pub occupations_0_years: String,
    pub occupations_1_isco: String,
    pub occupations_1_years: String,
    pub education_level: String,
    pub skills: String,
    pub experience: String,
    pub preferences_hours: String,
    pub preferences_night_work: String,
    pub preferences_needs_transport: String,
    pub preferences_needs_childcare: String,
    /// Ticked checkboxes: a name sent once for each box ticked.
    pub preferences_sectors: Vec<String>,
    pub preferences_locations: Vec<String>,
    pub disability: String,
    pub available_from: String,
    pub version: String,
    /// Why the person is registered although a person with matching details was found.
    pub duplicate_reason: String,
}

/// The ids of the fields the form shows; a problem elsewhere goes above the form.
const SHOWN: &[&str] = &[
    "centre_id",
    "case_reference",
    "full_name",
    "gender",
    "birth_year",
    "nationality",
    "status",
    "phone",
    "location",
    "languages",
    "languages_0_code",
    "languages_0_level",
    "languages_1_code",
    "languages_1_level",
    "languages_2_code",
    "languages_2_level",
    "occupations",
    "occupations_0_isco",
    "occupations_0_years",
    "occupations_1_isco",
    "occupations_1_years",
    "education_level",
    "skills",
    "experience",
    "preferences_hours",
    "preferences_sectors",
    "preferences_locations",
    "disability",
    "available_from",
    "duplicate_reason",
];

/// The summary lists problems in the order the form shows its fields; the form marks
/// the fields it needs itself.
const FORM: FormSpec = FormSpec {
    order: SHOWN,
    required: &[],
};

/// `languages[1].code` -> `languages_1_code`: the form's field for a service field.
fn form_field(field: &str) -> Option<&'static str> {
    let id = field
        .replace("].", "_")
        .replace(['[', '.'], "_")
        .replace(']', "");
    // One message for a group of checkboxes, whichever box it was about.
    for group in ["preferences_sectors", "preferences_locations"] {
        if id.starts_with(group) {
            return Some(group);
        }
    }
    SHOWN.iter().copied().find(|shown| *shown == id)
}

/// The form's rows as sent to the service: blank rows are left out, and each sent
/// item remembers its row so that a problem finds its way back.
pub struct Converted {
    pub input: SeekerInput,
    /// Problems found before the service is asked (a number that is not one).
    pub errors: FieldErrors,
    language_rows: Vec<usize>,
    occupation_rows: Vec<usize>,
}

impl Converted {
    /// Puts the service's problems on the form's rows.
    pub fn place(&self, errors: &FieldErrors) -> FieldErrors {
        place_on_rows(
            errors,
            &[
                ("languages", &self.language_rows),
                ("occupations", &self.occupation_rows),
            ],
        )
    }
}

impl SeekerForm {
    fn language_rows(&self) -> [(&str, &str); 3] {
        [
            (&self.languages_0_code, &self.languages_0_level),
            (&self.languages_1_code, &self.languages_1_level),
            (&self.languages_2_code, &self.languages_2_level),
        ]
    }

    fn occupation_rows(&self) -> [(&str, &str); 2] {
        [
            (&self.occupations_0_isco, &self.occupations_0_years),
            (&self.occupations_1_isco, &self.occupations_1_years),
        ]
    }

    /// `tr`: the page's language, in which (or the other) a picker's names are typed.
    pub fn convert(&self, tr: Tr) -> Converted {
        let mut errors = FieldErrors::new();
        let mut language_rows = Vec::new();
        let mut languages = Vec::new();
        for (row, (code, level)) in self.language_rows().into_iter().enumerate() {
            if !code.trim().is_empty() || !level.trim().is_empty() {
                language_rows.push(row);
                languages.push(LanguageInput {
                    code: coded(LANGUAGES, code, tr),
                    level: level.trim().to_owned(),
                });
            }
        }
        let mut occupation_rows = Vec::new();
        let mut occupations = Vec::new();
        for (row, (isco, years)) in self.occupation_rows().into_iter().enumerate() {
            if !isco.trim().is_empty() {
                occupation_rows.push(row);
                let field = format!("occupations[{row}].years");
                occupations.push(OccupationInput {
                    isco: code_of(isco),
                    years: number(&mut errors, &field, years).unwrap_or(0),
                });
            }
        }
        let input = SeekerInput {
            case_reference: Some(self.case_reference.trim().to_owned()),
            full_name: given(&self.full_name),
            gender: given(&self.gender),
            // A blank field clears what was recorded.
            birth_year: Some(number(&mut errors, "birth_year", &self.birth_year)),
            nationality: given(&coded(COUNTRIES, &self.nationality, tr)),
            status: given(&self.status),
            phone: Some(self.phone.clone()),
            location: given(&self.location),
            languages: Some(languages),
            education_level: Some(number(
                &mut errors,
                "education_level",
                &self.education_level,
            )),
            occupations: Some(occupations),
            skills: Some(list(&self.skills)),
            experience: Some(self.experience.clone()),
            preferences: Some(PreferencesInput {
                sectors: self.preferences_sectors.clone(),
                locations: self.preferences_locations.clone(),
                hours: given(&self.preferences_hours),
                night_work: !self.preferences_night_work.is_empty(),
                needs_transport: !self.preferences_needs_transport.is_empty(),
                needs_childcare: !self.preferences_needs_childcare.is_empty(),
            }),
            disability: Some(self.disability.clone()),
            available_from: Some(self.available_from.clone()),
            version: self.version.trim().parse().ok(),
            centre_id: given(&self.centre_id),
            duplicate_reason: given(&self.duplicate_reason),
        };
        Converted {
            input,
            errors,
            language_rows,
            occupation_rows,
        }
    }

    /// The form filled from a seeker's record, for editing.
    pub fn of(seeker: &Seeker) -> Self {
        let p = &seeker.profile;
        let language = |i: usize| {
            p.languages.get(i).map_or_else(Default::default, |l| {
                (l.code.to_string(), l.level.as_str().to_owned())
            })
        };
        let occupation = |i: usize| {
            p.occupations.get(i).map_or_else(Default::default, |o| {
                (o.isco.to_string(), o.years.to_string())
            })
        };
        let flag = |on: bool| if on { "on".to_owned() } else { String::new() };
        let ((l0c, l0l), (l1c, l1l), (l2c, l2l)) = (language(0), language(1), language(2));
        let ((o0i, o0y), (o1i, o1y)) = (occupation(0), occupation(1));
        SeekerForm {
            centre_id: String::new(),
            case_reference: p.case_reference.clone().unwrap_or_default(),
            full_name: p.full_name.clone(),
            gender: p.gender.as_str().to_owned(),
            birth_year: p.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            nationality: p.nationality.to_string(),
            status: p.status.as_str().to_owned(),
            phone: p.phone.clone().unwrap_or_default(),
            location: p.location.to_string(),
            languages_0_code: l0c,
            languages_0_level: l0l,
            languages_1_code: l1c,
            languages_1_level: l1l,
            languages_2_code: l2c,
            languages_2_level: l2l,
            occupations_0_isco: o0i,
            occupations_0_years: o0y,
            occupations_1_isco: o1i,
            occupations_1_years: o1y,
            education_level: p.education_level.map(|l| l.to_string()).unwrap_or_default(),
            skills: p.skills.join(", "),
            experience: p.experience.clone().unwrap_or_default(),
            preferences_hours: p.preferences.hours.as_str().to_owned(),
            preferences_night_work: flag(p.preferences.night_work),
            preferences_needs_transport: flag(p.preferences.needs_transport),
            preferences_needs_childcare: flag(p.preferences.needs_childcare),
            preferences_sectors: p
                .preferences
                .sectors
                .iter()
                .map(ToString::to_string)
                .collect(),
            preferences_locations: p
                .preferences
                .locations
                .iter()
                .map(ToString::to_string)
                .collect(),
            disability: p.disability.clone().unwrap_or_default(),
            available_from: p.available_from.map(|d| d.to_string()).unwrap_or_default(),
            version: seeker.version.to_string(),
            duplicate_reason: String::new(),
        }
    }
}

/// A row of a repeated part of the form (a language, an occupation).
pub struct Row {
    pub code_label: String,
    pub other_label: String,
    pub code_id: String,
    pub code: String,
    pub other_id: String,
    pub other: String,
}

#[derive(Template)]
#[template(path = "seekers/form.html")]
pub struct FormPage {
    frame: Frame,
    pub form: SeekerForm,
    pub problems: Problems,
    pub action: String,
    pub cancel: String,
    pub editing: bool,
    pub centres: Options,
    pub genders: Options,
    pub statuses: Options,
    pub levels: Options,
    pub hours: Options,
    pub education: Options,
    pub locations: Options,
    pub languages: Options,
    pub countries: Options,
    pub language_rows: Vec<Row>,
    pub occupation_rows: Vec<Row>,
    /// Preferred sectors, then places.
    pub preferred: [Group; 2],
    pub script: String,
    /// The people found alike to the one being registered, as the caller may see
    /// them; the form then asks why to register anyway.
    pub duplicates: Vec<DuplicateView>,
}

/// A person found alike to the one being registered.
pub struct DuplicateView {
    /// Their page, when the caller may open it.
    pub href: Option<String>,
    /// Their name, case reference and year of birth, when the caller may see them.
    pub person: Option<String>,
    /// Where they are registered: "registered at Azraq centre", or, for another
    /// centre's person, "A person with matching details is registered at …".
    pub place: String,
    /// What matched, in words ("same phone, similar name and age"); empty for
    /// another centre's person.
    pub matched: String,
}

impl DuplicateView {
    fn of(candidate: DuplicateCandidate, tr: Tr) -> Self {
        let centre = tr.name(&(candidate.centre_name_ar, candidate.centre_name_en));
        match candidate.seeker {
            Some(seen) => {
                let mut person = seen.full_name;
                if let Some(reference) = seen.case_reference {
                    person.push_str(&format!(" · {reference}"));
                }
                if let Some(year) = seen.birth_year {
                    person.push_str(&format!(" · {year}"));
                }
                DuplicateView {
                    href: Some(format!("/seekers/{}", seen.id)),
                    person: Some(person),
                    place: tr.text_naming("seekers-duplicate-here", &[("centre", &centre)], &[]),
                    matched: tr.list(seen.matched.iter().map(|m| tr.label(*m))),
                }
            }
            None => DuplicateView {
                href: None,
                person: None,
                place: tr.text_naming("seekers-duplicate-elsewhere", &[("centre", &centre)], &[]),
                matched: String::new(),
            },
        }
    }
}

framed!(FormPage);

fn keyed(tr: Tr, items: impl Iterator<Item = (String, String)>) -> Options {
    items.map(|(value, key)| (value, tr.text(&key))).collect()
}

impl FormPage {
    pub fn new(frame: Frame, mut form: SeekerForm, names: &Names, centres: Options) -> Self {
        let tr = frame.t;
        let rows = |parts: [(&str, &str); 3], code: &str, other: &str, count: usize| {
            let labels = if code == "languages" {
                ("seekers-field-language", "seekers-field-level")
            } else {
                ("seekers-field-occupation", "seekers-field-years")
            };
            parts
                .into_iter()
                .take(count)
                .enumerate()
                .map(|(i, (c, o))| Row {
                    code_label: tr.text_with(labels.0, "number", i as u64 + 1),
                    other_label: tr.text_with(labels.1, "number", i as u64 + 1),
                    code_id: format!("{code}_{i}_{}", code_suffix(code)),
                    code: if code == "languages" {
                        names.language(c)
                    } else {
                        names.occupation_picked(c)
                    },
                    other_id: format!("{code}_{i}_{other}"),
                    other: o.to_owned(),
                })
                .collect::<Vec<_>>()
        };
        let [o0, o1] = form.occupation_rows();
        let language_rows = rows(form.language_rows(), "languages", "level", 3);
        let occupation_rows = rows([o0, o1, ("", "")], "occupations", "years", 2);
        // Pickers show names, not codes; what comes back is read either way.
        form.nationality = named(COUNTRIES, &form.nationality, tr);
        FormPage {
            problems: Problems::new(tr).of_form(&FORM, tr),
            action: "/seekers".to_owned(),
            cancel: "/seekers".to_owned(),
            editing: false,
            centres,
            genders: options(Gender::ALL, Gender::as_str, tr),
            statuses: options(SeekerStatus::ALL, SeekerStatus::as_str, tr),
            levels: options(LanguageLevel::ALL, LanguageLevel::as_str, tr),
            hours: options(HoursPreference::ALL, HoursPreference::as_str, tr),
            education: keyed(
                tr,
                (0..=8).map(|l| (l.to_string(), format!("seekers-isced-{l}"))),
            ),
            locations: names.location_options(),
            languages: keyed(
                tr,
                LANGUAGES
                    .iter()
                    .map(|(c, k)| ((*c).to_owned(), (*k).to_owned())),
            ),
            countries: keyed(
                tr,
                COUNTRIES
                    .iter()
                    .map(|(c, k)| ((*c).to_owned(), (*k).to_owned())),
            ),
            language_rows,
            occupation_rows,
            preferred: [
                Group::new(
                    "preferences_sectors",
                    tr.text("seekers-field-sectors"),
                    names.sector_options(),
                    &form.preferences_sectors,
                ),
                Group::new(
                    "preferences_locations",
                    tr.text("seekers-field-places"),
                    names.location_options(),
                    &form.preferences_locations,
                ),
            ],
            script: occupations_script_href(),
            duplicates: Vec::new(),
            form,
            frame,
        }
    }

    /// The same page with the problems the input had, in the page's language.
    pub fn with_problems(mut self, errors: &FieldErrors) -> Self {
        self.problems =
            Problems::from_errors(errors, self.frame.t, form_field).of_form(&FORM, self.frame.t);
        self
    }

    /// The same page with the service's refusal shown (invalid values by their
    /// fields, or a stale edit or a duplicate on top); any other error is the page's.
    pub fn refused(mut self, error: ServiceError, converted: &Converted) -> PageResult {
        let error = match error {
            ServiceError::Invalid(errors) => ServiceError::Invalid(converted.place(&errors)),
            ServiceError::Conflict(Conflict::PossibleDuplicate(candidates)) => {
                let tr = self.frame.t;
                self.duplicates = candidates
                    .into_iter()
                    .map(|candidate| DuplicateView::of(candidate, tr))
                    .collect();
                ServiceError::Conflict(Conflict::PossibleDuplicate(Vec::new()))
            }
            other => other,
        };
        let (status, problems) = Problems::from_service(error, self.frame.t, form_field)?;
        self.problems = problems.of_form(&FORM, self.frame.t);
        Ok(self.render(status))
    }

    pub fn render(&self, status: StatusCode) -> Response {
        html(status, self)
    }
}

fn code_suffix(part: &str) -> &'static str {
    if part == "languages" { "code" } else { "isco" }
}
