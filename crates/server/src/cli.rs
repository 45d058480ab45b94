//! The command line: `forsa serve | migrate | reindex | find-duplicates | retention |
//! import | create-admin | demo`.

use std::{io::Read, net::SocketAddr, path::PathBuf};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use forsa_domain::{organisation::NewUserInput, seeker::erasure::RetentionRule};

use crate::{Application, Config, demo, startup};

#[derive(Debug, Parser)]
#[command(
    name = "forsa",
    version,
    about = "Job matching for refugee employment centres"
)]
pub struct Cli {
    /// Where the embedded database, the token secret and the index live.
    #[arg(long, env = "FORSA_DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,
    /// A PostgreSQL URL (postgres://user@host/db); SQLite under the data directory when absent.
    #[arg(long, env = "FORSA_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// The address browsers reach forsa at (https://jobs.example.org), behind a proxy:
    /// forms are then accepted from that origin only, and the kiosk's QR codes point there.
    #[arg(long, env = "FORSA_PUBLIC_ORIGIN", global = true)]
    pub public_origin: Option<String>,
    /// Seconds without a touch before a kiosk goes back to its home screen in Arabic.
    #[arg(
        long,
        env = "FORSA_KIOSK_IDLE_SECONDS",
        default_value_t = 90,
        global = true
    )]
    pub kiosk_idle_seconds: u32,
    /// Months after which an archived person's record is anonymised (6 at least).
    #[arg(
        long,
        env = "FORSA_RETENTION_ARCHIVED_MONTHS",
        default_value_t = 24,
        value_parser = clap::value_parser!(u32).range(6..=1200),
        global = true
    )]
    pub retention_archived_months: u32,
    /// Months without anything done on a person's record after which it is
    /// anonymised (6 at least).
    #[arg(
        long,
        env = "FORSA_RETENTION_INACTIVE_MONTHS",
        default_value_t = 36,
        value_parser = clap::value_parser!(u32).range(6..=1200),
        global = true
    )]
    pub retention_inactive_months: u32,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API and pages.
    Serve {
        #[arg(long, env = "FORSA_LISTEN", default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create an admin; the password is read from standard input.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
    /// Rebuild the search index from the database, with a progress bar. Stop the
    /// server first: it holds the index while it runs.
    Reindex,
    /// Look through every person for likely duplicates (as a registration is
    /// checked) and put each pair not found before in the duplicates queue, to be
    /// decided there: for the records made before the check, or brought in around it.
    FindDuplicates,
    /// Anonymise the people the retention rule names (archived, or without activity,
    /// for longer than its months): `--dry-run` counts them and says why, `--apply`
    /// erases them. A running server purges them from its index.
    #[command(group(clap::ArgGroup::new("mode").required(true).args(["dry_run", "apply"])))]
    Retention {
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        apply: bool,
    },
    /// Bring people, employers or vacancies in from a spreadsheet (CSV in UTF-8 or
    /// Windows-1256, or XLSX, with headers in Arabic or English), as the user `--as`
    /// names would register them: every row checked as the form checks it, a record
    /// the row names updated (a person by case reference, an employer by registration
    /// number or name, a vacancy by code or its employer's same vacancy), a row that
    /// may be someone registered already set aside. `--dry-run` says what it would do
    /// and writes nothing.
    Import {
        /// What the spreadsheet holds.
        #[arg(value_enum)]
        kind: ImportKind,
        file: PathBuf,
        /// The email of the user the import is done as (audited as theirs): a
        /// caseworker imports into their own centre, an admin into `--centre`.
        #[arg(long = "as", value_name = "EMAIL")]
        user: String,
        /// The centre to import people or employers into, by id or by name (an
        /// admin's import). Vacancies belong to the employer each row names.
        #[arg(long)]
        centre: Option<String>,
        #[arg(long)]
        dry_run: bool,
    },
    /// Create a fresh database full of realistic demo data, print the logins, and serve.
    Demo {
        #[arg(long, env = "FORSA_LISTEN", default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        #[arg(long, default_value_t = 600)]
        seekers: usize,
        #[arg(long, default_value_t = 400)]
        vacancies: usize,
    },
}

/// The kinds of record a spreadsheet may bring in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportKind {
    Seekers,
    Employers,
    Vacancies,
}

