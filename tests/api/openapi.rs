//! The OpenAPI document at /api/v1/openapi.json: it lists exactly the routes the
//! router serves, every reference in it resolves, and the schemas say what clients
//! rely on.

use std::collections::BTreeSet;

use forsa_tests::TestApp;
use reqwest::{Method, StatusCode, header};
use serde_json::{Value, json};

async fn document(app: &TestApp) -> Value {
    let response = reqwest::get(app.url("/api/v1/openapi.json")).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let content_type = response.headers()[header::CONTENT_TYPE].to_str().unwrap();
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}"
    );
    response.json().await.unwrap()
}

/// Every (METHOD, path) the document describes; paths are relative to the server.
fn operations(doc: &Value) -> BTreeSet<(String, String)> {
    let mut operations = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "put", "post", "delete", "patch"].contains(&method.as_str()) {
                operations.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    operations
}

/// A schema by name, from the components.
fn schema<'a>(doc: &'a Value, name: &str) -> &'a Value {
    let schema = &doc["components"]["schemas"][name];
    assert!(schema.is_object(), "no schema {name}");
    schema
}

fn strings(value: &Value) -> BTreeSet<&str> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn the_document_lists_exactly_the_routes_served() {
    let app = TestApp::spawn().await;
    let doc = document(&app).await;
    assert_eq!(doc["servers"][0]["url"], "/api/v1");

    let documented = operations(&doc);
    let mut ids = BTreeSet::new();
    for (method, path) in &documented {
        let id = doc["paths"][path][method.to_lowercase()]["operationId"].as_str();
        assert!(
            ids.insert(id.unwrap()),
            "{method} {path}: operationId {id:?} again"
        );
    }
    assert!(documented.len() >= 45, "too few operations: {documented:?}");

    // And the router answers each of them: with anything but "no such address" or
    // "method not allowed".
    for (method, path) in &documented {
        let path = path
            .split('/')
            .map(|part| {
                if part.starts_with('{') {
                    uuid::Uuid::now_v7().to_string()
                } else {
                    part.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        let method = Method::from_bytes(method.as_bytes()).unwrap();
        let body = (method != Method::GET && method != Method::DELETE).then(|| json!({}));
        let (status, answer) = app
            .anonymous(method.clone(), &format!("/api/v1{path}"), body)
            .await;
        assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
        assert_ne!(answer["error"]["code"], "no_route", "{method} {path}");
    }
    let (status, answer) = app.anonymous(Method::GET, "/api/v1/nowhere", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(answer["error"]["code"], "no_route");
}

#[tokio::test]
async fn every_reference_resolves() {
    let app = TestApp::spawn().await;
    let doc = document(&app).await;
    fn references<'a>(value: &'a Value, found: &mut Vec<&'a str>) {
        match value {
            Value::Object(map) => {
                for (key, value) in map {
                    match (key.as_str(), value) {
                        ("$ref", Value::String(target)) => found.push(target),
                        _ => references(value, found),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|item| references(item, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    references(&doc, &mut found);
    assert!(
        found.len() > 50,
        "suspiciously few references: {}",
        found.len()
    );
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for target in found {
        let name = target
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("{target} is not a schema reference"));
        assert!(schemas.contains_key(name), "{target} does not resolve");
    }
}

#[tokio::test]
async fn the_schemas_say_what_clients_rely_on() {
    let app = TestApp::spawn().await;
    let doc = document(&app).await;

    // Registering a seeker: the body names its required fields, and they are the ones
    // the server reports missing when an empty body is sent.
    let body = &doc["paths"]["/seekers"]["post"]["requestBody"]["content"]["application/json"];
    assert_eq!(body["schema"]["$ref"], "#/components/schemas/NewSeeker");
    let required = strings(&schema(&doc, "NewSeeker")["required"]);
    assert_eq!(
        required,
        BTreeSet::from(["full_name", "gender", "location", "nationality", "status"])
    );
    let admin = app.admin().await;
    let (_, caseworker) = app.centre_with_caseworker(&admin, "Centre A").await;
    let (status, answer) = caseworker.post("/api/v1/seekers", json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let reported: BTreeSet<&str> = answer["error"]["fields"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(required.is_subset(&reported), "{reported:?}");
    let full_name = &schema(&doc, "NewSeeker")["properties"]["full_name"];
    assert_eq!(full_name["type"], "string");
    let wage = &schema(&doc, "NewVacancy")["properties"]["wage"];
    assert_eq!(wage["$ref"], "#/components/schemas/WageInput");
    // Edits send only what changes.
    let edit = &doc["paths"]["/seekers/{id}"]["patch"]["requestBody"]["content"];
    assert_eq!(
        edit["application/json"]["schema"]["$ref"],
        "#/components/schemas/SeekerInput"
    );
    assert!(schema(&doc, "SeekerInput").get("required").is_none());

    // Errors: one shape, with per-field messages, on every operation's 422.
    let error = schema(&doc, "ErrorResponse");
    assert_eq!(
        error["properties"]["error"]["$ref"],
        "#/components/schemas/ErrorDetail"
    );
    let detail = schema(&doc, "ErrorDetail");
    assert_eq!(
        strings(&detail["required"]),
        BTreeSet::from(["code", "message"])
    );
    let fields = &schema(&doc, "FieldErrors");
    assert_eq!(fields["type"], "object");
    assert_eq!(fields["additionalProperties"]["type"], "string");
    let codes = strings(&schema(&doc, "ErrorCode")["enum"]);
    assert!(codes.contains("invalid") && codes.contains("rate_limited"));
    for (method, path) in operations(&doc) {
        let responses = &doc["paths"][&path][method.to_lowercase()]["responses"];
        for (status, response) in responses.as_object().unwrap() {
            if status.starts_with('4') || status.starts_with('5') {
                assert_eq!(
                    response["content"]["application/json"]["schema"]["$ref"],
                    "#/components/schemas/ErrorResponse",
                    "{method} {path} {status}"
                );
            }
        }
        let body = &doc["paths"][&path][method.to_lowercase()]["requestBody"];
        if body.is_object() {
            assert!(responses.get("422").is_some(), "{method} {path} has no 422");
        }
    }

    // Lists are paged; anyone may read the taxonomy; signing in is rate-limited.
    let list = &doc["paths"]["/seekers"]["get"];
    let params: BTreeSet<&str> = list["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(params.contains("page") && params.contains("per_page"));
    let page = &list["parameters"][0];
    assert_eq!(page["name"], "page");
    assert_eq!(page["schema"]["maximum"], forsa_service::Page::MAX_NUMBER);
    let per_page = &list["parameters"][1];
    assert_eq!(per_page["name"], "per_page");
    assert_eq!(per_page["schema"]["maximum"], forsa_service::Page::MAX_SIZE);
    assert_eq!(
        per_page["schema"]["default"],
        forsa_service::Page::DEFAULT_SIZE
    );
    assert_eq!(
        list["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/Paged_Seeker"
    );
    assert_eq!(
        doc["paths"]["/taxonomy/sectors"]["get"]["security"],
        json!([{}])
    );
    assert!(
        doc["paths"]["/auth/login"]["post"]["responses"]["429"]["headers"]["Retry-After"]
            .is_object()
    );
}

/// The names of fields that take one word of a closed vocabulary.
const ENUMERATED: [&str; 15] = [
    "gender", "status", "stage", "level", "outcome", "kind", "role", "locale", "shift", "contract",
    "period", "purpose", "method", "hours", "benefits",
];

/// Every field of a closed vocabulary, in what the API sends and what it takes,
/// names its enum's schema (gender, status, levels, stages …) rather than being a
/// bare string a client must guess the words of.
#[tokio::test]
async fn every_enumerated_field_references_its_enum() {
    let app = TestApp::spawn().await;
    let doc = document(&app).await;
    let mut bare = Vec::new();
    let mut referenced = 0;
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        let Some(properties) = schema["properties"].as_object() else {
            continue;
        };
        for (property, value) in properties {
            if !ENUMERATED.contains(&property.as_str()) {
                continue;
            }
            // A place's kind (governorate, camp) is the taxonomy's word, not a
            // vocabulary of forsa's; an occupation's level is a number.
            let number = value["type"] == "integer";
            if number || name == "Location" || (name == "ImportReport" && property == "kind") {
                continue;
            }
            if value.to_string().contains("\"$ref\"") {
                referenced += 1;
            } else {
                bare.push(format!("{name}.{property}: {value}"));
            }
        }
    }
    assert!(bare.is_empty(), "bare strings:\n{}", bare.join("\n"));
    assert!(referenced >= 30, "{referenced}");
    // Those a client sends name their enum, as those it receives do.
    for (input, property, vocabulary) in [
        ("SeekerInput", "gender", "Gender"),
        ("SeekerInput", "status", "SeekerStatus"),
        ("LanguageInput", "level", "LanguageLevel"),
        ("VacancyInput", "contract", "Contract"),
        ("VacancyInput", "benefits", "Benefit"),
        ("WageInput", "period", "WagePeriod"),
        ("ReferralInput", "stage", "ReferralStage"),
        ("StageChangeInput", "stage", "ReferralStage"),
        ("FollowUpInput", "outcome", "FollowUpOutcome"),
        ("NewUserInput", "role", "Role"),
    ] {
        let value = schema(&doc, input)["properties"][property].to_string();
        let target = format!("#/components/schemas/{vocabulary}");
        assert!(value.contains(&target), "{input}.{property}: {value}");
        assert!(schema(&doc, vocabulary)["enum"].is_array(), "{vocabulary}");
    }
}

/// The names of query parameters that take words of a closed vocabulary.
const ENUMERATED_PARAMETERS: [&str; 10] = [
    "status", "stage", "benefit", "contract", "sort", "by", "lang", "queue", "gender", "role",
];

/// A query parameter of a closed vocabulary, one word or a comma-separated list,
/// names its enum's schema too, and a list says it is one.
#[tokio::test]
async fn every_enumerated_query_parameter_references_its_enum() {
    let app = TestApp::spawn().await;
    let doc = document(&app).await;
    let mut bare = Vec::new();
    let mut referenced = Vec::new();
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            let Some(parameters) = operation["parameters"].as_array() else {
                continue;
            };
            for parameter in parameters {
                let name = parameter["name"].as_str().unwrap_or_default();
                if parameter["in"] != "query" || !ENUMERATED_PARAMETERS.contains(&name) {
                    continue;
                }
                let schema = parameter["schema"].to_string();
                let place = format!("{method} {path} {name}");
                if schema.contains("\"$ref\"") {
                    referenced.push(place);
                } else {
                    bare.push(format!("{place}: {schema}"));
                }
            }
        }
    }
    assert!(bare.is_empty(), "bare strings:\n{}", bare.join("\n"));
    assert!(referenced.len() >= 8, "{referenced:?}");
    // A comma-separated list is an array, sent as `benefit=transport,meals`.
    let search = &doc["paths"]["/vacancies/search"]["get"]["parameters"];
    let benefit = search
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "benefit")
        .expect("a benefit parameter");
    assert_eq!(benefit["schema"]["type"], "array", "{benefit}");
    assert_eq!(benefit["style"], "form");
    assert_eq!(benefit["explode"], false);
    assert_eq!(
        benefit["schema"]["items"]["$ref"],
        "#/components/schemas/Benefit"
    );
}
