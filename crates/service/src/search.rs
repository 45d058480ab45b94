//! Search and matching: queries built from domain values, run on a blocking thread,
//! and answered with what the actor may see. Matching a seeker reads their record,
//! so it is audited like any other read.

use chrono::{DateTime, Utc};
use forsa_domain::{
    AuditAction, Benefit, CentreId, ConsentPurpose, Contract, CountryCode, EmployerId, FieldErrors,
    Gender, IscoCode, LocationCode, Problem, PublicCode, Record, ReferralStage, SectorCode,
    SeekerId, SeekerStatus, SubjectType, VacancyId, VacancyStatus,
    eligibility::Verdict,
    employer::EmployerName,
    matching::{Explanation, SeekerTraits},
    organisation::Membership,
    permit::PermitType,
    seeker::Seeker,
    vacancy::{Vacancy, VacancyDetails},
};
use forsa_search::{
    Highlights, MatchOptions, SearchIndex, Sort, VacancyFacts, VacancySearch,
    query::text::TextQuery,
};
use serde::Serialize;

use std::collections::HashMap;

use forsa_store::Tx;

use crate::{Actor, Occupation, Page, ReferralFilter, Result, Service, ServiceError, access};

/// A vacancy search as the edge parsed it. Empty lists filter nothing.
#[derive(Debug, Clone, Default)]
pub struct VacancySearchInput {
    pub q: Option<String>,
    pub sectors: Vec<SectorCode>,
    pub occupations: Vec<IscoCode>,
    pub locations: Vec<LocationCode>,
    pub benefits: Vec<Benefit>,
    pub contracts: Vec<Contract>,
    pub arranges_permit: Option<bool>,
    /// Open vacancies unless asked otherwise (staff, or an employer for their own).
    pub statuses: Vec<VacancyStatus>,
    pub employer: Option<EmployerId>,
    pub sort: Sort,
    pub page: Page,
}

/// A vacancy as search and matching show it: no contact details, nothing personal.
#[derive(Debug, Clone, Serialize)]
pub struct VacancySummary {
    pub id: VacancyId,
    pub code: PublicCode,
    pub employer_id: EmployerId,
    pub employer_name: EmployerName,
    pub status: VacancyStatus,
    pub created_at: DateTime<Utc>,
    #[serde(flatten)]
    pub details: VacancyDetails,
}

