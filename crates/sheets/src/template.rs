//! The template of a spreadsheet of people, employers or vacancies, in Arabic or
//! English: a sheet with the columns' headers and one example row that imports as it
//! is, and a sheet that says what each column holds, whether it is required and the
//! values it takes.

use chrono::{Datelike, NaiveDate};
use forsa_domain::{
    Benefit, ConsentMethod, ConsentPurpose, Contract, Gender, LanguageLevel, Locale, PermitKind,
    SeekerStatus, Shift, VacancyStatus, WagePeriod, permit::PermitType,
};
use forsa_service::Taxonomy;
use forsa_words::{Labelled, Tr};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::{
    layout::{Column, Kind},
    seekers::{LANGUAGES, NATIONALITIES},
};

/// The file name a template is offered under.
pub fn file_name(kind: Kind, locale: Locale) -> String {
    let records = match kind {
        Kind::Seekers => "people",
        Kind::Employers => "employers",
        Kind::Vacancies => "vacancies",
    };
    format!("forsa-{records}-template-{}.xlsx", locale.as_str())
}

/// The labels of every word of a vocabulary, in `tr`'s language.
fn labels<T: Labelled + Copy>(all: &[T], tr: Tr) -> String {
    all.iter()
        .map(|&value| tr.label(value))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The template of a spreadsheet of `kind` in `locale`, as an XLSX file. The example
/// person's permit runs from the start of `today`'s year to the end of the next; the
/// example vacancy closes at the end of the next year.
pub fn template(
    kind: Kind,
    locale: Locale,
    taxonomy: &Taxonomy,
    permit_types: &[PermitType],
    today: NaiveDate,
) -> Result<Vec<u8>, XlsxError> {
    let said = Said {
        tr: Tr::new(locale),
        taxonomy,
        permits: permit_types.iter().filter(|p| p.active).collect(),
        today,
    };
    let tr = said.tr;
    let columns = kind.columns();
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let wrapped = Format::new().set_text_wrap();
    // Every cell of the records' sheet is text, so that a spreadsheet keeps a phone's
    // or a case reference's leading zero.
    let text = Format::new().set_num_format("@");

    let records = workbook.add_worksheet();
    records.set_name(tr.text(&format!("sheets-list-{}", kind.as_str())))?;
    records.set_right_to_left(locale == Locale::Ar);
    records.set_freeze_panes(1, 0)?;
    for (index, column) in columns.iter().enumerate() {
        let at = u16::try_from(index).unwrap_or(u16::MAX);
        records.write_string_with_format(0, at, column.header(locale), &bold)?;
        records.set_column_width(at, 24)?;
        records.set_column_format(at, &text)?;
        records.write_string(1, at, said.example(kind, column.key))?;
    }

    let explained = workbook.add_worksheet();
    explained.set_name(tr.text("sheets-explain-sheet"))?;
    explained.set_right_to_left(locale == Locale::Ar);
    explained.set_freeze_panes(1, 0)?;
    for (at, key, width) in [
        (0, "sheets-explain-column", 28),
        (1, "sheets-explain-required", 10),
        (2, "sheets-explain-what", 60),
        (3, "sheets-explain-allowed", 60),
    ] {
        explained.write_string_with_format(0, at, tr.text(key), &bold)?;
        explained.set_column_width(at, width)?;
    }
    for (index, column) in columns.iter().enumerate() {
        let row = u32::try_from(index + 1).unwrap_or(u32::MAX);
        explained.write_string_with_format(row, 0, column.header(locale), &bold)?;
        let required = if column.required {
            "sheets-yes"
        } else {
            "sheets-no"
        };
        explained.write_string(row, 1, tr.text(required))?;
        explained.write_string_with_format(row, 2, said.what(kind, column), &wrapped)?;
        explained.write_string_with_format(row, 3, said.allowed(kind, column.key), &wrapped)?;
    }
    workbook.save_to_buffer()
}

/// What a template says of its columns, in its language.
struct Said<'t> {
    tr: Tr,
    taxonomy: &'t Taxonomy,
    /// The permit types in force.
    permits: Vec<&'t PermitType>,
    today: NaiveDate,
}

