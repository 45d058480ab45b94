//! Centres: the list, with the form that opens a new one below it.

use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    http::{StatusCode, header},
    response::{AppendHeaders, IntoResponse, Redirect, Response},
};
use forsa_domain::{CentreId, organisation::Centre, organisation::CentreInput};
use forsa_service::{Actor, ServiceError};
use serde::Deserialize;

use super::Saved;
use crate::{
    AppState,
    choices::Choice,
    error::PageError,
    forms::given,
    frame::{Frame, SignedIn, framed},
    html,
    names::Names,
    problems::{FormSpec, Problems},
    record_id::RecordId,
    visitor::Visitor,
};

#[derive(Template)]
#[template(path = "admin/centres.html")]
struct CentresPage {
    frame: Frame,
    /// Each centre with the name of its place and of its time zone.
    centres: Vec<(Centre, String, String)>,
    zones: Vec<Choice>,
    form: CentreForm,
    locations: Vec<Choice>,
    problems: Problems,
    notice: Option<String>,
}

framed!(CentresPage);

/// The cookie that makes a browser one centre's kiosk: set once by an admin on the
/// kiosk's own screen, it names the centre on the printed slips.
pub const KIOSK_CENTRE_COOKIE: &str = "forsa_kiosk_centre";

/// Makes this browser the kiosk of centre `id` and opens the kiosk. The screen is
/// left signed out: a kiosk must never carry an admin's session.
pub async fn make_kiosk(
    State(state): State<AppState>,
    SignedIn { actor, .. }: SignedIn,
    RecordId(id): RecordId<CentreId>,
) -> Result<Response, PageError> {
    let centres = state.service.centres(&actor).await?;
    if !centres.iter().any(|c| c.id == id) {
        return Err(ServiceError::NotFound.into());
    }
    // Ten years: a kiosk is set up once.
    let kiosk = format!("{KIOSK_CENTRE_COOKIE}={id}; SameSite=Lax; Path=/kiosk; Max-Age=315360000");
    Ok((
        AppendHeaders([
            (header::SET_COOKIE, kiosk),
            (header::SET_COOKIE, state.site.ended_session_cookie()),
        ]),
        Redirect::to("/kiosk"),
    )
        .into_response())
}

/// The new-centre form as typed.
#[derive(Default, Deserialize)]
#[serde(default)]
pub struct CentreForm {
    name_ar: String,
    name_en: String,
    location: String,
    opening_hours: String,
    time_zone: String,
}

/// The time zones offered, where refugee job centres are (the API takes any IANA
/// name): each with the catalogue key of its country.
const ZONES: &[(&str, &str)] = &[
    ("Asia/Amman", "admin-zone-jordan"),
    ("Asia/Beirut", "admin-zone-lebanon"),
    ("Asia/Damascus", "admin-zone-syria"),
    ("Asia/Baghdad", "admin-zone-iraq"),
    ("Europe/Istanbul", "admin-zone-turkey"),
    ("Africa/Cairo", "admin-zone-egypt"),
    ("UTC", "admin-zone-utc"),
];

/// A time zone by its country's name; one not offered (set through the API) by its
/// own.
fn zone_name(zone: &str, tr: crate::i18n::Tr) -> String {
    match ZONES.iter().find(|(name, _)| *name == zone) {
        Some((_, key)) => tr.text(key),
        None => zone.to_owned(),
    }
}

impl CentreForm {
    fn input(&self) -> CentreInput {
        CentreInput {
            name_ar: given(&self.name_ar),
            name_en: given(&self.name_en),
            location: given(&self.location),
            opening_hours: given(&self.opening_hours),
            time_zone: given(&self.time_zone),
        }
    }
}

/// The new-centre form's fields in order, and those it needs.
const FORM: FormSpec = FormSpec {
    order: &[
        "name_ar",
        "name_en",
        "location",
        "opening_hours",
        "time_zone",
    ],
    required: &["name_ar", "name_en", "location"],
};

fn form_field(name: &str) -> Option<&'static str> {
    Some(match name {
        "name_ar" => "name_ar",
        "name_en" => "name_en",
        "location" => "location",
        "opening_hours" => "opening_hours",
        "time_zone" => "time_zone",
        _ => return None,
    })
}

async fn page(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
    form: CentreForm,
    (status, problems): (StatusCode, Problems),
    notice: Option<String>,
) -> Result<Response, PageError> {
    let names = Names::new(&state.service, visitor.tr);
    let centres = state
        .service
        .centres(actor)
        .await?
        .into_iter()
        .map(|centre| {
            let place = names.location(centre.location.as_str());
            let zone = zone_name(centre.time_zone.name(), visitor.tr);
            (centre, place, zone)
        })
        .collect();
    let chosen = if form.time_zone.is_empty() {
        ZONES[0].0
    } else {
        form.time_zone.as_str()
    };
    let zones = Choice::list(
        ZONES
            .iter()
            .map(|(name, _)| ((*name).to_owned(), zone_name(name, visitor.tr))),
        chosen,
    );
    let page = CentresPage {
        frame: Frame::new(visitor, "admin-centres-title"),
        centres,
        locations: names.location_choices(&form.location),
        zones,
        form,
        problems: problems.of_form(&FORM, visitor.tr),
        notice,
    };
    Ok(html(status, &page))
}

pub async fn list(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Query(query): Query<Saved>,
) -> Result<Response, PageError> {
    let notice = query.saved.map(|_| visitor.tr.text("admin-centre-saved"));
    let fresh = (StatusCode::OK, Problems::default());
    page(
        &state,
        &actor,
        &visitor,
        CentreForm::default(),
        fresh,
        notice,
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Form(form): Form<CentreForm>,
) -> Result<Response, PageError> {
    match state.service.create_centre(&actor, form.input()).await {
        Ok(_) => Ok(Redirect::to("/centres?saved=1").into_response()),
        Err(error) => {
            let shown = Problems::from_service(error, visitor.tr, form_field)?;
            page(&state, &actor, &visitor, form, shown, None).await
        }
    }
}
