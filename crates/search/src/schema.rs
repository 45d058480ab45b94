//! The two indexes' schemas: vacancies and seekers. A change to either, or to how
//! text is analysed, bumps `SCHEMA_VERSION`, and an index of another version is
//! rebuilt from the database (a change to the analysis's data alone rebuilds it
//! too: see `analysis::fingerprint`).

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis::{ANALYZER, KIN_ANALYZER};

/// The version of the schemas and of the analysis; stored in every commit.
pub const SCHEMA_VERSION: u32 = 7;

/// Analysed text, not stored: what is shown comes from the facts.
fn text() -> TextOptions {
    analysed_by(ANALYZER)
}

fn analysed_by(analyzer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

/// The vacancy index. Codes are exact terms; `facts` holds what matching and
/// explanations need, so that no database read is needed to rank.
#[derive(Debug, Clone)]
pub struct VacancyFields {
    pub id: Field,
    pub facts: Field,
    pub status: Field,
    pub employer: Field,
    pub sector: Field,
    /// The occupation's ISCO code at each of its four levels.
    pub occupation: Field,
    /// The place and the governorate it lies in.
    pub location: Field,
    pub benefit: Field,
    pub contract: Field,
    pub arranges_permit: Field,
    pub language: Field,
    /// Days since 1970-01-01; vacancies without a closing date carry `i64::MAX`.
    pub closing_day: Field,
    /// Days since 1970-01-01; vacancies without a start date carry `i64::MIN`.
    pub start_day: Field,
    /// Microseconds since 1970-01-01, for sorting by date.
    pub created: Field,
    pub title: Field,
    pub description: Field,
    pub skills: Field,
    /// Labels of the occupation, sector and place in Arabic and English, and the
    /// employer's name: they let a query in one language find a vacancy in the other.
    pub labels: Field,
    /// The relatives in the job vocabulary of the words of all the text fields.
    pub kin: Field,
    /// Those of the title's words alone: a relative in the title says more than
    /// one in passing.
    pub title_kin: Field,
}

impl VacancyFields {
    pub fn schema() -> (Schema, VacancyFields) {
        let mut builder = Schema::builder();
        let fields = VacancyFields {
            id: builder.add_text_field("id", STRING | STORED),
            facts: builder.add_bytes_field("facts", STORED),
            status: builder.add_text_field("status", STRING),
            employer: builder.add_text_field("employer", STRING),
            sector: builder.add_text_field("sector", STRING),
            occupation: builder.add_text_field("occupation", STRING),
            location: builder.add_text_field("location", STRING),
            benefit: builder.add_text_field("benefit", STRING),
            contract: builder.add_text_field("contract", STRING),
            arranges_permit: builder.add_bool_field("arranges_permit", INDEXED),
            language: builder.add_text_field("language", STRING),
            closing_day: builder.add_i64_field("closing_day", INDEXED | FAST),
            start_day: builder.add_i64_field("start_day", INDEXED | FAST),
            created: builder.add_i64_field("created", FAST),
            title: builder.add_text_field("title", text()),
            description: builder.add_text_field("description", text()),
            skills: builder.add_text_field("skills", text()),
            labels: builder.add_text_field("labels", text()),
            kin: builder.add_text_field("kin", analysed_by(KIN_ANALYZER)),
            title_kin: builder.add_text_field("title_kin", analysed_by(KIN_ANALYZER)),
        };
        (builder.build(), fields)
    }
}

/// The seeker index. It holds no name, phone, case reference, age, gender or
/// disability: only what matching needs.
#[derive(Debug, Clone)]
pub struct SeekerFields {
    pub id: Field,
    pub facts: Field,
    pub centre: Field,
    /// Each occupation's ISCO code at each of its four levels.
    pub occupation: Field,
    pub language: Field,
    /// Home, its governorate, and the places the seeker would work in.
    pub location: Field,
    pub sector_wanted: Field,
    pub nationality: Field,
    /// `type:<code>@<day>` and `employer:<id>@<day>` for each permit in force, with
    /// its last day: a superset of what eligibility will accept (a permit that starts
    /// later counts from today), checked exactly per result.
    pub permit: Field,
    pub skills: Field,
    pub experience: Field,
    /// The Arabic and English labels of the seeker's occupations.
    pub labels: Field,
}

impl SeekerFields {
    pub fn schema() -> (Schema, SeekerFields) {
        let mut builder = Schema::builder();
        let fields = SeekerFields {
            id: builder.add_text_field("id", STRING | STORED),
            facts: builder.add_bytes_field("facts", STORED),
            centre: builder.add_text_field("centre", STRING),
            occupation: builder.add_text_field("occupation", STRING),
            language: builder.add_text_field("language", STRING),
            location: builder.add_text_field("location", STRING),
            sector_wanted: builder.add_text_field("sector_wanted", STRING),
            nationality: builder.add_text_field("nationality", STRING),
            permit: builder.add_text_field("permit", STRING),
            skills: builder.add_text_field("skills", text()),
            experience: builder.add_text_field("experience", text()),
            labels: builder.add_text_field("labels", text()),
        };
        (builder.build(), fields)
    }
}