impl From<ImportKind> for forsa_sheets::Kind {
    fn from(kind: ImportKind) -> Self {
        match kind {
            ImportKind::Seekers => forsa_sheets::Kind::Seekers,
            ImportKind::Employers => forsa_sheets::Kind::Employers,
            ImportKind::Vacancies => forsa_sheets::Kind::Vacancies,
        }
    }
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let listen = match &cli.command {
        Command::Serve { listen } | Command::Demo { listen, .. } => *listen,
        _ => SocketAddr::from(([127, 0, 0, 1], 0)),
    };
    let kiosk = forsa_web::KioskSettings {
        idle_seconds: cli.kiosk_idle_seconds.max(1),
    };
    let rule = RetentionRule {
        archived_months: cli.retention_archived_months,
        inactive_months: cli.retention_inactive_months,
    };
    match cli.command {
        Command::Serve { .. } => {
            let mut config = Config::new(cli.data_dir, cli.database_url, listen);
            config.public_origin = cli.public_origin;
            config.kiosk = kiosk;
            config.retention.rule = rule;
            let app = Application::build(&config).await?;
            println!("forsa is listening on http://{}", app.address());
            app.run().await
        }
        Command::Migrate => {
            let config = Config::new(cli.data_dir, cli.database_url, listen);
            startup::connect(&config).await?;
            println!("migrations applied");
            Ok(())
        }
        Command::FindDuplicates => {
            let config = Config::new(cli.data_dir, cli.database_url, listen);
            let service = startup::connect(&config).await?;
            let people = usize::try_from(service.people_in_use().await?).unwrap_or(usize::MAX);
            let bar = crate::progress(people, "people");
            let added = service.find_duplicates(|done| bar.inc(done)).await?;
            bar.finish();
            println!("{added} pairs of likely duplicates added to the queue");
            Ok(())
        }
        Command::Retention { apply, .. } => {
            let config = Config::new(cli.data_dir, cli.database_url, listen);
            let service = startup::connect(&config).await?;
            let report = service.retention(rule, apply).await?;
            let verb = if apply {
                "anonymised"
            } else {
                "would be anonymised"
            };
            println!(
                "{} people {verb}: {} archived for more than {} months, {} with nothing done for {} months",
                report.total(),
                report.archived,
                rule.archived_months,
                report.inactive,
                rule.inactive_months,
            );
            Ok(())
        }
        Command::Import {
            kind,
            file,
            user,
            centre,
            dry_run,
        } => {
            let config = Config::new(cli.data_dir, cli.database_url, listen);
            let service = startup::connect(&config).await?;
            import(
                &service,
                kind.into(),
                &file,
                &user,
                centre.as_deref(),
                dry_run,
            )
            .await
        }
        Command::Reindex => {
            let config = Config::new(cli.data_dir, cli.database_url, listen);
            startup::reindex(&config).await
        }
        Command::CreateAdmin { email, name } => {
            let mut password = String::new();
            std::io::stdin()
                .read_to_string(&mut password)
                .context("reading the password from standard input")?;
            let password = password.trim_end_matches(['\r', '\n']).to_owned();
            let config = Config::new(cli.data_dir, cli.database_url, listen);
            let service = startup::connect(&config).await?;
            let input = NewUserInput {
                email: Some(email),
                name: Some(name),
                role: Some("admin".to_owned()),
                password: Some(password),
                ..Default::default()
            };
            match service.bootstrap_admin(input).await {
                Ok(user) => {
                    println!("admin {} created", user.email);
                    Ok(())
                }
                Err(forsa_service::ServiceError::Invalid(fields)) => {
                    let problems: Vec<String> =
                        fields.iter().map(|(f, m)| format!("{f} {m}")).collect();
                    bail!("{}", problems.join("; "))
                }
                Err(error) => Err(error.into()),
            }
        }
        Command::Demo {
            seekers, vacancies, ..
        } => {
            let data_dir = if cli.database_url.is_none() {
                cli.data_dir.join("demo")
            } else {
                cli.data_dir
            };
            if cli.database_url.is_none() && data_dir.exists() {
                // A fresh database each time: the demo's logins are printed anew.
                std::fs::remove_dir_all(&data_dir)
                    .with_context(|| format!("clearing {}", data_dir.display()))?;
            }
            let mut config = Config::new(data_dir, cli.database_url, listen);
            config.public_origin = cli.public_origin;
            config.kiosk = kiosk;
            let app = Application::build(&config).await?;
            let logins = demo::populate(app.service(), demo::Size { seekers, vacancies }).await?;
            println!();
            println!("forsa demo is listening on http://{}", app.address());
            println!();
            println!("Sign in with (passwords are new each run):");
            for login in &logins {
                let line = format!(
                    "  {:<11} {:<28} {:<24} {}",
                    login.role, login.email, login.password, login.of
                );
                println!("{}", line.trim_end());
            }
            println!();
            app.run().await
        }
    }
}

