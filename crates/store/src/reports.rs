//! The counts behind reports: one statement per indicator that groups the records it
//! counts by the values of the breakdowns asked for, so that the database adds up a
//! million people and sends back a few hundred groups. The domain (`report`) says
//! what each indicator counts; this is how.

use chrono::{DateTime, NaiveDate, Utc};
use forsa_domain::{
    Breakdown, CentreId, EmployerId, FollowUpOutcome, Indicator, PermitStatus, ReferralStage,
    VacancyStatus,
    referral::FOLLOW_UP_DAYS,
    report::{Subject, Tally},
};
use sea_orm::{
    ConnectionTrait, DatabaseBackend, EntityTrait, QueryResult,
    sea_query::{Alias, Cond, Expr, ExprTrait, Func, IntoIden, Query, SelectStatement, SimpleExpr},
};
use uuid::Uuid;

use crate::{
    Result, Tx,
    entities::{
        employers, follow_ups, referral_events, referrals, seekers, vacancies, work_permits,
    },
    planning::in_centre,
};

/// What a report counts and over what: the indicator, the centre (or all), the days
/// of its period and the instants they begin and end at in the centre's time zone.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportQuery {
    pub indicator: Indicator,
    pub breakdowns: Vec<Breakdown>,
    pub centre: Option<CentreId>,
    /// Only the vacancies of this employer and the referrals to them (for vacancies',
    /// referrals' and follow-ups' indicators).
    pub employer: Option<EmployerId>,
    /// The first and last day of the period.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// When the first day begins and the day after the last begins.
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    /// The time zone's offset from UTC at the period's start, in minutes: the month a
    /// moment falls in is its month there.
    pub offset_minutes: i32,
}

/// How the value of a breakdown is read back.
#[derive(Clone, Copy)]
enum Read {
    Text,
    Year,
    Id,
}

/// A group's values: a code, a year of birth, a centre's id, or nothing (a person
/// whose year of birth is unknown, a vacancy of an employer without a centre).
pub type Values = Vec<Option<String>>;

/// A column as SQL names it (`"seekers"."created_at"`), for expressions written out.
fn quoted<E: EntityTrait>(table: E, column: E::Column) -> String {
    use sea_orm::IdenStatic;
    format!("\"{}\".\"{}\"", table.table_name(), column.as_str())
}

fn col<E: EntityTrait>(table: E, column: impl IntoIden) -> Expr {
    Expr::col((table, column))
}

impl ReportQuery {
    /// The month of a moment (`2026-11`) in the report's time zone (its offset is a
    /// number forsa worked out, written into the statement).
    fn backend_month(&self, backend: DatabaseBackend, moment: &str) -> Expr {
        let offset = self.offset_minutes;
        Expr::cust(match backend {
            DatabaseBackend::Postgres => format!(
                "to_char(timezone('UTC', {moment}) + make_interval(0, 0, 0, 0, 0, {offset}), 'YYYY-MM')"
            ),
            _ => format!("strftime('%Y-%m', {moment}, '{offset:+} minutes')"),
        })
    }

    /// The month of a day (`2026-11`).
    fn day_month(backend: DatabaseBackend, day: &str) -> Expr {
        Expr::cust(match backend {
            DatabaseBackend::Postgres => format!("to_char({day}, 'YYYY-MM')"),
            _ => format!("substr({day}, 1, 7)"),
        })
    }

    /// What the indicator counts a moment of (a registration, a stage reached), for
    /// its month and its period.
    fn moment(&self) -> Option<String> {
        use Indicator::*;
        Some(match self.indicator {
            Registered => quoted(seekers::Entity, seekers::Column::CreatedAt),
            PermitsRecorded => quoted(work_permits::Entity, work_permits::Column::CreatedAt),
            VacanciesPosted | Openings => quoted(vacancies::Entity, vacancies::Column::CreatedAt),
            Referrals => quoted(referrals::Entity, referrals::Column::CreatedAt),
            Interviews | Offers | Placements | DaysToPlacement | PlacementRate => {
                quoted(referral_events::Entity, referral_events::Column::At)
            }
            Active | PermitsValid | PermitsEnding | Employed30 | Employed90 | Employed180 => {
                return None;
            }
        })
    }

