//! `forsa demo`: a year of a centre's work to click through. Everything goes through
//! the service, so the demo data obeys the same rules as real data, and each event
//! happens on its own day (`forsa_store::clock::as_of`): employers register and post
//! jobs of their own trade in their own town, people are registered and referred,
//! employers answer, hires are followed up, and vacancies fill or close. Today, every
//! queue of a caseworker's dashboard has work in it.

mod calendar;
mod referrals;
mod trades;

use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use forsa_domain::{
    EmployerId,
    consent::ConsentInput,
    employer::{Employer, EmployerInput},
    organisation::{CentreInput, Membership, NewUserInput},
    permit::PermitInput,
    seeker::{LanguageInput, OccupationInput, PreferencesInput, Seeker, SeekerInput},
    vacancy::{Vacancy, VacancyInput, WageInput},
};
use forsa_service::{Actor, Conflict, Service, ServiceError};
use forsa_store::clock::as_of;
use rand::{Rng, SeedableRng, rngs::StdRng, seq::IndexedRandom};

use crate::progress;
use calendar::{Calendar, YEAR_DAYS};
use forsa_corpus::data::{
    EMPLOYERS, EmployerSeed, FAMILY, FEMALE_GIVEN, JOBS, JobSeed, MALE_GIVEN, SKILLS_EXTRA,
};

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
    /// The centre or employer the login belongs to.
    pub of: String,
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

/// A centre: its names, its place and its caseworker.
struct CentreSeed {
    name_ar: &'static str,
    name_en: &'static str,
    location: &'static str,
    /// The reference its refugees' UNHCR case numbers carry.
    case_prefix: &'static str,
    caseworker: &'static str,
}

const CENTRES: [CentreSeed; 3] = [
    CentreSeed {
        name_ar: "مكتب التشغيل في مخيم الزعتري",
        name_en: "Zaatari Camp Employment Office",
        location: "JO-MA-ZAATARI",
        case_prefix: "ZA",
        caseworker: "رنا الخطيب",
    },
    CentreSeed {
        name_ar: "مكتب التشغيل في مخيم الأزرق",
        name_en: "Azraq Camp Employment Office",
        location: "JO-ZA-AZRAQ",
        case_prefix: "AZ",
        caseworker: "محمد العمري",
    },
    CentreSeed {
        name_ar: "مركز التشغيل في إربد",
        name_en: "Irbid Employment Centre",
        location: "JO-IR",
        case_prefix: "IR",
        caseworker: "ليلى الحوراني",
    },
];

/// The employers who get a login, one of each of these trades, and its address.
const EMPLOYER_LOGINS: [(&str, &str); 4] = [
    ("A", "farm@forsa.example"),
    ("F", "builder@forsa.example"),
    ("C", "factory@forsa.example"),
    ("I", "hotel@forsa.example"),
];

/// How many of the corpus's employers the demo registers.
const EMPLOYER_COUNT: usize = 60;

/// A registered employer and who posts its vacancies.
struct DemoEmployer {
    employer: Employer,
    seed: &'static EmployerSeed,
    sector: &'static str,
    registered: DateTime<Utc>,
    /// Its own login if it has one, otherwise the caseworker who registered it.
    poster: Actor,
}

impl DemoEmployer {
    fn has_login(&self) -> bool {
        matches!(self.poster.membership, Membership::Employer(_))
    }
}

/// A posted vacancy as the story knows it.
pub(crate) struct DemoVacancy {
    vacancy: Vacancy,
    sector: &'static str,
    posted: DateTime<Utc>,
    /// Who posted it: the employer's own login, or the caseworker of its centre.
    poster: Actor,
    hires: Vec<DateTime<Utc>>,
}

impl DemoVacancy {
    /// The employer's own login, which answers its referrals, if it has one.
    fn answered_by(&self) -> Option<Actor> {
        matches!(self.poster.membership, Membership::Employer(_)).then_some(self.poster)
    }
}

/// A registered person as the story knows it.
pub(crate) struct DemoSeeker {
    caseworker: Actor,
    seeker: Seeker,
    job: &'static JobSeed,
    female: bool,
    registered: DateTime<Utc>,
    papers: Papers,
}

/// What a person's papers let them take, as their caseworker knows without asking.
#[derive(Debug, Clone, Copy)]
enum Papers {
    /// A Jordanian needs no permit.
    Citizen,
    /// A flexible permit for their trade.
    Flexible,
    /// A permit for one employer.
    EmployerOnly(EmployerId),
    /// No permit yet.
    Nothing,
}

