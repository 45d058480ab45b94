//! The admin's home: every centre with its caseworkers, people and open referrals;
//! the users by role; the latest changes to the rules; where the search index stands.

use askama::Template;
use axum::{http::StatusCode, response::Response};
use forsa_domain::{Role, RuleChangeKind, permit::PermitType};
use forsa_service::{Actor, AdminHome, IndexStatus, RuleChangeView};

use crate::{
    AppState,
    error::PageError,
    frame::{Frame, framed},
    html,
    i18n::Tr,
    names::Names,
    visitor::Visitor,
};

struct CentreLine {
    name: String,
    place: String,
    caseworkers: u64,
    people: u64,
    open_referrals: u64,
}

/// The users of one role, in words.
struct UserTile {
    role: &'static str,
    count: u64,
    label: String,
    /// How many of them are disabled, in words, when any are.
    disabled: Option<String>,
}

struct ChangeLine {
    what: String,
    by: String,
    when: String,
    machine: String,
}

#[derive(Template)]
#[template(path = "home/admin.html")]
struct AdminPage {
    frame: Frame,
    centres: Vec<CentreLine>,
    users: Vec<UserTile>,
    changes: Vec<ChangeLine>,
    index: String,
    index_ok: bool,
}

framed!(AdminPage);

fn change_line(view: RuleChangeView, types: &[PermitType], names: &Names, tr: Tr) -> ChangeLine {
    let change = view.change;
    let subject = match change.kind {
        RuleChangeKind::PermitTypeSaved => types
            .iter()
            .find(|p| p.code == change.subject)
            .map_or_else(|| change.subject.clone(), |p| tr.name(p)),
        RuleChangeKind::OccupationClosed | RuleChangeKind::OccupationOpened => {
            names.occupation(&change.subject)
        }
        RuleChangeKind::MinimumWageSet => change
            .subject
            .parse()
            .map_or_else(|_| change.subject.clone(), |day| tr.date(&day)),
    };
    let amount = change
        .amount
        .map(|m| format!("{:.0}", m.dinars()))
        .unwrap_or_default();
    ChangeLine {
        what: tr.text_with_words(
            &crate::labels::Labelled::key(change.kind),
            &[("subject", &subject), ("amount", &amount)],
        ),
        by: view.by.unwrap_or_else(|| tr.text("home-by-nobody")),
        when: tr.moment(&change.at),
        machine: change.at.to_rfc3339(),
    }
}

pub async fn show(
    state: &AppState,
    actor: &Actor,
    visitor: &Visitor,
) -> Result<Response, PageError> {
    let AdminHome {
        centres,
        users,
        rule_changes,
        permit_types,
        index,
    } = state.service.admin_home(actor).await?;
    let tr = visitor.tr;
    let names = Names::new(&state.service, tr);
    let centres = centres
        .iter()
        .map(|c| CentreLine {
            name: tr.name(&c.centre),
            place: names.location(c.centre.location.as_str()),
            caseworkers: c.caseworkers,
            people: c.people,
            open_referrals: c.open_referrals,
        })
        .collect();
    let users = users
        .iter()
        .map(|&(role, count)| UserTile {
            role: role.as_str(),
            count: count.active,
            label: tr.text_with(
                match role {
                    Role::Admin => "home-users-admin",
                    Role::Caseworker => "home-users-caseworker",
                    Role::Employer => "home-users-employer",
                },
                "count",
                count.active,
            ),
            disabled: (count.disabled > 0)
                .then(|| tr.text_with("home-users-disabled", "count", count.disabled)),
        })
        .collect();
    let changes = rule_changes
        .into_iter()
        .map(|view| change_line(view, &permit_types, &names, tr))
        .collect();
    let (index, index_ok) = match index {
        IndexStatus::Building => (tr.text("home-index-building"), false),
        IndexStatus::Following { lag: 0 } => (tr.text("home-index-current"), true),
        IndexStatus::Following { lag } => (
            tr.text_with("home-index-behind", "count", lag.unsigned_abs()),
            false,
        ),
    };
    let page = AdminPage {
        frame: Frame::new(visitor, "home-title-admin"),
        centres,
        users,
        changes,
        index,
        index_ok,
    };
    Ok(html(StatusCode::OK, &page))
}
