//! Registering seekers and keeping their records. Every read and change is audited.

use forsa_domain::{
    AuditAction, CentreId, Matched, Need, Problem, Record, SeekerId, SeekerStatus, SubjectType,
    organisation::Membership,
    seeker::{
        MergeInput, Seeker, SeekerInput, SeekerProfile, TransferInput,
        duplicate::{DuplicateCandidate, SeenDuplicate},
    },
    text,
};
use forsa_store::{DuplicateFlag, Merged, OutboxOperation, SeekerQuery, Tx};

use crate::{Actor, Conflict, Page, Paged, Result, Service, ServiceError, access};

/// People looked through per transaction by `find_duplicates`.
const SCAN_BATCH: u64 = 500;

/// Filters for the seeker list.
#[derive(Debug, Clone, Default)]
pub struct SeekerFilter {
    pub text: Option<String>,
    pub status: Option<SeekerStatus>,
    pub include_archived: bool,
    /// Only those of a dashboard queue (the pages' list, for caseworkers).
    pub queue: Option<crate::Queue>,
}

pub(crate) fn check_version(expected: Option<i32>, current: i32) -> Result<()> {
    match expected {
        Some(expected) if expected != current => Err(ServiceError::Conflict(Conflict::StaleEdit {
            current,
            expected,
        })),
        _ => Ok(()),
    }
}

/// (field, code) pairs as borrowed strings.
pub(crate) fn borrowed(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .map(|(f, c)| (f.as_str(), c.as_str()))
        .collect()
}

/// The duplicates queue, and the centres to name where each person is registered.
#[derive(Debug, Clone)]
pub struct DuplicateQueue {
    pub pairs: Vec<DuplicateFlag>,
    pub centres: Vec<forsa_domain::organisation::Centre>,
}

/// What registering one person in a transaction came to (`Service::register_in`).
pub(crate) enum Registered {
    Seeker(Seeker),
    /// Nobody registered: people found alike, as the caller may see them, and the
    /// ids of all of them (each read audited).
    Alike(Vec<DuplicateCandidate>, Vec<uuid::Uuid>),
}

/// The centre a registration (or an import) records people at: a caseworker's own,
/// whatever they send; an admin's choice, which they must make.
pub(crate) fn registering_centre(actor: &Actor, chosen: Option<&str>) -> Result<CentreId> {
    match (actor.membership, chosen) {
        (Membership::Caseworker(own), None) => Ok(own),
        (Membership::Caseworker(own), Some(raw)) => match raw.parse::<CentreId>() {
            Ok(centre) if centre == own => Ok(own),
            _ => Err(ServiceError::invalid("centre_id", Problem::OwnCentreOnly)),
        },
        (Membership::Admin, Some(raw)) => raw
            .parse::<CentreId>()
            .map_err(|e| ServiceError::invalid("centre_id", e)),
        (Membership::Admin, None) => Err(ServiceError::invalid(
            "centre_id",
            Problem::RequiredFor(Need::AdminRegistering),
        )),
        (Membership::Employer(_), _) => Err(ServiceError::Forbidden),
    }
}

/// Why a person is registered despite a likely duplicate: a paragraph, or nothing.
pub(crate) fn duplicate_reason(raw: Option<String>) -> Result<Option<String>> {
    raw.map(|raw| text::optional_paragraph(&raw, 1_000))
        .transpose()
        .map(Option::flatten)
        .map_err(|problem| ServiceError::invalid("duplicate_reason", problem))
}

/// The people registered already, at any centre, whom `profile` may be, each with
/// what the two have in common.
async fn likely_duplicates(
    tx: &Tx,
    profile: &SeekerProfile,
) -> Result<Vec<(Seeker, Vec<Matched>)>> {
    Ok(tx.likely_duplicates(profile).await?)
}