/// `forsa import seekers|employers|vacancies`: the file read, the rows imported (or,
/// in a dry run, checked) with a progress bar, then a summary and every row not
/// written, with why.
async fn import(
    service: &forsa_service::Service,
    kind: forsa_sheets::Kind,
    file: &std::path::Path,
    user: &str,
    centre: Option<&str>,
    dry_run: bool,
) -> anyhow::Result<()> {
    use forsa_sheets::Outcome;

    let actor = service
        .actor_by_email(user)
        .await
        .with_context(|| format!("no active user {user}"))?;
    let centre = match centre {
        Some(_) if kind == forsa_sheets::Kind::Vacancies => {
            anyhow::bail!("vacancies belong to the employer each row names: --centre is not taken")
        }
        Some(named) => Some(centre_id(service, &actor, named).await?),
        None => None,
    };
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let run = if dry_run {
        forsa_service::Run::Dry
    } else {
        forsa_service::Run::Real
    };
    let bar = crate::progress(0, "rows");
    let report = forsa_sheets::import(
        service,
        &actor,
        kind,
        &bytes,
        centre.as_deref(),
        run,
        |done, total| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        },
    )
    .await
    .map_err(|error| anyhow::anyhow!("{}: {error}", file.display()))?;
    bar.finish_and_clear();
    let counts = report.counts();
    let (would, done) = if dry_run {
        ("would be ", "a dry run, nothing written: ")
    } else {
        ("", "")
    };
    println!(
        "{done}{} rows: {} {would}created, {} {would}updated, {} unchanged, {} set aside as likely duplicates, {} with problems (not written)",
        report.rows.len(),
        counts.created,
        counts.updated,
        counts.unchanged,
        counts.set_aside,
        counts.with_problems,
    );
    for header in &report.unread {
        println!("column \"{header}\" is not one forsa reads: left out");
    }
    for row in &report.rows {
        match &row.outcome {
            Outcome::Problems(problems) => {
                for problem in problems {
                    let column = problem.column.map_or("row", |column| column.english);
                    println!(
                        "row {}, {column} \"{}\": {}",
                        row.row, problem.value, problem.problem
                    );
                }
            }
            Outcome::Refused(why) => println!("row {}: {why}", row.row),
            Outcome::SetAside(candidates) => {
                for candidate in candidates {
                    // The person's record id, never their name: a terminal's
                    // scroll-back is no place for it.
                    let who = candidate.seeker.as_ref().map_or_else(
                        || "a person with matching details".to_owned(),
                        |seen| format!("the person {}", seen.id),
                    );
                    println!(
                        "row {}: set aside, {who} is registered at {}; give a reason in the column \"Why registered although alike\" to register them anyway",
                        row.row, candidate.centre_name_en
                    );
                }
            }
            Outcome::Created(_) | Outcome::Updated(_) | Outcome::Unchanged(_) => {}
        }
    }
    Ok(())
}

/// A centre named by its id, or by its name in English or Arabic.
async fn centre_id(
    service: &forsa_service::Service,
    actor: &forsa_service::Actor,
    named: &str,
) -> anyhow::Result<String> {
    let centres = service.centres(actor).await?;
    let wanted = named.trim();
    centres
        .iter()
        .find(|centre| {
            centre.id.to_string() == wanted
                || centre.name_en.eq_ignore_ascii_case(wanted)
                || centre.name_ar == wanted
        })
        .map(|centre| centre.id.to_string())
        .with_context(|| format!("no centre {named}"))
}
