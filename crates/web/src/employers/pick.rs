//! Choosing an employer on a form (a staff member's vacancy, an admin's employer
//! user) among any number of them: the form asks for the employer's name, and the
//! server finds it. One employer by that name (or only one whose name holds the typed
//! words) is chosen; several are offered as a short list to choose from; none is said
//! so by the field. No list of every employer is sent to the page.

use forsa_domain::EmployerId;
use forsa_service::{Actor, EmployerQuery, Page};

use crate::{AppState, choices::Choice, error::PageError, i18n::Tr, problems::Problems};

/// How many matches a form offers; more means the name typed is too short.
const OFFERED: u64 = 20;

/// The employer fields of a form as typed: the name searched for, and the employer
/// chosen from the matches (or kept from an earlier choice).
pub struct EmployerPicker {
    pub typed: String,
    /// The matches to choose from, when the name was not enough.
    pub matches: Vec<Choice>,
}

impl EmployerPicker {
    pub fn blank() -> Self {
        EmployerPicker {
            typed: String::new(),
            matches: Vec::new(),
        }
    }
}

/// Finds the employer a form names: by the id chosen from the matches, else by the
/// name typed. A problem goes on `field`, with the matches to offer.
pub async fn resolve(
    state: &AppState,
    actor: &Actor,
    typed: &str,
    chosen: &str,
    field: &str,
    problems: &mut Problems,
    tr: Tr,
) -> Result<(Option<EmployerId>, EmployerPicker), PageError> {
    let mut picker = EmployerPicker {
        typed: typed.trim().to_owned(),
        matches: Vec::new(),
    };
    if let Ok(id) = chosen.trim().parse::<EmployerId>() {
        // Still offered, so that a form shown again keeps the choice.
        if let Ok(employer) = state.service.employer(actor, id).await {
            let name = tr.name(&employer.details.name);
            picker.matches = Choice::list([(id.to_string(), name)], chosen);
            return Ok((Some(id), picker));
        }
    }
    if picker.typed.is_empty() {
        problems.add(field, tr.text("jobs-error-required"));
        return Ok((None, picker));
    }
    let query = EmployerQuery {
        name: Some(picker.typed.clone()),
        ..EmployerQuery::default()
    };
    let first = Page::new(Some(1), Some(OFFERED)).unwrap_or_default();
    let found = state.service.employers(actor, query, first).await?;
    let exact: Vec<EmployerId> = found
        .items
        .iter()
        .filter(|e| {
            let name = &e.details.name;
            let typed = picker.typed.to_lowercase();
            [name.ar.clone(), name.en.clone(), Some(name.both())]
                .into_iter()
                .flatten()
                .any(|n| n.trim().to_lowercase() == typed)
        })
        .map(|e| e.id)
        .collect();
    let only = match (exact.as_slice(), found.items.as_slice()) {
        ([one], _) => Some(*one),
        ([], [one]) => Some(one.id),
        _ => None,
    };
    if only.is_some() {
        return Ok((only, picker));
    }
    if found.items.is_empty() {
        problems.add(field, tr.text("employers-pick-none"));
    } else {
        let key = if found.total > OFFERED {
            "employers-pick-too-many"
        } else {
            "employers-pick-several"
        };
        problems.add(field, tr.text(key));
        picker.matches = Choice::list(
            found
                .items
                .into_iter()
                .map(|e| (e.id.to_string(), tr.name(&e.details.name))),
            chosen,
        );
    }
    Ok((None, picker))
}
