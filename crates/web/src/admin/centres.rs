//! Centres: the list, with the form that opens a new one below it.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::{StatusCode, header},
    response::{AppendHeaders, IntoResponse, Redirect, Response},
};
use axum_extra::extract::Form;
use chrono::Weekday;
use forsa_domain::{
    CentreId, Problem,
    hours::{self, Hours, OpeningHours, WEEK},
    organisation::{Centre, CentreInput},
};
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
    i18n::Tr,
    messages,
    names::{Names, Pickers},
    problems::{FormSpec, Problems},
    record_id::RecordId,
    visitor::Visitor,
};

#[derive(Template)]
#[template(path = "admin/centres.html")]
struct CentresPage {
    frame: Frame,
    /// Each centre with the name of its place, of its time zone and its opening
    /// hours in words.
    centres: Vec<ListedCentre>,
    fields: FormView,
    notice: Option<String>,
}

framed!(CentresPage);

struct ListedCentre {
    centre: Centre,
    place: String,
    zone: String,
    hours: Option<String>,
}

/// One centre's details to change.
#[derive(Template)]
#[template(path = "admin/centre_edit.html")]
struct CentreEditPage {
    frame: Frame,
    centre: Centre,
    fields: FormView,
}

framed!(CentreEditPage);

/// The centre form as its template shows it: what was typed, the choices and the
/// problems.
struct FormView {
    /// Where the form posts: `/centres` for a new centre, the centre's own address
    /// for a change.
    action: String,
    form: CentreForm,
    locations: Vec<Choice>,
    zones: Vec<Choice>,
    days: Vec<DayRow>,
    problems: Problems,
}

/// One day of the opening-hours table.
struct DayRow {
    /// `sun`: the ids of the day's two time fields end with it.
    key: &'static str,
    name: String,
    opens: String,
    closes: String,
    /// The field the day's problem is shown at: its opening time.
    field: String,
}

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

/// The centre form as typed. The opening and closing times come one of each per day
/// of `WEEK`, in order, blank where the centre is closed.
#[derive(Default, Deserialize)]
#[serde(default)]
pub struct CentreForm {
    name_ar: String,
    name_en: String,
    location: String,
    opens: Vec<String>,
    closes: Vec<String>,
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

/// The id a day's time field ends with.
fn day_key(day: Weekday) -> &'static str {
    match day {
        Weekday::Sun => "sun",
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
    }
}

impl CentreForm {
    /// The form filled in with a centre's details, to change them.
    fn of(centre: &Centre) -> Self {
        let time = |day, pick: fn(Hours) -> chrono::NaiveTime| {
            centre
                .opening_hours
                .on(day)
                .map(|hours| pick(hours).format("%H:%M").to_string())
                .unwrap_or_default()
        };
        CentreForm {
            name_ar: centre.name_ar.clone(),
            name_en: centre.name_en.clone(),
            location: centre.location.to_string(),
            opens: WEEK.iter().map(|&day| time(day, Hours::opens)).collect(),
            closes: WEEK.iter().map(|&day| time(day, Hours::closes)).collect(),
            time_zone: centre.time_zone.name().to_owned(),
        }
    }

    /// The two times typed for the `index`-th day, trimmed; blank when not typed.
    fn times(&self, index: usize) -> (&str, &str) {
        fn at(list: &[String], index: usize) -> &str {
            list.get(index).map_or("", |time| time.trim())
        }
        (at(&self.opens, index), at(&self.closes, index))
    }

    /// The week the table describes, or each day's problem: one time without the
    /// other, a time that is not one, a closing before the opening.
    fn hours(&self) -> Result<OpeningHours, Vec<(Weekday, Problem)>> {
        let mut open = Vec::new();
        let mut problems = Vec::new();
        for (index, &day) in WEEK.iter().enumerate() {
            let day_hours = match self.times(index) {
                ("", "") => continue,
                ("", _) | (_, "") => Err(Problem::OneTimeOfTwo),
                (opens, closes) => hours::parse_time(opens)
                    .and_then(|opens| Ok((opens, hours::parse_time(closes)?)))
                    .and_then(|(opens, closes)| Hours::new(opens, closes)),
            };
            match day_hours {
                Ok(day_hours) => open.push((day, day_hours)),
                Err(problem) => problems.push((day, problem)),
            }
        }
        if problems.is_empty() {
            Ok(OpeningHours::from_days(open))
        } else {
            Err(problems)
        }
    }

    fn input(&self, hours: &OpeningHours) -> CentreInput {
        CentreInput {
            name_ar: given(&self.name_ar),
            name_en: given(&self.name_en),
            location: given(&self.location),
            opening_hours: Some(hours.to_string()),
            time_zone: given(&self.time_zone),
        }
    }

    /// The table's rows, each day with its times as typed.
    fn days(&self, tr: Tr) -> Vec<DayRow> {
        WEEK.iter()
            .enumerate()
            .map(|(index, &day)| {
                let (opens, closes) = self.times(index);
                DayRow {
                    key: day_key(day),
                    name: tr.weekday(day),
                    opens: opens.to_owned(),
                    closes: closes.to_owned(),
                    field: format!("opens_{}", day_key(day)),
                }
            })
            .collect()
    }
}