impl Papers {
    fn allow(self, vacancy: &Vacancy) -> bool {
        match self {
            Papers::Citizen | Papers::Flexible => true,
            Papers::EmployerOnly(employer) => {
                vacancy.employer_id == employer || vacancy.details.employer_arranges_permit
            }
            Papers::Nothing => vacancy.details.employer_arranges_permit,
        }
    }
}

struct Demo<'a> {
    service: &'a Service,
    rng: StdRng,
    calendar: Calendar,
    logins: Vec<Login>,
}

/// Fills an empty database with a year of a centre's work and returns the logins
/// it made.
pub async fn populate(service: &Service, size: Size) -> anyhow::Result<Vec<Login>> {
    let mut demo = Demo {
        service,
        rng: StdRng::seed_from_u64(2017),
        calendar: Calendar::new(Utc::now()),
        logins: Vec::new(),
    };
    let admin = demo.admin().await?;
    let caseworkers = demo.centres(&admin).await?;
    let employers = demo.employers(&admin, &caseworkers).await?;
    let mut vacancies = demo.vacancies(&employers, size.vacancies).await?;
    let seekers = demo.seekers(&caseworkers, &employers, size.seekers).await?;
    demo.referrals(&seekers, &mut vacancies).await?;
    demo.fill_and_close(&vacancies).await?;
    Ok(demo.logins)
}

