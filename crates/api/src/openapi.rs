//! The API's OpenAPI document. The router registers each handler together with its
//! `#[utoipa::path]` description (`utoipa_axum::routes!`), so what is documented is
//! what is served.

use std::{collections::BTreeMap, sync::Arc};

use axum::{
    Extension, Json,
    response::{IntoResponse, Response},
};
use forsa_domain::{
    FollowUpState, employer::EmployerInput, permit::PermitInput, seeker::SeekerInput,
    vacancy::VacancyInput,
};
use utoipa::{
    IntoResponses, Modify, OpenApi, PartialSchema, ToSchema,
    openapi::{
        self, ContentBuilder, HeaderBuilder, Ref, RefOr, ResponseBuilder,
        response::Response as ResponseDoc,
        schema::{Schema, SchemaType, Type},
        security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme},
    },
};

use forsa_edge::SESSION_COOKIE;

use crate::error::ErrorResponse;

/// The document's fixed parts; the router adds the paths.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "forsa",
        description = "Job matching for job centres serving refugees and host communities. \
            Errors share one shape (`ErrorResponse`); lists are paged with `page` and `per_page`; \
            unknown fields in a body are refused."
    ),
    servers((url = "/api/v1")),
    security(("bearer" = []), ("session" = [])),
    components(schemas(
        ErrorResponse,
        FollowUpState,
        crate::exports::QueueName,
        crate::search::SearchOrder,
        forsa_domain::Breakdown,
        forsa_domain::Locale,
    )),
    modifiers(&SecuritySchemes),
    tags(
        (name = "auth", description = "Signing in and out"),
        (name = "admin", description = "Centres, users, rules and the audit log"),
        (name = "seekers", description = "Job seekers, their permits and consents"),
        (name = "employers", description = "Employers"),
        (name = "vacancies", description = "Vacancies"),
        (name = "matching", description = "Vacancies for a seeker and seekers for a vacancy, with eligibility"),
        (name = "public", description = "Open vacancies for anyone: the kiosk"),
        (name = "referrals", description = "Referrals of seekers to vacancies"),
        (name = "imports", description = "Records brought in from spreadsheets"),
        (name = "exports", description = "Lists taken away as spreadsheets"),
        (name = "reports", description = "What the centres achieved, in counts that never list people"),
        (name = "taxonomy", description = "Sectors, occupations and places; open to anyone"),
        (name = "openapi", description = "This document"),
    )
)]
pub struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, doc: &mut openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some("The `token` from `POST /auth/login`"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                SESSION_COOKIE,
                "The cookie `POST /auth/login` sets, for browsers",
            ))),
        );
    }
}

/// Adds what every operation may answer, once the router has added the paths.
pub fn finish(doc: &mut openapi::OpenApi) {
    for item in doc.paths.paths.values_mut() {
        for operation in [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ]
        .into_iter()
        .flatten()
        {
            operation.responses.responses.extend(Internal::responses());
        }
    }
}

#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "openapi",
    security(()),
    responses((status = 200, description = "This document, OpenAPI 3.1", content_type = "application/json"))
)]
pub async fn document(Extension(doc): Extension<Arc<openapi::OpenApi>>) -> Response {
    Json(doc.as_ref()).into_response()
}

fn error_response(description: &str) -> ResponseBuilder {
    ResponseBuilder::new().description(description).content(
        "application/json",
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name(ErrorResponse::name())))
            .build(),
    )
}

macro_rules! error_responses {
    ($($(#[$doc:meta])* $name:ident => $status:literal, $description:literal;)+) => {$(
        $(#[$doc])*
        pub struct $name;

        impl IntoResponses for $name {
            fn responses() -> BTreeMap<String, RefOr<ResponseDoc>> {
                let response = error_response($description).build();
                BTreeMap::from([($status.to_owned(), response.into())])
            }
        }
    )+};
}

error_responses! {
    /// A body that is not JSON.
    Malformed => "400", "The body is not JSON (`malformed`)";
    Unauthenticated => "401", "No valid token or session (`unauthenticated`)";
    Forbidden => "403", "The caller's role may not do this (`forbidden`)";
    NotFound => "404", "No such record, or none the caller may see (`not_found`)";
    Conflict => "409", "Clashes with another record or a newer version (`conflict`)";
    Gone => "410", "The person's record was erased; `erasure` is its receipt (`erased`)";
    /// Wrong values, or JSON of the wrong shape (a wrong type, an unknown field).
    Invalid => "422", "Some values are not valid; `fields` says which and why (`invalid`)";
    Internal => "500", "Something went wrong on the server (`internal`)";
}

/// Too many sign-in attempts; the wait is in `Retry-After`.
pub struct RateLimited;

impl IntoResponses for RateLimited {
    fn responses() -> BTreeMap<String, RefOr<ResponseDoc>> {
        let retry_after = HeaderBuilder::new()
            .schema(Some(u64::schema()))
            .description(Some("Seconds to wait before trying again"))
            .build();
        let response = error_response("Too many attempts (`rate_limited`)")
            .header("Retry-After", retry_after)
            .build();
        BTreeMap::from([("429".to_owned(), response.into())])
    }
}

/// Create requests whose body type leaves every field optional, so that each missing
/// field gets its own message and edits can send only what changes. Their schemas
/// are the body type's with the fields a creation needs marked required.
macro_rules! create_bodies {
    ($($(#[$doc:meta])* $name:ident => $input:ty;)+) => {$(
        $(#[$doc])*
        pub struct $name;

        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                required_to_create(<$input>::schema(), <$input>::REQUIRED_TO_CREATE)
            }
        }

        impl ToSchema for $name {
            fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
                <$input>::schemas(schemas);
            }
        }
    )+};
}

create_bodies! {
    /// The body of `POST /seekers`.
    NewSeeker => SeekerInput;
    /// The body of `POST /employers`.
    NewEmployer => EmployerInput;
    /// The body of `POST /vacancies`.
    NewVacancy => VacancyInput;
    /// The body of `POST /seekers/{id}/permits`.
    NewPermit => PermitInput;
}

fn required_to_create(mut schema: RefOr<Schema>, fields: &[&str]) -> RefOr<Schema> {
    if let RefOr::T(Schema::Object(object)) = &mut schema {
        object.required = fields.iter().map(|field| (*field).to_owned()).collect();
        for field in fields {
            if let Some(property) = object.properties.get_mut(*field) {
                not_null(property);
            }
        }
        let note = format!("Creating requires {}.", fields.join(", "));
        object.description = Some(match object.description.take() {
            Some(description) => format!("{description}\n\n{note}"),
            None => note,
        });
    }
    schema
}

/// A required field: `null` would be reported missing, so it is no longer offered.
fn not_null(property: &mut RefOr<Schema>) {
    let is_null = |schema: &RefOr<Schema>| {
        matches!(schema, RefOr::T(Schema::Object(object))
            if object.schema_type == SchemaType::Type(Type::Null))
    };
    match property {
        RefOr::T(Schema::Object(object)) => {
            object.default = None;
            if let SchemaType::Array(types) = &mut object.schema_type {
                types.retain(|kind| *kind != Type::Null);
                if let [only] = types.as_slice() {
                    object.schema_type = SchemaType::Type(only.clone());
                }
            }
        }
        RefOr::T(Schema::OneOf(one_of)) => {
            one_of.items.retain(|item| !is_null(item));
            if one_of.items.len() == 1 {
                *property = one_of.items.remove(0);
            }
        }
        _ => {}
    }
}
