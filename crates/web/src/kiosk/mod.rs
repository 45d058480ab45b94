//! The kiosk: open jobs on the centre's shared touch screen, for anyone, without an
//! account. One light page in Arabic (English and French a tap away) whose script
//! renders every screen from one compact list of open vacancies, which a service
//! worker keeps for when the camp's network drops. Nothing personal is shown, stored
//! or sent, and no request needs a sign-in.

mod feed;
mod qr;
pub(crate) mod shell;

use axum::{
    Router,
    http::header,
    response::{IntoResponse, Response},
    routing::get,
};
use forsa_domain::Locale;

use super::i18n::{Tr, french_text};
use crate::AppState;

/// How a deployment sets up its kiosks.
#[derive(Debug, Clone)]
pub struct KioskSettings {
    /// Seconds without a touch before the screen goes back home, in Arabic.
    pub idle_seconds: u32,
}

impl Default for KioskSettings {
    fn default() -> Self {
        Self { idle_seconds: 90 }
    }
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/kiosk", get(shell::show))
        .route("/kiosk/feed.json", get(feed::feed))
        .route("/kiosk/qr/{file}", get(qr::qr))
        .route("/kiosk-sw.js", get(worker))
}

const WORKER: &str = include_str!("../../../../web/static/kiosk-sw.js");

/// The service worker: at the root so that it may control `/kiosk`, and revalidated
/// on every visit so that a new build's worker takes over.
async fn worker() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        WORKER,
    )
        .into_response()
}

/// The kiosk's languages: the staff pages' two and French.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    Ar,
    En,
    Fr,
}

impl Lang {
    const ALL: [Lang; 3] = [Lang::Ar, Lang::En, Lang::Fr];

    fn parse(raw: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == raw)
    }

    fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::En | Lang::Fr => "ltr",
        }
    }

    /// A week's opening hours, the days named in this language.
    fn week_hours(self, hours: &forsa_domain::hours::OpeningHours) -> String {
        match self {
            Lang::Ar => Tr::new(Locale::Ar).week_hours(hours),
            Lang::En => Tr::new(Locale::En).week_hours(hours),
            Lang::Fr => crate::dates::week_hours(hours, chrono::Locale::fr_FR, ", "),
        }
    }

    fn text(self, key: &str) -> String {
        match self {
            Lang::Ar => Tr::new(Locale::Ar).text(key),
            Lang::En => Tr::new(Locale::En).text(key),
            Lang::Fr => french_text(key),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn every_language_names_itself() {
        assert_eq!(Lang::Ar.text("kiosk-language-name"), "العربية");
        assert_eq!(Lang::Fr.text("kiosk-language-name"), "Français");
        assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
        assert_eq!(Lang::parse("de"), None);
    }
}
