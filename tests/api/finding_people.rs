//! Finding a person the way a caseworker types: a name in another spelling or word
//! order, a phone written any way or only its last digits, part of a case reference.
//! The same search answers the API and the seekers page.

use forsa_tests::{Pages, TestApp, seeker_body, urlencode};
use reqwest::StatusCode;
use serde_json::json;

/// The full names the API finds for `q`, in any order.
async fn found(world: &forsa_tests::World<'_>, q: &str) -> Vec<String> {
    let address = format!("/api/v1/seekers?q={}", urlencode(q));
    let (status, page) = world.caseworker.get(&address).await;
    assert_eq!(status, StatusCode::OK, "{q}: {page}");
    let mut names: Vec<String> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["full_name"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn a_person_is_found_however_their_details_are_typed() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    for (reference, name, phone) in [
        ("UNHCR-945-00123", "إسراء محمود الحداد", "0791234567"),
        ("UNHCR-945-00456", "فاطمة عليّ", "+962 78 555 0101"),
        ("ZA-2207", "Mohammad Saleh", "077 900 2207"),
    ] {
        let mut body = seeker_body(reference);
        body["full_name"] = json!(name);
        body["phone"] = json!(phone);
        world.caseworker.create("/api/v1/seekers", body).await;
    }
    let isra = vec!["إسراء محمود الحداد".to_owned()];
    // Hamza forms, word order, the article, diacritics and tatweel.
    for typed in ["اسراء", "محمود اسراء", "حداد", "إسْرَاء", "اســراء الحداد"]
    {
        assert_eq!(found(&world, typed).await, isra, "{typed}");
    }
    // Ta marbuta and ya as people write them; Latin in any case.
    assert_eq!(found(&world, "فاطمه علي").await, vec!["فاطمة عليّ"]);
    assert_eq!(found(&world, "MOHAMMAD").await, vec!["Mohammad Saleh"]);
    assert_eq!(found(&world, "sal").await, vec!["Mohammad Saleh"]);
    // A phone typed any way, or only its last digits.
    for typed in [
        "0791234567",
        "+962 79 123 4567",
        "00962791234567",
        "٠٧٩١٢٣٤٥٦٧",
        "4567",
    ] {
        assert_eq!(found(&world, typed).await, isra, "{typed}");
    }
    // Any part of a case reference, in any case.
    assert_eq!(found(&world, "945-00456").await, vec!["فاطمة عليّ"]);
    assert_eq!(found(&world, "unhcr-945").await.len(), 2);
    assert_eq!(found(&world, "2207").await, vec!["Mohammad Saleh"]);
    // Nobody else: a word that starts no word of any name finds nothing.
    assert!(found(&world, "سراء").await.is_empty());
}

#[tokio::test]
async fn the_page_finds_by_phone_and_offers_to_register_when_nobody_is_found() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut body = seeker_body("ZA-3001");
    body["full_name"] = json!("إسراء محمود");
    body["phone"] = json!("0791234567");
    world.caseworker.create("/api/v1/seekers", body).await;
    let pages = Pages::of(&world.caseworker, "ar").await;
    let (status, page) = pages.get("/seekers?q=%2B962+79+123+4567").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("إسراء محمود"), "{page}");
    let (_, page) = pages
        .get("/seekers?q=%D8%B2%D9%8A%D8%AF+%D9%86%D8%A7%D8%AC%D9%8A")
        .await;
    assert!(page.contains(r#"href="/seekers/new?full_name="#), "{page}");
}

/// A refugee without a permit is told apart from a member of the host community,
/// who needs none.
#[tokio::test]
async fn the_list_says_who_needs_no_permit() {
    let app = TestApp::spawn().await;
    let world = app.world().await;
    let mut refugee = seeker_body("ZA-3101");
    refugee["full_name"] = json!("Amal Haddad");
    world.caseworker.create("/api/v1/seekers", refugee).await;
    let mut neighbour = seeker_body("ZA-3102");
    neighbour["full_name"] = json!("Hala Saleh");
    neighbour["nationality"] = json!("JO");
    neighbour["status"] = json!("host_community");
    let neighbour = world.caseworker.create("/api/v1/seekers", neighbour).await;
    let pages = Pages::of(&world.caseworker, "en").await;
    for (name, shown) in [
        ("Amal Haddad", "No permit"),
        ("Hala Saleh", "No permit needed"),
    ] {
        let (_, page) = pages.get(&format!("/seekers?q={}", urlencode(name))).await;
        let row = page.split(&format!("<bdi>{name}</bdi>")).nth(1).unwrap();
        let row = row.split("</tr>").next().unwrap();
        assert!(row.contains(&format!(">{shown}<")), "{name}: {row}");
    }
    let id = neighbour["id"].as_str().unwrap();
    let (_, page) = pages.get(&format!("/seekers/{id}")).await;
    assert!(page.contains("No permit needed"), "{page}");
}