impl From<VacancyFacts> for VacancySummary {
    fn from(facts: VacancyFacts) -> Self {
        Self {
            id: facts.id,
            code: facts.code,
            employer_id: facts.employer_id,
            employer_name: facts.employer_name,
            status: facts.status,
            created_at: facts.created_at,
            details: facts.details,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct VacancyResult {
    #[serde(flatten)]
    pub vacancy: VacancySummary,
    /// Where the query's words were found, HTML-escaped with the words in `<b>`.
    #[serde(skip_serializing_if = "Highlights::is_empty")]
    pub highlights: Highlights,
    /// It holds every word searched for (always, with no words).
    pub close: bool,
}

/// One page of results.
#[derive(Debug, Clone, Serialize)]
pub struct Results<T> {
    pub items: Vec<T>,
    pub total: u64,
    /// Of the total, how many match every word searched for, apart from the merely
    /// related, counted up to the deepest a page reaches; for searches with words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close: Option<u64>,
    pub page: u64,
    pub per_page: u64,
    /// Some words as typed matched nothing; these match near spellings or some words.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub relaxed: bool,
}

/// Which matches to show.
#[derive(Debug, Clone, Copy, Default)]
pub struct MatchInput {
    pub include_ineligible: bool,
    pub page: Page,
}

#[derive(Debug, Clone, Serialize)]
pub struct VacancyMatchView {
    pub vacancy: VacancySummary,
    pub eligible: bool,
    pub verdict: Verdict,
    pub explanation: Explanation,
    pub score: f32,
}

/// What a caseworker sees of a matched seeker.
#[derive(Debug, Clone, Serialize)]
pub struct SeekerBrief {
    pub id: SeekerId,
    pub centre_id: CentreId,
    pub full_name: String,
    pub case_reference: Option<String>,
    pub nationality: CountryCode,
    pub status: SeekerStatus,
    pub location: LocationCode,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeekerMatchView {
    pub seeker: SeekerBrief,
    pub eligible: bool,
    pub verdict: Verdict,
    pub explanation: Explanation,
    pub score: f32,
}

/// A seeker's matches with what a page shows beside them: the seeker, and the permit
/// types that name the verdicts' permits.
#[derive(Debug, Clone)]
pub struct SeekerMatches {
    pub seeker: Seeker,
    pub permit_types: Vec<PermitType>,
    pub found: Results<VacancyMatchView>,
    /// The vacancies the seeker has been referred to, with the stage each is at.
    pub referred: HashMap<VacancyId, ReferralStage>,
    /// Whether their consent to share their profile with employers is in force.
    pub shares: bool,
}

/// What a vacancy's candidate list shows beside a matched person.
#[derive(Debug, Clone)]
pub struct MatchedPerson {
    /// For the words said of them.
    pub gender: Gender,
    /// Whether their consent to share their profile with employers is in force.
    pub shares: bool,
    /// The stage of their referral to this vacancy, if they have one.
    pub referral: Option<ReferralStage>,
}

/// A vacancy's matches with the vacancy and the permit types.
#[derive(Debug, Clone)]
pub struct VacancyMatches {
    pub vacancy: Vacancy,
    pub employer_name: EmployerName,
    pub permit_types: Vec<PermitType>,
    pub found: Results<SeekerMatchView>,
    /// Each person found, by id.
    pub people: HashMap<SeekerId, MatchedPerson>,
}

/// Runs a search on the blocking pool: tantivy reads files and burns CPU.
pub(crate) async fn blocking<T: Send + 'static>(
    index: &SearchIndex,
    work: impl FnOnce(&SearchIndex) -> forsa_search::Result<T> + Send + 'static,
) -> Result<T> {
    let index = index.clone();
    tokio::task::spawn_blocking(move || work(&index))
        .await
        .map_err(|e| ServiceError::internal(format!("search stopped: {e}")))?
        .map_err(ServiceError::from)
}

impl Service {
    pub(crate) fn search_index(&self) -> &SearchIndex {
        &self.index.index
    }

    /// Codes that parse but name nothing in the classifications are refused, so that
    /// a typo is not mistaken for "no results".
    fn check_search_codes(&self, input: &VacancySearchInput) -> Result<()> {
        let taxonomy = self.search_index().taxonomy();
        let mut errors = FieldErrors::new();
        for code in &input.sectors {
            if taxonomy.sector(code.as_str()).is_none() {
                errors.add(
                    "sector",
                    Problem::Unknown {
                        record: Record::Sector,
                        code: Some(code.to_string()),
                    },
                );
            }
        }
        for code in &input.occupations {
            if taxonomy.occupation(code.as_str()).is_none() {
                errors.add(
                    "occupation",
                    Problem::Unknown {
                        record: Record::Occupation,
                        code: Some(code.to_string()),
                    },
                );
            }
        }
        for code in &input.locations {
            if taxonomy.location(code.as_str()).is_none() {
                errors.add(
                    "location",
                    Problem::Unknown {
                        record: Record::Location,
                        code: Some(code.to_string()),
                    },
                );
            }
        }
        Ok(errors.into_result()?)
    }

    async fn run_search(
        &self,
        input: VacancySearchInput,
        open_on: Option<chrono::NaiveDate>,
    ) -> Result<Results<VacancyResult>> {
        self.check_search_codes(&input)?;
        let text = TextQuery::parse(input.q.as_deref().unwrap_or(""))?;
        let has_words = !text.is_empty();
        let page = input.page;
        let search = VacancySearch {
            text,
            sectors: input.sectors,
            occupations: input.occupations,
            locations: input.locations,
            benefits: input.benefits,
            contracts: input.contracts,
            arranges_permit: input.arranges_permit,
            statuses: input.statuses,
            employer: input.employer,
            open_on,
            sort: input.sort,
            offset: page.offset() as usize,
            limit: page.size as usize,
        };
        let hits = blocking(self.search_index(), move |index| {
            index.search_vacancies(&search)
        })
        .await?;
        Ok(Results {
            items: hits
                .hits
                .into_iter()
                .map(|hit| VacancyResult {
                    vacancy: hit.facts.into(),
                    highlights: hit.highlights,
                    close: hit.close,
                })
                .collect(),
            total: hits.total as u64,
            close: has_words.then_some(hits.close as u64),
            page: page.number,
            per_page: page.size,
            relaxed: hits.relaxed,
        })
    }

    /// Open vacancies for anyone, the kiosk included: still taking applications today.
    pub async fn public_vacancies(
        &self,
        mut input: VacancySearchInput,
    ) -> Result<Results<VacancyResult>> {
        input.statuses = vec![VacancyStatus::Open];
        input.employer = None;
        self.run_search(input, Some(Self::today())).await
    }

    /// Vacancy search for the signed in. Open vacancies by default; staff may search
    /// any status, an employer only their own vacancies beyond the open ones.
    pub async fn search_vacancies(
        &self,
        actor: &Actor,
        mut input: VacancySearchInput,
    ) -> Result<Results<VacancyResult>> {
        if input.statuses.is_empty() {
            input.statuses = vec![VacancyStatus::Open];
        }
        let only_open = input.statuses == [VacancyStatus::Open];
        if let Membership::Employer(own) = actor.membership
            && !only_open
        {
            match input.employer {
                Some(other) if other != own => return Err(ServiceError::Forbidden),
                _ => input.employer = Some(own),
            }
        }
        let open_on = only_open.then(Self::today);
        self.run_search(input, open_on).await
    }

    /// One open vacancy by the code on a kiosk slip.
    pub async fn public_vacancy(&self, code: &str) -> Result<VacancySummary> {
        let code = PublicCode::parse(code).map_err(|_| ServiceError::NotFound)?;
        let tx = self.begin().await?;
        let vacancy = tx
            .vacancy_by_code(&code)
            .await?
            .ok_or(ServiceError::NotFound)?;
        let open = vacancy.status == VacancyStatus::Open
            && vacancy
                .details
                .closing_date
                .is_none_or(|closing| closing >= Self::today());
        if !open {
            return Err(ServiceError::NotFound);
        }
        let employer = tx
            .employer(vacancy.employer_id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        tx.commit().await?;
        Ok(VacancySummary::from(VacancyFacts::new(
            &vacancy,
            employer.details.name,
        )))
    }

    /// Occupations completing what was typed, in Arabic or English, or by code; those
    /// most in use first (counted in the index, off the async threads).
    pub async fn complete_occupations(
        &self,
        q: &str,
        level: Option<i16>,
        limit: u64,
    ) -> Result<Vec<Occupation>> {
        if q.chars().count() > 100 {
            return Err(ServiceError::invalid("q", Problem::TooLong { max: 100 }));
        }
        if level.is_some_and(|l| !(1..=4).contains(&l)) {
            return Err(ServiceError::invalid(
                "level",
                Problem::OutOfRange { min: 1, max: 4 },
            ));
        }
        let limit = limit.clamp(1, 100) as usize;
        let level = level.map(|l| l as usize);
        let q = q.to_owned();
        blocking(self.search_index(), move |index| {
            Ok(index
                .complete_occupations(&q, level, limit)
                .into_iter()
                .map(|entry| Occupation {
                    code: entry.code.clone(),
                    level: entry.code.len() as i16,
                    parent_code: entry.parent_code.clone(),
                    name_en: entry.name_en.clone(),
                    name_ar: entry.name_ar.clone(),
                })
                .collect())
        })
        .await
    }

    /// Open vacancies for a seeker of the caseworker's centre, best first, each with
    /// its eligibility verdict and explanation.
    pub async fn seeker_matches(
        &self,
        actor: &Actor,
        id: SeekerId,
        input: MatchInput,
    ) -> Result<SeekerMatches> {
        let today = Self::today();
        let tx = self.begin().await?;
        let seeker = access::seeker(&tx, actor, id).await?;
        let permits = tx.permits_of(id).await?;
        let rules = tx.rules_on(today).await?;
        actor
            .audit(&tx, AuditAction::Read, SubjectType::Seeker, id.as_uuid())
            .await?;
        let filter = ReferralFilter {
            seeker: Some(id),
            ..ReferralFilter::default()
        };
        let referred = self
            .referrals_within(&tx, actor, filter)
            .await?
            .into_iter()
            .map(|r| (r.vacancy_id, r.stage))
            .collect();
        let shares = shares_with_employers(&tx, id).await?;
        tx.commit().await?;
        let page = input.page;
        let options = match_options(input);
        let traits = SeekerTraits::from(&seeker.profile);
        let rules_for_search = rules.clone();
        let found = blocking(self.search_index(), move |index| {
            index.match_vacancies(&traits, &permits, &rules_for_search, today, &options)
        })
        .await?;
        let found = Results {
            items: found
                .matches
                .into_iter()
                .map(|m| VacancyMatchView {
                    vacancy: m.facts.into(),
                    eligible: m.verdict.is_eligible(),
                    verdict: m.verdict,
                    explanation: m.explanation,
                    score: m.score,
                })
                .collect(),
            total: found.total as u64,
            close: None,
            page: page.number,
            per_page: page.size,
            relaxed: false,
        };
        Ok(SeekerMatches {
            seeker,
            permit_types: rules.permit_types,
            found,
            referred,
            shares,
        })
    }

    /// The seekers of the caseworker's centre (an admin: every centre) for a vacancy.
    pub async fn vacancy_matches(
        &self,
        actor: &Actor,
        id: VacancyId,
        input: MatchInput,
    ) -> Result<VacancyMatches> {
        let centre = access::seeker_scope(actor)?;
        let today = Self::today();
        let tx = self.begin().await?;
        let vacancy = tx.vacancy(id).await?.ok_or(ServiceError::NotFound)?;
        let employer = tx
            .employer(vacancy.employer_id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        let rules = tx.rules_on(today).await?;
        tx.commit().await?;
        let page = input.page;
        let options = match_options(input);
        let facts = VacancyFacts::new(&vacancy, employer.details.name.clone());
        let rules_for_search = rules.clone();
        let found = blocking(self.search_index(), move |index| {
            index.match_seekers(&facts, centre, &rules_for_search, today, &options)
        })
        .await?;

        // Names come from the database, for the seekers the actor may see. A second
        // short transaction rather than one held across the search: the embedded
        // SQLite has one connection, and every other request would wait on it.
        let ids: Vec<SeekerId> = found.matches.iter().map(|m| m.facts.id).collect();
        let tx = self.begin().await?;
        let mut seekers: std::collections::HashMap<SeekerId, forsa_domain::seeker::Seeker> = tx
            .seekers_by_id(&ids)
            .await?
            .into_iter()
            .filter(|s| s.archived_at.is_none() && centre.is_none_or(|c| c == s.centre_id))
            .map(|s| (s.id, s))
            .collect();
        let filter = ReferralFilter {
            vacancy: Some(id),
            ..ReferralFilter::default()
        };
        let referred: HashMap<SeekerId, ReferralStage> = self
            .referrals_within(&tx, actor, filter)
            .await?
            .into_iter()
            .map(|r| (r.seeker_id, r.stage))
            .collect();
        let found_ids: Vec<SeekerId> = seekers.keys().copied().collect();
        let sharing = tx
            .consenting(&found_ids, ConsentPurpose::ShareWithEmployers)
            .await?;
        let mut people = HashMap::new();
        let mut items = Vec::with_capacity(found.matches.len());
        for m in found.matches {
            let Some(seeker) = seekers.remove(&m.facts.id) else {
                continue;
            };
            let person = MatchedPerson {
                gender: seeker.profile.gender,
                shares: sharing.contains(&seeker.id),
                referral: referred.get(&seeker.id).copied(),
            };
            people.insert(seeker.id, person);
            actor
                .audit(
                    &tx,
                    AuditAction::List,
                    SubjectType::Seeker,
                    seeker.id.as_uuid(),
                )
                .await?;
            let profile = seeker.profile;
            items.push(SeekerMatchView {
                seeker: SeekerBrief {
                    id: seeker.id,
                    centre_id: seeker.centre_id,
                    full_name: profile.full_name,
                    case_reference: profile.case_reference,
                    nationality: profile.nationality,
                    status: profile.status,
                    location: profile.location,
                },
                eligible: m.verdict.is_eligible(),
                verdict: m.verdict,
                explanation: m.explanation,
                score: m.score,
            });
        }
        tx.commit().await?;
        Ok(VacancyMatches {
            vacancy,
            employer_name: employer.details.name,
            people,
            permit_types: rules.permit_types,
            found: Results {
                items,
                total: found.total as u64,
                close: None,
                page: page.number,
                per_page: page.size,
                relaxed: false,
            },
        })
    }
}

impl Service {
    /// The referrals of one seeker or to one vacancy that `actor` may see (a person
    /// or a job has few: the first page of the largest size holds them all).
    async fn referrals_within(
        &self,
        tx: &Tx,
        actor: &Actor,
        filter: ReferralFilter,
    ) -> Result<Vec<forsa_domain::referral::Referral>> {
        let query = self.referral_query(tx, actor, filter).await?;
        Ok(tx
            .referrals(&query, Page::first(Page::MAX_SIZE))
            .await?
            .items)
    }
}

/// Whether `seeker`'s consent to share their profile with employers is in force.
pub(crate) async fn shares_with_employers(tx: &Tx, seeker: SeekerId) -> Result<bool> {
    Ok(tx
        .consents_of(seeker)
        .await?
        .iter()
        .any(|c| c.purpose == ConsentPurpose::ShareWithEmployers && c.in_force()))
}

fn match_options(input: MatchInput) -> MatchOptions {
    MatchOptions {
        include_ineligible: input.include_ineligible,
        offset: input.page.offset() as usize,
        limit: input.page.size as usize,
    }
}