    /// The expression a breakdown groups by, and how to read it.
    fn breakdown(&self, backend: DatabaseBackend, breakdown: Breakdown) -> (Expr, Read) {
        let subject = self.indicator.subject();
        match breakdown {
            Breakdown::Sex => (col(seekers::Entity, seekers::Column::Gender), Read::Text),
            Breakdown::AgeBand => (col(seekers::Entity, seekers::Column::BirthYear), Read::Year),
            Breakdown::Nationality => (
                col(seekers::Entity, seekers::Column::Nationality),
                Read::Text,
            ),
            Breakdown::Status => (col(seekers::Entity, seekers::Column::Status), Read::Text),
            Breakdown::Sector => (
                col(vacancies::Entity, vacancies::Column::Sector),
                Read::Text,
            ),
            Breakdown::OccupationGroup => (
                Func::cust("substr")
                    .arg(col(vacancies::Entity, vacancies::Column::Occupation))
                    .arg(1)
                    .arg(1)
                    .into(),
                Read::Text,
            ),
            Breakdown::Location if subject == Subject::Vacancies => (
                col(vacancies::Entity, vacancies::Column::Location),
                Read::Text,
            ),
            Breakdown::Location => (col(seekers::Entity, seekers::Column::Location), Read::Text),
            Breakdown::Centre => (self.centre_column(), Read::Id),
            Breakdown::Month => {
                let month = match (self.moment(), self.indicator) {
                    (Some(moment), _) => self.backend_month(backend, &moment),
                    (None, Indicator::PermitsEnding) => Self::day_month(
                        backend,
                        &quoted(work_permits::Entity, work_permits::Column::ValidUntil),
                    ),
                    (None, _) => Self::day_month(
                        backend,
                        &quoted(follow_ups::Entity, follow_ups::Column::DueOn),
                    ),
                };
                (month, Read::Text)
            }
        }
    }

    /// The column that says which centre a counted record belongs to.
    fn centre_column(&self) -> Expr {
        match self.indicator.subject() {
            Subject::People | Subject::Permits => col(seekers::Entity, seekers::Column::CentreId),
            Subject::Vacancies => col(employers::Entity, employers::Column::CentreId),
            Subject::Referrals | Subject::FollowUps => {
                col(referrals::Entity, referrals::Column::CentreId)
            }
        }
    }

    fn within(&self, moment: Expr) -> Cond {
        Cond::all()
            .add(moment.clone().gte(self.starts))
            .add(moment.lt(self.ends))
    }