/// What the caller may be told of each likely duplicate: the person, with what
/// matched, when they are of the caller's centre (any, for an admin); else only the
/// centre they are registered at.
async fn candidates(
    tx: &Tx,
    scope: Option<CentreId>,
    alike: Vec<(Seeker, Vec<Matched>)>,
) -> Result<Vec<DuplicateCandidate>> {
    let centres = tx.centres().await?;
    Ok(alike
        .into_iter()
        .map(|(other, matched)| {
            let centre = centres.iter().find(|c| c.id == other.centre_id);
            let seen = scope.is_none_or(|own| own == other.centre_id);
            DuplicateCandidate {
                centre_id: other.centre_id,
                centre_name_ar: centre.map(|c| c.name_ar.clone()).unwrap_or_default(),
                centre_name_en: centre.map(|c| c.name_en.clone()).unwrap_or_default(),
                seeker: seen.then_some(SeenDuplicate {
                    id: other.id,
                    full_name: other.profile.full_name,
                    case_reference: other.profile.case_reference,
                    birth_year: other.profile.birth_year,
                    matched,
                }),
            }
        })
        .collect())
}

/// A case reference names one person within a centre: a second registration under it
/// is a conflict the caseworker can act on (the unique index still holds in a race).
pub(crate) async fn check_case_reference(
    tx: &Tx,
    centre: CentreId,
    profile: &SeekerProfile,
    except: Option<SeekerId>,
) -> Result<()> {
    match &profile.case_reference {
        Some(reference) if tx.case_reference_taken(centre, reference, except).await? => {
            Err(ServiceError::Conflict(Conflict::DuplicateCaseReference))
        }
        _ => Ok(()),
    }
}

