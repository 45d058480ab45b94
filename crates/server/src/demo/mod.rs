//! `forsa demo`: a realistic, bilingual centre to click through. Everything goes
//! through the service, so the demo data obeys the same rules as real data.

use anyhow::Context;
use chrono::{Duration, Utc};
use forsa_domain::{
    consent::ConsentInput,
    employer::EmployerInput,
    organisation::{CentreInput, Membership, NewUserInput},
    permit::PermitInput,
    referral::{ReferralInput, StageChangeInput},
    seeker::{LanguageInput, OccupationInput, PreferencesInput, SeekerInput},
    vacancy::{VacancyInput, WageInput},
};
use forsa_service::{Actor, Service};
use rand::{Rng, SeedableRng, rngs::StdRng, seq::IndexedRandom};

use crate::progress;
use forsa_corpus::data::{EMPLOYERS, FAMILY, FEMALE_GIVEN, JOBS, MALE_GIVEN, SKILLS_EXTRA};

/// How much demo data to make.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub seekers: usize,
    pub vacancies: usize,
}

/// A login to print.
#[derive(Debug, Clone)]
pub struct Login {
    pub role: &'static str,
    pub email: String,
    pub password: String,
}

fn random_password() -> String {
    // Four groups of letters and digits: easy to type at a demo, never guessable.
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..4)
        .map(|_| {
            (0..5)
                .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

const CENTRES: [(&str, &str, &str); 3] = [
    (
        "مكتب التشغيل في مخيم الزعتري",
        "Zaatari Camp Employment Office",
        "JO-MA-ZAATARI",
    ),
    (
        "مكتب التشغيل في مخيم الأزرق",
        "Azraq Camp Employment Office",
        "JO-ZA-AZRAQ",
    ),
    ("مركز التشغيل في إربد", "Irbid Employment Centre", "JO-IR"),
];

/// Fills an empty database and returns the logins it made.
pub async fn populate(service: &Service, size: Size) -> anyhow::Result<Vec<Login>> {
    let mut rng = StdRng::seed_from_u64(2017);
    let mut logins = Vec::new();
    let today = Utc::now().date_naive();

    let admin_password = random_password();
    let admin = service
        .bootstrap_admin(NewUserInput {
            email: Some("admin@forsa.example".into()),
            name: Some("Forsa Admin".into()),
            role: Some("admin".into()),
            password: Some(admin_password.clone()),
            locale: Some("en".into()),
            ..Default::default()
        })
        .await
        .context("creating the demo admin (is the database empty?)")?;
    logins.push(Login {
        role: "admin",
        email: admin.email.to_string(),
        password: admin_password,
    });
    let admin = Actor {
        user_id: admin.id,
        membership: Membership::Admin,
    };

    let mut caseworkers = Vec::new();
    for (i, (name_ar, name_en, location)) in CENTRES.iter().enumerate() {
        let centre = service
            .create_centre(
                &admin,
                CentreInput {
                    name_ar: Some((*name_ar).into()),
                    name_en: Some((*name_en).into()),
                    location: Some((*location).into()),
                    opening_hours: Some("Sun–Thu 08:00–15:00 · الأحد–الخميس ٨:٠٠–١٥:٠٠".into()),
                    time_zone: Some("Asia/Amman".into()),
                },
            )
            .await?;
        let password = random_password();
        let email = format!("caseworker{}@forsa.example", i + 1);
        let user = service
            .create_user(
                &admin,
                NewUserInput {
                    email: Some(email.clone()),
                    name: Some(format!("Caseworker, {name_en}")),
                    role: Some("caseworker".into()),
                    centre_id: Some(centre.id.to_string()),
                    password: Some(password.clone()),
                    locale: Some("ar".into()),
                    ..Default::default()
                },
            )
            .await?;
        logins.push(Login {
            role: "caseworker",
            email,
            password,
        });
        caseworkers.push(Actor {
            user_id: user.id,
            membership: Membership::Caseworker(centre.id),
        });
    }

    let bar = progress(60.min(EMPLOYERS.len()), "employers");
    let mut employers = Vec::new();
    for (i, seed) in EMPLOYERS.iter().take(60).enumerate() {
        let actor = &caseworkers[i % caseworkers.len()];
        let employer = service
            .register_employer(
                actor,
                EmployerInput {
                    name: Some(format!("{} · {}", seed.name.ar, seed.name.en)),
                    registration_number: Some(format!("JO-{:06}", 100_000 + i * 37)),
                    sector: Some(seed.sector.into()),
                    location: Some(seed.location.into()),
                    contact_name: Some("HR".into()),
                    contact_phone: Some(format!("+9627{:08}", 90_000_000 + i * 1_234)),
                    // A few employers have not yet pledged, so they can only keep drafts.
                    fee_pledge: Some(i % 12 != 11),
                    verified: Some(i % 6 != 5),
                    ..Default::default()
                },
            )
            .await?;
        employers.push((employer, seed.sector));
        bar.inc(1);
    }
    bar.finish();

    let employer_password = random_password();
    let first_employer = &employers[0].0;
    service
        .create_user(
            &admin,
            NewUserInput {
                email: Some("employer@forsa.example".into()),
                name: Some("Employer HR".into()),
                role: Some("employer".into()),
                employer_id: Some(first_employer.id.to_string()),
                password: Some(employer_password.clone()),
                locale: Some("ar".into()),
                ..Default::default()
            },
        )
        .await?;
    logins.push(Login {
        role: "employer",
        email: "employer@forsa.example".into(),
        password: employer_password,
    });

    let bar = progress(size.vacancies, "vacancies");
    let mut open_vacancies = Vec::new();
    for i in 0..size.vacancies {
        let job = &JOBS[i % JOBS.len()];
        let same_sector: Vec<_> = employers
            .iter()
            .filter(|(_, sector)| *sector == job.sector)
            .collect();
        // The first employer (the demo employer login) gets a share of every kind of job.
        let (employer, _) = if i % 10 == 0 {
            &employers[0]
        } else {
            same_sector
                .choose(&mut rng)
                .copied()
                .unwrap_or(&employers[i % employers.len()])
        };
        let publish = employer.may_publish() && i % 9 != 8;
        let mut benefits = Vec::new();
        for (benefit, chance) in [
            ("transport", 0.5),
            ("meals", 0.3),
            ("accommodation", 0.15),
            ("childcare", 0.1),
            ("social_security", 0.6),
        ] {
            if rng.random_bool(chance) {
                benefits.push(benefit.to_owned());
            }
        }
        let arabic_only = i % 5 == 0;
        let vacancy = service
            .post_vacancy(
                &admin,
                VacancyInput {
                    title_ar: Some(job.title.ar.into()),
                    title_en: (!arabic_only).then(|| job.title.en.into()),
                    description_ar: Some(job.description.ar.into()),
                    description_en: (!arabic_only).then(|| job.description.en.into()),
                    sector: Some(job.sector.into()),
                    occupation: Some(job.isco.into()),
                    location: Some(employer.details.location.to_string()),
                    openings: Some(rng.random_range(1..=8)),
                    wage: Some(WageInput {
                        min: f64::from(job.wage_min_jd),
                        max: Some(f64::from(job.wage_max_jd)),
                        period: "monthly".into(),
                    }),
                    hours_per_week: Some(job.hours_per_week),
                    contract: Some(job.contract.into()),
                    start_date: Some((today + Duration::days(rng.random_range(3..40))).to_string()),
                    closing_date: Some(
                        (today + Duration::days(rng.random_range(20..90))).to_string(),
                    ),
                    languages: Some(vec![LanguageInput {
                        code: "ar".into(),
                        level: "conversational".into(),
                    }]),
                    skills: Some(job.skills.iter().map(|s| s.en.to_owned()).collect()),
                    benefits: Some(benefits),
                    employer_arranges_permit: Some(rng.random_bool(0.3)),
                    status: Some(if publish { "open" } else { "draft" }.into()),
                    employer_id: Some(employer.id.to_string()),
                    ..Default::default()
                },
            )
            .await
            .with_context(|| format!("posting demo vacancy {i} ({})", job.title.en))?;
        if publish {
            open_vacancies.push(vacancy);
        }
        bar.inc(1);
    }
    bar.finish();

    let bar = progress(size.seekers, "seekers");
    let mut seekers = Vec::new();
    for i in 0..size.seekers {
        let actor = caseworkers[i % caseworkers.len()];
        let female = rng.random_bool(0.45);
        let given = if female {
            FEMALE_GIVEN.choose(&mut rng)
        } else {
            MALE_GIVEN.choose(&mut rng)
        };
        let family = FAMILY.choose(&mut rng);
        let (Some(given), Some(family)) = (given, family) else {
            continue;
        };
        let national = i % 5 == 4;
        let job = JOBS.choose(&mut rng).unwrap_or(&JOBS[0]);
        let mut skills: Vec<String> = job.skills.iter().take(2).map(|s| s.en.to_owned()).collect();
        if let Some(extra) = SKILLS_EXTRA.choose(&mut rng) {
            skills.push(extra.en.to_owned());
        }
        let centre_location = CENTRES[i % CENTRES.len()].2;
        let seeker = service
            .register_seeker(
                &actor,
                SeekerInput {
                    case_reference: (!national)
                        .then(|| format!("UNHCR-{}-{:05}", ["ZA", "AZ", "IR"][i % 3], 10_000 + i)),
                    full_name: Some(format!("{} {}", given.ar, family.ar)),
                    gender: Some(if female { "female" } else { "male" }.into()),
                    birth_year: Some(Some(rng.random_range(1968..=2006))),
                    nationality: Some(if national { "JO" } else { "SY" }.into()),
                    status: Some(
                        if national {
                            "host_community"
                        } else {
                            "refugee"
                        }
                        .into(),
                    ),
                    phone: Some(format!("+9627{:08}", 70_000_000 + i * 7_919)),
                    location: Some(centre_location.into()),
                    languages: Some(if rng.random_bool(0.3) {
                        vec![
                            LanguageInput {
                                code: "ar".into(),
                                level: "native".into(),
                            },
                            LanguageInput {
                                code: "en".into(),
                                level: "basic".into(),
                            },
                        ]
                    } else {
                        vec![LanguageInput {
                            code: "ar".into(),
                            level: "native".into(),
                        }]
                    }),
                    education_level: Some(Some(rng.random_range(1..=6))),
                    occupations: Some(vec![OccupationInput {
                        isco: job.isco.into(),
                        years: rng.random_range(0..15),
                    }]),
                    skills: Some(skills),
                    preferences: Some(PreferencesInput {
                        sectors: vec![job.sector.into()],
                        needs_transport: rng.random_bool(0.6),
                        needs_childcare: female && rng.random_bool(0.3),
                        ..Default::default()
                    }),
                    ..Default::default()
                },
            )
            .await
            .with_context(|| format!("registering demo seeker {i}"))?;
        if !national {
            let (permit_type, employer) = match i % 10 {
                0..=3 => ("flexible_construction", None),
                4..=6 => ("flexible_agriculture", None),
                7 => (
                    "employer_specific",
                    Some(employers[i % employers.len()].0.id.to_string()),
                ),
                _ => ("", None),
            };
            if !permit_type.is_empty() {
                // Every eighth permit has lapsed, so renewals show up in the demo.
                let start = if i % 8 == 0 {
                    today - Duration::days(400)
                } else {
                    today - Duration::days(rng.random_range(10..200))
                };
                service
                    .add_permit(
                        &actor,
                        seeker.id,
                        PermitInput {
                            permit_type: Some(permit_type.into()),
                            number: Some(format!("WP-{:07}", 3_000_000 + i)),
                            issuer: Some(
                                if permit_type == "flexible_construction" {
                                    "GFJTU"
                                } else {
                                    "Ministry of Labour"
                                }
                                .into(),
                            ),
                            valid_from: Some(start.to_string()),
                            valid_until: Some((start + Duration::days(364)).to_string()),
                            employer_id: employer,
                            ..Default::default()
                        },
                    )
                    .await?;
            }
        }
        if i % 10 < 7 {
            service
                .grant_consent(
                    &actor,
                    seeker.id,
                    ConsentInput {
                        purpose: Some("share_with_employers".into()),
                    },
                )
                .await?;
        }
        seekers.push((actor, seeker));
        bar.inc(1);
    }
    bar.finish();

    referrals(service, &seekers, &open_vacancies).await?;
    Ok(logins)
}

/// Referrals at every stage, each reached the way a real one would be.
async fn referrals(
    service: &Service,
    seekers: &[(Actor, forsa_domain::seeker::Seeker)],
    vacancies: &[forsa_domain::vacancy::Vacancy],
) -> anyhow::Result<()> {
    let paths: &[&[(&str, Option<&str>)]] = &[
        &[],
        &[("interview", None)],
        &[("interview", None), ("offered", None)],
        &[("interview", None), ("offered", None), ("hired", None)],
        &[(
            "declined",
            Some("The workplace is too far without transport"),
        )],
        &[
            ("interview", None),
            ("rejected", Some("Needs more experience with formwork")),
        ],
        &[("no_show", Some("Did not come to the interview"))],
    ];
    let mut made = 0;
    let target = 40;
    let bar = progress(target, "referrals");
    'seekers: for (i, (actor, seeker)) in seekers.iter().enumerate() {
        if made >= target {
            break;
        }
        for vacancy in vacancies.iter().skip(i % 7).step_by(7).take(20) {
            let proposed = made % 9 == 8;
            let input = ReferralInput {
                seeker_id: Some(seeker.id.to_string()),
                vacancy_id: Some(vacancy.id.to_string()),
                stage: Some(if proposed { "proposed" } else { "referred" }.into()),
                note: None,
            };
            let Ok(view) = service.refer(actor, input).await else {
                continue;
            };
            if proposed {
                if made % 2 == 0 {
                    service
                        .move_referral(
                            actor,
                            view.referral.id,
                            StageChangeInput {
                                stage: Some("withdrawn".into()),
                                reason: Some("The seeker found work elsewhere".into()),
                            },
                        )
                        .await?;
                }
            } else {
                for (stage, reason) in paths[made % paths.len()] {
                    service
                        .move_referral(
                            actor,
                            view.referral.id,
                            StageChangeInput {
                                stage: Some((*stage).into()),
                                reason: reason.map(str::to_owned),
                            },
                        )
                        .await?;
                }
            }
            made += 1;
            bar.inc(1);
            continue 'seekers;
        }
    }
    bar.finish();
    Ok(())
}
