//! The index queries that gather candidates: the related documents, within a reach,
//! that the person might legally take (a superset of what `eligibility::assess`
//! accepts, which then decides).

use super::*;

/// Open vacancies related to the seeker, within the reach, that they might take.
pub(super) fn vacancy_query(
    fields: &VacancyFields,
    seeker: &SeekerTraits,
    permits: &[WorkPermit],
    rules: &Rules,
    today: NaiveDate,
    options: &MatchOptions,
    reach: Reach,
) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (
            Occur::Must,
            filter(code(fields.status, VacancyStatus::Open.as_str())),
        ),
        (
            Occur::Must,
            filter(at_least(fields.closing_day, day_number(today))),
        ),
    ];
    if !options.include_ineligible {
        clauses.extend(vacancies_allowed(fields, seeker, permits, rules, today));
    }
    let (mut close, mut broad) = occupation_closeness(
        fields.occupation,
        &groups_by_level(seeker.occupations.iter().map(|o| &o.isco)),
    );
    // Words of the seeker's skills, in the job's skills and title; what their
    // occupations are called is already weighed by ISCO closeness.
    let mut analyzer = Analyzer::default();
    let words: Vec<String> = seeker
        .skills
        .iter()
        .flat_map(|skill| analyzer.terms(skill))
        .collect();
    close
        .extend(TextQuery::from_terms(words).ranking(&[(fields.skills, 1.5), (fields.title, 1.0)]));
    if !seeker.preferences.sectors.is_empty() {
        broad.push(bonus(
            any_code(
                fields.sector,
                seeker.preferences.sectors.iter().map(|s| s.as_str()),
            ),
            SECTOR_BONUS,
        ));
    }
    relate(&mut clauses, close, broad, reach);
    let mut places = vec![seeker.location.as_str(), seeker.location.region()];
    places.extend(seeker.preferences.locations.iter().map(|l| l.as_str()));
    clauses.push((
        Occur::Should,
        bonus(any_code(fields.location, places), PLACE_BONUS),
    ));
    all_of(clauses)
}

/// Seekers of the centre related to the vacancy, within the reach, who might take it.
pub(super) fn seeker_query(
    fields: &SeekerFields,
    vacancy: &VacancyFacts,
    centre: Option<CentreId>,
    rules: &Rules,
    today: NaiveDate,
    options: &MatchOptions,
    reach: Reach,
) -> Box<dyn Query> {
    let job = &vacancy.details;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(centre) = centre {
        clauses.push((
            Occur::Must,
            filter(code(fields.centre, &centre.to_string())),
        ));
    }
    if !options.include_ineligible {
        clauses.extend(seekers_allowed(fields, vacancy, rules, today));
    }
    let (mut close, mut broad) =
        occupation_closeness(fields.occupation, &groups_by_level([&job.occupation]));
    // Words of the job's skills, in the seekers' skills and experience.
    let mut analyzer = Analyzer::default();
    let words: Vec<String> = job
        .skills
        .iter()
        .flat_map(|skill| analyzer.terms(skill))
        .collect();
    close.extend(
        TextQuery::from_terms(words).ranking(&[(fields.skills, 1.5), (fields.experience, 1.0)]),
    );
    broad.push(bonus(
        code(fields.sector_wanted, job.sector.as_str()),
        SECTOR_BONUS,
    ));
    relate(&mut clauses, close, broad, reach);
    clauses.push((
        Occur::Should,
        bonus(
            any_code(
                fields.location,
                [job.location.as_str(), job.location.region()],
            ),
            PLACE_BONUS,
        ),
    ));
    if !job.languages.is_empty() {
        clauses.push((
            Occur::Should,
            bonus(
                any_code(
                    fields.language,
                    job.languages.iter().map(|l| l.code.as_str()),
                ),
                LANGUAGE_BONUS,
            ),
        ));
    }
    all_of(clauses)
}

/// Vacancies the seeker might legally take: a superset of what `assess` accepts
/// (a permit that starts later counts from today). A permit holds for work in its
/// sectors or with its employer that starts by its last day.
pub(super) fn vacancies_allowed(
    fields: &VacancyFields,
    seeker: &SeekerTraits,
    permits: &[WorkPermit],
    rules: &Rules,
    today: NaiveDate,
) -> Vec<(Occur, Box<dyn Query>)> {
    if seeker.nationality == rules.country {
        return Vec::new();
    }
    let mut ways: Vec<(Occur, Box<dyn Query>)> = vec![(
        Occur::Should,
        Box::new(tantivy::query::TermQuery::new(
            tantivy::Term::from_field_bool(fields.arranges_permit, true),
            tantivy::schema::IndexRecordOption::Basic,
        )),
    )];
    for permit in permits.iter().filter(|p| p.in_force_on_or_after(today)) {
        let details = &permit.details;
        let Some(permit_type) = rules.permit_type(&details.permit_type) else {
            continue;
        };
        let work = match (permit_type.kind, details.employer_id) {
            (PermitKind::Flexible, _) if !permit_type.sectors.is_empty() => any_code(
                fields.sector,
                permit_type.sectors.iter().map(|s| s.as_str()),
            ),
            (PermitKind::EmployerSpecific, Some(employer)) => {
                code(fields.employer, &employer.to_string())
            }
            _ => continue,
        };
        let by_last_day = at_most(fields.start_day, day_number(details.validity.until()));
        ways.push((
            Occur::Should,
            all_of(vec![(Occur::Must, work), (Occur::Must, by_last_day)]),
        ));
    }
    let mut clauses = vec![(Occur::Must, filter(Box::new(BooleanQuery::new(ways))))];
    if !rules.closed_occupations.is_empty() {
        clauses.push((
            Occur::MustNot,
            any_code(
                fields.occupation,
                rules.closed_occupations.iter().map(|c| c.as_str()),
            ),
        ));
    }
    clauses
}

/// Seekers who might legally take the vacancy: a superset of what `assess` accepts
/// (a permit that starts later counts from today). A permit must cover the job and
/// last until its first day.
pub(super) fn seekers_allowed(
    fields: &SeekerFields,
    vacancy: &VacancyFacts,
    rules: &Rules,
    today: NaiveDate,
) -> Vec<(Occur, Box<dyn Query>)> {
    let job: &VacancyDetails = &vacancy.details;
    let nationals = code(fields.nationality, rules.country.as_str());
    if rules.closed_group_of(&job.occupation).is_some() {
        return vec![(Occur::Must, filter(nationals))];
    }
    if job.employer_arranges_permit {
        return Vec::new();
    }
    let first_day = job.start_date.map_or(today, |start| start.max(today));
    let mut keys: Vec<String> = rules
        .permit_types
        .iter()
        .filter(|t| t.covers_sector(&job.sector))
        .map(|t| permit_type_key(&t.code))
        .collect();
    keys.push(permit_employer_key(vacancy.employer_id));
    let mut ways = vec![(Occur::Should, nationals)];
    ways.extend(keys.iter().map(|key| {
        (
            Occur::Should,
            permits_lasting(fields.permit, key, first_day),
        )
    }));
    vec![(Occur::Must, filter(Box::new(BooleanQuery::new(ways))))]
}
