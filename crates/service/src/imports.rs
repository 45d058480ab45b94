//! People brought in from a centre's spreadsheet, row by row, through the same steps
//! as the registration form: validation, the codes, the case reference, the look for
//! the same person at every centre, audit and the outbox. A row whose person is
//! registered already at the centre (by case reference) updates them, or changes
//! nothing when it says what the record says; a row that may be someone registered
//! already is set aside for a person to decide. A dry run takes every step in one
//! transaction that is then rolled back: its counts are exactly what the real run
//! would do, and it writes nothing.

use forsa_domain::rules::Rules;
use forsa_domain::{
    AuditAction, CentreId, FieldErrors, SeekerId, SubjectType,
    consent::ConsentInput,
    permit::PermitInput,
    seeker::{Seeker, SeekerInput, SeekerProfile, duplicate::DuplicateCandidate},
};
use forsa_store::{OutboxOperation, Tx};

use crate::{
    Actor, Result, Service, ServiceError, access,
    permits::{add_permit_in, grant_consent_in},
    seekers::{Registered, duplicate_reason, registering_centre},
};

/// A permit's problems under the row's column names: `valid_until` is
/// `permit_valid_until`; `permit_type` stays.
fn renamed(errors: FieldErrors, prefix: &str) -> FieldErrors {
    let mut named = FieldErrors::new();
    for (field, problem) in errors.iter() {
        let field = if field.starts_with(prefix) {
            field.to_owned()
        } else {
            format!("{prefix}{field}")
        };
        named.add(field, problem.clone());
    }
    named
}

/// Rows written per transaction by a real run.
const BATCH: usize = 500;

/// One row of a spreadsheet of people: the person as the registration form sends
/// them, and the work permit and consents the row records.
#[derive(Debug, Clone, Default)]
pub struct SeekerImport {
    pub input: SeekerInput,
    pub permit: Option<PermitInput>,
    pub consents: Vec<ConsentInput>,
}

/// What became of a row.
#[derive(Debug)]
pub enum RowOutcome {
    Created(SeekerId),
    /// The person registered under the row's case reference, changed to what the
    /// row says.
    Updated(SeekerId),
    /// The person registered under the row's case reference, as the row says
    /// already.
    Unchanged(SeekerId),
    /// Someone registered already may be this person: nothing written, the people
    /// found (as the importer may see them) for a person to decide.
    SetAside(Vec<DuplicateCandidate>),
    /// The row cannot be written as it is: its problems, as the form would say them.
    Refused(ServiceError),
}

/// Whether an import writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    Dry,
    Real,
}

impl Service {
    /// Whether `actor` may import people (admins and caseworkers), asked before a
    /// template is handed out.
    pub fn may_import(&self, actor: &Actor) -> Result<()> {
        access::seeker_scope(actor).map(|_| ())
    }

    /// The centre an import by `actor` goes to (a caseworker's own; the one an admin
    /// names, which must exist), asked before the file is read: whoever may not
    /// import is told so whatever they send.
    pub async fn import_centre(&self, actor: &Actor, centre: Option<&str>) -> Result<CentreId> {
        access::seeker_scope(actor)?;
        let centre = registering_centre(actor, centre)?;
        let tx = self.begin().await?;
        crate::organisation::known_centre(&tx, centre).await?;
        tx.commit().await?;
        Ok(centre)
    }

