//! The admin pages over plain HTTP: centres and users created through forms, an
//! invalid user form that saves nothing, disabling that ends a session, a password
//! set anew, the rules, the access log, and a 403 for anyone but an admin.

use forsa_tests::{PASSWORD, Pages, TestApp};
use reqwest::StatusCode;

async fn user_total(pages: &Pages<'_>) -> usize {
    let (status, page) = pages.get("/users").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    page.matches(r#"<li class="record user">"#).count()
}

#[tokio::test]
async fn an_admin_opens_a_centre_and_creates_its_caseworker() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let pages = Pages::of(&admin, "en").await;

    let (status, location, page) = pages
        .post(
            "/centres",
            &[
                ("name_ar", "مركز الزرقاء"),
                ("name_en", "Zarqa centre"),
                ("location", "JO-MA-ZAATARI"),
                ("opens", "08:00"),
                ("closes", "15:00"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location, "/centres?saved=1");
    let (status, page) = pages.get("/centres?saved=1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("The centre was saved."), "{page}");
    assert!(page.contains("Zarqa centre"), "{page}");

    let (status, page) = pages.get("/users/new").await;
    assert_eq!(status, StatusCode::OK);
    let centre = page
        .split(r#"<option value=""#)
        .find_map(|option| option.split_once(r#"">Zarqa centre<"#).map(|(id, _)| id))
        .unwrap()
        .to_owned();
    let (status, location, page) = pages
        .post(
            "/users",
            &[
                ("name", "Rana Odeh"),
                ("email", "rana@forsa.test"),
                ("role", "caseworker"),
                ("centre_id", &centre),
                ("employer_id", ""),
                ("password", PASSWORD),
                ("locale", "ar"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location, "/users?saved=1");
    let (_, page) = pages.get("/users").await;
    assert!(page.contains("Rana Odeh") && page.contains("rana@forsa.test"));
    let (status, _, page) = pages
        .post(
            "/users",
            &[
                ("name", "Another Rana"),
                ("email", "rana@forsa.test"),
                ("role", "admin"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        page.contains(r#"id="email_error">A user with this email exists already."#),
        "{page}"
    );
    let rana = app.login("rana@forsa.test", PASSWORD).await;
    let (status, _) = rana.get("/api/v1/seekers").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn an_invalid_user_form_shows_each_problem_by_its_field_and_saves_nothing() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let pages = Pages::of(&admin, "ar").await;
    let before = user_total(&pages).await;
    let (status, _, page) = pages
        .post(
            "/users",
            &[
                ("name", "Rana Odeh"),
                ("email", "not an email"),
                ("role", "caseworker"),
                ("centre_id", ""),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(
        page.contains(r#"<p class="field-error" id="email_error">"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<p class="field-error" id="centre_id_error">اختر المركز.</p>"#),
        "{page}"
    );
    assert!(page.contains(r#"id="password_error""#), "{page}");
    assert!(
        page.contains(r#"value="Rana Odeh""#),
        "keeps what was typed"
    );
    assert!(!page.contains("short"), "a password is never shown back");
    assert_eq!(user_total(&pages).await, before);
}

#[tokio::test]
async fn disabling_a_user_ends_their_session_and_a_new_password_lets_them_back() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.admin, "en").await;
    let caseworker = app
        .service
        .authenticate(&world.caseworker.token)
        .await
        .unwrap()
        .user_id;
    let (status, location, _) = pages
        .post(
            &format!("/users/{caseworker}/disabled"),
            &[("disabled", "yes")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location, "/users?saved=1");
    let (status, _) = world.caseworker.get("/api/v1/seekers").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (_, page) = pages.get("/users").await;
    assert!(page.contains("Disabled"), "{page}");

    pages
        .post(
            &format!("/users/{caseworker}/disabled"),
            &[("disabled", "no")],
        )
        .await;
    let (status, page) = pages.get(&format!("/users/{caseworker}/password")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Caseworker"), "{page}");
    let (status, _, page) = pages
        .post(
            &format!("/users/{caseworker}/password"),
            &[("password", "password1234")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains(r#"id="password_error">This password is too easy to guess."#),
        "{page}"
    );
    let (status, _, _) = pages
        .post(
            &format!("/users/{caseworker}/password"),
            &[("password", "cedar-river-lantern-77")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    app.login("caseworker.centre-a@forsa.test", "cedar-river-lantern-77")
        .await;
}

#[tokio::test]
async fn an_admin_closes_an_occupation_and_sets_the_minimum_wage() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let pages = Pages::of(&admin, "en").await;
    let (status, page) = pages.get("/rules").await;
    assert_eq!(status, StatusCode::OK, "{page}");

    let (status, location, _) = pages
        .post("/rules/closed-occupations", &[("occupation", "7112")])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location, "/rules?saved=1");
    let (_, page) = pages.get("/rules?saved=1").await;
    assert!(
        page.contains(r#"action="/rules/closed-occupations/7112/open""#),
        "{page}"
    );
    let (status, _, page) = pages
        .post("/rules/closed-occupations", &[("occupation", "99")])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(r#"id="occupation_error""#), "{page}");

    let (status, _, page) = pages
        .post(
            "/rules/minimum-wage",
            &[("monthly", "lots"), ("valid_from", "2026-01-01")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains(
            r#"<p class="field-error" id="monthly_error">Enter a number, such as 350.</p>"#
        ),
        "{page}"
    );
    let (status, _, _) = pages
        .post(
            "/rules/minimum-wage",
            &[("monthly", "310"), ("valid_from", "2026-01-01")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, rules) = admin.get("/api/v1/rules").await;
    assert_eq!(rules["minimum_wage"]["monthly"], serde_json::json!(310.0));
    assert!(
        rules["closed_occupations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|code| code == "7112"),
        "{rules}"
    );

    let (status, _, _) = pages.post("/rules/closed-occupations/7112/open", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_access_log_lists_events_by_actor_and_by_subject() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let pages = Pages::of(&world.admin, "en").await;
    // Opened without a question, the newest events of all.
    let (status, page) = pages.get("/audit").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(r#"<li class="record audit-event">"#),
        "{page}"
    );

    let path = format!("/audit?subject_type=seeker&subject_id={}", world.seeker);
    let (status, page) = pages.get(&path).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains(r#"<li class="record audit-event">"#),
        "{page}"
    );
    assert!(page.contains("Created"), "{page}");

    let (status, page) = pages.get("/audit?actor_id=nobody").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(r#"id="actor_id_error""#), "{page}");
}

#[tokio::test]
async fn only_admins_open_the_admin_pages() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    for session in [&world.caseworker, &world.employer_user] {
        let pages = Pages::of(session, "en").await;
        for path in ["/centres", "/users", "/users/new", "/rules", "/audit"] {
            let (status, _) = pages.get(path).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        }
        let (status, _, _) = pages
            .post("/rules/closed-occupations", &[("occupation", "7112")])
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn an_admin_saves_a_permit_type_and_a_flexible_one_needs_its_sectors() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let pages = Pages::of(&admin, "en").await;
    // The sectors are checkboxes: each ticked one is sent under the same name.
    let form = |sectors: &[&'static str]| {
        let mut fields = vec![
            ("code", "flexible_farming"),
            ("name_ar", "تصريح مرن للزراعة"),
            ("name_en", "Flexible farming permit"),
            ("kind", "flexible"),
            ("active", "yes"),
        ];
        fields.extend(sectors.iter().map(|s| ("sectors", *s)));
        fields
    };
    let (status, _, page) = pages.post("/rules/permit-types", &form(&[])).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(r#"id="sectors_error""#), "{page}");
    assert!(
        page.contains(r#"value="Flexible farming permit""#),
        "{page}"
    );
    let (_, rules) = admin.get("/api/v1/rules").await;
    assert!(
        !rules.to_string().contains("flexible_farming"),
        "nothing saved"
    );

    let (status, location, page) = pages.post("/rules/permit-types", &form(&["A", "F"])).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location, "/rules?saved=1");
    let (_, page) = pages.get("/rules").await;
    assert!(page.contains("Flexible farming permit"), "{page}");
    // The sectors it covers are named, not lettered.
    assert!(
        page.contains("Sectors covered: Agriculture, forestry and fishing, Construction"),
        "{page}"
    );
}