impl Demo<'_> {
    fn moment_ago(&mut self, days: i64) -> DateTime<Utc> {
        self.calendar.ago(days, &mut self.rng)
    }

    async fn admin(&mut self) -> anyhow::Result<Actor> {
        let password = random_password();
        let at = self.moment_ago(YEAR_DAYS + 30);
        let admin = as_of(
            at,
            self.service.bootstrap_admin(NewUserInput {
                email: Some("admin@forsa.example".into()),
                name: Some("Sami Haddad".into()),
                role: Some("admin".into()),
                password: Some(password.clone()),
                locale: Some("en".into()),
                ..Default::default()
            }),
        )
        .await
        .context("creating the demo admin (is the database empty?)")?;
        self.logins.push(Login {
            role: "admin",
            email: admin.email.to_string(),
            password,
            of: "all centres".into(),
        });
        Ok(Actor {
            user_id: admin.id,
            membership: Membership::Admin,
        })
    }

    /// The centres, each with a caseworker who signs in.
    async fn centres(&mut self, admin: &Actor) -> anyhow::Result<Vec<Actor>> {
        let mut caseworkers = Vec::new();
        for (i, seed) in CENTRES.iter().enumerate() {
            let at = self.moment_ago(YEAR_DAYS + 20 - i as i64);
            let centre = as_of(
                at,
                self.service.create_centre(
                    admin,
                    CentreInput {
                        name_ar: Some(seed.name_ar.into()),
                        name_en: Some(seed.name_en.into()),
                        location: Some(seed.location.into()),
                        opening_hours: Some("Sun–Wed 08:00–15:00; Thu 08:00–13:00".into()),
                        time_zone: Some("Asia/Amman".into()),
                    },
                ),
            )
            .await?;
            let password = random_password();
            let email = format!("caseworker{}@forsa.example", i + 1);
            let user = as_of(
                at,
                self.service.create_user(
                    admin,
                    NewUserInput {
                        email: Some(email.clone()),
                        name: Some(seed.caseworker.into()),
                        role: Some("caseworker".into()),
                        centre_id: Some(centre.id.to_string()),
                        password: Some(password.clone()),
                        locale: Some("ar".into()),
                        ..Default::default()
                    },
                ),
            )
            .await?;
            self.logins.push(Login {
                role: "caseworker",
                email,
                password,
                of: seed.name_en.into(),
            });
            caseworkers.push(Actor {
                user_id: user.id,
                membership: Membership::Caseworker(centre.id),
            });
        }
        Ok(caseworkers)
    }

    /// A person's name in Arabic, as a caseworker writes it.
    fn person_name(&mut self, female: bool) -> String {
        let given = if female { FEMALE_GIVEN } else { MALE_GIVEN };
        let given = given.choose(&mut self.rng).map_or("", |name| name.ar);
        let family = FAMILY.choose(&mut self.rng).map_or("", |name| name.ar);
        format!("{given} {family}")
    }

    /// The employers, registered over the year's first months by the centres in
    /// turn; one of each trade in [`EMPLOYER_LOGINS`] gets a login.
    async fn employers(
        &mut self,
        admin: &Actor,
        caseworkers: &[Actor],
    ) -> anyhow::Result<Vec<DemoEmployer>> {
        let count = EMPLOYER_COUNT.min(EMPLOYERS.len());
        let bar = progress(count, "employers");
        let mut employers = Vec::new();
        for (i, seed) in EMPLOYERS.iter().take(count).enumerate() {
            let caseworker = caseworkers[i % caseworkers.len()];
            let registered = self.moment_ago(YEAR_DAYS - 2 * i as i64);
            let female_contact = self.rng.random_bool(0.3);
            let contact = self.person_name(female_contact);
            let employer = as_of(
                registered,
                self.service.register_employer(
                    &caseworker,
                    EmployerInput {
                        name_ar: Some(seed.name.ar.into()),
                        name_en: Some(seed.name.en.into()),
                        registration_number: Some(format!("JO-{:06}", 100_000 + i * 37)),
                        sector: Some(seed.sector.into()),
                        location: Some(seed.location.into()),
                        contact_name: Some(contact.clone()),
                        contact_phone: Some(format!("+9627{:08}", 90_000_000 + i * 1_234)),
                        // A few employers have not yet pledged, so they can only keep drafts.
                        fee_pledge: Some(i % 12 != 11),
                        verified: Some(i % 6 != 5),
                        ..Default::default()
                    },
                ),
            )
            .await?;
            // The first of its trade that may publish gets the trade's login.
            let login = EMPLOYER_LOGINS
                .iter()
                .find(|(sector, _)| *sector == seed.sector)
                .filter(|_| employer.may_publish())
                .filter(|_| {
                    !employers
                        .iter()
                        .any(|e: &DemoEmployer| e.sector == seed.sector && e.has_login())
                })
                .map(|(_, email)| *email);
            let poster = match login {
                Some(email) => {
                    self.employer_login(admin, &employer, seed.name.en, email, contact, registered)
                        .await?
                }
                None => caseworker,
            };
            employers.push(DemoEmployer {
                employer,
                seed,
                sector: seed.sector,
                registered,
                poster,
            });
            bar.inc(1);
        }
        bar.finish();
        Ok(employers)
    }

    async fn employer_login(
        &mut self,
        admin: &Actor,
        employer: &Employer,
        name_en: &str,
        email: &str,
        contact: String,
        at: DateTime<Utc>,
    ) -> anyhow::Result<Actor> {
        let password = random_password();
        let user = as_of(
            at,
            self.service.create_user(
                admin,
                NewUserInput {
                    email: Some(email.into()),
                    name: Some(contact),
                    role: Some("employer".into()),
                    employer_id: Some(employer.id.to_string()),
                    password: Some(password.clone()),
                    locale: Some("ar".into()),
                    ..Default::default()
                },
            ),
        )
        .await?;
        self.logins.push(Login {
            role: "employer",
            email: email.into(),
            password,
            of: name_en.into(),
        });
        Ok(Actor {
            user_id: user.id,
            membership: Membership::Employer(employer.id),
        })
    }

    /// Vacancies of each employer's own trade ([`trades`]), in its own town, posted through the
    /// year: about a third in the last six weeks, so many are still open.
    async fn vacancies(
        &mut self,
        employers: &[DemoEmployer],
        count: usize,
    ) -> anyhow::Result<Vec<DemoVacancy>> {
        let mut plans = Vec::new();
        let everyone: Vec<usize> = (0..employers.len()).collect();
        for i in 0..count {
            // The employers with a login are their trade's busiest.
            let Ok(&employer) = everyone.choose_weighted(&mut self.rng, |&e| {
                if employers[e].has_login() { 4 } else { 1 }
            }) else {
                break;
            };
            let own_trade: Vec<&'static JobSeed> = JOBS
                .iter()
                .filter(|job| trades::posts(employers[employer].seed, job))
                .collect();
            let Some(&job) = own_trade.choose(&mut self.rng) else {
                continue;
            };
            let days_ago = match i % 40 {
                // Posted weeks ago and closing within days.
                1 => self.rng.random_range(30..40),
                _ if i % 3 == 0 => self.rng.random_range(0..42),
                _ => self.rng.random_range(42..YEAR_DAYS),
            };
            plans.push((days_ago, i, job, employer));
        }
        // Posted in the order they happened.
        plans.sort_by_key(|(days_ago, i, ..)| (-days_ago, *i));

        let bar = progress(plans.len(), "vacancies");
        let mut vacancies = Vec::new();
        for (days_ago, i, job, employer) in plans {
            let owner = &employers[employer];
            let posted = self.moment_ago(days_ago).max(
                self.calendar
                    .after(owner.registered, 1, &mut self.rng)
                    .unwrap_or(owner.registered),
            );
            let publish = owner.employer.may_publish() && i % 12 != 11;
            let input = self.vacancy_input(job, owner, posted, i, publish);
            let vacancy = as_of(posted, self.service.post_vacancy(&owner.poster, input))
                .await
                .with_context(|| format!("posting demo vacancy {i} ({})", job.title.en))?;
            vacancies.push(DemoVacancy {
                vacancy,
                sector: job.sector,
                posted,
                poster: owner.poster,
                hires: Vec::new(),
            });
            bar.inc(1);
        }
        bar.finish();
        Ok(vacancies)
    }

    fn vacancy_input(
        &mut self,
        job: &JobSeed,
        owner: &DemoEmployer,
        posted: DateTime<Utc>,
        i: usize,
        publish: bool,
    ) -> VacancyInput {
        let rng = &mut self.rng;
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
        let posted_on = posted.date_naive();
        let closing = if i % 40 == 1 {
            self.calendar.today() + Duration::days(rng.random_range(1..7))
        } else {
            posted_on + Duration::days(rng.random_range(28..70))
        };
        let arabic_only = i.is_multiple_of(5);
        VacancyInput {
            title_ar: Some(job.title.ar.into()),
            title_en: (!arabic_only).then(|| job.title.en.into()),
            description_ar: Some(job.description.ar.into()),
            description_en: (!arabic_only).then(|| job.description.en.into()),
            sector: Some(job.sector.into()),
            occupation: Some(job.isco.into()),
            location: Some(owner.employer.details.location.to_string()),
            openings: Some(rng.random_range(1..=6)),
            wage: Some(WageInput {
                min: f64::from(job.wage_min_jd),
                max: Some(f64::from(job.wage_max_jd)),
                period: "monthly".into(),
            }),
            hours_per_week: Some(job.hours_per_week),
            contract: Some(job.contract.into()),
            start_date: Some((posted_on + Duration::days(rng.random_range(14..50))).to_string()),
            closing_date: Some(closing.to_string()),
            languages: Some(vec![LanguageInput {
                code: "ar".into(),
                level: "conversational".into(),
            }]),
            skills: Some(job.skills.iter().map(|s| s.en.to_owned()).collect()),
            benefits: Some(benefits),
            employer_arranges_permit: Some(rng.random_bool(0.3)),
            status: Some(if publish { "open" } else { "draft" }.into()),
            employer_id: Some(owner.employer.id.to_string()),
            ..Default::default()
        }
    }

    /// People registered through the year at the centres in turn (one in seven in
    /// the last month), most refugees with a permit for their trade, most agreeing to
    /// share their profile with employers.
    async fn seekers(
        &mut self,
        caseworkers: &[Actor],
        employers: &[DemoEmployer],
        count: usize,
    ) -> anyhow::Result<Vec<DemoSeeker>> {
        let mut days: Vec<i64> = (0..count)
            .map(|i| {
                if i % 7 == 0 {
                    self.rng.random_range(0..30)
                } else {
                    self.rng.random_range(30..YEAR_DAYS)
                }
            })
            .collect();
        days.sort_by_key(|days_ago| -days_ago);

        let bar = progress(count, "seekers");
        let mut seekers = Vec::new();
        for (i, days_ago) in days.into_iter().enumerate() {
            let caseworker = caseworkers[i % caseworkers.len()];
            let registered = self.moment_ago(days_ago);
            let job = JOBS.choose(&mut self.rng).unwrap_or(&JOBS[0]);
            let female = self.rng.random_bool(trades::women_share(job));
            let mut input = self.seeker_input(i, female, job, &CENTRES[i % CENTRES.len()]);
            let seeker = match as_of(
                registered,
                self.service.register_seeker(&caseworker, input.clone()),
            )
            .await
            {
                // A namesake of someone registered before: the caseworker checked
                // the papers, as a centre does.
                Err(ServiceError::Conflict(Conflict::PossibleDuplicate(_))) => {
                    input.duplicate_reason =
                        Some("A different person with the same name: checked their ID.".into());
                    as_of(registered, self.service.register_seeker(&caseworker, input)).await
                }
                other => other,
            }
            .with_context(|| format!("registering demo seeker {i}"))?;
            let mut person = DemoSeeker {
                caseworker,
                seeker,
                job,
                female,
                registered,
                papers: Papers::Citizen,
            };
            if person.seeker.profile.nationality.as_str() != "JO" {
                person.papers = self.permits(&person, employers, i).await?;
            }
            if i % 10 < 7 {
                as_of(
                    registered,
                    self.service.grant_consent(
                        &caseworker,
                        person.seeker.id,
                        ConsentInput {
                            purpose: Some("share_with_employers".into()),
                            // Most say it at the desk; some sign the centre's form.
                            method: Some(if i % 3 == 0 { "signed_form" } else { "spoken" }.into()),
                        },
                    ),
                )
                .await?;
            }
            seekers.push(person);
            bar.inc(1);
        }
        bar.finish();
        Ok(seekers)
    }

    fn seeker_input(
        &mut self,
        i: usize,
        female: bool,
        job: &JobSeed,
        centre: &CentreSeed,
    ) -> SeekerInput {
        let name = self.person_name(female);
        let rng = &mut self.rng;
        let national = i % 5 == 4;
        let mut skills: Vec<String> = job.skills.iter().take(2).map(|s| s.en.to_owned()).collect();
        if let Some(extra) = SKILLS_EXTRA.choose(rng) {
            skills.push(extra.en.to_owned());
        }
        let mut languages = vec![LanguageInput {
            code: "ar".into(),
            level: "native".into(),
        }];
        if rng.random_bool(0.3) {
            languages.push(LanguageInput {
                code: "en".into(),
                level: "basic".into(),
            });
        }
        SeekerInput {
            case_reference: (!national)
                .then(|| format!("UNHCR-{}-{:05}", centre.case_prefix, 10_000 + i)),
            full_name: Some(name),
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
            location: Some(centre.location.into()),
            languages: Some(languages),
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
        }
    }

    /// A refugee's work permit for their trade (a flexible one in construction and
    /// agriculture, one tied to an employer of the trade otherwise), held from before
    /// registration; when it ran out, most renewed it.
    async fn permits(
        &mut self,
        person: &DemoSeeker,
        employers: &[DemoEmployer],
        i: usize,
    ) -> anyhow::Result<Papers> {
        if i % 8 == 3 {
            // Not every refugee has a permit yet.
            return Ok(Papers::Nothing);
        }
        let today = self.calendar.today();
        let (permit_type, employer) = match person.job.sector {
            "F" => ("flexible_construction", None),
            "A" => ("flexible_agriculture", None),
            sector => {
                let own_trade: Vec<&DemoEmployer> = employers
                    .iter()
                    .filter(|e| e.sector == sector && e.registered < person.registered)
                    .collect();
                match own_trade.choose(&mut self.rng) {
                    Some(e) => ("employer_specific", Some(e.employer.id)),
                    None => return Ok(Papers::Nothing),
                }
            }
        };
        let mut from = if i % 15 == 7 {
            // Ending within the month, to be renewed.
            today - Duration::days(self.rng.random_range(336..360))
        } else {
            person.registered.date_naive() - Duration::days(self.rng.random_range(0..200))
        };
        let mut issued = person.registered;
        for number in 0.. {
            let until = from + Duration::days(364);
            let permit = PermitInput {
                permit_type: Some(permit_type.into()),
                number: Some(format!("WP-{:07}", 3_000_000 + i * 10 + number)),
                issuer: Some(
                    if permit_type == "flexible_construction" {
                        "GFJTU"
                    } else {
                        "Ministry of Labour"
                    }
                    .into(),
                ),
                valid_from: Some(from.to_string()),
                valid_until: Some(until.to_string()),
                employer_id: employer.map(|id| id.to_string()),
                ..Default::default()
            };
            as_of(
                issued,
                self.service
                    .add_permit(&person.caseworker, person.seeker.id, permit),
            )
            .await
            .with_context(|| format!("adding a permit of demo seeker {i}"))?;
            // Renewed in the weeks before it ends, or let lapse.
            let renewal = self
                .calendar
                .ago((today - until).num_days() + 14, &mut self.rng);
            if until >= today || renewal <= issued || self.rng.random_bool(0.3) {
                break;
            }
            issued = renewal;
            from = until + Duration::days(1);
        }
        Ok(employer.map_or(Papers::Flexible, Papers::EmployerOnly))
    }
}
