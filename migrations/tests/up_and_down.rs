//! The same migrations must run up and down on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used)]

use forsa_migrations::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};

async fn count(db: &DatabaseConnection, table: &str) -> i64 {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT COUNT(*) AS n FROM {table}"),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

/// A fresh SQLite database in `dir`.
async fn sqlite(dir: &tempfile::TempDir) -> DatabaseConnection {
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("forsa.db").display()
    );
    Database::connect(url).await.unwrap()
}

/// A fresh SQLite database in `dir`, migrated up to the migration whose name ends
/// with `migration`, not included: data as it was before that migration.
async fn sqlite_before(dir: &tempfile::TempDir, migration: &str) -> DatabaseConnection {
    let db = sqlite(dir).await;
    let before = Migrator::migrations()
        .iter()
        .position(|m| m.name().ends_with(migration))
        .unwrap();
    Migrator::up(&db, Some(u32::try_from(before).unwrap()))
        .await
        .unwrap();
    db
}

async fn up_down_up(db: &DatabaseConnection) {
    Migrator::up(db, None).await.unwrap();
    assert_eq!(count(db, "occupations").await, 619);
    assert_eq!(count(db, "sectors").await, 21);
    assert_eq!(count(db, "permit_types").await, 3);
    Migrator::down(db, None).await.unwrap();
    assert!(
        Migrator::get_applied_migrations(db)
            .await
            .unwrap()
            .is_empty()
    );
    Migrator::up(db, None).await.unwrap();
    assert_eq!(count(db, "locations").await, 14);
}

/// The employers recorded with one name line ("عربي · English", or one language)
/// have it sorted into a name per language.
#[tokio::test]
async fn employer_names_recorded_before_are_sorted_by_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite_before(&dir, "add_employer_names").await;
    let backend = db.get_database_backend();
    for name in [
        "مزارع الغور · Ghor Farms",
        "Al-Bina Contracting",
        "مخبز الزعتري",
    ] {
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            "INSERT INTO employers (id, name, sector, location, created_at, updated_at, version) \
             VALUES (?, ?, 'F', 'JO-AM', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)",
            [uuid::Uuid::now_v7().into(), name.into()],
        ))
        .await
        .unwrap();
    }
    Migrator::up(&db, None).await.unwrap();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT name, name_ar, name_en FROM employers ORDER BY name",
        ))
        .await
        .unwrap();
    let names: Vec<(String, Option<String>, Option<String>)> = rows
        .iter()
        .map(|row| {
            (
                row.try_get("", "name").unwrap(),
                row.try_get("", "name_ar").unwrap(),
                row.try_get("", "name_en").unwrap(),
            )
        })
        .collect();
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        names,
        [
            (
                "Al-Bina Contracting".to_owned(),
                None,
                some("Al-Bina Contracting")
            ),
            ("مخبز الزعتري".to_owned(), some("مخبز الزعتري"), None),
            (
                "مزارع الغور · Ghor Farms".to_owned(),
                some("مزارع الغور"),
                some("Ghor Farms")
            ),
        ]
    );
}

/// Opening hours written before as a line of text keep the days and times they name
/// (of a bilingual line, the part that reads as such); a line that names none is
/// cleared rather than left unreadable.
#[tokio::test]
async fn opening_hours_written_before_become_days_and_times() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite_before(&dir, "structure_opening_hours").await;
    let backend = db.get_database_backend();
    for (name, hours) in [
        ("Azraq", "Sun–Thu 08:00–15:00 · الأحد–الخميس ٨:٠٠–١٥:٠٠"),
        ("Irbid", "sun-wed 8:00-14:00, thu 8:00-12:00"),
        ("Zaatari", "Every weekday morning"),
    ] {
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            "INSERT INTO centres (id, name_ar, name_en, location, opening_hours, created_at) \
             VALUES (?, ?, ?, 'JO-AM', ?, CURRENT_TIMESTAMP)",
            [
                uuid::Uuid::now_v7().into(),
                name.into(),
                name.into(),
                hours.into(),
            ],
        ))
        .await
        .unwrap();
    }
    Migrator::up(&db, None).await.unwrap();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT name_en, opening_hours FROM centres ORDER BY name_en",
        ))
        .await
        .unwrap();
    let hours: Vec<(String, Option<String>)> = rows
        .iter()
        .map(|row| {
            (
                row.try_get("", "name_en").unwrap(),
                row.try_get("", "opening_hours").unwrap(),
            )
        })
        .collect();
    assert_eq!(
        hours,
        [
            ("Azraq".to_owned(), Some("Sun–Thu 08:00–15:00".to_owned())),
            (
                "Irbid".to_owned(),
                Some("Sun–Wed 08:00–14:00; Thu 08:00–12:00".to_owned())
            ),
            ("Zaatari".to_owned(), None),
        ]
    );
}

