//! A deterministic generator of vacancies and seekers at any scale, from the job
//! templates, names and employers in `data`. The same seed gives the same records,
//! so benchmarks and their comparisons run on identical data.
//!
//! Variety comes from mixing: each vacancy draws an employer, a place, some of its
//! template's skills and an extra one, benefits, a status and dates; one in six
//! Arabic texts is written the way many people type (no hamza on alef, final ha for
//! ta marbuta, ya for alef maqsura), as real postings are.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use forsa_domain::{
    Benefit, CentreId, Contract, CountryCode, EmployerId, Gender, HoursPreference, IscoCode,
    LanguageCode, LanguageLevel, LocationCode, Money, PermitId, PermitStatus, PublicCode,
    SectorCode, SeekerId, SeekerStatus, Shift, VacancyId, VacancyStatus, WagePeriod, WageRange,
    dates::DateRange,
    permit::{PermitDetails, WorkPermit},
    seeker::{LanguageSkill, OccupationExperience, Preferences, Seeker, SeekerProfile},
    vacancy::{Vacancy, VacancyDetails},
};
use rand::{Rng, SeedableRng, rngs::StdRng, seq::IndexedRandom};

use crate::data::{EMPLOYERS, FAMILY, FEMALE_GIVEN, JOBS, JobSeed, MALE_GIVEN, SKILLS_EXTRA};

/// A generated employer: an id and a name.
#[derive(Debug, Clone)]
pub struct Employer {
    pub id: EmployerId,
    pub name: String,
    pub sector: &'static str,
    pub location: &'static str,
}

/// Generated vacancies with their employers, and the template each came from (its
/// index in `data::JOBS`), which benchmarks use to judge relevance.
#[derive(Debug, Clone)]
pub struct Vacancies {
    pub employers: Vec<Employer>,
    pub vacancies: Vec<Vacancy>,
    pub templates: Vec<usize>,
}

impl Vacancies {
    pub fn employer_name(&self, id: EmployerId) -> &str {
        self.employers
            .iter()
            .find(|e| e.id == id)
            .map_or("", |e| e.name.as_str())
    }
}

fn code<T>(parsed: Result<T, forsa_domain::Problem>) -> T {
    parsed.expect("the corpus holds only valid codes")
}

