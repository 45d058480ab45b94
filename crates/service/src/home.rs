//! The home pages of employers and admins: what each should look at first. An
//! employer sees their open vacancies with the referrals new this week and those
//! waiting for their answer; an admin sees the centres, the users, the latest rule
//! changes and where the search index stands.

use chrono::Duration;
use forsa_domain::{
    CentreId, ReferralStage, Role, VacancyStatus, employer::EmployerName, organisation::Centre,
    permit::PermitType, vacancy::Vacancy,
};
use forsa_store::{Page, RoleCount, RuleChange, VacancyQuery, VacancyReferralCounts};

use crate::{
    Actor, IndexStatus, KeyFigures, ReferralFilter, ReferralRow, Result, Service, ServiceError,
    Short,
    access::require_admin,
    reports::{KeyScope, key_figures},
};

/// Referrals made this many days ago or since count as new.
pub const NEW_DAYS: i64 = 7;
/// How many open vacancies an employer's home lists; the total counts them all.
const VACANCIES_SHOWN: u64 = 50;
/// How many waiting referrals and rule changes a home lists.
const FEW: u64 = 10;

/// An employer's open vacancy with its referrals.
#[derive(Debug, Clone)]
pub struct OpenVacancy {
    pub vacancy: Vacancy,
    pub referrals: VacancyReferralCounts,
}

#[derive(Debug, Clone)]
pub struct EmployerHome {
    pub employer_name: EmployerName,
    /// Open vacancies, as many as the page lists, with the total.
    pub open: Short<OpenVacancy>,
    /// Vacancies saved as drafts, not yet published.
    pub drafts: u64,
    /// Referrals waiting for the employer's answer, the latest first.
    pub waiting: Short<ReferralRow>,
    /// Their vacancies posted, referrals received, interviews and hires this month
    /// against last.
    pub key_figures: KeyFigures,
}

/// A centre with what it holds.
#[derive(Debug, Clone)]
pub struct CentreSummary {
    pub centre: Centre,
    pub caseworkers: u64,
    pub people: u64,
    pub open_referrals: u64,
}

/// A change to the rules with the name of who made it.
#[derive(Debug, Clone)]
pub struct RuleChangeView {
    pub change: RuleChange,
    pub by: Option<String>,
}

#[derive(Debug, Clone)]
pub struct AdminHome {
    pub centres: Vec<CentreSummary>,
    /// Each role's users, in the roles' order.
    pub users: Vec<(Role, RoleCount)>,
    /// The latest changes to the rules, the latest first.
    pub rule_changes: Vec<RuleChangeView>,
    /// Every permit type, to name those the changes are about.
    pub permit_types: Vec<PermitType>,
    pub index: IndexStatus,
}

impl Service {
    /// The employer user's own home.
    pub async fn employer_home(&self, actor: &Actor) -> Result<EmployerHome> {
        let employer = actor
            .membership
            .employer_id()
            .ok_or(ServiceError::Forbidden)?;
        let tx = self.begin().await?;
        let found = tx.employer(employer).await?;
        let centre = found.as_ref().and_then(|e| e.centre_id);
        let employer_name = found.map(|e| e.details.name).unwrap_or_default();
        let of = |status| VacancyQuery {
            employer: Some(employer),
            status: Some(status),
            ..VacancyQuery::default()
        };
        let open = tx
            .vacancies(&of(VacancyStatus::Open), Page::first(VACANCIES_SHOWN))
            .await?;
        let drafts = tx
            .vacancies(&of(VacancyStatus::Draft), Page::first(1))
            .await?
            .total;
        let ids: Vec<_> = open.items.iter().map(|v| v.id).collect();
        let since = forsa_store::clock::now() - Duration::days(NEW_DAYS);
        let mut counts = tx.referral_counts_by_vacancy(&ids, since).await?;
        let filter = ReferralFilter {
            stage: Some(ReferralStage::Referred),
            ..ReferralFilter::default()
        };
        let waiting = tx
            .referrals(
                &self.referral_query(&tx, actor, filter).await?,
                Page::first(FEW),
            )
            .await?;
        let rows = self.referral_rows(&tx, actor, waiting.items).await?;
        let key_figures = key_figures(&tx, KeyScope::Employer(employer, centre)).await?;
        tx.commit().await?;
        Ok(EmployerHome {
            employer_name,
            open: Short {
                total: open.total,
                first: open
                    .items
                    .into_iter()
                    .map(|vacancy| OpenVacancy {
                        referrals: counts.remove(&vacancy.id).unwrap_or_default(),
                        vacancy,
                    })
                    .collect(),
            },
            drafts,
            waiting: Short {
                total: waiting.total,
                first: rows,
            },
            key_figures,
        })
    }

    /// The admin's home: every centre, the users, the rule changes, the index.
    pub async fn admin_home(&self, actor: &Actor) -> Result<AdminHome> {
        require_admin(actor)?;
        let tx = self.begin().await?;
        let mut people = tx.people_by_centre().await?;
        let mut caseworkers = tx.caseworkers_by_centre().await?;
        let mut open = tx.open_referrals_by_centre().await?;
        let mut take = |id: CentreId| {
            (
                caseworkers.remove(&id).unwrap_or(0),
                people.remove(&id).unwrap_or(0),
                open.remove(&id).unwrap_or(0),
            )
        };
        let centres = tx
            .centres()
            .await?
            .into_iter()
            .map(|centre| {
                let (caseworkers, people, open_referrals) = take(centre.id);
                CentreSummary {
                    centre,
                    caseworkers,
                    people,
                    open_referrals,
                }
            })
            .collect();
        let users = tx.users_by_role().await?;
        let mut rule_changes = Vec::new();
        for change in tx.rule_changes(FEW).await? {
            let by = match change.actor_id {
                Some(id) => tx.user(id).await?.map(|u| u.name),
                None => None,
            };
            rule_changes.push(RuleChangeView { change, by });
        }
        let permit_types = tx.permit_types().await?;
        tx.commit().await?;
        Ok(AdminHome {
            centres,
            users,
            rule_changes,
            permit_types,
            index: self.index_status().await?,
        })
    }
}