/// A centre and a man born in 1990 registered at it, named `name`, with `phone`:
/// a person recorded by an earlier version, for a migration to fill in. His id.
async fn person(db: &DatabaseConnection, name: &str, phone: Option<&str>) -> uuid::Uuid {
    let backend = db.get_database_backend();
    let (centre, seeker) = (uuid::Uuid::now_v7(), uuid::Uuid::now_v7());
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        "INSERT INTO centres (id, name_ar, name_en, location, created_at) \
         VALUES (?, 'مركز', 'Centre', 'JO-AM', CURRENT_TIMESTAMP)",
        [centre.into()],
    ))
    .await
    .unwrap();
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        "INSERT INTO seekers (id, centre_id, full_name, gender, birth_year, nationality, status, \
         phone, location, languages, occupations, skills, preferences, created_at, updated_at, version) \
         VALUES (?, ?, ?, 'male', 1990, 'SY', 'refugee', ?, 'JO-AM', \
         '[]', '[]', '[]', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)",
        [
            seeker.into(),
            centre.into(),
            name.into(),
            phone.map(str::to_owned).into(),
        ],
    ))
    .await
    .unwrap();
    seeker
}

/// The people recorded before the duplicate check are found by it: their phone in
/// E.164 and their name's pairs are filled in.
#[tokio::test]
async fn people_recorded_before_get_their_duplicate_keys() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite_before(&dir, "add_duplicate_check").await;
    let backend = db.get_database_backend();
    person(&db, "محمد أحمد الحريري", Some("079 123 4567")).await;
    Migrator::up(&db, None).await.unwrap();
    let phone = db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT phone_e164 FROM seekers",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        phone.try_get::<Option<String>>("", "phone_e164").unwrap(),
        Some("+962791234567".to_owned())
    );
    assert_eq!(
        count(&db, "seeker_name_pairs").await,
        keys("محمد أحمد الحريري").len() as i64
    );
}

/// The look-up keys of `name` by today's rules.
fn keys(name: &str) -> Vec<String> {
    forsa_domain::likeness::name_pairs(&forsa_domain::likeness::name_words(name))
}

/// A person named `name` recorded before `migration` with `stale`, a key of earlier
/// rules, then every migration run: the person's keys as they stand after it, which
/// must be today's, without the stale one.
async fn rekeyed(migration: &str, name: &str, stale: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite_before(&dir, migration).await;
    let seeker = person(&db, name, None).await;
    db.execute_raw(Statement::from_sql_and_values(
        db.get_database_backend(),
        "INSERT INTO seeker_name_pairs (pair, seeker_id, gender, birth_year) \
         VALUES (?, ?, 'male', 1990)",
        [stale.into(), seeker.into()],
    ))
    .await
    .unwrap();
    Migrator::up(&db, None).await.unwrap();
    let expected = keys(name);
    assert!(
        !expected.contains(&stale.to_owned()),
        "the earlier key goes"
    );
    assert_eq!(count(&db, "seeker_name_pairs").await, expected.len() as i64);
    expected
}

/// Migration 17 writes the name keys again by the rules of the interdentals: a key
/// of the earlier rules goes, each way the name may be written gets its own.
#[tokio::test]
async fn name_keys_are_written_again_for_the_interdentals() {
    let written = rekeyed("rekey_name_pairs", "كاظم جواد الزبيدي", "jwd kzm").await;
    assert!(written.len() > 3, "ظ may be written two ways: {written:?}");
    let kazem = keys("Kazem Jawad Al-Zubaidi");
    assert!(kazem.iter().any(|key| written.contains(key)));
}

/// Migration 18 writes the name keys again for Bani, Allah and al-Huda compounds:
/// Banihani, keyed before as one word, now meets Bani Hani.
#[tokio::test]
async fn name_keys_are_written_again_for_compounds() {
    let written = rekeyed(
        "rekey_names_for_compounds",
        "Issa Khalil Banihani",
        "bnhn q",
    )
    .await;
    let apart = keys("Eisa Khalil Bani Hani");
    assert!(apart.iter().any(|key| written.contains(key)));
}

#[tokio::test]
async fn migrations_run_up_and_down_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(&dir).await;
    up_down_up(&db).await;
}

#[tokio::test]
async fn migrations_run_up_and_down_on_postgres() {
    let Ok(server) = std::env::var("FORSA_TEST_DATABASE_URL") else {
        eprintln!("FORSA_TEST_DATABASE_URL is not set; skipping the PostgreSQL run");
        return;
    };
    let name = format!("forsa_migrations_{}", std::process::id());
    let admin = Database::connect(server.as_str()).await.unwrap();
    let backend = admin.get_database_backend();
    admin
        .execute_raw(Statement::from_string(
            backend,
            format!("DROP DATABASE IF EXISTS {name}"),
        ))
        .await
        .unwrap();
    admin
        .execute_raw(Statement::from_string(
            backend,
            format!("CREATE DATABASE {name}"),
        ))
        .await
        .unwrap();
    let base = server
        .rsplit_once('/')
        .map_or(server.as_str(), |(base, _)| base);
    let db = Database::connect(format!("{base}/{name}")).await.unwrap();
    up_down_up(&db).await;
    db.close().await.unwrap();
    admin
        .execute_raw(Statement::from_string(
            backend,
            format!("DROP DATABASE {name}"),
        ))
        .await
        .unwrap();
}
