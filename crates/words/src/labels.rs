//! One way to name things on a page. A value with a name in each language
//! (`Bilingual`: a sector, a place, a centre, a permit type, a vacancy's title) is
//! shown in the page's language, or in the other when that is all there is. A word of
//! a closed vocabulary (`Labelled`: a status, a stage, a role) is shown by its
//! catalogue key.

use forsa_domain::{
    AgeBand, AuditAction, Benefit, Breakdown, ConsentMethod, ConsentPurpose, Contract, ExportList,
    FigurePart, FollowUpOutcome, Gender, HoursPreference, Indicator, LanguageLevel, Matched,
    PermitKind, PermitStatus, ReferralStage, Role, RuleChangeKind, SeekerStatus, Shift,
    SubjectType, VacancyStatus, WagePeriod, employer::EmployerName, organisation::Centre,
    permit::PermitType, vacancy::VacancyDetails,
};
use forsa_service::{Queue, TaxonomyEntry};

use crate::i18n::Tr;

/// A value named in Arabic and in English; either may be blank.
pub trait Bilingual {
    fn arabic(&self) -> &str;
    fn english(&self) -> &str;
}

impl Tr {
    /// `value`'s name in the page's language, else in the other.
    pub fn name<B: Bilingual + ?Sized>(self, value: &B) -> String {
        let (first, second) = match self.locale() {
            forsa_domain::Locale::Ar => (value.arabic(), value.english()),
            forsa_domain::Locale::En => (value.english(), value.arabic()),
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
        .to_owned()
    }

    /// What a job already referred says in place of a Refer button: "Referred", and
    /// the stage the referral has reached since ("Referred · Interview").
    pub fn referred_tag(self, stage: ReferralStage) -> String {
        let tag = self.text("matches-referred-tag");
        if stage == ReferralStage::Referred {
            tag
        } else {
            format!("{tag} · {}", self.label(stage))
        }
    }

    /// The word of a closed vocabulary.
    pub fn label(self, value: impl Labelled) -> String {
        self.text(&value.key())
    }

    /// The message of `key` said of a person of `gender`: Arabic messages choose
    /// their feminine or masculine form by `$gender`.
    pub fn said_of(self, key: &str, gender: Gender) -> String {
        self.text_with_words(key, &[("gender", gender.as_str())])
    }

    /// The word said of a person of `gender`: Arabic words for a woman take the
    /// feminine form (`لاجئة`, not `لاجئ`), kept under the key with `-female`.
    pub fn label_of(self, value: impl Labelled, gender: Gender) -> String {
        let key = value.key();
        let feminine = format!("{key}-female");
        if gender == Gender::Female && self.has(&feminine) {
            self.text(&feminine)
        } else {
            self.text(&key)
        }
    }
}

macro_rules! bilingual {
    ($($type:ty => $arabic:ident, $english:ident;)+) => {$(
        impl Bilingual for $type {
            fn arabic(&self) -> &str {
                &self.$arabic
            }

            fn english(&self) -> &str {
                &self.$english
            }
        }
    )+};
}

bilingual! {
    TaxonomyEntry => name_ar, name_en;
    Centre => name_ar, name_en;
    PermitType => name_ar, name_en;
}

/// Templates hand values on by reference.
impl<B: Bilingual + ?Sized> Bilingual for &B {
    fn arabic(&self) -> &str {
        (**self).arabic()
    }

    fn english(&self) -> &str {
        (**self).english()
    }
}

/// An (Arabic, English) pair, such as a record's name in the audit log.
impl Bilingual for (String, String) {
    fn arabic(&self) -> &str {
        &self.0
    }

    fn english(&self) -> &str {
        &self.1
    }
}

/// An employer's name; an employer may be named in one language only.
impl Bilingual for EmployerName {
    fn arabic(&self) -> &str {
        self.ar.as_deref().unwrap_or_default()
    }

    fn english(&self) -> &str {
        self.en.as_deref().unwrap_or_default()
    }
}

/// A vacancy's title; a vacancy may be posted in one language only.
impl Bilingual for VacancyDetails {
    fn arabic(&self) -> &str {
        self.title_ar.as_deref().unwrap_or_default()
    }