impl Service {
    pub(crate) fn check_profile_codes(&self, profile: &SeekerProfile) -> Result<()> {
        let occupations: Vec<(String, String)> = profile
            .occupations
            .iter()
            .enumerate()
            .map(|(i, o)| (format!("occupations[{i}].isco"), o.isco.to_string()))
            .collect();
        let sectors: Vec<(String, String)> = profile
            .preferences
            .sectors
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("preferences.sectors[{i}]"), s.to_string()))
            .collect();
        let mut locations = vec![("location".to_owned(), profile.location.to_string())];
        locations.extend(
            profile
                .preferences
                .locations
                .iter()
                .enumerate()
                .map(|(i, l)| (format!("preferences.locations[{i}]"), l.to_string())),
        );
        self.check_codes(
            &borrowed(&occupations),
            &borrowed(&sectors),
            &borrowed(&locations),
        )
    }

    /// The people `actor` works with (a centre's for its caseworkers, all for
    /// admins; never an employer), narrowed by `filter` and its dashboard queue.
    pub(crate) async fn seeker_query(
        &self,
        tx: &Tx,
        actor: &Actor,
        filter: SeekerFilter,
    ) -> Result<SeekerQuery> {
        let mut query = SeekerQuery {
            centre: access::seeker_scope(actor)?,
            text: filter.text,
            status: filter.status,
            include_archived: filter.include_archived,
            ..SeekerQuery::default()
        };
        if let Some(queue) = filter.queue {
            let centre = crate::queues::centre_of(actor)?;
            self.narrow_seekers(tx, &mut query, queue, centre).await?;
        }
        Ok(query)
    }

    pub async fn seekers(
        &self,
        actor: &Actor,
        filter: SeekerFilter,
        page: Page,
    ) -> Result<Paged<Seeker>> {
        let tx = self.begin().await?;
        let query = self.seeker_query(&tx, actor, filter).await?;
        let seekers = tx.seekers(&query, page).await?;
        let shown: Vec<SeekerId> = seekers.items.iter().map(|seeker| seeker.id).collect();
        actor.audit_listed(&tx, shown).await?;
        tx.commit().await?;
        Ok(seekers)
    }

    pub async fn register_seeker(&self, actor: &Actor, mut input: SeekerInput) -> Result<Seeker> {
        let scope = access::seeker_scope(actor)?;
        let centre = registering_centre(actor, input.centre_id.as_deref())?;
        debug_assert!(scope.is_none_or(|own| own == centre));
        let reason = duplicate_reason(input.duplicate_reason.take())?;
        let profile = input.parse(Self::today())?;
        let tx = self.begin().await?;
        crate::organisation::known_centre(&tx, centre).await?;
        match self
            .register_in(&tx, actor, centre, &profile, reason, false)
            .await?
        {
            Registered::Seeker(seeker) => {
                tx.commit().await?;
                self.index_changed();
                Ok(seeker)
            }
            Registered::Alike(candidates, _) => {
                tx.commit().await?;
                Err(ServiceError::Conflict(Conflict::PossibleDuplicate(
                    candidates,
                )))
            }
        }
    }

    /// Registers `profile` at `centre` within `tx`, as the form, the API and an
    /// import do: the codes and the case reference checked, then the people it may
    /// be looked for at every centre. Any found, and no `reason` given to register
    /// anyway, it registers nobody and answers with them, as the caller may see them
    /// (each read audited); else the person is recorded, audited (with the reason and
    /// a flag for each person alike, when given) and queued for the index.
    /// `reference_free`: the caller looked the case reference up in `tx` and nobody
    /// holds it.
    pub(crate) async fn register_in(
        &self,
        tx: &Tx,
        actor: &Actor,
        centre: CentreId,
        profile: &SeekerProfile,
        reason: Option<String>,
        reference_free: bool,
    ) -> Result<Registered> {
        self.check_profile_codes(profile)?;
        if !reference_free {
            check_case_reference(tx, centre, profile, None).await?;
        }
        let alike = likely_duplicates(tx, profile).await?;
        if !alike.is_empty() && reason.is_none() {
            // The caller is told of these people (or where they are registered): a
            // read of each, kept although nothing is registered.
            let ids: Vec<uuid::Uuid> = alike.iter().map(|(other, _)| other.id.as_uuid()).collect();
            crate::views::audit_reads(tx, actor, SubjectType::Seeker, ids.clone()).await?;
            let scope = access::seeker_scope(actor)?;
            return Ok(Registered::Alike(candidates(tx, scope, alike).await?, ids));
        }
        let seeker = tx.insert_seeker(centre, profile).await?;
        actor
            .audit(
                tx,
                AuditAction::Create,
                SubjectType::Seeker,
                seeker.id.as_uuid(),
            )
            .await?;
        if let Some(reason) = reason.filter(|_| !alike.is_empty()) {
            for (other, _) in &alike {
                tx.flag_duplicate(seeker.id, other.id, &reason, Some(actor.user_id))
                    .await?;
            }
            actor
                .audit(
                    tx,
                    AuditAction::RegisterDuplicate,
                    SubjectType::Seeker,
                    seeker.id.as_uuid(),
                )
                .await?;
        }
        tx.append_outbox("seeker", seeker.id.as_uuid(), OutboxOperation::Upsert)
            .await?;
        Ok(Registered::Seeker(seeker))
    }

    pub async fn seeker(&self, actor: &Actor, id: SeekerId) -> Result<Seeker> {
        let tx = self.begin().await?;
        let seeker = access::read_seeker(&tx, actor, id).await?;
        tx.commit().await?;
        Ok(seeker)
    }

    pub async fn update_seeker(
        &self,
        actor: &Actor,
        id: SeekerId,
        patch: SeekerInput,
    ) -> Result<Seeker> {
        if patch.centre_id.is_some() {
            return Err(ServiceError::invalid(
                "centre_id",
                Problem::NoMoveToAnotherCentre,
            ));
        }
        let tx = self.begin().await?;
        let current = access::seeker_to_change(&tx, actor, id).await?;
        check_version(patch.version, current.version)?;
        let profile = SeekerInput::from(&current.profile)
            .overlay(patch)
            .parse(Self::today())?;
        self.check_profile_codes(&profile)?;
        check_case_reference(&tx, current.centre_id, &profile, Some(id)).await?;
        let seeker = self.update_in(&tx, actor, id, &profile).await?;
        tx.commit().await?;
        self.index_changed();
        Ok(seeker)
    }

    /// Merges record `merged` into another record of the same person: permits,
    /// consents, referrals and access history move to the record kept; the merged
    /// one points to it from then on. Admins, and caseworkers for two records of
    /// their own centre; audited on both with who and (kept with the merge) why.
    pub async fn merge_seekers(
        &self,
        actor: &Actor,
        merged: SeekerId,
        input: MergeInput,
    ) -> Result<(Seeker, Merged)> {
        access::seeker_scope(actor)?;
        let (kept, reason) = input.parse(merged)?;
        let tx = self.begin().await?;
        tx.lock_seekers(&[merged, kept]).await?;
        access::seeker(&tx, actor, merged).await?;
        // The record kept is not changed by the merge: as read here, it is the answer.
        let seeker = match access::seeker(&tx, actor, kept).await {
            Err(ServiceError::NotFound) => {
                return Err(ServiceError::invalid(
                    "into",
                    Problem::Unknown {
                        record: Record::Seeker,
                        code: None,
                    },
                ));
            }
            other => other?,
        };
        let moved = tx
            .merge_seekers(merged, kept, seeker.centre_id, actor.user_id, &reason)
            .await?;
        for id in [merged, kept] {
            actor
                .audit(&tx, AuditAction::Merge, SubjectType::Seeker, id.as_uuid())
                .await?;
        }
        tx.append_outbox("seeker", merged.as_uuid(), OutboxOperation::Delete)
            .await?;
        tx.append_outbox("seeker", kept.as_uuid(), OutboxOperation::Upsert)
            .await?;
        tx.commit().await?;
        self.index_changed();
        Ok((seeker, moved))
    }

    /// The people registered although alike to an earlier record, not yet decided:
    /// every centre's for an admin, a caseworker's own centre's (both records
    /// theirs). The newest hundred; each person shown is a read, audited.
    pub async fn duplicate_queue(&self, actor: &Actor) -> Result<DuplicateQueue> {
        let scope = access::seeker_scope(actor)?;
        let tx = self.begin().await?;
        let flags = tx.open_duplicate_flags(scope, 100).await?;
        let centres = tx.centres().await?;
        let ids: Vec<uuid::Uuid> = flags
            .iter()
            .flat_map(|flag| [flag.seeker.id.as_uuid(), flag.other.id.as_uuid()])
            .collect();
        crate::views::audit_reads(&tx, actor, SubjectType::Seeker, ids).await?;
        tx.commit().await?;
        Ok(DuplicateQueue {
            pairs: flags,
            centres,
        })
    }

    /// How many people are in use (neither archived nor erased): a command's
    /// progress bar's length.
    pub async fn people_in_use(&self) -> Result<u64> {
        let tx = self.begin().await?;
        let total = tx
            .seekers(&SeekerQuery::default(), forsa_store::Page::first(1))
            .await?
            .total;
        tx.commit().await?;
        Ok(total)
    }

    /// Looks through every person in use for the people they may duplicate (as a
    /// registration is checked) and puts each pair never found before in the
    /// duplicates queue, from the later record's side: the records made before the
    /// check at registration, or brought in around it. Says how many pairs it added.
    /// Nobody is shown to anyone, so nothing is audited.
    pub async fn find_duplicates(&self, mut progress: impl FnMut(u64)) -> Result<u64> {
        let mut after = None;
        let mut added = 0;
        loop {
            let tx = self.begin().await?;
            let batch = tx.seekers_after(after, SCAN_BATCH).await?;
            let Some(last) = batch.last().map(|seeker| seeker.id) else {
                tx.commit().await?;
                return Ok(added);
            };
            for seeker in &batch {
                for (other, _) in likely_duplicates(&tx, &seeker.profile).await? {
                    let earlier = (other.created_at, other.id.as_uuid())
                        < (seeker.created_at, seeker.id.as_uuid());
                    if earlier && !tx.ever_flagged(seeker.id, other.id).await? {
                        tx.flag_duplicate(seeker.id, other.id, "", None).await?;
                        added += 1;
                    }
                }
            }
            tx.commit().await?;
            progress(batch.len() as u64);
            after = Some(last);
        }
    }

    /// Decides that the two records of flag `id` are two people: it leaves the
    /// queue. Audited on both records.
    pub async fn not_duplicates(&self, actor: &Actor, id: uuid::Uuid) -> Result<()> {
        access::seeker_scope(actor)?;
        let tx = self.begin().await?;
        let (seeker, other) = tx
            .open_duplicate_flag(id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        for person in [seeker, other] {
            match access::seeker(&tx, actor, person).await {
                // A merged record's flag was decided by the merge.
                Err(ServiceError::Merged(_)) => return Err(ServiceError::NotFound),
                other => other?,
            };
        }
        tx.flag_different(id, actor.user_id).await?;
        for person in [seeker, other] {
            actor
                .audit(
                    &tx,
                    AuditAction::NotDuplicate,
                    SubjectType::Seeker,
                    person.as_uuid(),
                )
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// What the page that moves a person needs: the person and every centre. Admins
    /// only; the read is audited.
    pub async fn transfer_form(
        &self,
        actor: &Actor,
        id: SeekerId,
    ) -> Result<(Seeker, Vec<forsa_domain::organisation::Centre>)> {
        access::require_admin(actor)?;
        let tx = self.begin().await?;
        let seeker = access::read_seeker(&tx, actor, id).await?;
        let centres = tx.centres().await?;
        tx.commit().await?;
        Ok((seeker, centres))
    }

    /// Moves a person to another centre (they moved from Azraq to Zaatari): that
    /// centre's caseworkers see them from now on, the old one's no longer. Admins only.
    pub async fn transfer_seeker(
        &self,
        actor: &Actor,
        id: SeekerId,
        input: TransferInput,
    ) -> Result<Seeker> {
        access::require_admin(actor)?;
        let centre = input.parse()?;
        let tx = self.begin().await?;
        let current = access::seeker_to_change(&tx, actor, id).await?;
        crate::organisation::known_centre(&tx, centre).await?;
        if current.centre_id == centre {
            return Err(ServiceError::invalid("centre_id", Problem::SameCentre));
        }
        check_case_reference(&tx, centre, &current.profile, Some(id)).await?;
        let seeker = tx.move_seeker(id, centre).await?;
        actor
            .audit(
                &tx,
                AuditAction::Transfer,
                SubjectType::Seeker,
                id.as_uuid(),
            )
            .await?;
        tx.append_outbox("seeker", id.as_uuid(), OutboxOperation::Upsert)
            .await?;
        tx.commit().await?;
        self.index_changed();
        Ok(seeker)
    }

    /// Archives a seeker: kept for the record and the audit trail, gone from lists and
    /// matching.
    pub async fn archive_seeker(&self, actor: &Actor, id: SeekerId) -> Result<Seeker> {
        let tx = self.begin().await?;
        let current = access::seeker_to_change(&tx, actor, id).await?;
        if current.archived_at.is_some() {
            tx.commit().await?;
            return Ok(current);
        }
        let seeker = tx.archive_seeker(id, forsa_store::clock::now()).await?;
        actor
            .audit(&tx, AuditAction::Archive, SubjectType::Seeker, id.as_uuid())
            .await?;
        tx.append_outbox("seeker", id.as_uuid(), OutboxOperation::Delete)
            .await?;
        tx.commit().await?;
        self.index_changed();
        Ok(seeker)
    }
}
