//! `GET /kiosk`: the one page of the kiosk. It carries the words its script needs in
//! the screen's language, the icons, and the centre's name and opening hours for the
//! printed slip; the vacancies come from the feed.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use axum_extra::extract::CookieJar;
use forsa_domain::CentreId;
use forsa_service::KioskScreen;
use serde::Deserialize;

use super::{super::assets::kiosk_script_href, super::error::PageError, Lang, feed::FEED_LIMIT};
use crate::AppState;

#[derive(Deserialize)]
pub struct ShellQuery {
    lang: Option<String>,
    centre: Option<String>,
}

/// A language the screen offers, named in itself.
struct LanguageLink {
    code: &'static str,
    dir: &'static str,
    name: String,
    href: String,
    current: bool,
}

/// A sector's tile on the home screen, drawn on the server so that the first paint
/// is the finished home screen; the script redraws the same tiles from the feed.
struct Tile {
    sector: String,
    icon: &'static str,
    name: String,
    count: String,
}

/// What the printed slip says of the centre.
struct CentreView {
    name: String,
    hours: Option<String>,
}

#[derive(Template)]
#[template(path = "kiosk/shell.html")]
struct ShellPage {
    t: Lang,
    /// The stylesheet, inline: small, and one round trip fewer before the first paint.
    style: &'static str,
    js: String,
    idle_seconds: u32,
    home_href: String,
    languages: Vec<LanguageLink>,
    centre: Option<CentreView>,
    tiles: Vec<Tile>,
    /// The words the script shows, as JSON safe inside a `<script>` element.
    words: String,
}

/// The words the script renders screens with, keyed without their `kiosk-` prefix.
const SCRIPT_WORDS: &[&str] = &[
    "kiosk-open-jobs",
    "kiosk-results",
    "kiosk-no-results",
    "kiosk-no-jobs",
    "kiosk-offline-search",
    "kiosk-unavailable",
    "kiosk-employer",
    "kiosk-place",
    "kiosk-wage",
    "kiosk-currency",
    "kiosk-wage-monthly",
    "kiosk-wage-daily",
    "kiosk-hours",
    "kiosk-hours-week",
    "kiosk-contract",
    "kiosk-contract-permanent",
    "kiosk-contract-fixed_term",
    "kiosk-contract-seasonal",
    "kiosk-contract-daily",
    "kiosk-benefits",
    "kiosk-benefit-transport",
    "kiosk-benefit-accommodation",
    "kiosk-benefit-meals",
    "kiosk-benefit-childcare",
    "kiosk-benefit-social_security",
    "kiosk-permit",
    "kiosk-posted",
    "kiosk-code",
    "kiosk-qr",
    "kiosk-read-aloud",
    "kiosk-print",
    "kiosk-filter-sector",
    "kiosk-show-more",
    "kiosk-remove-filter",
];

/// The kiosk's stylesheet, inlined in its page, its fonts' addresses versioned.
pub(crate) static STYLE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    crate::assets::with_font_versions(include_str!("../../../../web/static/kiosk.css"))
});

/// ISIC Rev.4 sections, each with a short name in the catalogues.
const SECTIONS: &str = "ABCDEFGHIJKLMNOPQRSTU";

fn words(lang: Lang) -> String {
    let mut map = serde_json::Map::new();
    let keys = SCRIPT_WORDS
        .iter()
        .map(|key| (*key).to_owned())
        .chain(SECTIONS.chars().map(|c| format!("kiosk-sector-{c}")));
    for key in keys {
        let text = lang.text(&key);
        let short = key.strip_prefix("kiosk-").unwrap_or(&key).to_owned();
        map.insert(short, serde_json::Value::String(text));
    }
    // `<` escaped so that no word can close the script element.
    serde_json::Value::Object(map)
        .to_string()
        .replace('<', "\\u003c")
}