    fn english(&self) -> &str {
        self.title_en.as_deref().unwrap_or_default()
    }
}

/// A word of a closed vocabulary, named by a catalogue key.
pub trait Labelled: Copy {
    fn key(self) -> String;
}

/// Templates hand values on by reference.
impl<T: Labelled> Labelled for &T {
    fn key(self) -> String {
        (*self).key()
    }
}

/// `$prefix-$code`: `dashed` vocabularies write the code's underscores as dashes in
/// their keys (`seekers-status-asylum-seeker`), the others keep them
/// (`referrals-stage-no_show`).
macro_rules! labelled {
    ($($type:ty => $prefix:literal $(, $dashed:ident)?;)+) => {$(
        impl Labelled for $type {
            fn key(self) -> String {
                let code = self.as_str();
                $( let code = labelled!(@$dashed code); )?
                format!("{}-{code}", $prefix)
            }
        }
    )+};
    (@dashed $code:ident) => {
        $code.replace('_', "-")
    };
}

labelled! {
    Role => "role";
    Gender => "seekers-gender";
    SeekerStatus => "seekers-status", dashed;
    LanguageLevel => "seekers-level";
    HoursPreference => "seekers-hours", dashed;
    PermitKind => "admin-kind", dashed;
    PermitStatus => "permits-status";
    ConsentPurpose => "consents-purpose", dashed;
    Contract => "vacancies-contract";
    Shift => "vacancies-shift";
    Benefit => "vacancies-benefit", dashed;
    VacancyStatus => "vacancies-status";
    WagePeriod => "vacancies-period";
    ReferralStage => "referrals-stage";
    FollowUpOutcome => "follow-up-outcome";
    Queue => "dashboard-queue";
    AuditAction => "admin-action";
    Matched => "seekers-matched", dashed;
    ConsentMethod => "consents-method";
    SubjectType => "admin-subject";
    RuleChangeKind => "home-rule-change", dashed;
    ExportList => "sheets-list";
    Indicator => "reports-indicator";
    Breakdown => "reports-breakdown";
    AgeBand => "reports-age";
    FigurePart => "reports-measure";
}

impl Tr {
    /// A value of a report's breakdown that is a word (a sex, a status, an age band,
    /// or unknown), named; `None` for a code that its classification names (a place,
    /// a sector, a centre, a month).
    pub fn breakdown_word(self, breakdown: Breakdown, value: &str) -> Option<String> {
        if value == forsa_domain::report::UNKNOWN {
            return Some(self.text("reports-unknown"));
        }
        let word = match breakdown {
            Breakdown::Sex => Gender::parse(value).map(|v| self.label(v)),
            Breakdown::Status => SeekerStatus::parse(value).map(|v| self.label(v)),
            Breakdown::AgeBand => AgeBand::parse(value).map(|v| self.label(v)),
            _ => return None,
        };
        Some(word.unwrap_or_else(|_| value.to_owned()))
    }
}

/// Every word of a vocabulary as (code, label) pairs, for a choice.
pub fn options<T: Labelled>(
    all: &[T],
    code: fn(T) -> &'static str,
    tr: Tr,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&value| (code(value).to_owned(), tr.label(value)))
        .collect()
}

#[cfg(test)]
mod tests {
    use forsa_domain::Locale;

    use super::*;

    fn keys<T: Labelled>(all: &[T]) -> Vec<String> {
        all.iter().map(|value| value.key()).collect()
    }

    #[test]
    fn a_referred_job_says_the_stage_it_has_reached_since() {
        let tr = Tr::new(Locale::En);
        assert_eq!(tr.referred_tag(ReferralStage::Referred), "Referred");
        assert_eq!(
            tr.referred_tag(ReferralStage::Interview),
            "Referred · Interview"
        );
    }

    /// Every word of every vocabulary has its words in both catalogues.
    #[test]
    fn every_labelled_word_is_in_both_catalogues() {
        let all = [
            keys(Role::ALL),
            keys(Gender::ALL),
            keys(SeekerStatus::ALL),
            keys(LanguageLevel::ALL),
            keys(HoursPreference::ALL),
            keys(PermitKind::ALL),
            keys(PermitStatus::ALL),
            keys(ConsentPurpose::ALL),
            keys(Contract::ALL),
            keys(Shift::ALL),
            keys(Benefit::ALL),
            keys(VacancyStatus::ALL),
            keys(WagePeriod::ALL),
            keys(ReferralStage::ALL),
            keys(FollowUpOutcome::ALL),
            keys(AuditAction::ALL),
            keys(Matched::ALL),
            keys(ConsentMethod::ALL),
            keys(SubjectType::ALL),
            keys(ExportList::ALL),
            keys(Indicator::ALL),
            keys(Breakdown::ALL),
            keys(AgeBand::ALL),
            keys(FigurePart::ALL),
            keys(&Queue::ALL),
        ];
        for locale in [Locale::Ar, Locale::En] {
            let tr = Tr::new(locale);
            for key in all.iter().flatten() {
                assert_ne!(tr.text(key), *key, "{key} is missing in {locale}");
            }
        }
    }

    #[test]
    fn a_name_falls_back_to_the_other_language() {
        let both = ("نجار".to_owned(), "Carpenter".to_owned());
        let english_only = (String::new(), "Carpenter".to_owned());
        assert_eq!(Tr::new(Locale::Ar).name(&both), "نجار");
        assert_eq!(Tr::new(Locale::En).name(&both), "Carpenter");
        assert_eq!(Tr::new(Locale::Ar).name(&english_only), "Carpenter");
    }
}
