//! `/seekers/{id}`: everything recorded about a seeker, their permits and consents
//! with the forms that change them, and archiving with a confirmation step.

use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::NaiveDate;
use forsa_domain::{
    ConsentPurpose, FollowUpId, PermitId, PermitStatus, ReferralStage, SeekerId,
    consent::Consent,
    permit::WorkPermit,
    seeker::{SeekerProfile, TransferInput},
};
use forsa_service::{Actor, PersonReferral, SeekerFile, ServiceError};
use serde::Deserialize;

use super::{COUNTRIES, LANGUAGES, PageResult, SeekerVisit, named};
use crate::{
    AppState,
    choices::Choice,
    error::PageError,
    follow_up_form::{FollowUpAttempt, FollowUpForm},
    forms::given,
    frame::{Frame, framed},
    html,
    i18n::Tr,
    names::Names,
    problems::{FormSpec, Problems},
    record_id::RecordId,
    referrals,
};

/// A permit as the profile lists it.
pub struct PermitRow {
    pub id: String,
    pub kind: String,
    pub number: String,
    pub issuer: String,
    pub from: NaiveDate,
    pub until: NaiveDate,
    /// Its state in words ("In force until 5 January 2027", "Withdrawn").
    pub state: String,
    pub in_force: bool,
    pub revoked: bool,
    pub employer: String,
}

pub struct ConsentRow {
    pub id: String,
    pub purpose_key: String,
    pub granted: NaiveDate,
    /// How it was given, in words; empty when not recorded.
    pub method: String,
    pub withdrawn: Option<NaiveDate>,
}

/// One of the person's referrals: where to, at which stage since when, what happens
/// next, and the follow-ups of a hire.
pub struct ReferralLine {
    pub vacancy: String,
    pub vacancy_id: String,
    pub employer: String,
    pub employer_id: String,
    pub stage: String,
    pub closed: bool,
    pub since: NaiveDate,
    pub next: String,
    pub urgent: bool,
    pub follow_ups: Vec<FollowUpLine>,
}

/// A follow-up of a hire: planned, due with its form, or done with what was learnt.
pub struct FollowUpLine {
    pub id: FollowUpId,
    pub due_on: NaiveDate,
    /// The outcome's name, the note and the day it was recorded.
    pub done: Option<(String, String, NaiveDate)>,
    pub form: Option<FollowUpForm>,
}

/// A permit form as typed, kept when it is refused.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PermitForm {
    pub permit_type: String,
    pub number: String,
    pub issuer: String,
    pub valid_from: String,
    pub valid_until: String,
    pub employer_id: String,
    pub status: String,
    /// `renew` or `revoke` for a permit already recorded.
    pub action: String,
}

/// A refused renewal: which permit, what was typed, and why.
pub struct Renewal {
    pub permit: String,
    pub form: PermitForm,
    pub problems: Problems,
}

type Options = Vec<(String, String)>;

/// The new-permit form's fields in order, and those it needs (its macros mark them).
pub const PERMIT_FORM: FormSpec = FormSpec {
    order: &[
        "permit_type",
        "valid_from",
        "valid_until",
        "number",
        "issuer",
        "employer_id",
    ],
    required: &["permit_type", "valid_from", "valid_until"],
};

#[derive(Template)]
#[template(path = "seekers/profile.html")]
pub struct ProfilePage {
    frame: Frame,
    pub id: String,
    pub name: String,
    pub archived: bool,
    /// Who they are in a line: case reference, phone, occupations, place.
    pub facts: Vec<String>,
    /// The permit that says most today, in words, and whether it is in force.
    pub permit_badge: (String, bool),
    /// Whether employers may see their profile, and that in words.
    pub shares: bool,
    pub sharing: String,
    pub details: Vec<(String, String)>,
    pub notice: Option<String>,
    pub referrals: Vec<ReferralLine>,
    pub permits: Vec<PermitRow>,
    pub consents: Vec<ConsentRow>,
    pub permit_types: Options,
    pub employers: Options,
    pub purposes: Options,
    pub permit_form: PermitForm,
    pub permit_problems: Problems,
    pub renewal: Option<Renewal>,
    pub consent_problems: Problems,
    /// A follow-up record refused for a follow-up that no longer has a form here.
    pub refused: Option<String>,
    /// The purpose chosen in a refused consent form.
    pub purpose: String,
    /// How the consent was given, as chosen in a refused consent form.
    pub consent_method: String,
    /// Whether the reader may move the person to another centre and read their
    /// access history on its own page (admins).
    pub can_transfer: bool,
}
framed!(ProfilePage);