    /// The records the indicator counts, joined to what its breakdowns read: the
    /// statement without its selected values.
    fn records(&self, backend: DatabaseBackend) -> SelectStatement {
        use Indicator::*;
        let mut select = Query::select();
        let seeker_of =
            |table_seeker: Expr| table_seeker.equals((seekers::Entity, seekers::Column::Id));
        let not_merged = col(seekers::Entity, seekers::Column::MergedInto).is_null();
        match self.indicator {
            Registered => {
                select
                    .from(seekers::Entity)
                    .and_where(not_merged)
                    .cond_where(self.within(col(seekers::Entity, seekers::Column::CreatedAt)));
            }
            Active => {
                select.from(seekers::Entity).and_where(not_merged);
                self.active(&mut select);
            }
            PlacementRate => {
                // The part; the whole is the people active (`Tx::report`).
                self.stage_reached(&mut select, ReferralStage::Hired);
            }
            PermitsRecorded | PermitsValid | PermitsEnding => {
                select
                    .from(work_permits::Entity)
                    .inner_join(
                        seekers::Entity,
                        seeker_of(col(work_permits::Entity, work_permits::Column::SeekerId)),
                    )
                    .and_where(not_merged);
                let status = col(work_permits::Entity, work_permits::Column::Status)
                    .eq(PermitStatus::Active.as_str());
                let valid_from = col(work_permits::Entity, work_permits::Column::ValidFrom);
                let valid_until = col(work_permits::Entity, work_permits::Column::ValidUntil);
                match self.indicator {
                    PermitsRecorded => {
                        select.cond_where(
                            self.within(col(work_permits::Entity, work_permits::Column::CreatedAt)),
                        );
                    }
                    PermitsValid => {
                        select
                            .and_where(status)
                            .and_where(valid_from.lte(self.to))
                            .and_where(valid_until.gte(self.to));
                    }
                    _ => {
                        select
                            .and_where(status)
                            .and_where(valid_until.clone().gte(self.from))
                            .and_where(valid_until.lte(self.to));
                    }
                }
            }
            VacanciesPosted | Openings => {
                select
                    .from(vacancies::Entity)
                    .left_join(
                        employers::Entity,
                        col(employers::Entity, employers::Column::Id)
                            .equals((vacancies::Entity, vacancies::Column::EmployerId)),
                    )
                    .and_where(
                        col(vacancies::Entity, vacancies::Column::Status)
                            .ne(VacancyStatus::Draft.as_str()),
                    )
                    .cond_where(self.within(col(vacancies::Entity, vacancies::Column::CreatedAt)));
            }
            Referrals => {
                select.from(referrals::Entity);
                self.join_referral(&mut select);
                select
                    .cond_where(self.within(col(referrals::Entity, referrals::Column::CreatedAt)));
            }
            Interviews => self.stage_reached(&mut select, ReferralStage::Interview),
            Offers => self.stage_reached(&mut select, ReferralStage::Offered),
            Placements | DaysToPlacement => self.stage_reached(&mut select, ReferralStage::Hired),
            Employed30 | Employed90 | Employed180 => {
                select.from(follow_ups::Entity).inner_join(
                    referrals::Entity,
                    col(referrals::Entity, referrals::Column::Id)
                        .equals((follow_ups::Entity, follow_ups::Column::ReferralId)),
                );
                self.join_referral(&mut select);
                let due = col(follow_ups::Entity, follow_ups::Column::DueOn);
                // A hire's follow-ups come in the order of `FOLLOW_UP_DAYS`: the one
                // with as many of its referral's due before it as its place there.
                let earlier = Query::select()
                    .expr(Func::count(Expr::val(1)))
                    .from_as(follow_ups::Entity, Alias::new("earlier"))
                    .and_where(
                        Expr::col((Alias::new("earlier"), follow_ups::Column::ReferralId))
                            .equals((follow_ups::Entity, follow_ups::Column::ReferralId)),
                    )
                    .and_where(
                        Expr::col((Alias::new("earlier"), follow_ups::Column::DueOn))
                            .lt(due.clone()),
                    )
                    .to_owned();
                let position = FOLLOW_UP_DAYS
                    .iter()
                    .position(|days| Some(*days) == self.indicator.follow_up_days())
                    .map_or(0, |place| place as i64);
                select
                    .and_where(due.clone().gte(self.from))
                    .and_where(due.lte(self.to))
                    .and_where(
                        Expr::expr(SimpleExpr::SubQuery(None, Box::new(earlier.into())))
                            .eq(position),
                    );
            }
        }
        if let Some(centre) = self.centre {
            // On SQLite the report indexes are read rather than every record of the
            // centre through the lists' (centre, day) index, each looked up (2.3 s
            // among a million people rather than 0.1 s).
            select.and_where(in_centre(backend, self.centre_column(), centre));
        }
        if let Some(employer) = self.employer {
            select.and_where(
                col(vacancies::Entity, vacancies::Column::EmployerId).eq(employer.as_uuid()),
            );
        }
        select
    }

    /// People with an open record at some time in the period.
    fn active(&self, select: &mut SelectStatement) {
        let archived = col(seekers::Entity, seekers::Column::ArchivedAt);
        select
            .and_where(col(seekers::Entity, seekers::Column::CreatedAt).lt(self.ends))
            .cond_where(
                Cond::any()
                    .add(archived.clone().is_null())
                    .add(archived.gte(self.starts)),
            );
    }

    /// Referrals joined to their person and vacancy.
    fn join_referral(&self, select: &mut SelectStatement) {
        select
            .inner_join(
                seekers::Entity,
                col(seekers::Entity, seekers::Column::Id)
                    .equals((referrals::Entity, referrals::Column::SeekerId)),
            )
            .inner_join(
                vacancies::Entity,
                col(vacancies::Entity, vacancies::Column::Id)
                    .equals((referrals::Entity, referrals::Column::VacancyId)),
            );
    }