/// The centre form's fields in order, and those it needs.
const FORM: FormSpec = FormSpec {
    order: &[
        "name_ar",
        "name_en",
        "location",
        "opens_sun",
        "opens_mon",
        "opens_tue",
        "opens_wed",
        "opens_thu",
        "opens_fri",
        "opens_sat",
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

/// What is wrong with a posted centre form before the service is asked: each day's
/// problem said with the day's name, with whatever else the details lack.
fn day_problems(form: &CentreForm, days: Vec<(Weekday, Problem)>, tr: Tr) -> Problems {
    let mut problems = Problems::new(tr);
    for (day, problem) in days {
        problems.add(
            &format!("opens_{}", day_key(day)),
            format!("{}: {}", tr.weekday(day), messages::problem(&problem, tr)),
        );
    }
    if let Err(errors) = form.input(&OpeningHours::default()).parse() {
        problems.absorb(&errors, tr, form_field);
    }
    problems
}

impl FormView {
    fn new(names: &Names, action: String, form: CentreForm, problems: Problems, tr: Tr) -> Self {
        let chosen = if form.time_zone.is_empty() {
            ZONES[0].0
        } else {
            form.time_zone.as_str()
        };
        let zones = Choice::list(
            ZONES
                .iter()
                .map(|(name, _)| ((*name).to_owned(), zone_name(name, tr))),
            chosen,
        );
        FormView {
            action,
            locations: names.location_choices(&form.location),
            zones,
            days: form.days(tr),
            form,
            problems: problems.of_form(&FORM, tr),
        }
    }
}

async fn page(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
    form: CentreForm,
    (status, problems): (StatusCode, Problems),
    notice: Option<String>,
) -> Result<Response, PageError> {
    let tr = visitor.tr;
    let names = Names::new(&state.service, tr);
    let centres = state
        .service
        .centres(actor)
        .await?
        .into_iter()
        .map(|centre| ListedCentre {
            place: names.location(centre.location.as_str()),
            zone: zone_name(centre.time_zone.name(), tr),
            hours: (!centre.opening_hours.is_closed())
                .then(|| tr.week_hours(&centre.opening_hours)),
            centre,
        })
        .collect();
    let page = CentresPage {
        frame: Frame::new(visitor, "admin-centres-title"),
        centres,
        fields: FormView::new(&names, "/centres".to_owned(), form, problems, tr),
        notice,
    };
    Ok(html(status, &page))
}

/// The form that changes centre `id`, filled in with `form`.
async fn edit_page(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
    id: CentreId,
    form: Option<CentreForm>,
    (status, problems): (StatusCode, Problems),
) -> Result<Response, PageError> {
    let centre = state
        .service
        .centres(actor)
        .await?
        .into_iter()
        .find(|centre| centre.id == id)
        .ok_or(ServiceError::NotFound)?;
    let names = Names::new(&state.service, visitor.tr);
    let form = form.unwrap_or_else(|| CentreForm::of(&centre));
    let action = format!("/centres/{id}");
    let page = CentreEditPage {
        frame: Frame::new(visitor, "admin-centre-edit-title"),
        fields: FormView::new(&names, action, form, problems, visitor.tr),
        centre,
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

/// Opens a new centre (`id` none) or changes centre `id` with what the form holds;
/// what is wrong comes back for the form to show.
async fn save(
    state: &AppState,
    actor: &Actor,
    tr: Tr,
    form: &CentreForm,
    id: Option<CentreId>,
) -> Result<Result<(), (StatusCode, Problems)>, PageError> {
    let input = match form.hours() {
        Ok(hours) => form.input(&hours),
        Err(days) => {
            let problems = day_problems(form, days, tr);
            return Ok(Err((StatusCode::UNPROCESSABLE_ENTITY, problems)));
        }
    };
    let saved = match id {
        None => state.service.create_centre(actor, input).await,
        Some(id) => state.service.update_centre(actor, id, input).await,
    };
    match saved {
        Ok(_) => Ok(Ok(())),
        Err(error) => Ok(Err(Problems::from_service(error, tr, form_field)?)),
    }
}

pub async fn create(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    Form(form): Form<CentreForm>,
) -> Result<Response, PageError> {
    match save(&state, &actor, visitor.tr, &form, None).await? {
        Ok(()) => Ok(Redirect::to("/centres?saved=1").into_response()),
        Err(shown) => page(&state, &actor, &visitor, form, shown, None).await,
    }
}

pub async fn edit(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    RecordId(id): RecordId<CentreId>,
) -> Result<Response, PageError> {
    let fresh = (StatusCode::OK, Problems::default());
    edit_page(&state, &actor, &visitor, id, None, fresh).await
}

pub async fn update(
    State(state): State<AppState>,
    SignedIn { actor, visitor }: SignedIn,
    RecordId(id): RecordId<CentreId>,
    Form(form): Form<CentreForm>,
) -> Result<Response, PageError> {
    match save(&state, &actor, visitor.tr, &form, Some(id)).await? {
        Ok(()) => Ok(Redirect::to("/centres?saved=1").into_response()),
        Err(shown) => edit_page(&state, &actor, &visitor, id, Some(form), shown).await,
    }
}
