//! The words forsa says, in Arabic and English: the Fluent catalogues (`Tr`), one
//! way to name a value with a name in each language (`Bilingual`), a word of a
//! closed vocabulary (`Labelled`) or a code (`Names`), and a match told in words
//! (`Explainer`). The pages speak with them; so do the spreadsheets that go in and
//! out, which read and write the same labels, and the API's matches.

pub mod dates;
pub mod explain;
pub mod i18n;
pub mod labels;
pub mod names;
pub mod numbers;

pub use explain::{Explained, Explainer};
pub use i18n::{DEFAULT_ZONE, Tr, french_text};
pub use labels::{Bilingual, Labelled, options};
pub use names::{LANGUAGES, Names, named};
