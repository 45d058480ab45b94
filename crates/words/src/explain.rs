//! A match told in words, the same on both sides of matching (a vacancy's seekers,
//! a seeker's vacancies): the eligibility verdict with what would change it, and why
//! the person and the job fit or do not. Every code is named (a closed occupation
//! group, a language), and what is said of the person agrees with them in Arabic:
//! the catalogue's messages choose by `$gender`.

use forsa_domain::{
    Gender,
    eligibility::{Basis, Obstacle, Remedy, Verdict},
    matching::{Closeness, Concern, Explanation, PlaceFit},
    permit::PermitType,
};

use crate::{Tr, names::Names};

/// What words for a match need: the names of codes and permit types, and who the
/// person is.
pub struct Explainer<'a> {
    pub names: &'a Names<'a>,
    pub types: &'a [PermitType],
    pub tr: Tr,
}

/// A match in words.
pub struct Explained {
    /// Whether the person may take the job, in a sentence.
    pub eligible: String,
    /// On what grounds, or what stands in the way.
    pub verdict: String,
    /// What would make it possible, when it is not.
    pub remedies: Vec<String>,
    /// Why the person and the job fit or do not, a line each.
    pub reasons: Vec<String>,
}

impl Explainer<'_> {
    /// A message said of the person, agreeing with them.
    fn said(&self, key: &str, gender: Gender) -> String {
        self.tr.said_of(key, gender)
    }

    fn said_with(&self, key: &str, gender: Gender, detail: &str) -> String {
        format!("{} {detail}", self.said(key, gender))
    }

    fn type_name(&self, code: &str) -> String {
        self.types
            .iter()
            .find(|t| t.code == code)
            .map_or(code.to_owned(), |t| self.tr.name(t))
    }

    pub fn explain(
        &self,
        verdict: &Verdict,
        explanation: &Explanation,
        gender: Gender,
    ) -> Explained {
        let (eligible, verdict, remedies) = self.verdict(verdict, gender);
        Explained {
            eligible,
            verdict,
            remedies,
            reasons: self.reasons(explanation, gender),
        }
    }

    fn verdict(&self, verdict: &Verdict, gender: Gender) -> (String, String, Vec<String>) {
        let tr = self.tr;
        match verdict {
            Verdict::Eligible { basis } => {
                let text = match basis {
                    Basis::National => tr.text("vacancies-verdict-national"),
                    Basis::Permit { permit_type, .. } => self.said_with(
                        "vacancies-verdict-permit",
                        gender,
                        &self.type_name(permit_type),
                    ),
                    Basis::EmployerArrangesPermit => tr.text("vacancies-verdict-employer-arranges"),
                };
                (self.said("vacancies-eligible", gender), text, Vec::new())
            }
            Verdict::NotEligible { obstacle, remedies } => {
                let text = match obstacle {
                    Obstacle::ClosedOccupation { closed_group } => format!(
                        "{} {}",
                        tr.text("vacancies-verdict-closed-occupation"),
                        self.names.occupation(closed_group.as_str())
                    ),
                    Obstacle::NoPermit => self.said("vacancies-verdict-no-permit", gender),
                };
                let remedies = remedies
                    .iter()
                    .map(|remedy| match remedy {
                        Remedy::FlexiblePermit { permit_type } => format!(
                            "{} {}",
                            tr.text("vacancies-remedy-flexible"),
                            self.type_name(permit_type)
                        ),
                        Remedy::RenewPermit { before, .. } => {
                            self.said_with("vacancies-remedy-renew", gender, &tr.date(before))
                        }
                        Remedy::AwaitPermit { .. } => self.said("vacancies-remedy-await", gender),
                        Remedy::EmployerSpecificPermit { .. } => {
                            tr.text("vacancies-remedy-employer-specific")
                        }
                    })
                    .collect();
                (self.said("vacancies-not-eligible", gender), text, remedies)
            }
        }
    }

    fn reasons(&self, explanation: &Explanation, gender: Gender) -> Vec<String> {
        let tr = self.tr;
        let mut lines = Vec::new();
        if let Some(fit) = &explanation.occupation {
            let key = match fit.closeness {
                Closeness::UnitGroup => "vacancies-fit-same-occupation",
                Closeness::MinorGroup => "vacancies-fit-minor-group",
                Closeness::SubMajorGroup => "vacancies-fit-sub-major-group",
                Closeness::MajorGroup => "vacancies-fit-major-group",
            };
            let years = tr.text_with("vacancies-fit-years", "years", u64::from(fit.years));
            lines.push(format!("{} ({years})", self.said(key, gender)));
        }
        let skills = &explanation.skills;
        if !skills.matched.is_empty() {
            let list = self.tr.list(skills.matched.iter().cloned());
            lines.push(self.said_with("vacancies-fit-skills", gender, &list));
        }
        if !skills.missing.is_empty() {
            let list = self.tr.list(skills.missing.iter().cloned());
            lines.push(self.said_with("vacancies-fit-skills-missing", gender, &list));
        }
        if !explanation.languages_missing.is_empty() {
            let names = explanation
                .languages_missing
                .iter()
                .map(|l| self.names.language(l.code.as_str()));
            let list = self.tr.list(names);
            lines.push(self.said_with("vacancies-fit-languages-missing", gender, &list));
        }
        lines.push(self.said(
            match explanation.place {
                PlaceFit::Home => "vacancies-fit-place-home",
                PlaceFit::Preferred => "vacancies-fit-place-preferred",
                PlaceFit::SameGovernorate => "vacancies-fit-place-governorate",
                PlaceFit::Elsewhere => "vacancies-fit-place-elsewhere",
            },
            gender,
        ));
        for concern in &explanation.concerns {
            lines.push(self.said(
                match concern {
                    Concern::NightWork => "vacancies-concern-night-work",
                    Concern::NoTransport => "vacancies-concern-no-transport",
                    Concern::NoChildcare => "vacancies-concern-no-childcare",
                    Concern::TooManyHours => "vacancies-concern-too-many-hours",
                    Concern::ClosesBeforeAvailable => "vacancies-concern-closes-early",
                    Concern::OtherSector => "vacancies-concern-other-sector",
                },
                gender,
            ));
        }
        let percent = u64::from(explanation.wage_percent_of_minimum);
        lines.push(tr.text_with("vacancies-fit-wage", "percent", percent));
        lines
    }
}