/// Writes Arabic the way many people type it.
pub fn casual_arabic(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let mut word: String = word
                .chars()
                .map(|c| match c {
                    'أ' | 'إ' | 'آ' => 'ا',
                    'ى' => 'ي',
                    c => c,
                })
                .collect();
            if word.ends_with('ة') {
                word.pop();
                word.push('ه');
            }
            word
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn uuid_from(rng: &mut StdRng, at: DateTime<Utc>) -> uuid::Uuid {
    // UUIDv7 layout from the given time and the seeded generator: deterministic.
    let millis = at.timestamp_millis().max(0) as u64;
    let random: u128 = rng.random();
    let bits = (u128::from(millis) << 80) | (random & ((1u128 << 80) - 1));
    uuid::Builder::from_u128(bits)
        .with_version(uuid::Version::SortRand)
        .with_variant(uuid::Variant::RFC4122)
        .into_uuid()
}

/// `count` employers: the seeds first, then more of each kind under numbered names.
pub fn employers(count: usize, seed: u64) -> Vec<Employer> {
    let mut rng = StdRng::seed_from_u64(seed);
    let now = Utc::now();
    (0..count)
        .map(|i| {
            let template = &EMPLOYERS[i % EMPLOYERS.len()];
            let round = i / EMPLOYERS.len();
            let name = if round == 0 {
                template.name.en.to_owned()
            } else {
                format!("{} {}", template.name.en, round + 1)
            };
            Employer {
                id: EmployerId::from_uuid(uuid_from(&mut rng, now)),
                name: if rng.random_bool(0.5) {
                    template.name.ar.to_owned()
                } else {
                    name
                },
                sector: template.sector,
                location: template.location,
            }
        })
        .collect()
}

fn arabic(rng: &mut StdRng, text: &str) -> String {
    if rng.random_bool(1.0 / 6.0) {
        casual_arabic(text)
    } else {
        text.to_owned()
    }
}

fn vacancy(rng: &mut StdRng, template: &JobSeed, employer: &Employer, today: NaiveDate) -> Vacancy {
    let created: DateTime<Utc> = today.and_hms_opt(8, 0, 0).unwrap_or_default().and_utc()
        - Duration::minutes(rng.random_range(0..60 * 24 * 60));
    let english = rng.random_bool(0.8);
    let mut skills: Vec<String> = template
        .skills
        .iter()
        .filter(|_| rng.random_bool(0.8))
        .map(|s| if english { s.en } else { s.ar }.to_owned())
        .collect();
    if let Some(extra) = SKILLS_EXTRA.choose(rng) {
        skills.push(if english { extra.en } else { extra.ar }.to_owned());
    }
    let mut benefits = BTreeSet::new();
    for (benefit, chance) in [
        (Benefit::Transport, 0.5),
        (Benefit::Meals, 0.3),
        (Benefit::Accommodation, 0.15),
        (Benefit::Childcare, 0.1),
        (Benefit::SocialSecurity, 0.6),
    ] {
        if rng.random_bool(chance) {
            benefits.insert(benefit);
        }
    }
    let status = match rng.random_range(0..20) {
        0 => VacancyStatus::Closed,
        1 => VacancyStatus::Filled,
        2 => VacancyStatus::Draft,
        _ => VacancyStatus::Open,
    };
    let location = if rng.random_bool(0.7) {
        employer.location
    } else {
        [
            "JO-AM",
            "JO-IR",
            "JO-ZA",
            "JO-MA",
            "JO-BA",
            "JO-MA-ZAATARI",
            "JO-ZA-AZRAQ",
        ]
        .choose(rng)
        .copied()
        .unwrap_or("JO-AM")
    };
    let id = VacancyId::from_uuid(uuid_from(rng, created));
    Vacancy {
        id,
        employer_id: employer.id,
        code: PublicCode::from_random(rng.random()),
        details: VacancyDetails {
            title_ar: Some(arabic(rng, template.title.ar)),
            title_en: english.then(|| template.title.en.to_owned()),
            description_ar: Some(arabic(rng, template.description.ar)),
            description_en: english.then(|| template.description.en.to_owned()),
            sector: code(SectorCode::parse(template.sector)),
            occupation: code(IscoCode::parse(template.isco)),
            location: code(LocationCode::parse(location)),
            openings: rng.random_range(1..=8),
            wage: WageRange {
                min: Money::from_fils(i64::from(template.wage_min_jd) * 1000),
                max: Money::from_fils(i64::from(template.wage_max_jd) * 1000),
                period: WagePeriod::Monthly,
            },
            hours_per_week: template.hours_per_week,
            shift: if rng.random_bool(0.15) {
                Shift::Night
            } else {
                Shift::Day
            },
            contract: code(Contract::parse(template.contract)),
            start_date: Some(today + Duration::days(rng.random_range(3..40))),
            closing_date: rng
                .random_bool(0.9)
                .then(|| today + Duration::days(rng.random_range(-10..90))),
            languages: vec![LanguageSkill {
                code: code(LanguageCode::parse("ar")),
                level: LanguageLevel::Conversational,
            }],
            skills,
            benefits,
            employer_arranges_permit: rng.random_bool(0.3),
        },
        status,
        created_at: created,
        updated_at: created,
        version: 1,
    }
}

/// `count` vacancies from `employer_count` employers.
pub fn vacancies(count: usize, employer_count: usize, seed: u64, today: NaiveDate) -> Vacancies {
    let employers = employers(employer_count.max(1), seed);
    let mut rng = StdRng::seed_from_u64(seed ^ 0x7661_6361_6e63_7921);
    let mut vacancies = Vec::with_capacity(count);
    let mut templates = Vec::with_capacity(count);
    for _ in 0..count {
        let index = rng.random_range(0..JOBS.len());
        let template = &JOBS[index];
        let same_sector: Vec<&Employer> = employers
            .iter()
            .filter(|e| e.sector == template.sector)
            .collect();
        let employer = same_sector
            .choose(&mut rng)
            .copied()
            .unwrap_or(&employers[index % employers.len()]);
        vacancies.push(vacancy(&mut rng, template, employer, today));
        templates.push(index);
    }
    Vacancies {
        employers,
        vacancies,
        templates,
    }
}

const CENTRE_PLACES: [&str; 3] = ["JO-MA-ZAATARI", "JO-ZA-AZRAQ", "JO-IR"];

/// Seekers, spread over `centres`, each with their permits, made one at a time so
/// that a million need not be held at once. `employers` are those an
/// employer-specific permit may name.
pub fn seekers(
    count: usize,
    centres: &[CentreId],
    employers: &[Employer],
    seed: u64,
    today: NaiveDate,
) -> impl Iterator<Item = (Seeker, Vec<WorkPermit>)> + use<> {
    let centres = centres.to_vec();
    let employers: Vec<EmployerId> = employers.iter().map(|e| e.id).collect();
    let mut rng = StdRng::seed_from_u64(seed ^ 0x7365_656b_6572_7321);
    let now = Utc::now();
    (0..count).map(move |i| {
        let female = rng.random_bool(0.45);
        let given = if female { FEMALE_GIVEN } else { MALE_GIVEN }
            .choose(&mut rng)
            .map_or("", |n| n.ar);
        let family = FAMILY.choose(&mut rng).map_or("", |n| n.ar);
        let national = rng.random_bool(0.2);
        let centre = i % centres.len().max(1);
        let job = JOBS.choose(&mut rng).unwrap_or(&JOBS[0]);
        let mut occupations = vec![OccupationExperience {
            isco: code(IscoCode::parse(job.isco)),
            years: rng.random_range(0..15),
        }];
        if rng.random_bool(0.3)
            && let Some(second) = JOBS.choose(&mut rng)
            && second.isco != job.isco
        {
            occupations.push(OccupationExperience {
                isco: code(IscoCode::parse(second.isco)),
                years: rng.random_range(0..5),
            });
        }
        let mut skills: Vec<String> = Vec::new();
        for skill in job.skills {
            if rng.random_bool(0.7) {
                let text = if rng.random_bool(0.5) {
                    skill.en
                } else {
                    skill.ar
                };
                skills.push(text.to_owned());
            }
        }
        if let Some(extra) = SKILLS_EXTRA.choose(&mut rng) {
            skills.push(extra.en.to_owned());
        }
        let id = SeekerId::from_uuid(uuid_from(&mut rng, now));
        let seeker = Seeker {
            id,
            centre_id: centres
                .get(centre)
                .copied()
                .unwrap_or_else(|| CentreId::from_uuid(uuid::Uuid::nil())),
            profile: SeekerProfile {
                case_reference: (!national).then(|| format!("UNHCR-{i:07}")),
                full_name: format!("{given} {family}"),
                gender: if female { Gender::Female } else { Gender::Male },
                birth_year: Some(rng.random_range(1968..=2006)),
                nationality: code(CountryCode::parse(if national { "JO" } else { "SY" })),
                status: if national {
                    SeekerStatus::HostCommunity
                } else {
                    SeekerStatus::Refugee
                },
                phone: None,
                location: code(LocationCode::parse(
                    CENTRE_PLACES[centre % CENTRE_PLACES.len()],
                )),
                languages: vec![LanguageSkill {
                    code: code(LanguageCode::parse("ar")),
                    level: LanguageLevel::Native,
                }],
                education_level: Some(rng.random_range(1..=6)),
                occupations,
                skills,
                experience: None,
                preferences: Preferences {
                    sectors: vec![code(SectorCode::parse(job.sector))],
                    locations: Vec::new(),
                    hours: HoursPreference::Any,
                    night_work: rng.random_bool(0.5),
                    needs_transport: rng.random_bool(0.6),
                    needs_childcare: female && rng.random_bool(0.3),
                },
                disability: None,
                available_from: None,
            },
            archived_at: None,
            merged_into: None,
            erased_at: None,
            created_at: now,
            updated_at: now,
            version: 1,
        };
        let mut permits = Vec::new();
        if !national {
            let roll: f64 = rng.random();
            let (permit_type, employer, from, until) = if roll < 0.35 {
                ("flexible_construction", None, -100, 265)
            } else if roll < 0.6 {
                ("flexible_agriculture", None, -100, 265)
            } else if roll < 0.75 {
                (
                    "employer_specific",
                    employers.choose(&mut rng).copied(),
                    -30,
                    335,
                )
            } else if roll < 0.85 {
                ("flexible_construction", None, -400, -35)
            } else {
                ("", None, 0, 0)
            };
            if !permit_type.is_empty()
                && let Ok(validity) =
                    DateRange::new(today + Duration::days(from), today + Duration::days(until))
            {
                permits.push(WorkPermit {
                    id: PermitId::from_uuid(uuid_from(&mut rng, now)),
                    seeker_id: id,
                    details: PermitDetails {
                        permit_type: permit_type.to_owned(),
                        number: None,
                        issuer: None,
                        validity,
                        employer_id: employer,
                        status: PermitStatus::Active,
                    },
                    created_at: now,
                    updated_at: now,
                });
            }
        }
        (seeker, permits)
    })
}
