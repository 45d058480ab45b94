//! A match told in words, the same on both sides of matching (a vacancy's seekers,
//! a seeker's vacancies): the eligibility verdict with what would change it, and why
//! the person and the job fit or do not.

use forsa_domain::{
    eligibility::{Basis, Obstacle, Remedy, Verdict},
    matching::{Closeness, Concern, Explanation, PlaceFit},
    permit::PermitType,
};

use super::i18n::Tr;

/// Words for a verdict: the sentence, and what would help if it is a no.
pub fn verdict(verdict: &Verdict, types: &[PermitType], tr: Tr) -> (String, Vec<String>) {
    let type_name = |code: &str| {
        types
            .iter()
            .find(|t| t.code == code)
            .map_or(code.to_owned(), |t| tr.name(t))
    };
    let with = |key: &str, detail: String| format!("{} {detail}", tr.text(key));
    match verdict {
        Verdict::Eligible { basis } => {
            let text = match basis {
                Basis::National => tr.text("vacancies-verdict-national"),
                Basis::Permit { permit_type, .. } => {
                    with("vacancies-verdict-permit", type_name(permit_type))
                }
                Basis::EmployerArrangesPermit => tr.text("vacancies-verdict-employer-arranges"),
            };
            (text, Vec::new())
        }
        Verdict::NotEligible { obstacle, remedies } => {
            let text = match obstacle {
                Obstacle::ClosedOccupation { closed_group } => with(
                    "vacancies-verdict-closed-occupation",
                    closed_group.to_string(),
                ),
                Obstacle::NoPermit => tr.text("vacancies-verdict-no-permit"),
            };
            let remedies = remedies
                .iter()
                .map(|remedy| match remedy {
                    Remedy::FlexiblePermit { permit_type } => {
                        with("vacancies-remedy-flexible", type_name(permit_type))
                    }
                    Remedy::RenewPermit { before, .. } => {
                        with("vacancies-remedy-renew", before.to_string())
                    }
                    Remedy::AwaitPermit { .. } => tr.text("vacancies-remedy-await"),
                    Remedy::EmployerSpecificPermit { .. } => {
                        tr.text("vacancies-remedy-employer-specific")
                    }
                })
                .collect();
            (text, remedies)
        }
    }
}

/// Why the match is good or not, a short line each.
pub fn reasons(explanation: &Explanation, tr: Tr) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(fit) = &explanation.occupation {
        let key = match fit.closeness {
            Closeness::UnitGroup => "vacancies-fit-same-occupation",
            Closeness::MinorGroup => "vacancies-fit-minor-group",
            Closeness::SubMajorGroup => "vacancies-fit-sub-major-group",
            Closeness::MajorGroup => "vacancies-fit-major-group",
        };
        let years = tr.text_with("vacancies-fit-years", "years", u64::from(fit.years));
        lines.push(format!("{} ({years})", tr.text(key)));
    }
    let list = |key: &str, items: &[String]| format!("{} {}", tr.text(key), items.join("، "));
    if !explanation.skills.matched.is_empty() {
        lines.push(list("vacancies-fit-skills", &explanation.skills.matched));
    }
    if !explanation.skills.missing.is_empty() {
        lines.push(list(
            "vacancies-fit-skills-missing",
            &explanation.skills.missing,
        ));
    }
    if !explanation.languages_missing.is_empty() {
        let codes: Vec<String> = explanation
            .languages_missing
            .iter()
            .map(|l| l.code.to_string())
            .collect();
        lines.push(list("vacancies-fit-languages-missing", &codes));
    }
    lines.push(tr.text(match explanation.place {
        PlaceFit::Home => "vacancies-fit-place-home",
        PlaceFit::Preferred => "vacancies-fit-place-preferred",
        PlaceFit::SameGovernorate => "vacancies-fit-place-governorate",
        PlaceFit::Elsewhere => "vacancies-fit-place-elsewhere",
    }));
    for concern in &explanation.concerns {
        lines.push(tr.text(match concern {
            Concern::NightWork => "vacancies-concern-night-work",
            Concern::NoTransport => "vacancies-concern-no-transport",
            Concern::NoChildcare => "vacancies-concern-no-childcare",
            Concern::TooManyHours => "vacancies-concern-too-many-hours",
            Concern::ClosesBeforeAvailable => "vacancies-concern-closes-early",
            Concern::OtherSector => "vacancies-concern-other-sector",
        }));
    }
    let percent = u64::from(explanation.wage_percent_of_minimum);
    lines.push(tr.text_with("vacancies-fit-wage", "percent", percent));
    lines
}