    /// Imports `rows` into `centre` (a caseworker's own; an admin names one), each
    /// row's outcome in order; `progress` hears of each row done. An error that is
    /// no row's fault (the database) stops the import: in a real run, the batches
    /// written before stay written.
    pub async fn import_seekers(
        &self,
        actor: &Actor,
        centre: Option<&str>,
        rows: Vec<SeekerImport>,
        run: Run,
        mut progress: impl FnMut(usize),
    ) -> Result<Vec<RowOutcome>> {
        access::seeker_scope(actor)?;
        let centre = registering_centre(actor, centre)?;
        let mut tx = self.begin().await?;
        crate::organisation::known_centre(&tx, centre).await?;
        let rules = tx.rules_on(Self::today()).await?;
        let mut outcomes = Vec::with_capacity(rows.len());
        for (index, row) in rows.into_iter().enumerate() {
            if run == Run::Real && index > 0 && index % BATCH == 0 {
                tx.commit().await?;
                self.index_changed();
                tx = self.begin().await?;
            }
            let outcome = match self.import_row(&tx, actor, centre, &rules, row).await {
                Ok(outcome) => outcome,
                Err(error @ ServiceError::Internal(_)) => return Err(error),
                Err(refused) => RowOutcome::Refused(refused),
            };
            outcomes.push(outcome);
            progress(index + 1);
        }
        match run {
            Run::Real => {
                tx.commit().await?;
                self.index_changed();
            }
            Run::Dry => tx.rollback().await?,
        }
        Ok(outcomes)
    }

    /// One row, checked in full before anything of it is written.
    async fn import_row(
        &self,
        tx: &Tx,
        actor: &Actor,
        centre: CentreId,
        rules: &Rules,
        mut row: SeekerImport,
    ) -> Result<RowOutcome> {
        let reason = duplicate_reason(row.input.duplicate_reason.take())?;
        let profile = row.input.parse(Self::today())?;
        let permit = match row.permit {
            Some(input) => {
                let known = input
                    .permit_type
                    .as_deref()
                    .and_then(|code| rules.permit_type(code.trim()));
                Some(
                    input
                        .parse(known)
                        .map_err(|errors| renamed(errors, "permit_"))?,
                )
            }
            None => None,
        };
        let consents = row
            .consents
            .into_iter()
            .map(|consent| {
                consent.parse().map_err(|errors| {
                    let mut named = FieldErrors::new();
                    for (field, problem) in errors.iter() {
                        let column = if field == "method" {
                            "consent_method"
                        } else {
                            "consents"
                        };
                        named.add(column, problem.clone());
                    }
                    named
                })
            })
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let existing = match &profile.case_reference {
            Some(reference) => tx.seeker_with_case_reference(centre, reference).await?,
            None => None,
        };
        let (id, outcome) = match existing {
            Some(current) if current.profile == profile => {
                (current.id, RowOutcome::Unchanged(current.id))
            }
            Some(current) => {
                self.update_in(tx, actor, current.id, &profile).await?;
                (current.id, RowOutcome::Updated(current.id))
            }
            None => match self
                .register_in(tx, actor, centre, &profile, reason)
                .await?
            {
                Registered::Seeker(seeker) => (seeker.id, RowOutcome::Created(seeker.id)),
                Registered::Alike(candidates) => return Ok(RowOutcome::SetAside(candidates)),
            },
        };
        let mut changed = matches!(outcome, RowOutcome::Updated(_) | RowOutcome::Created(_));
        if let Some(details) = permit {
            let held = tx.permits_of(id).await?;
            if !held.iter().any(|permit| permit.details == details) {
                add_permit_in(tx, actor, id, &details).await?;
                changed = true;
            }
        }
        for (purpose, method) in consents {
            let (_, granted) = grant_consent_in(tx, actor, id, purpose, method).await?;
            changed |= granted;
        }
        Ok(match outcome {
            RowOutcome::Unchanged(id) if changed => RowOutcome::Updated(id),
            outcome => outcome,
        })
    }

    /// Writes `profile` over person `id`'s record within `tx` (the codes checked),
    /// audited and queued for the index.
    pub(crate) async fn update_in(
        &self,
        tx: &Tx,
        actor: &Actor,
        id: SeekerId,
        profile: &SeekerProfile,
    ) -> Result<Seeker> {
        self.check_profile_codes(tx, profile).await?;
        let seeker = tx.update_seeker(id, profile).await?;
        actor
            .audit(tx, AuditAction::Update, SubjectType::Seeker, id.as_uuid())
            .await?;
        tx.append_outbox("seeker", id.as_uuid(), OutboxOperation::Upsert)
            .await?;
        Ok(seeker)
    }
}
