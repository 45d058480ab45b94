//! The words forsa says, in Arabic and English: the Fluent catalogues (`Tr`), and one
//! way to name a value with a name in each language (`Bilingual`) or a word of a
//! closed vocabulary (`Labelled`). The pages speak with them; so do the spreadsheets
//! that go in and out, which read and write the same labels.

pub mod dates;
pub mod i18n;
pub mod labels;
pub mod numbers;

pub use i18n::{DEFAULT_ZONE, Tr, french_text};
pub use labels::{Bilingual, Labelled, options};
