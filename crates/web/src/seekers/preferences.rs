//! Preferred sectors and places on the seeker form: a group of checkboxes each (plain
//! controls that keyboards and screen readers know), inside a disclosure that starts
//! closed, so that tabbing through the form passes them with one stop unless they are
//! wanted. Its summary says how many are chosen.

use axum::{
    Form,
    extract::{FromRequest, Request},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde_json::{Map, Value};

use super::form::SeekerForm;
use crate::frame::Choice;

/// The seeker form as posted: a ticked sector or place sends its name once per choice,
/// which the plain form extractor cannot gather into a list.
pub struct Posted(pub SeekerForm);

impl<S: Send + Sync> FromRequest<S> for Posted {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let Form(pairs) = Form::<Vec<(String, String)>>::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let (mut sectors, mut places, mut rest) = (Vec::new(), Vec::new(), Map::new());
        for (name, value) in pairs {
            match name.as_str() {
                "preferences_sectors" => sectors.push(value),
                "preferences_locations" => places.push(value),
                // A field sent twice by a tampered form: the first counts.
                _ => {
                    rest.entry(name).or_insert(Value::String(value));
                }
            }
        }
        let mut form: SeekerForm = serde_json::from_value(Value::Object(rest))
            .map_err(|_| StatusCode::BAD_REQUEST.into_response())?;
        form.preferences_sectors = sectors;
        form.preferences_locations = places;
        Ok(Posted(form))
    }
}

/// One group of checkboxes: what it offers and how many are ticked.
pub struct Group {
    pub name: &'static str,
    pub legend: String,
    pub choices: Vec<Choice>,
    pub chosen: u64,
}

impl Group {
    pub fn new(
        name: &'static str,
        legend: String,
        options: Vec<(String, String)>,
        chosen: &[String],
    ) -> Self {
        let choices: Vec<Choice> = options
            .into_iter()
            .map(|(value, label)| Choice {
                selected: chosen.contains(&value),
                value,
                label,
            })
            .collect();
        let chosen = choices.iter().filter(|c| c.selected).count() as u64;
        Group {
            name,
            legend,
            choices,
            chosen,
        }
    }
}
