use chrono::{DateTime, Utc};
use forsa_domain::{
    CentreId, CountryCode, EmployerId, LocationCode, PublicCode, SeekerId, SeekerStatus, VacancyId,
    VacancyStatus, eligibility::Verdict, matching::Explanation, vacancy::VacancyDetails,
};
use serde::Serialize;
use utoipa::ToSchema;

/// A vacancy as search and matching show it: no contact details, nothing personal.
#[derive(Serialize, ToSchema)]
pub struct VacancySummary {
    pub id: VacancyId,
    pub code: PublicCode,
    pub employer_id: EmployerId,
    /// The employer's names on one line, Arabic first ("عربي · English").
    pub employer_name: String,
    /// The employer's name in Arabic, when it has one.
    pub employer_name_ar: Option<String>,
    /// The employer's name in English, when it has one.
    pub employer_name_en: Option<String>,
    pub status: VacancyStatus,
    pub created_at: DateTime<Utc>,
    #[serde(flatten)]
    pub details: VacancyDetails,
}

/// The texts in which the query's words were found, HTML-escaped, with those words
/// in `<b>`. A description longer than a passage is cut around the best match, with
/// an ellipsis where it was cut.
#[derive(Serialize, ToSchema)]
pub struct Highlights {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_ar: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_ar: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
}

/// A vacancy found by a search.
#[derive(Serialize, ToSchema)]
pub struct VacancyResult {
    #[serde(flatten)]
    pub vacancy: VacancySummary,
    /// Where the query's words were found, HTML-escaped with the words in `<b>`.
    #[serde(skip_serializing_if = "Highlights::is_empty")]
    pub highlights: Highlights,
}

impl Highlights {
    fn is_empty(&self) -> bool {
        self.title_ar.is_none()
            && self.title_en.is_none()
            && self.description_ar.is_none()
            && self.description_en.is_none()
    }
}

/// One page of results.
#[derive(Serialize, ToSchema)]
pub struct Results<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
    /// Nothing matched the words as typed; these match near spellings or some words.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub relaxed: bool,
}

/// A vacancy matched to a seeker, with the verdict and why it ranks where it does.
#[derive(Serialize, ToSchema)]
pub struct VacancyMatchView {
    pub vacancy: VacancySummary,
    pub eligible: bool,
    pub verdict: Verdict,
    /// The verdict in a sentence.
    pub verdict_text: String,
    pub explanation: Explanation,
    pub score: f32,
}

/// What a caseworker sees of a matched seeker.
#[derive(Serialize, ToSchema)]
pub struct SeekerBrief {
    pub id: SeekerId,
    pub centre_id: CentreId,
    pub full_name: String,
    pub case_reference: Option<String>,
    pub nationality: CountryCode,
    pub status: SeekerStatus,
    pub location: LocationCode,
}

/// A seeker matched to a vacancy, with the verdict and why they rank where they do.
#[derive(Serialize, ToSchema)]
pub struct SeekerMatchView {
    pub seeker: SeekerBrief,
    pub eligible: bool,
    pub verdict: Verdict,
    pub verdict_text: String,
    pub explanation: Explanation,
    pub score: f32,
}

impl<T> Results<T> {
    pub fn of<S>(results: forsa_service::Results<S>) -> Self
    where
        T: From<S>,
    {
        Results {
            items: results.items.into_iter().map(T::from).collect(),
            total: results.total,
            page: results.page,
            per_page: results.per_page,
            relaxed: results.relaxed,
        }
    }
}

impl From<forsa_service::VacancySummary> for VacancySummary {
    fn from(v: forsa_service::VacancySummary) -> Self {
        VacancySummary {
            id: v.id,
            code: v.code,
            employer_id: v.employer_id,
            employer_name: v.employer_name.both(),
            employer_name_ar: v.employer_name.ar,
            employer_name_en: v.employer_name.en,
            status: v.status,
            created_at: v.created_at,
            details: v.details,
        }
    }
}

impl From<forsa_service::VacancyResult> for VacancyResult {
    fn from(r: forsa_service::VacancyResult) -> Self {
        let h = r.highlights;
        VacancyResult {
            vacancy: r.vacancy.into(),
            highlights: Highlights {
                title_ar: h.title_ar,
                title_en: h.title_en,
                description_ar: h.description_ar,
                description_en: h.description_en,
            },
        }
    }
}

impl From<forsa_service::VacancyMatchView> for VacancyMatchView {
    fn from(m: forsa_service::VacancyMatchView) -> Self {
        VacancyMatchView {
            vacancy: m.vacancy.into(),
            eligible: m.eligible,
            verdict: m.verdict,
            verdict_text: m.verdict_text,
            explanation: m.explanation,
            score: m.score,
        }
    }
}

impl From<forsa_service::SeekerMatchView> for SeekerMatchView {
    fn from(m: forsa_service::SeekerMatchView) -> Self {
        let s = m.seeker;
        SeekerMatchView {
            seeker: SeekerBrief {
                id: s.id,
                centre_id: s.centre_id,
                full_name: s.full_name,
                case_reference: s.case_reference,
                nationality: s.nationality,
                status: s.status,
                location: s.location,
            },
            eligible: m.eligible,
            verdict: m.verdict,
            verdict_text: m.verdict_text,
            explanation: m.explanation,
            score: m.score,
        }
    }
}
