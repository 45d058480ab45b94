//! What a page answers when it cannot show itself: a sign-in redirect, or a short
//! error page in both languages (the error may come before the language is known).

use askama::Template;
use axum::{
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use forsa_domain::Locale;
use forsa_service::ServiceError;

use forsa_edge::Site;

use super::i18n::Tr;

pub enum PageError {
    Service(ServiceError),
    /// A list's address asks for a page past any the list can have.
    PageOutOfRange,
}

impl From<ServiceError> for PageError {
    fn from(error: ServiceError) -> Self {
        match error {
            // A list read refused only for its page: deeper than search ranks.
            ServiceError::Invalid(fields) if fields.get("page").is_some() => {
                PageError::PageOutOfRange
            }
            other => PageError::Service(other),
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let error = match self {
            PageError::Service(error) => error,
            PageError::PageOutOfRange => {
                return error_page(StatusCode::UNPROCESSABLE_ENTITY, "error-page-out-of-range");
            }
        };
        match error {
            ServiceError::Unauthenticated => signed_out(),
            ServiceError::Forbidden => error_page(StatusCode::FORBIDDEN, "error-forbidden"),
            ServiceError::NotFound => error_page(StatusCode::NOT_FOUND, "error-not-found"),
            // A merged record: the person's page is the record kept.
            ServiceError::Merged(kept) => Redirect::to(&format!("/seekers/{kept}")).into_response(),
            // An erased record: its page shows the receipt.
            ServiceError::Erased(receipt) => {
                Redirect::to(&format!("/seekers/{}", receipt.seeker_id)).into_response()
            }
            // An address no page of ours links to, such as search text far longer than
            // anyone types.
            ServiceError::Malformed { .. } => {
                error_page(StatusCode::BAD_REQUEST, "error-bad-request")
            }
            ServiceError::Internal(cause) => {
                tracing::error!(%cause, source = ?cause.source(), "page failed");
                error_page(StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
            }
            other => {
                // Pages turn invalid input and conflicts into forms shown again; one
                // that reaches here is a handler's mistake, not the visitor's.
                tracing::error!(error = %other, "page error not handled by its handler");
                error_page(StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
            }
        }
    }
}

/// To the sign-in page, saying that the session has ended, with the dead cookie gone.
/// (An https page may remove a `Secure` cookie without naming the flag.)
pub fn signed_out() -> Response {
    (
        [(header::SET_COOKIE, Site::default().ended_session_cookie())],
        Redirect::to("/login?session=ended"),
    )
        .into_response()
}

/// The error page's few rules, inline: the page must show even when the stylesheet
/// cannot be reached. The Content-Security-Policy names its hash.
pub(crate) const STYLE: &str = "body{font-family:system-ui,sans-serif;max-inline-size:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}a{color:#0b57d0}";

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    arabic: Tr,
    english: Tr,
    key: &'static str,
    style: &'static str,
}

/// An error page with the message in Arabic and in English.
pub fn error_page(status: StatusCode, key: &'static str) -> Response {
    let page = ErrorPage {
        arabic: Tr::new(Locale::Ar),
        english: Tr::new(Locale::En),
        key,
        style: STYLE,
    };
    super::html(status, &page)
}