    /// Moves of referrals to `stage` in the period.
    fn stage_reached(&self, select: &mut SelectStatement, stage: ReferralStage) {
        select.from(referral_events::Entity).inner_join(
            referrals::Entity,
            col(referrals::Entity, referrals::Column::Id)
                .equals((referral_events::Entity, referral_events::Column::ReferralId)),
        );
        self.join_referral(select);
        select
            .and_where(
                col(referral_events::Entity, referral_events::Column::ToStage).eq(stage.as_str()),
            )
            .cond_where(self.within(col(referral_events::Entity, referral_events::Column::At)));
    }

    /// What the statement groups by, and where each breakdown asked for is among
    /// them. A count of people groups by all that a person's breakdowns read, in the
    /// order of the index on them (migration 21), whichever are asked for: SQLite
    /// then adds up a million people reading that index in its order (0.1 s), where
    /// grouping by two of them alone makes it sort them all first (1 s); the groups
    /// are added up into the breakdowns asked for afterwards (`Figures::of`).
    fn grouped_by(&self, days: bool) -> (Vec<Breakdown>, Vec<usize>) {
        const PERSON: [Breakdown; 6] = [
            Breakdown::Centre,
            Breakdown::Sex,
            Breakdown::Status,
            Breakdown::AgeBand,
            Breakdown::Nationality,
            Breakdown::Location,
        ];
        if days || self.indicator.subject() != Subject::People {
            return (
                self.breakdowns.clone(),
                (0..self.breakdowns.len()).collect(),
            );
        }
        let mut grouped = PERSON.to_vec();
        grouped.extend(self.breakdowns.iter().filter(|b| !PERSON.contains(b)));
        let positions = self
            .breakdowns
            .iter()
            .map(|b| grouped.iter().position(|g| g == b).unwrap_or(0))
            .collect();
        (grouped, positions)
    }

    /// What one group adds up to, as the statement's values after the breakdowns'.
    fn tallies(&self) -> Vec<Expr> {
        use Indicator::*;
        let count_of = |column: Expr| Func::count_distinct(column).into();
        match self.indicator {
            Registered | Active | PermitsRecorded | PermitsValid | PermitsEnding
            | VacanciesPosted => vec![Func::count(Expr::val(1)).into()],
            Openings => vec![Func::sum(col(vacancies::Entity, vacancies::Column::Openings)).into()],
            Referrals => vec![count_of(col(referrals::Entity, referrals::Column::Id))],
            Interviews | Offers | Placements => {
                vec![count_of(col(
                    referral_events::Entity,
                    referral_events::Column::ReferralId,
                ))]
            }
            PlacementRate => vec![count_of(col(seekers::Entity, seekers::Column::Id))],
            DaysToPlacement => vec![],
            Employed30 | Employed90 | Employed180 => {
                let outcome = col(follow_ups::Entity, follow_ups::Column::Outcome);
                let one_when =
                    |cond: Expr| -> Expr { Func::sum(Expr::case(cond, 1).finally(0)).into() };
                vec![
                    one_when(outcome.clone().eq(FollowUpOutcome::StillEmployed.as_str())),
                    one_when(outcome.is_in([
                        FollowUpOutcome::StillEmployed.as_str(),
                        FollowUpOutcome::LeftJob.as_str(),
                    ])),
                    Func::count(Expr::val(1)).into(),
                ]
            }
        }
    }
}

fn read_values(row: &QueryResult, reads: &[Read]) -> Result<Values> {
    reads
        .iter()
        .enumerate()
        .map(|(i, read)| {
            Ok(match read {
                Read::Text => row.try_get_by_index::<Option<String>>(i)?,
                Read::Year => row
                    .try_get_by_index::<Option<i32>>(i)?
                    .map(|y| y.to_string()),
                Read::Id => row
                    .try_get_by_index::<Option<Uuid>>(i)?
                    .map(|id| id.to_string()),
            })
        })
        .collect()
}