/// The sectors of the feed's vacancies with their counts, most first, ties in the
/// order the feed first names them (as the script orders them).
fn tiles<'a>(lang: Lang, sectors: impl Iterator<Item = &'a str>) -> Vec<Tile> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for sector in sectors {
        match counts.iter_mut().find(|(s, _)| *s == sector) {
            Some((_, n)) => *n += 1,
            None => counts.push((sector, 1)),
        }
    }
    // Stable: equal counts keep their first-seen order.
    counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    counts
        .into_iter()
        .map(|(sector, n)| Tile {
            sector: sector.to_owned(),
            icon: sector_icon(sector),
            name: {
                let key = format!("kiosk-sector-{sector}");
                let text = lang.text(&key);
                if text == key { sector.to_owned() } else { text }
            },
            count: digits(lang, n),
        })
        .collect()
}

/// The sprite's icon for a sector (the script's `sectorIcon`).
fn sector_icon(sector: &str) -> &'static str {
    const DRAWN: [&str; 10] = ["A", "C", "F", "G", "H", "I", "P", "Q", "S", "T"];
    const ICONS: [&str; 10] = [
        "s-A", "s-C", "s-F", "s-G", "s-H", "s-I", "s-P", "s-Q", "s-S", "s-T",
    ];
    DRAWN
        .iter()
        .position(|s| *s == sector)
        .map_or("s-X", |i| ICONS[i])
}

/// A count in the screen's digits: Arabic-Indic in Arabic, as the script's
/// `Intl.NumberFormat('ar-u-nu-arab')` writes them. Counts stay under the feed's
/// limit (500), so no grouping.
fn digits(lang: Lang, n: usize) -> String {
    let plain = n.to_string();
    match lang {
        Lang::Ar => forsa_words::numbers::arabic_indic(&plain),
        Lang::En | Lang::Fr => plain,
    }
}

pub async fn show(
    State(state): State<AppState>,
    Query(query): Query<ShellQuery>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    // Arabic unless asked: most who use the screen read Arabic only.
    let lang = query
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or(Lang::Ar);
    // The centre the address names, else the one an admin made this screen the kiosk of.
    let centre_id = query
        .centre
        .as_deref()
        .and_then(|raw| raw.parse::<CentreId>().ok())
        .or_else(|| {
            CookieJar::from_headers(&headers)
                .get(crate::admin::KIOSK_CENTRE_COOKIE)
                .and_then(|c| c.value().parse::<CentreId>().ok())
        });
    // The same list the feed sends, for the home screen's tiles.
    let KioskScreen { centre, feed } = state.service.kiosk_screen(centre_id, FEED_LIMIT).await?;
    let centre_param = centre
        .as_ref()
        .map(|c| format!("centre={}", c.id))
        .unwrap_or_default();
    let href = |lang: Lang| match (lang, centre_param.is_empty()) {
        (Lang::Ar, true) => "/kiosk".to_owned(),
        (Lang::Ar, false) => format!("/kiosk?{centre_param}"),
        (other, true) => format!("/kiosk?lang={}", other.code()),
        (other, false) => format!("/kiosk?lang={}&{centre_param}", other.code()),
    };
    let tiles = tiles(
        lang,
        feed.vacancies.iter().map(|v| v.details.sector.as_str()),
    );
    let js = kiosk_script_href();
    let page = ShellPage {
        t: lang,
        style: STYLE.as_str(),
        js,
        idle_seconds: state.kiosk.idle_seconds,
        home_href: href(Lang::Ar),
        languages: Lang::ALL
            .into_iter()
            .map(|other| LanguageLink {
                code: other.code(),
                dir: other.dir(),
                name: other.text("kiosk-language-name"),
                href: href(other),
                current: other == lang,
            })
            .collect(),
        centre: centre.map(|c| CentreView {
            name: match lang {
                Lang::Ar => c.name_ar,
                Lang::En | Lang::Fr => c.name_en,
            },
            hours: (!c.opening_hours.is_closed()).then(|| lang.week_hours(&c.opening_hours)),
        }),
        tiles,
        words: words(lang),
    };
    match page.render() {
        Ok(body) => Ok((
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                // The same page for everyone: a kiosk may keep it, asking each time.
                (header::CACHE_CONTROL, "no-cache"),
            ],
            body,
        )
            .into_response()),
        Err(cause) => {
            tracing::error!(%cause, "kiosk page failed to render");
            Ok(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}
