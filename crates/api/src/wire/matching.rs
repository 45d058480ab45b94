use chrono::{DateTime, Utc};
use forsa_domain::{
    CentreId, CountryCode, EmployerId, Gender, LocationCode, PublicCode, SeekerId, SeekerStatus,
    VacancyId, VacancyStatus, eligibility::Verdict, matching::Explanation, vacancy::VacancyDetails,
};
use forsa_words::Explainer;
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
    /// It holds every word searched for (or a word of the same family or its
    /// translation); otherwise it is merely related (one of two words, a near
    /// spelling, a word of the same root). Every vacancy is close to a search without
    /// words.
    pub close: bool,
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
    /// Of the total, how many are close matches (see `close` on each vacancy),
    /// counted up to the 1,000 a search can page through; only for a search with
    /// words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close: Option<u64>,
    pub page: u64,
    pub per_page: u64,
    /// Some words as typed matched nothing; these match near spellings or some words.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub relaxed: bool,
}

/// A vacancy matched to a seeker, with the verdict and why it ranks where it does.
#[derive(Serialize, ToSchema)]
pub struct VacancyMatchView {
    pub vacancy: VacancySummary,
    pub eligible: bool,
    pub verdict: Verdict,
    #[serde(flatten)]
    pub words: MatchWords,
    pub explanation: Explanation,
    pub score: f32,
}

/// A match told in the caller's language (the `Accept-Language` header's Arabic or
/// English, else the user's own language), as the pages tell it.
#[derive(Serialize, ToSchema)]
pub struct MatchWords {
    /// The verdict in a sentence or two: whether the person may take the job, and
    /// on what grounds or what stands in the way.
    pub verdict_text: String,
    /// What would make the person eligible, when they are not.
    pub remedies_text: Vec<String>,
    /// Why the person and the job fit or do not, a line each.
    pub explanation_text: Vec<String>,
}

impl From<forsa_words::Explained> for MatchWords {
    fn from(said: forsa_words::Explained) -> Self {
        MatchWords {
            verdict_text: format!("{} {}", said.eligible, said.verdict),
            remedies_text: said.remedies,
            explanation_text: said.reasons,
        }
    }
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
    #[serde(flatten)]
    pub words: MatchWords,
    pub explanation: Explanation,
    pub score: f32,
}

impl<T> Results<T> {
    pub fn of<S>(results: forsa_service::Results<S>) -> Self
    where
        T: From<S>,
    {
        Self::each(results, T::from)
    }

    /// The service's results, each item made a wire item by `item`.
    pub fn each<S>(results: forsa_service::Results<S>, item: impl FnMut(S) -> T) -> Self {
        Results {
            items: results.items.into_iter().map(item).collect(),
            total: results.total,
            close: results.close,
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
            close: r.close,
        }
    }
}

impl VacancyMatchView {
    /// A match with what `explainer` says of it, of a person of `gender`.
    pub fn of(m: forsa_service::VacancyMatchView, explainer: &Explainer, gender: Gender) -> Self {
        let words = explainer.explain(&m.verdict, &m.explanation, gender).into();
        VacancyMatchView {
            vacancy: m.vacancy.into(),
            eligible: m.eligible,
            verdict: m.verdict,
            words,
            explanation: m.explanation,
            score: m.score,
        }
    }
}

impl SeekerMatchView {
    /// A match with what `explainer` says of it, of a person of `gender`.
    pub fn of(m: forsa_service::SeekerMatchView, explainer: &Explainer, gender: Gender) -> Self {
        let words = explainer.explain(&m.verdict, &m.explanation, gender).into();
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
            words,
            explanation: m.explanation,
            score: m.score,
        }
    }
}
