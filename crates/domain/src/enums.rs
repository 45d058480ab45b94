//! The closed vocabularies of the domain. Each is stored and sent as its snake_case name.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::errors::Problem;

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Parses the stored or sent name; the error lists what is allowed.
            pub fn parse(raw: &str) -> Result<Self, Problem> {
                match raw.trim() {
                    $($text => Ok($name::$variant),)+
                    _ => Err(Problem::NotOneOf { allowed: &[$($text),+] }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// What a user may do is decided by their role.
    Role { Admin => "admin", Caseworker => "caseworker", Employer => "employer" }
);
vocabulary!(Gender { Female => "female", Male => "male", Other => "other", Undisclosed => "undisclosed" });
vocabulary!(
    /// A seeker's legal situation; it decides whether a permit is needed.
    SeekerStatus {
        Refugee => "refugee",
        AsylumSeeker => "asylum_seeker",
        HostCommunity => "host_community",
        MigrantWorker => "migrant_worker",
    }
);
vocabulary!(
    /// How well someone speaks a language (or how well a job needs it spoken).
    LanguageLevel { Basic => "basic", Conversational => "conversational", Fluent => "fluent", Native => "native" }
);
vocabulary!(
    /// Hours a seeker wants.
    HoursPreference { Any => "any", FullTime => "full_time", PartTime => "part_time" }
);
vocabulary!(
    /// Whether a permit type follows the worker or is tied to one employer.
    PermitKind { Flexible => "flexible", EmployerSpecific => "employer_specific" }
);
vocabulary!(
    /// A permit's administrative state; validity dates are separate.
    PermitStatus { Applied => "applied", Active => "active", Revoked => "revoked" }
);
vocabulary!(
    /// What a seeker agreed to. Consent is bound to its purpose.
    ConsentPurpose {
        ShareWithEmployers => "share_with_employers",
        ContactBySms => "contact_by_sms",
        AnonymousStatistics => "anonymous_statistics",
    }
);
vocabulary!(Contract { Permanent => "permanent", FixedTerm => "fixed_term", Seasonal => "seasonal", Daily => "daily" });
vocabulary!(Shift { Day => "day", Night => "night", Rotating => "rotating", Flexible => "flexible" });
vocabulary!(
    /// Benefits that decide whether an offer can be taken: field research in Jordan found
    /// most refusals were about transport, hours, distance and childcare, not pay.
    Benefit {
        Transport => "transport",
        Accommodation => "accommodation",
        Meals => "meals",
        Childcare => "childcare",
        SocialSecurity => "social_security",
    }
);
vocabulary!(
    /// A vacancy's life: drafted, published, and then filled or closed.
    VacancyStatus { Draft => "draft", Open => "open", Filled => "filled", Closed => "closed" }
);
vocabulary!(WagePeriod { Monthly => "monthly", Daily => "daily" });
vocabulary!(
    /// Where a referral stands.
    ReferralStage {
        Proposed => "proposed",
        Referred => "referred",
        Interview => "interview",
        Offered => "offered",
        Hired => "hired",
        Declined => "declined",
        Rejected => "rejected",
        NoShow => "no_show",
        Withdrawn => "withdrawn",
    }
);
vocabulary!(
    /// Which follow-ups a list shows: those still to make, those recorded, or both.
    FollowUpState {
        Open => "open",
        Done => "done",
        All => "all",
    }
);
vocabulary!(
    /// What a caseworker learnt at a follow-up after a hire: the one question a
    /// check-in answers is whether the person is still in the job, and a call that
    /// nobody answers is an outcome too (the next check-in stays planned).
    FollowUpOutcome {
        StillEmployed => "still_employed",
        LeftJob => "left_job",
        NotReached => "not_reached",
    }
);
vocabulary!(
    /// The language of pages and messages.
    Locale { Ar => "ar", En => "en" }
);
vocabulary!(
    /// What an audit event records was done.
    AuditAction {
        Read => "read",
        List => "list",
        Create => "create",
        Update => "update",
        Archive => "archive",
        Withdraw => "withdraw",
        Login => "login",
        Logout => "logout",
        Disable => "disable",
        // Registered although a person with matching details was found.
        RegisterDuplicate => "register_duplicate",
        // Moved to another centre.
        Transfer => "transfer",
        // Merged with another record of the same person.
        Merge => "merge",
        // Found alike to another record, and decided to be someone else.
        NotDuplicate => "not_duplicate",
        // Everything held on the person gathered for them.
        Export => "export",
        // Every personal field removed, on request or by the retention rule.
        Erase => "erase",
    }
);
vocabulary!(
    /// How a person gave their consent: said it at the desk, or signed the form.
    ConsentMethod {
        Spoken => "spoken",
        SignedForm => "signed_form",
    }
);
vocabulary!(
    /// What a registration has in common with a person registered already.
    Matched {
        CaseReference => "case_reference",
        Phone => "phone",
        Name => "name",
    }
);
vocabulary!(
    /// What an admin changed in the rules of who may take which job.
    RuleChangeKind {
        PermitTypeSaved => "permit_type_saved",
        OccupationClosed => "occupation_closed",
        OccupationOpened => "occupation_opened",
        MinimumWageSet => "minimum_wage_set",
    }
);
vocabulary!(
    /// The kind of record an audit event is about.
    SubjectType {
        Seeker => "seeker",
        Permit => "permit",
        Consent => "consent",
        Referral => "referral",
        User => "user",
        Employer => "employer",
        Vacancy => "vacancy",
        Centre => "centre",
        // An exported list: which, how many rows (`ExportList`).
        List => "list",
    }
);
vocabulary!(
    /// A list a user can take away as a spreadsheet. Placements are the referrals
    /// that ended in a hire, with what their follow-ups found.
    ExportList {
        Seekers => "seekers",
        Employers => "employers",
        Vacancies => "vacancies",
        Referrals => "referrals",
        Placements => "placements",
    }
);
vocabulary!(
    /// The kind of spreadsheet file an export is written as.
    ExportFormat { Csv => "csv", Xlsx => "xlsx" }
);
vocabulary!(
    /// What a report counts (`report` says how each is counted).
    Indicator {
        Registered => "registered",
        Active => "active",
        PermitsRecorded => "permits_recorded",
        PermitsValid => "permits_valid",
        PermitsEnding => "permits_ending",
        VacanciesPosted => "vacancies_posted",
        Openings => "openings",
        Referrals => "referrals",
        Interviews => "interviews",
        Offers => "offers",
        Placements => "placements",
        PlacementRate => "placement_rate",
        DaysToPlacement => "days_to_placement",
        Employed30 => "employed_30",
        Employed90 => "employed_90",
        Employed180 => "employed_180",
    }
);
vocabulary!(
    /// What a report's figures can be broken down by.
    Breakdown {
        Sex => "sex",
        AgeBand => "age_band",
        Nationality => "nationality",
        Status => "status",
        Sector => "sector",
        OccupationGroup => "occupation_group",
        Location => "location",
        Centre => "centre",
        Month => "month",
    }
);
vocabulary!(
    /// The numbers a report's figure is written as in a file, a line each: a count;
    /// a rate's percentage, the people placed and the people active it is made of; a
    /// median's days and the placements it is the median of; a follow-up's still
    /// employed, reached and placed, and the two percentages.
    FigurePart {
        Count => "count",
        Percent => "percent",
        Placed => "placed",
        Active => "active",
        MedianDays => "median_days",
        Placements => "placements",
        Employed => "employed",
        Reached => "reached",
        PercentOfReached => "percent_of_reached",
        PercentOfPlaced => "percent_of_placed",
    }
);
vocabulary!(
    /// A person's age at the end of a report's period, in the bands donors ask for.
    AgeBand {
        Under18 => "under_18",
        From18To24 => "18_24",
        From25To34 => "25_34",
        From35To44 => "35_44",
        From45To54 => "45_54",
        From55To64 => "55_64",
        From65 => "65_plus",
        Unknown => "unknown",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for stage in ReferralStage::ALL {
            assert_eq!(ReferralStage::parse(stage.as_str()), Ok(*stage));
        }
    }

    #[test]
    fn unknown_names_list_the_choices() {
        let error = Contract::parse("forever").unwrap_err();
        assert_eq!(
            error.to_string(),
            "must be one of: permanent, fixed_term, seasonal, daily"
        );
    }
}
