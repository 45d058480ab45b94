//! The small form a follow-up due carries, on the dashboard and on the referrals page,
//! and a record of it that was refused, to be shown again where it was typed.

use axum::http::StatusCode;
use forsa_domain::{FollowUpId, FollowUpOutcome};

use crate::{choices::Choice, i18n::Tr, problems::Problems};

/// The small form a due follow-up carries.
pub struct FollowUpForm {
    pub outcomes: Vec<Choice>,
    pub note: String,
    pub problems: Problems,
}

/// A record that was refused, to be shown again on its follow-up.
pub struct FollowUpAttempt {
    pub id: FollowUpId,
    /// 422 for bad values, 409 when it was recorded already.
    pub status: StatusCode,
    pub outcome: String,
    pub note: String,
    pub problems: Problems,
}

impl FollowUpAttempt {
    /// A refusal whose follow-up has no form on the page (it was recorded meanwhile):
    /// its status and what the top of the page says.
    pub fn unshown(attempt: Option<FollowUpAttempt>) -> Option<(StatusCode, String)> {
        attempt.and_then(|a| Some((a.status, a.problems.summary()?.to_owned())))
    }
}

impl FollowUpForm {
    /// The form of follow-up `id`, blank or as last typed when `attempt` was on it.
    pub fn of(id: FollowUpId, attempt: &mut Option<FollowUpAttempt>, tr: Tr) -> Self {
        let (outcome, note, problems) = match attempt.take_if(|a| a.id == id) {
            Some(a) => (a.outcome, a.note, a.problems),
            None => (String::new(), String::new(), Problems::new(tr)),
        };
        let outcomes = FollowUpOutcome::ALL
            .iter()
            .map(|&o| (o.as_str().to_owned(), tr.label(o)));
        FollowUpForm {
            outcomes: Choice::list(outcomes, &outcome),
            note,
            problems,
        }
    }
}
