//! Everything forsa holds on a person, as a page to print and hand to them
//! (`/seekers/{id}/data`), in the page's language: the record, permits, consents,
//! referrals with every stage and follow-up, and the access history by name.

use askama::Template;
use axum::{extract::State, http::StatusCode};
use forsa_domain::organisation::User;
use forsa_service::{AuditEvent, user_name};

use super::{PageResult, SeekerVisit, profile::details};
use crate::{
    AppState,
    frame::{Frame, framed},
    html,
    i18n::Tr,
    names::Names,
};

#[derive(Template)]
#[template(path = "seekers/own_data.html")]
struct OwnDataPage {
    frame: Frame,
    id: String,
    name: String,
    gathered: String,
    centre: String,
    details: Vec<(String, String)>,
    permits: Vec<[String; 4]>,
    consents: Vec<[String; 3]>,
    referrals: Vec<ReferralBlock>,
    access: Vec<[String; 4]>,
}
framed!(OwnDataPage);

struct ReferralBlock {
    title: String,
    stages: Vec<String>,
    follow_ups: Vec<String>,
}

/// Who did something: a user by name, or forsa itself.
fn by(users: &[User], id: Option<forsa_domain::UserId>, tr: Tr) -> String {
    id.and_then(|id| user_name(users, id))
        .map_or_else(|| tr.text("data-by-system"), str::to_owned)
}

/// The access history as rows: when, who, what was done, to which kind of record.
pub(super) fn access_rows(events: &[AuditEvent], users: &[User], tr: Tr) -> Vec<[String; 4]> {
    events
        .iter()
        .map(|e| {
            [
                tr.moment(&e.at),
                by(users, e.actor_id, tr),
                tr.label(e.action),
                tr.label(e.subject_type),
            ]
        })
        .collect()
}

pub async fn show(State(state): State<AppState>, visit: SeekerVisit) -> PageResult {
    let (actor, id, frame) = visit.parts("data-title");
    let data = state.service.personal_data(&actor, id).await?;
    let tr = frame.t;
    let names = Names::new(&state.service, tr);
    let permits = data
        .permits
        .iter()
        .map(|p| {
            let kind = data
                .permit_types
                .iter()
                .find(|t| t.code == p.details.permit_type)
                .map_or_else(|| p.details.permit_type.clone(), |t| tr.name(t));
            [
                kind,
                p.details.number.clone().unwrap_or_default(),
                format!(
                    "{} – {}",
                    tr.date(&p.details.validity.from()),
                    tr.date(&p.details.validity.until())
                ),
                tr.label(p.details.status),
            ]
        })
        .collect();
    let consents = data
        .consents
        .iter()
        .map(|c| {
            let given = tr.text_naming(
                "data-consent-given",
                &[("by", &by(&data.users, Some(c.granted_by), tr))],
                &[("day", &tr.date_of(&c.granted_at))],
            );
            let withdrawn = c.withdrawn_at.map_or_else(String::new, |at| {
                tr.text_naming(
                    "data-consent-withdrawn",
                    &[("by", &by(&data.users, c.withdrawn_by, tr))],
                    &[("day", &tr.date_of(&at))],
                )
            });
            let purpose = match c.method {
                Some(method) => format!("{} ({})", tr.label(c.purpose), tr.label(method)),
                None => tr.label(c.purpose),
            };
            [purpose, given, withdrawn]
        })
        .collect();
    let referrals = data
        .referrals
        .iter()
        .map(|(r, history)| {
            let vacancy = &r.vacancy.details;
            let title = tr.name(&(
                vacancy.title_ar.clone().unwrap_or_default(),
                vacancy.title_en.clone().unwrap_or_default(),
            ));
            ReferralBlock {
                title: format!(
                    "{title} · {} · {}",
                    tr.name(&r.employer_name),
                    r.vacancy.code
                ),
                stages: history
                    .iter()
                    .map(|h| {
                        let mut line = format!(
                            "{} — {} ({})",
                            tr.moment(&h.at),
                            tr.label(h.to),
                            by(&data.users, Some(h.actor), tr)
                        );
                        if let Some(reason) = &h.reason {
                            line.push_str(&format!(": {reason}"));
                        }
                        line
                    })
                    .collect(),
                follow_ups: r
                    .follow_ups
                    .iter()
                    .map(|f| match f.outcome {
                        Some(outcome) => format!("{} — {}", tr.date(&f.due_on), tr.label(outcome)),
                        None => format!(
                            "{} — {}",
                            tr.date(&f.due_on),
                            tr.text("data-follow-up-planned")
                        ),
                    })
                    .collect(),
            }
        })
        .collect();
    let access = access_rows(&data.access, &data.users, tr);
    let page = OwnDataPage {
        id: id.to_string(),
        name: data.seeker.profile.full_name.clone(),
        gathered: tr.moment(&data.gathered_at),
        centre: data.centre.as_ref().map(|c| tr.name(c)).unwrap_or_default(),
        details: details(&data.seeker.profile, tr, &names),
        permits,
        consents,
        referrals,
        access,
        frame,
    };
    Ok(html(StatusCode::OK, &page))
}