fn count_at(row: &QueryResult, index: usize) -> Result<u64> {
    let value: Option<i64> = row.try_get_by_index(index)?;
    Ok(value.and_then(|n| u64::try_from(n).ok()).unwrap_or(0))
}

impl Tx {
    /// The groups of what `query` counts, each with the values of its breakdowns (in
    /// their order) and what its records add up to.
    pub async fn report(&self, query: &ReportQuery) -> Result<Vec<(Values, Tally)>> {
        Ok(self
            .reports(std::slice::from_ref(query))
            .await?
            .pop()
            .unwrap_or_default())
    }

    /// The groups of each of `queries` (a page of reports): the people active are
    /// read once for their own report and for the whole of the placement rate.
    pub async fn reports(&self, queries: &[ReportQuery]) -> Result<Vec<Vec<(Values, Tally)>>> {
        let backend = self.conn().get_database_backend();
        let mut counted = Vec::with_capacity(queries.len());
        let mut active: Vec<(ReportQuery, Vec<(Values, Tally)>)> = Vec::new();
        for query in queries {
            let mut groups = self.report_groups(query, backend).await?;
            if query.indicator == Indicator::Active {
                active.push((query.clone(), groups.clone()));
            }
            if query.indicator == Indicator::PlacementRate {
                // The whole of each group: the people active.
                let of_active = ReportQuery {
                    indicator: Indicator::Active,
                    ..query.clone()
                };
                let whole = match active.iter().find(|(asked, _)| *asked == of_active) {
                    Some((_, groups)) => groups.clone(),
                    None => self.report_groups(&of_active, backend).await?,
                };
                groups.extend(whole.into_iter().map(|(values, tally)| {
                    let whole = Tally {
                        whole: tally.count,
                        ..Tally::default()
                    };
                    (values, whole)
                }));
            }
            counted.push(groups);
        }
        Ok(counted)
    }

    async fn report_groups(
        &self,
        query: &ReportQuery,
        backend: DatabaseBackend,
    ) -> Result<Vec<(Values, Tally)>> {
        let mut select = query.records(backend);
        let days = query.indicator == Indicator::DaysToPlacement;
        let (grouped, positions) = query.grouped_by(days);
        let (exprs, reads): (Vec<Expr>, Vec<Read>) =
            grouped.iter().map(|b| query.breakdown(backend, *b)).unzip();
        for expr in exprs.iter().cloned() {
            select.expr(expr);
        }
        if days {
            select
                .expr(col(seekers::Entity, seekers::Column::CreatedAt))
                .expr(col(referral_events::Entity, referral_events::Column::At));
        } else {
            for tally in query.tallies() {
                select.expr(tally);
            }
            // By the selected values' positions: an expression with bound values
            // (`substr(…, 1, 1)`) would, written again, be another one to PostgreSQL.
            select.add_group_by((1..=exprs.len()).map(|position| Expr::cust(position.to_string())));
        }
        let rows = self.conn().query_all_raw(backend.build(&select)).await?;
        let width = reads.len();
        rows.iter()
            .map(|row| {
                let read = read_values(row, &reads)?;
                let values = positions.iter().map(|&p| read[p].clone()).collect();
                let tally = if days {
                    let registered: DateTime<Utc> = row.try_get_by_index(width)?;
                    let hired: DateTime<Utc> = row.try_get_by_index(width + 1)?;
                    let offset = chrono::TimeDelta::minutes(i64::from(query.offset_minutes));
                    let day = |moment: DateTime<Utc>| (moment + offset).date_naive();
                    Tally {
                        days: vec![(day(hired) - day(registered)).num_days()],
                        ..Tally::default()
                    }
                } else {
                    Tally {
                        count: count_at(row, width)?,
                        reached: if query.indicator.follow_up_days().is_some() {
                            count_at(row, width + 1)?
                        } else {
                            0
                        },
                        placed: if query.indicator.follow_up_days().is_some() {
                            count_at(row, width + 2)?
                        } else {
                            0
                        },
                        ..Tally::default()
                    }
                };
                Ok((values, tally))
            })
            .collect()
    }
}