impl ProfilePage {
    /// The renewal being corrected, if it is this permit's.
    fn renewal_of(&self, permit: &str) -> Option<&Renewal> {
        self.renewal.as_ref().filter(|r| r.permit == permit)
    }

    pub fn renew_value(&self, permit: &str, field: &str) -> &str {
        self.renewal_of(permit).map_or("", |r| match field {
            "valid_from" => r.form.valid_from.as_str(),
            _ => r.form.valid_until.as_str(),
        })
    }

    pub fn renew_error(&self, permit: &str, field: &str) -> Option<&str> {
        self.renewal_of(permit).and_then(|r| r.problems.get(field))
    }

    pub fn render(&self, status: StatusCode) -> Response {
        html(status, self)
    }
}

fn yes_no(tr: Tr, on: bool) -> String {
    tr.text(if on { "seekers-yes" } else { "seekers-no" })
}

/// Every recorded field as (label, value), for the profile's list.
pub(super) fn details(p: &SeekerProfile, tr: Tr, names: &Names) -> Vec<(String, String)> {
    let or_dash = |v: Option<String>| v.filter(|v| !v.is_empty()).unwrap_or_else(|| "—".into());
    // The page's own comma: "a, b" in English, "أ، ب" in Arabic.
    let separator = tr.text("list-separator");
    let languages = p
        .languages
        .iter()
        .map(|l| {
            let level = tr.label(l.level);
            format!("{} ({level})", named(LANGUAGES, l.code.as_str(), tr))
        })
        .collect::<Vec<_>>()
        .join(&separator);
    let occupations = p
        .occupations
        .iter()
        .map(|o| {
            let years = tr.text_with("seekers-years", "count", u64::from(o.years));
            format!("{} ({years})", names.occupation(o.isco.as_str()))
        })
        .collect::<Vec<_>>()
        .join(&separator);
    let places = p
        .preferences
        .locations
        .iter()
        .map(|l| names.location(l.as_str()))
        .collect::<Vec<_>>()
        .join(&separator);
    let hours = format!(
        "seekers-hours-{}",
        p.preferences.hours.as_str().replace('_', "-")
    );
    let rows = [
        (
            "seekers-field-case-reference",
            or_dash(p.case_reference.clone()),
        ),
        ("seekers-gender", tr.label(p.gender)),
        (
            "seekers-field-birth-year",
            or_dash(p.birth_year.map(|y| y.to_string())),
        ),
        (
            "seekers-field-nationality",
            named(COUNTRIES, p.nationality.as_str(), tr),
        ),
        ("seekers-field-status", tr.label_of(p.status, p.gender)),
        ("seekers-field-phone", or_dash(p.phone.clone())),
        (
            "seekers-field-location",
            names.location(p.location.as_str()),
        ),
        ("seekers-section-languages", or_dash(Some(languages))),
        ("seekers-section-occupations", or_dash(Some(occupations))),
        (
            "seekers-field-education",
            or_dash(
                p.education_level
                    .map(|l| tr.text(&format!("seekers-isced-{l}"))),
            ),
        ),
        (
            "seekers-field-skills",
            or_dash(Some(p.skills.join(&separator))),
        ),
        ("seekers-field-experience", or_dash(p.experience.clone())),
        (
            "seekers-field-sectors",
            or_dash(Some(
                p.preferences
                    .sectors
                    .iter()
                    .map(|s| names.sector(s.as_str()))
                    .collect::<Vec<_>>()
                    .join(&separator),
            )),
        ),
        ("seekers-field-places", or_dash(Some(places))),
        ("seekers-hours", tr.text(&hours)),
        (
            "seekers-field-night-work",
            yes_no(tr, p.preferences.night_work),
        ),
        (
            "seekers-field-needs-transport",
            yes_no(tr, p.preferences.needs_transport),
        ),
        (
            "seekers-field-needs-childcare",
            yes_no(tr, p.preferences.needs_childcare),
        ),
        (
            "seekers-field-available-from",
            or_dash(p.available_from.map(|d| d.to_string())),
        ),
        ("seekers-field-disability", or_dash(p.disability.clone())),
    ];
    rows.into_iter()
        .map(|(key, value)| (tr.text(key), value))
        .collect()
}

