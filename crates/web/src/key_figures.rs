//! A home page's key figures: a few of the reports' indicators this month so far
//! against last month (the caseworker's centre; the employer's own vacancies),
//! counted by the reports' own code, in the page's digits.

use forsa_domain::report::Figure;
use forsa_service::KeyFigures;

use crate::{
    i18n::Tr,
    reports::{month_name, shown},
};

/// One indicator: this month's figure and last month's, and the change in words.
pub struct KeyFigureView {
    pub id: &'static str,
    pub name: String,
    pub now: String,
    /// "November 2026: 9".
    pub before: String,
    /// "3 more", "2 fewer", "as many".
    pub change: String,
    /// `up`, `down` or `same`, for the change's style (its words say it too).
    pub class: &'static str,
}

pub struct KeyFiguresView {
    pub heading: String,
    pub figures: Vec<KeyFigureView>,
}

impl KeyFiguresView {
    pub fn of(key: &KeyFigures, tr: Tr) -> Self {
        let month = |period: &forsa_domain::report::Period| {
            month_name(&period.from().format("%Y-%m").to_string(), tr)
        };
        let last = month(&key.last_month);
        let figures = key
            .figures
            .iter()
            .map(|figure| {
                let (change, class) = match (figure.this_month, figure.last_month) {
                    (Figure::Count(now), Figure::Count(then)) if now > then => (
                        tr.text_with_words(
                            "key-figures-more",
                            &[("count", &tr.number(now - then))],
                        ),
                        "up",
                    ),
                    (Figure::Count(now), Figure::Count(then)) if now < then => (
                        tr.text_with_words(
                            "key-figures-fewer",
                            &[("count", &tr.number(then - now))],
                        ),
                        "down",
                    ),
                    _ => (tr.text("key-figures-same"), "same"),
                };
                KeyFigureView {
                    id: figure.indicator.as_str(),
                    name: tr.label(figure.indicator),
                    now: shown(&figure.this_month, tr),
                    before: tr.text_with_words(
                        "key-figures-before",
                        &[("month", &last), ("figure", &shown(&figure.last_month, tr))],
                    ),
                    change,
                    class,
                }
            })
            .collect();
        KeyFiguresView {
            heading: tr.text_with_words(
                "key-figures-heading",
                &[("month", &month(&key.this_month)), ("last", &last)],
            ),
            figures,
        }
    }
}