impl Said<'_> {
    /// Of two names, the one in the template's language.
    fn name(&self, arabic: &str, english: &str) -> String {
        match self.tr.locale() {
            Locale::Ar => arabic.to_owned(),
            Locale::En => english.to_owned(),
        }
    }

    fn place(&self, code: &str) -> String {
        self.taxonomy
            .location(code)
            .map(|place| self.name(&place.name_ar, &place.name_en))
            .unwrap_or_default()
    }

    /// The example row's cell of column `key`: a row that imports as it is (a
    /// vacancy's once its example employer is registered).
    fn example(&self, kind: Kind, key: &str) -> String {
        let tr = self.tr;
        let next_year_ends = format!("{}-12-31", self.today.year() + 1);
        // The example person's permit needs no employer: a flexible one.
        let permit = self.permits.iter().find(|p| p.kind == PermitKind::Flexible);
        let arabic_native = format!(
            "{} ({})",
            tr.text("seekers-language-ar"),
            tr.label(LanguageLevel::Native)
        );
        match (kind, key) {
            (Kind::Seekers, "case_reference") => "945-00123456".to_owned(),
            (Kind::Seekers, "full_name") => tr.text("sheets-example-name"),
            (Kind::Seekers, "gender") => tr.label(Gender::Female),
            (Kind::Seekers, "birth_year") => "1994".to_owned(),
            (Kind::Seekers, "nationality") => tr.text("seekers-country-sy"),
            (Kind::Seekers, "status") => tr.label_of(SeekerStatus::Refugee, Gender::Female),
            (Kind::Seekers, "phone") | (Kind::Employers, "contact_phone") => {
                "0791234567".to_owned()
            }
            (_, "location") => self.place("JO-MA-ZAATARI"),
            (Kind::Seekers, "languages") => arabic_native,
            (Kind::Seekers, "occupations") => "7115 (6)".to_owned(),
            (Kind::Seekers, "skills") => tr.text("sheets-example-skills"),
            (Kind::Seekers, "education_level") => "2".to_owned(),
            (Kind::Seekers, "permit_type") => permit
                .map(|permit| self.name(&permit.name_ar, &permit.name_en))
                .unwrap_or_default(),
            (Kind::Seekers, "permit_number") if permit.is_some() => "WP-0001".to_owned(),
            (Kind::Seekers, "permit_valid_from") if permit.is_some() => {
                format!("{}-01-01", self.today.year())
            }
            (Kind::Seekers, "permit_valid_until") if permit.is_some() => next_year_ends,
            (Kind::Seekers, "consents") => tr.label(ConsentPurpose::ShareWithEmployers),
            (Kind::Seekers, "consent_method") => tr.label(ConsentMethod::SignedForm),
            (Kind::Employers, "registration_number") => "200145678".to_owned(),
            (Kind::Employers, "name_ar") => "مخبز الزعتري".to_owned(),
            (Kind::Employers, "name_en") => "Zaatari Bakery".to_owned(),
            (Kind::Employers, "contact_name") => tr.text("sheets-example-contact"),
            (Kind::Employers, "fee_pledge") => tr.text("sheets-yes"),
            (_, "sector") => self
                .taxonomy
                .sector("C")
                .map(|sector| self.name(&sector.name_ar, &sector.name_en))
                .unwrap_or_default(),
            (Kind::Vacancies, "employer") => self.name("مخبز الزعتري", "Zaatari Bakery"),
            (Kind::Vacancies, "title_ar") => "خباز".to_owned(),
            (Kind::Vacancies, "title_en") => "Baker".to_owned(),
            (Kind::Vacancies, "status") => tr.label(VacancyStatus::Open),
            (Kind::Vacancies, "occupation") => "7512".to_owned(),
            (Kind::Vacancies, "openings") => "2".to_owned(),
            (Kind::Vacancies, "wage_min") => "300".to_owned(),
            (Kind::Vacancies, "wage_max") => "350".to_owned(),
            (Kind::Vacancies, "wage_period") => tr.label(WagePeriod::Monthly),
            (Kind::Vacancies, "hours_per_week") => "48".to_owned(),
            (Kind::Vacancies, "shift") => tr.label(Shift::Day),
            (Kind::Vacancies, "contract") => tr.label(Contract::FixedTerm),
            (Kind::Vacancies, "languages") => arabic_native,
            (Kind::Vacancies, "benefits") => tr.label(Benefit::Transport),
            (Kind::Vacancies, "employer_arranges_permit") => tr.text("sheets-yes"),
            (Kind::Vacancies, "closing_date") => next_year_ends,
            _ => String::new(),
        }
    }

    /// What column `key` of a spreadsheet of `kind` holds.
    fn what(&self, kind: Kind, column: &Column) -> String {
        let of = match kind {
            Kind::Seekers => String::new(),
            other => format!("{}-", other.as_str()),
        };
        let what = self.tr.text(&format!(
            "sheets-column-{of}{}",
            column.key.replace('_', "-")
        ));
        if matches!(
            column.key,
            "languages" | "occupations" | "skills" | "consents" | "benefits"
        ) {
            format!("{what} {}", self.tr.text("sheets-list-separator"))
        } else {
            what
        }
    }

    /// The values column `key` of a spreadsheet of `kind` takes.
    fn allowed(&self, kind: Kind, key: &str) -> String {
        let tr = self.tr;
        let joined = |words: Vec<String>| words.join("; ");
        if kind == Kind::Vacancies && key == "status" {
            // A new vacancy is a draft or open; one imported again may close.
            return labels(VacancyStatus::ALL, tr);
        }
        match key {
            "gender" => labels(Gender::ALL, tr),
            "status" => labels(SeekerStatus::ALL, tr),
            "nationality" => joined(
                NATIONALITIES
                    .iter()
                    .map(|(code, _)| {
                        let key = format!("seekers-country-{}", code.to_ascii_lowercase());
                        format!("{} ({code})", tr.text(&key))
                    })
                    .collect(),
            ),
            "location" => joined(
                self.taxonomy
                    .locations()
                    .iter()
                    .map(|place| self.name(&place.name_ar, &place.name_en))
                    .collect(),
            ),
            "sector" => joined(
                self.taxonomy
                    .sectors()
                    .iter()
                    .map(|sector| {
                        format!(
                            "{} ({})",
                            self.name(&sector.name_ar, &sector.name_en),
                            sector.code
                        )
                    })
                    .collect(),
            ),
            "languages" => format!(
                "{}\n{}",
                joined(
                    LANGUAGES
                        .iter()
                        .map(|code| tr.text(&format!("seekers-language-{code}")))
                        .collect()
                ),
                labels(LanguageLevel::ALL, tr)
            ),
            "permit_type" => joined(
                self.permits
                    .iter()
                    .map(|permit| self.name(&permit.name_ar, &permit.name_en))
                    .collect(),
            ),
            "consents" => labels(ConsentPurpose::ALL, tr),
            "consent_method" => labels(ConsentMethod::ALL, tr),
            "education_level" => "0–8".to_owned(),
            // The ages the form takes: 14 to 100.
            "birth_year" => format!("{}–{}", self.today.year() - 100, self.today.year() - 14),
            "wage_period" => labels(WagePeriod::ALL, tr),
            "shift" => labels(Shift::ALL, tr),
            "contract" => labels(Contract::ALL, tr),
            "benefits" => labels(Benefit::ALL, tr),
            "openings" => "1–1000".to_owned(),
            "hours_per_week" => "1–60".to_owned(),
            "fee_pledge" | "verified" | "employer_arranges_permit" => format!(
                "{}; {}; {}",
                tr.text("sheets-yes"),
                tr.text("sheets-no"),
                tr.text("sheets-explain-a-date")
            ),
            _ => tr.text("sheets-any-text"),
        }
    }
}
