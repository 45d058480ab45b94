//! The classifications and Jordan's rules as shipped. Admins change the rules later
//! through the API; the classifications are standards and stay as they are.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const ISCO: &str = include_str!("../data/isco08.tsv");
const ISIC_SECTIONS: &str = include_str!("../data/isic4-sections.tsv");
const LOCATIONS: &str = include_str!("../data/locations-jo.tsv");
const CLOSED_OCCUPATIONS: &str = include_str!("../data/closed-occupations-jo.tsv");

/// The first day of Jordan's JD 290 minimum wage, and the figure in fils.
const MINIMUM_WAGE_FROM: &str = "2025-01-01";
const MINIMUM_WAGE_FILS: i64 = 290_000;

fn rows(tsv: &'static str, width: usize) -> Result<Vec<Vec<&'static str>>, DbErr> {
    tsv.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() == width {
                Ok(fields)
            } else {
                Err(DbErr::Migration(format!(
                    "reference data row has {} fields, not {width}: {line}",
                    fields.len()
                )))
            }
        })
        .collect()
}

fn bad(error: impl std::fmt::Display) -> DbErr {
    DbErr::Migration(error.to_string())
}

async fn insert(
    manager: &SchemaManager<'_>,
    table: &'static str,
    columns: &[&'static str],
    rows: Vec<Vec<SimpleExpr>>,
) -> Result<(), DbErr> {
    // Several statements keep each under the bind-parameter limits of both databases.
    for chunk in rows.chunks(200) {
        let mut statement = Query::insert();
        statement.into_table(table).columns(columns.iter().copied());
        for row in chunk {
            statement.values(row.clone()).map_err(bad)?;
        }
        manager.exec_stmt(statement).await?;
    }
    Ok(())
}

fn optional(value: &str) -> SimpleExpr {
    if value.is_empty() {
        Expr::value(Option::<String>::None)
    } else {
        Expr::value(value)
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let sectors = rows(ISIC_SECTIONS, 3)?
            .into_iter()
            .map(|r| vec![Expr::value(r[0]), Expr::value(r[1]), Expr::value(r[2])])
            .collect();
        insert(manager, "sectors", &["code", "name_en", "name_ar"], sectors).await?;

        let mut occupations = Vec::new();
        for r in rows(ISCO, 4)? {
            let level: i16 = r[1].parse().map_err(bad)?;
            let parent = if r[0].len() > 1 {
                &r[0][..r[0].len() - 1]
            } else {
                ""
            };
            occupations.push(vec![
                Expr::value(r[0]),
                Expr::value(level),
                optional(parent),
                Expr::value(r[2]),
                Expr::value(r[3]),
            ]);
        }
        insert(
            manager,
            "occupations",
            &["code", "level", "parent_code", "name_en", "name_ar"],
            occupations,
        )
        .await?;

        let locations = rows(LOCATIONS, 5)?
            .into_iter()
            .map(|r| {
                vec![
                    Expr::value(r[0]),
                    Expr::value(r[1]),
                    optional(r[2]),
                    Expr::value(r[3]),
                    Expr::value(r[4]),
                ]
            })
            .collect();
        insert(
            manager,
            "locations",
            &["code", "kind", "parent_code", "name_en", "name_ar"],
            locations,
        )
        .await?;

        let permit_types = [
            (
                "flexible_construction",
                "Flexible construction permit",
                "تصريح عمل مرن في قطاع الإنشاءات",
                "flexible",
                r#"["F"]"#,
            ),
            (
                "flexible_agriculture",
                "Flexible agriculture permit",
                "تصريح عمل مرن في قطاع الزراعة",
                "flexible",
                r#"["A"]"#,
            ),
            (
                "employer_specific",
                "Employer-specific permit",
                "تصريح عمل لدى صاحب عمل محدد",
                "employer_specific",
                "[]",
            ),
        ]
        .into_iter()
        .map(|(code, en, ar, kind, sectors)| {
            vec![
                Expr::value(code),
                Expr::value(en),
                Expr::value(ar),
                Expr::value(kind),
                Expr::value(sectors),
                Expr::value(true),
            ]
        })
        .collect();
        insert(
            manager,
            "permit_types",
            &["code", "name_en", "name_ar", "kind", "sectors", "active"],
            permit_types,
        )
        .await?;

        let now = Expr::current_timestamp();
        let closed = rows(CLOSED_OCCUPATIONS, 3)?
            .into_iter()
            .map(|r| {
                vec![
                    Expr::value(r[0]),
                    Expr::value(r[1]),
                    Expr::value(r[2]),
                    now.clone(),
                ]
            })
            .collect();
        insert(
            manager,
            "closed_occupations",
            &["code", "note_en", "note_ar", "created_at"],
            closed,
        )
        .await?;

        let from = chrono_date(MINIMUM_WAGE_FROM)?;
        insert(
            manager,
            "minimum_wages",
            &["valid_from", "monthly_fils", "created_at"],
            vec![vec![Expr::value(from), Expr::value(MINIMUM_WAGE_FILS), now]],
        )
        .await?;

        insert(
            manager,
            "settings",
            &["key", "value"],
            vec![vec![Expr::value("country"), Expr::value("JO")]],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "settings",
            "minimum_wages",
            "closed_occupations",
            "permit_types",
            "locations",
            "occupations",
            "sectors",
        ] {
            manager
                .exec_stmt(Query::delete().from_table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

fn chrono_date(raw: &str) -> Result<sea_orm::prelude::Date, DbErr> {
    sea_orm::prelude::Date::parse_from_str(raw, "%Y-%m-%d").map_err(bad)
}
