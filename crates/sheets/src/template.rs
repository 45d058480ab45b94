//! The template of a spreadsheet of people, in Arabic or English: a sheet with the
//! columns' headers and one example row that imports as it is, and a sheet that says
//! what each column holds, whether it is required and the values it takes.

use chrono::{Datelike, NaiveDate};
use forsa_domain::{
    ConsentMethod, ConsentPurpose, Gender, LanguageLevel, Locale, PermitKind, SeekerStatus,
    permit::PermitType,
};
use forsa_service::Taxonomy;
use forsa_words::Tr;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::seekers::{COLUMNS, Column, LANGUAGES, NATIONALITIES};

/// The file name a template is offered under.
pub fn file_name(locale: Locale) -> String {
    format!("forsa-people-template-{}.xlsx", locale.as_str())
}

/// The template of a spreadsheet of people in `locale`, as an XLSX file. The example
/// row's permit runs from the start of `today`'s year to the end of the next.
pub fn seekers_template(
    locale: Locale,
    taxonomy: &Taxonomy,
    permit_types: &[PermitType],
    today: NaiveDate,
) -> Result<Vec<u8>, XlsxError> {
    let tr = Tr::new(locale);
    let active: Vec<&PermitType> = permit_types.iter().filter(|p| p.active).collect();
    // The example's permit needs no employer: a flexible one.
    let example_permit = active.iter().find(|p| p.kind == PermitKind::Flexible);
    let name = |arabic: &str, english: &str| match locale {
        Locale::Ar => arabic.to_owned(),
        Locale::En => english.to_owned(),
    };
    let header = |column: &Column| name(column.arabic, column.english);
    let labels = |words: Vec<String>| words.join("; ");
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let wrapped = Format::new().set_text_wrap();
    // Every cell of the records' sheet is text, so that a spreadsheet keeps a phone's
    // or a case reference's leading zero.
    let text = Format::new().set_num_format("@");

    let people = workbook.add_worksheet();
    people.set_name(tr.text("sheets-template-sheet"))?;
    people.set_right_to_left(locale == Locale::Ar);
    people.set_freeze_panes(1, 0)?;
    for (index, column) in COLUMNS.iter().enumerate() {
        let at = u16::try_from(index).unwrap_or(u16::MAX);
        people.write_string_with_format(0, at, header(column), &bold)?;
        people.set_column_width(at, 24)?;
        people.set_column_format(at, &text)?;
        let example = match column.key {
            "case_reference" => "945-00123456".to_owned(),
            "full_name" => tr.text("sheets-example-name"),
            "gender" => tr.label(Gender::Female),
            "birth_year" => "1994".to_owned(),
            "nationality" => tr.text("seekers-country-sy"),
            "status" => tr.label_of(SeekerStatus::Refugee, Gender::Female),
            "phone" => "0791234567".to_owned(),
            "location" => taxonomy
                .location("JO-MA-ZAATARI")
                .map(|place| name(&place.name_ar, &place.name_en))
                .unwrap_or_default(),
            "languages" => format!(
                "{} ({})",
                tr.text("seekers-language-ar"),
                tr.label(LanguageLevel::Native)
            ),
            "occupations" => "7115 (6)".to_owned(),
            "skills" => tr.text("sheets-example-skills"),
            "education_level" => "2".to_owned(),
            "permit_type" => example_permit
                .map(|permit| name(&permit.name_ar, &permit.name_en))
                .unwrap_or_default(),
            "permit_number" if example_permit.is_some() => "WP-0001".to_owned(),
            "permit_valid_from" if example_permit.is_some() => format!("{}-01-01", today.year()),
            "permit_valid_until" if example_permit.is_some() => {
                format!("{}-12-31", today.year() + 1)
            }
            "consents" => tr.label(ConsentPurpose::ShareWithEmployers),
            "consent_method" => tr.label(ConsentMethod::SignedForm),
            _ => String::new(),
        };
        people.write_string(1, at, example)?;
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
    for (index, column) in COLUMNS.iter().enumerate() {
        let row = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let allowed = match column.key {
            "gender" => labels(Gender::ALL.iter().map(|&g| tr.label(g)).collect()),
            "status" => labels(SeekerStatus::ALL.iter().map(|&s| tr.label(s)).collect()),
            "nationality" => labels(
                NATIONALITIES
                    .iter()
                    .map(|(code, _)| {
                        let key = format!("seekers-country-{}", code.to_ascii_lowercase());
                        format!("{} ({code})", tr.text(&key))
                    })
                    .collect(),
            ),
            "location" => labels(
                taxonomy
                    .locations()
                    .iter()
                    .map(|place| name(&place.name_ar, &place.name_en))
                    .collect(),
            ),
            "languages" => format!(
                "{}\n{}",
                labels(
                    LANGUAGES
                        .iter()
                        .map(|code| tr.text(&format!("seekers-language-{code}")))
                        .collect()
                ),
                labels(LanguageLevel::ALL.iter().map(|&l| tr.label(l)).collect())
            ),
            "permit_type" => labels(
                active
                    .iter()
                    .map(|permit| name(&permit.name_ar, &permit.name_en))
                    .collect(),
            ),
            "consents" => labels(ConsentPurpose::ALL.iter().map(|&p| tr.label(p)).collect()),
            "consent_method" => labels(ConsentMethod::ALL.iter().map(|&m| tr.label(m)).collect()),
            "education_level" => "0–8".to_owned(),
            // The ages the form takes: 14 to 100.
            "birth_year" => format!("{}–{}", today.year() - 100, today.year() - 14),
            _ => tr.text("sheets-any-text"),
        };
        let what = tr.text(&format!("sheets-column-{}", column.key.replace('_', "-")));
        let what = if matches!(
            column.key,
            "languages" | "occupations" | "skills" | "consents"
        ) {
            format!("{what} {}", tr.text("sheets-list-separator"))
        } else {
            what
        };
        explained.write_string_with_format(row, 0, header(column), &bold)?;
        explained.write_string(
            row,
            1,
            tr.text(if column.required {
                "sheets-yes"
            } else {
                "sheets-no"
            }),
        )?;
        explained.write_string_with_format(row, 2, what, &wrapped)?;
        explained.write_string_with_format(row, 3, allowed, &wrapped)?;
    }
    workbook.save_to_buffer()
}
