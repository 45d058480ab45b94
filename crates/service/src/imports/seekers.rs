//! People brought in through the registration form's steps: the case reference, the
//! look for the same person at every centre, the work permit and consents a row
//! records. A row whose person is registered already at the centre (by case
//! reference) updates them; a row that may be someone registered already is set
//! aside for a person to decide.

use forsa_domain::rules::Rules;
use forsa_domain::{
    AuditAction, CentreId, ConsentMethod, ConsentPurpose, FieldErrors, Problem, SeekerId,
    SubjectType,
    consent::ConsentInput,
    permit::PermitInput,
    seeker::{Seeker, SeekerInput, SeekerProfile, duplicate::given_reference},
};
use forsa_store::{OutboxOperation, Tx};

use forsa_domain::likeness::{name_words, names_alike};

use super::{BATCH, Batches, RowOutcome, Run, employer_named};
use crate::{
    Actor, Conflict, Result, Service, ServiceError, access,
    permits::{add_permit_in, grant_consent_in, record_consent_in},
    seekers::{Registered, check_case_reference, duplicate_reason},
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

/// The case reference a row names, trimmed; none when empty.
fn case_reference(input: &SeekerInput) -> Option<String> {
    given_reference(input.case_reference.as_deref()).map(str::to_owned)
}

/// The person at `centre`, among those alike `profile`, recorded exactly as it says.
async fn registered_as(
    tx: &Tx,
    centre: CentreId,
    profile: &SeekerProfile,
) -> Result<Option<SeekerId>> {
    Ok(tx
        .likely_duplicates(profile)
        .await?
        .into_iter()
        .map(|(person, _)| person)
        .find(|person| {
            person.centre_id == centre
                && person.merged_into.is_none()
                && person.erased_at.is_none()
                && person.profile == *profile
        })
        .map(|person| person.id))
}

/// One row of a spreadsheet of people: the person as the registration form sends
/// them, and the work permit and consents the row records.
#[derive(Debug, Clone, Default)]
pub struct SeekerImport {
    /// The record id the row names (a list exported from forsa has it).
    pub id: Option<String>,
    pub input: SeekerInput,
    pub permit: Option<PermitInput>,
    pub consents: Vec<ConsentInput>,
}

impl Service {
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
        let centre = self.import_centre(actor, centre).await?;
        let tx = self.begin().await?;
        let rules = tx.rules_on(Self::today()).await?;
        tx.commit().await?;
        let mut batches = Batches::begin(self, run).await?;
        let mut outcomes = Vec::with_capacity(rows.len());
        // The people set-aside rows were found alike: each a read, audited.
        let mut read = Vec::new();
        let references: Vec<Option<String>> =
            rows.iter().map(|row| case_reference(&row.input)).collect();
        for (index, row) in rows.into_iter().enumerate() {
            let tx = batches.next().await?;
            if index.is_multiple_of(BATCH) {
                // Who holds the batch's case references, asked once for its rows.
                let batch = &references[index..references.len().min(index + BATCH)];
                let asked = batch.iter().flatten().cloned().collect();
                tx.look_up_case_references(centre, asked).await?;
            }
            let tried = self.import_row(tx, actor, centre, &rules, row).await;
            let outcome = RowOutcome::of(tried.map(|(outcome, people)| {
                read.extend(people);
                outcome
            }))?;
            outcomes.push(outcome);
            progress(index + 1);
        }
        batches.end(actor, read).await?;
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
    ) -> Result<(RowOutcome, Vec<uuid::Uuid>)> {
        let reason = duplicate_reason(row.input.duplicate_reason.take())?;
        // A person registered under the row's case reference at the centre, held
        // until the batch ends (an erasure or a merge racing the import waits, and is
        // then seen).
        let looked_up = case_reference(&row.input);
        let holders = match &looked_up {
            Some(reference) => tx.case_reference_holders(centre, reference).await?,
            None => Vec::new(),
        };
        // The person the row names by their record id (a list exported from this
        // forsa), at the import's centre, or else by the case reference. An id this
        // forsa does not know is from another: the row is read as a new person's.
        let by_id = match row.id.as_deref().map(str::trim).filter(|id| !id.is_empty()) {
            Some(raw) => {
                let id: SeekerId = raw
                    .parse()
                    .map_err(|_| ServiceError::invalid("id", Problem::NotAnId))?;
                tx.seeker(id).await?.filter(|found| {
                    found.centre_id == centre
                        && found.merged_into.is_none()
                        && found.erased_at.is_none()
                })
            }
            None => None,
        };
        let by_reference = holders
            .iter()
            .find(|holder| holder.merged_into.is_none() && holder.erased_at.is_none());
        let existing = match (&by_id, by_reference) {
            (Some(found), _) | (None, Some(found)) => {
                Some(access::seeker_to_change(tx, actor, found.id).await?)
            }
            (None, None) => None,
        };
        // The row is laid over what is recorded: a column the file lacks, or a cell
        // left empty, changes nothing.
        let input = match &existing {
            Some(current) => SeekerInput::from(&current.profile).overlay(row.input),
            None => row.input,
        };
        let profile = input.parse(Self::today())?;
        if let (Some(current), None) = (&existing, &by_id) {
            // A case reference typed for another person's is not that person (a
            // record id is: a name corrected in the file is a correction).
            let same = names_alike(
                &name_words(&current.profile.full_name),
                &name_words(&profile.full_name),
            ) || current.profile.full_name == profile.full_name;
            if !same {
                return Err(ServiceError::Conflict(Conflict::DuplicateCaseReference));
            }
        }
        let permit = match row.permit {
            Some(mut input) => {
                if let Some(named) = input.employer_id.take() {
                    let employer = employer_named(tx, Some(&named), "permit_employer").await?;
                    input.employer_id = Some(employer.to_string());
                }
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
        // A purpose the cell names twice is one consent.
        let mut consents: Vec<(ConsentPurpose, ConsentMethod)> = consents;
        let mut named = std::collections::HashSet::new();
        consents.retain(|(purpose, _)| named.insert(*purpose));
        // A row registered once although alike someone (its reason given), with no
        // case reference to be found by, is alike the person it registered: when
        // the file comes again, it is that person.
        let registered = match (&existing, &reason) {
            (None, Some(_)) => registered_as(tx, centre, &profile).await?,
            _ => None,
        };
        let (id, outcome) = match (existing, registered) {
            (Some(current), _) if current.profile == profile => {
                (current.id, RowOutcome::Unchanged(current.id))
            }
            (Some(current), _) => {
                // A row found by record id may give the person a case reference
                // someone else at the centre holds: asked before the database refuses
                // it (which, on PostgreSQL, would end the batch's transaction).
                if profile.case_reference != current.profile.case_reference {
                    check_case_reference(tx, centre, &profile, Some(current.id)).await?;
                }
                self.update_in(tx, actor, current.id, &profile).await?;
                (current.id, RowOutcome::Updated(current.id))
            }
            (None, Some(id)) => (id, RowOutcome::Unchanged(id)),
            (None, None) => match self
                .register_in(
                    tx,
                    actor,
                    centre,
                    &profile,
                    reason,
                    // Looked up above: nobody holds it, so it need not be asked again.
                    holders.is_empty() && profile.case_reference == looked_up,
                )
                .await?
            {
                Registered::Seeker(seeker) => (seeker.id, RowOutcome::Created(seeker.id)),
                Registered::Alike(candidates, read) => {
                    return Ok((RowOutcome::SetAside(candidates), read));
                }
            },
        };
        let mut changed = matches!(outcome, RowOutcome::Updated(_) | RowOutcome::Created(_));
        // A person registered by this row holds no permit or consent yet: nothing to
        // read.
        let new = matches!(outcome, RowOutcome::Created(_));
        if let Some(details) = permit {
            // A permit recorded already, whatever has become of it since (renewed,
            // revoked), is not recorded again.
            let held = if new {
                Vec::new()
            } else {
                tx.permits_of(id).await?
            };
            let same = |other: &forsa_domain::permit::PermitDetails| {
                other.permit_type == details.permit_type
                    && other.number == details.number
                    && other.validity == details.validity
            };
            if !held.iter().any(|permit| same(&permit.details)) {
                add_permit_in(tx, actor, id, &details).await?;
                changed = true;
            }
        }
        // A consent the person gave once is not given again by a file: one they
        // withdrew stays withdrawn.
        let given = if consents.is_empty() || new {
            Vec::new()
        } else {
            tx.consents_of(id).await?
        };
        for (purpose, method) in consents {
            if new {
                record_consent_in(tx, actor, id, purpose, method).await?;
                changed = true;
            } else if !given.iter().any(|consent| consent.purpose == purpose) {
                let (_, granted) = grant_consent_in(tx, actor, id, purpose, method).await?;
                changed |= granted;
            }
        }
        let outcome = match outcome {
            RowOutcome::Unchanged(id) if changed => RowOutcome::Updated(id),
            outcome => outcome,
        };
        Ok((outcome, Vec::new()))
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
        self.check_profile_codes(profile)?;
        let seeker = tx.update_seeker(id, profile).await?;
        actor
            .audit(tx, AuditAction::Update, SubjectType::Seeker, id.as_uuid())
            .await?;
        tx.append_outbox("seeker", id.as_uuid(), OutboxOperation::Upsert)
            .await?;
        Ok(seeker)
    }
}