fn permit_row(
    permit: WorkPermit,
    kinds: &Options,
    employers: &Options,
    today: NaiveDate,
    tr: Tr,
) -> PermitRow {
    let (state, in_force) = super::permit_in_words(Some(&permit), today, tr);
    let d = permit.details;
    let lookup = |list: &Options, code: &str| {
        list.iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| code.to_owned(), |(_, name)| name.clone())
    };
    PermitRow {
        id: permit.id.to_string(),
        kind: lookup(kinds, &d.permit_type),
        number: d.number.clone().unwrap_or_default(),
        issuer: d.issuer.clone().unwrap_or_default(),
        from: d.validity.from(),
        until: d.validity.until(),
        state,
        in_force,
        revoked: d.status == PermitStatus::Revoked,
        employer: d
            .employer_id
            .map(|e| lookup(employers, &e.to_string()))
            .unwrap_or_default(),
    }
}

fn consent_row(consent: Consent, tr: Tr) -> ConsentRow {
    ConsentRow {
        id: consent.id.to_string(),
        purpose_key: format!(
            "consents-purpose-{}",
            consent.purpose.as_str().replace('_', "-")
        ),
        granted: tr.day_of(&consent.granted_at),
        method: consent.method.map(|m| tr.label(m)).unwrap_or_default(),
        withdrawn: consent.withdrawn_at.map(|at| tr.day_of(&at)),
    }
}

/// Who the person is in a line: case reference, phone, occupations and place.
fn facts(p: &SeekerProfile, names: &Names) -> Vec<String> {
    let occupations = p
        .occupations
        .iter()
        .map(|o| names.occupation(o.isco.as_str()));
    p.case_reference
        .clone()
        .into_iter()
        .chain(p.phone.clone())
        .chain(occupations)
        .chain(std::iter::once(names.location(p.location.as_str())))
        .filter(|fact| !fact.is_empty())
        .collect()
}

fn referral_line(
    person: PersonReferral,
    today: NaiveDate,
    attempt: &mut Option<FollowUpAttempt>,
    tr: Tr,
) -> ReferralLine {
    let PersonReferral {
        referral,
        vacancy,
        employer_name,
        follow_ups,
    } = person;
    let since = tr.day_of(&referral.updated_at);
    let (next, urgent) = referrals::next_step(tr, false, &referral, since, &follow_ups, today);
    ReferralLine {
        vacancy: tr.name(&vacancy.details),
        vacancy_id: vacancy.id.to_string(),
        employer: tr.name(&employer_name),
        employer_id: vacancy.employer_id.to_string(),
        stage: tr.label(referral.stage),
        closed: referral.stage.is_final() && referral.stage != ReferralStage::Hired,
        since,
        next,
        urgent,
        follow_ups: follow_ups
            .iter()
            .map(|f| FollowUpLine {
                id: f.id,
                due_on: f.due_on,
                done: f.done_at.map(|at| {
                    (
                        f.outcome.map(|o| tr.label(o)).unwrap_or_default(),
                        f.note.clone().unwrap_or_default(),
                        tr.day_of(&at),
                    )
                }),
                form: (f.done_at.is_none() && f.due_on <= today)
                    .then(|| FollowUpForm::of(f.id, attempt, tr)),
            })
            .collect(),
    }
}

/// The profile page of a seeker, with empty forms.
pub async fn load(
    state: &AppState,
    actor: &Actor,
    frame: Frame,
    id: SeekerId,
) -> Result<ProfilePage, PageError> {
    load_with(state, actor, frame, id, None).await
}

/// The profile page, with `attempt` (a follow-up record that was refused) shown on
/// its follow-up.
pub async fn load_with(
    state: &AppState,
    actor: &Actor,
    frame: Frame,
    id: SeekerId,
    mut attempt: Option<FollowUpAttempt>,
) -> Result<ProfilePage, PageError> {
    let tr = frame.t;
    let today = tr.today();
    let SeekerFile {
        seeker,
        permits,
        consents,
        permit_types,
        employers,
        referrals,
    } = state.service.seeker_file(actor, id).await?;
    let names = Names::new(&state.service, tr);
    // Every type names a permit; only the active ones are offered for a new one.
    let type_names: Options = permit_types
        .iter()
        .map(|t| (t.code.clone(), tr.name(t)))
        .collect();
    let permit_types: Options = permit_types
        .iter()
        .filter(|t| t.active)
        .map(|t| (t.code.clone(), tr.name(t)))
        .collect();
    let employers: Options = employers
        .into_iter()
        .map(|e| (e.id.to_string(), tr.name(&e.details.name)))
        .collect();
    let in_force: Vec<ConsentPurpose> = consents
        .iter()
        .filter(|c| c.in_force())
        .map(|c| c.purpose)
        .collect();
    let referrals = referrals
        .into_iter()
        .map(|r| referral_line(r, today, &mut attempt, tr))
        .collect();
    let shares = in_force.contains(&ConsentPurpose::ShareWithEmployers);
    Ok(ProfilePage {
        id: id.to_string(),
        name: seeker.profile.full_name.clone(),
        archived: seeker.archived_at.is_some(),
        facts: facts(&seeker.profile, &names),
        permit_badge: super::permit_badge(
            seeker.profile.status,
            WorkPermit::telling(&permits, today),
            today,
            tr,
        ),
        shares,
        sharing: tr.said_of(
            if shares {
                "seekers-shares"
            } else {
                "seekers-does-not-share"
            },
            seeker.profile.gender,
        ),
        details: details(&seeker.profile, tr, &names),
        notice: None,
        referrals,
        refused: FollowUpAttempt::unshown(attempt).map(|(_, message)| message),
        permits: permits
            .into_iter()
            .map(|p| permit_row(p, &type_names, &employers, today, tr))
            .collect(),
        consents: consents.into_iter().map(|c| consent_row(c, tr)).collect(),
        purposes: ConsentPurpose::ALL
            .iter()
            .filter(|p| !in_force.contains(p))
            .map(|p| (p.as_str().to_owned(), tr.label(p)))
            .collect(),
        permit_types,
        employers,
        permit_form: PermitForm::default(),
        permit_problems: Problems::new(tr).of_form(&PERMIT_FORM, tr),
        renewal: None,
        consent_problems: Problems::new(tr),
        purpose: String::new(),
        consent_method: String::new(),
        can_transfer: actor.is_admin(),
        frame,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    done: String,
}

/// The message for what was just done; only known words, never the address's text.
fn done_key(done: &str) -> Option<&'static str> {
    Some(match done {
        "registered" => "seekers-done-registered",
        "updated" => "seekers-done-updated",
        "archived" => "seekers-done-archived",
        "permit-added" => "permits-done-added",
        "permit-renewed" => "permits-done-renewed",
        "permit-revoked" => "permits-done-revoked",
        "consent-granted" => "consents-done-granted",
        "consent-withdrawn" => "consents-done-withdrawn",
        "follow-up-recorded" => "follow-up-recorded",
        "transferred" => "seekers-done-transferred",
        "merged" => "duplicates-done-merged",
        _ => return None,
    })
}

pub async fn show(
    State(state): State<AppState>,
    visit: SeekerVisit,
    Query(query): Query<ShowQuery>,
) -> PageResult {
    let (id, signed) = visit.signed();
    let frame = Frame::new(&signed.visitor, "seekers-profile-title");
    match load(&state, &signed.actor, frame, id).await {
        Ok(mut page) => {
            page.notice = done_key(&query.done).map(|key| page.t.text(key));
            Ok(page.render(StatusCode::OK))
        }
        // What is left of an erased person is the receipt.
        Err(PageError::Service(error)) => super::erase::erased_or(
            error,
            || Frame::new(&signed.visitor, "erased-title"),
            query.done == "erased",
        ),
        Err(other) => Err(other),
    }
}

#[derive(Template)]
#[template(path = "seekers/transfer.html")]
struct TransferPage {
    frame: Frame,
    id: String,
    name: String,
    /// The centre they are registered at, and the others to choose from.
    centre: String,
    centres: Vec<Choice>,
    problems: Problems,
}
framed!(TransferPage);

/// The transfer form's one field.
const TRANSFER_FORM: FormSpec = FormSpec {
    order: &["centre_id"],
    required: &["centre_id"],
};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TransferForm {
    centre_id: String,
}

async fn transfer_page(
    state: &AppState,
    actor: &Actor,
    frame: Frame,
    id: SeekerId,
    chosen: &str,
    (status, problems): (StatusCode, Problems),
) -> PageResult {
    let (seeker, centres) = state.service.transfer_form(actor, id).await?;
    let tr = frame.t;
    let centre = centres
        .iter()
        .find(|c| c.id == seeker.centre_id)
        .map(|c| tr.name(c))
        .unwrap_or_default();
    let centres = Choice::list(
        centres
            .iter()
            .filter(|c| c.id != seeker.centre_id)
            .map(|c| (c.id.to_string(), tr.name(c))),
        chosen,
    );
    let page = TransferPage {
        id: seeker.id.to_string(),
        name: seeker.profile.full_name,
        centre,
        centres,
        problems: problems.of_form(&TRANSFER_FORM, tr),
        frame,
    };
    Ok(html(status, &page))
}

pub async fn confirm_transfer(State(state): State<AppState>, visit: SeekerVisit) -> PageResult {
    let (actor, id, frame) = visit.parts("seekers-transfer-title");
    let fresh = (StatusCode::OK, Problems::default());
    transfer_page(&state, &actor, frame, id, "", fresh).await
}

pub async fn transfer(
    State(state): State<AppState>,
    visit: SeekerVisit,
    Form(form): Form<TransferForm>,
) -> PageResult {
    let (actor, id, frame) = visit.parts("seekers-transfer-title");
    let input = TransferInput {
        centre_id: given(&form.centre_id),
    };
    match state.service.transfer_seeker(&actor, id, input).await {
        Ok(_) => Ok(Redirect::to(&format!("/seekers/{id}?done=transferred")).into_response()),
        Err(error) => {
            let shown = Problems::from_service(error, frame.t, |field| {
                (field == "centre_id").then_some("centre_id")
            })?;
            transfer_page(&state, &actor, frame, id, &form.centre_id, shown).await
        }
    }
}

#[derive(Template)]
#[template(path = "seekers/archive.html")]
struct ArchivePage {
    frame: Frame,
    id: String,
    name: String,
}
framed!(ArchivePage);

pub async fn confirm_archive(State(state): State<AppState>, visit: SeekerVisit) -> PageResult {
    let (actor, id, frame) = visit.parts("seekers-archive-title");
    let seeker = state.service.seeker(&actor, id).await?;
    let page = ArchivePage {
        frame,
        id: seeker.id.to_string(),
        name: seeker.profile.full_name,
    };
    Ok(html(StatusCode::OK, &page))
}

pub async fn archive(State(state): State<AppState>, visit: SeekerVisit) -> PageResult {
    let (actor, id) = visit.target();
    state.service.archive_seeker(&actor, id).await?;
    Ok(Redirect::to(&format!("/seekers/{id}?done=archived")).into_response())
}

#[derive(Template)]
#[template(path = "seekers/revoke.html")]
struct RevokePage {
    frame: Frame,
    id: String,
    name: String,
    permit: PermitRow,
}
framed!(RevokePage);

/// Asks before a permit is withdrawn: the person stops matching the jobs it allowed.
pub async fn confirm_revoke(
    State(state): State<AppState>,
    visit: SeekerVisit,
    RecordId(permit): RecordId<PermitId>,
) -> PageResult {
    let (actor, id, frame) = visit.parts("permits-revoke-title");
    let page = load(&state, &actor, frame, id).await?;
    let ProfilePage {
        frame,
        name,
        permits,
        ..
    } = page;
    let permit = permits
        .into_iter()
        .find(|p| p.id == permit.to_string() && !p.revoked)
        .ok_or(PageError::Service(ServiceError::NotFound))?;
    let page = RevokePage {
        frame,
        id: id.to_string(),
        name,
        permit,
    };
    Ok(html(StatusCode::OK, &page))
}
